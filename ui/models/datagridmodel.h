// SPDX-License-Identifier: GPL-3.0-or-later
// The data grid: one row per study, the columns of one outcome's data type in words a reviewer knows, and the
// effect with its interval each row's data give. Typed cells and pasted blocks go through the document (one
// undo step, one transaction each); what a cell means and whether the engine takes it is decided in the core
// (datagrid.h).
#pragma once

#include "datagrid.h"
#include "review.h"

#include <QAbstractTableModel>

namespace evidencedesk {

class ReviewDocument;

class DataGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { StudyIdRole = Qt::UserRole + 1, ProblemRole };

    explicit DataGridModel(ReviewDocument *doc, QObject *parent = nullptr);

    /// The outcome shown; 0 follows the current claim's outcome.
    void setOutcome(qint64 outcomeId);
    qint64 outcomeId() const;
    const Outcome *outcome() const;
    /// The grid's columns: the study, its effect with CI (beside its name, in view however narrow the pane),
    /// then the escalc columns shown, in order: grid column c >= kFirstDataColumn is dataColumns()[c - 2].
    QStringList dataColumns() const { return m_columns; }
    static constexpr int kEffectColumn = 1;
    static constexpr int kFirstDataColumn = 2;
    int effectColumn() const { return kEffectColumn; }
    /// The measure the effect column shows: the current claim's when it is about this outcome, else the usual one.
    synth::Measure measure() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// A typed value: refused (false, and problem() says why) when it is not a number or the engine refuses the
    /// row it makes; otherwise one undo step.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    /// What the engine would say of the row with `text` in this cell (empty: fine), as it is typed.
    QString checkCell(const QModelIndex &index, const QString &text) const;
    /// Pastes a tab-separated block with its top-left cell at `at`: all or nothing, one undo step. False with
    /// `error` naming the first bad cell.
    bool paste(const QString &tsv, const QModelIndex &at, QString &error);
    /// The cells of the rectangle spanning `indexes`, tab-separated (a spreadsheet pastes it).
    QString copy(const QModelIndexList &indexes) const;

signals:
    /// A typed value was refused, or a refused state is over (empty).
    void problem(const QString &message) const;

private:
    void reset();
    const DataCheck &check(qint64 studyId) const;
    QString effectText(const DataCheck &c) const;
    QString cellLabel(int row, const QString &column) const;

    ReviewDocument *m_doc;
    qint64 m_chosen = 0; ///< 0: the current claim's outcome
    qint64 m_outcome = 0;
    QStringList m_columns;
    synth::Measure m_measure = synth::Measure::GEN;
    double m_level = 95;
    mutable QHash<qint64, DataCheck> m_checks; ///< per study, computed when first shown
};

} // namespace evidencedesk
