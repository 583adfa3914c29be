// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisrunner.h"
#include "review.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>

namespace evidencedesk {

class ReviewDocument;

/// The studies of the review, with their stance toward the current claim and what the synthesis says of
/// them. Edits go through the document (undo commands); the model never writes storage itself.
class StudyTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Citation, Stance, Suggested, Effect, Weight, Year, Design, Quality, Included, ColumnCount };
    enum Role { StudyIdRole = Qt::UserRole + 1, SortRole, StanceRole, DesignRole };

    explicit StudyTableModel(ReviewDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    qint64 studyId(int row) const;
    int rowOf(qint64 studyId) const;
    void setAnalysis(std::shared_ptr<const AnalysisResult> result);

private:
    QString effectText(const evidencedesk::AnalysedStudy &a) const;
    const QString &label(const evidencedesk::Study &s) const;

    ReviewDocument *m_doc;
    std::shared_ptr<const AnalysisResult> m_result;
    mutable QHash<qint64, QString> m_labels; ///< Study::label() builds a string; sorting asks for it n log n times
};

/// Text, design, stance and inclusion filters over the studies; sorts by each column's natural order.
class StudyFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit StudyFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setDesign(std::optional<evidencedesk::Design> design);
    void setStance(std::optional<evidencedesk::Stance> stance);
    void setIncludedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<evidencedesk::Design> m_design;
    std::optional<evidencedesk::Stance> m_stance;
    bool m_includedOnly = false;
};

} // namespace evidencedesk
