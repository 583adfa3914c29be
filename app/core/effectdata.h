// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvtable.h"

#include "synth/effectsize.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace evidencedesk {

/// Study labels kept in one buffer (a million labels without a million allocations); at() and the conversion to
/// QStringList give strings of their own.
class Labels {
public:
    void append(QStringView label)
    {
        m_text += label;
        m_ends.push_back(m_text.size());
    }
    void reserve(qsizetype n) { m_ends.reserve(std::size_t(n)); }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    QString at(qsizetype i) const
    {
        const qsizetype start = i == 0 ? 0 : m_ends[std::size_t(i) - 1];
        return QString(m_text.constData() + start, m_ends[std::size_t(i)] - start);
    }
    operator QStringList() const;

private:
    QString m_text;
    std::vector<qsizetype> m_ends;
};

/// Outcome data of a CSV table in metafor's escalc columns, ready for libsynth.
struct EffectData {
    synth::Measure measure = synth::Measure::GEN;
    std::vector<synth::StudyInput> studies;
    Labels labels; ///< the `study` column, or "Study N"
    QList<int> lines; ///< the CSV line of each study
    QStringList groups; ///< the --group column's values (empty if none asked)
    std::vector<double> orderKeys; ///< the --cumulative column's numbers (NaN where empty or NA; none if not asked)
    QList<QStringList> extra; ///< the cells of each column asked for by name (--mods), trimmed, one per study
};

/// The escalc columns, in their usual order.
const QStringList &effectColumns();

/// Reads the CSV file `path` record by record into studies for `measure` (what `analyze DATA.csv` does: only
/// the columns the measure needs are read, the others are skipped). Checks the columns the measure needs and
/// that every given cell is a number (C locale; empty or NA = missing). On failure returns false with one
/// message naming file, line and column.
bool readEffectData(const QString &path, synth::Measure measure, const QString &groupColumn, EffectData &out,
                    QString &error, const QString &orderColumn = {}, const QStringList &extraColumns = {});
/// The same from CSV bytes; `fileName` names them in messages.
bool effectDataFromCsv(const QByteArray &data, const QString &fileName, synth::Measure measure,
                       const QString &groupColumn, EffectData &out, QString &error);
/// The same from a table read whole.
bool effectDataFromTable(const CsvTable &table, synth::Measure measure, const QString &groupColumn, EffectData &out,
                         QString &error);

/// The study and input column an engine error is about: the error's own, or, where the engine names none
/// (a sampling variance of 0 found while pooling), the first study whose data give it. -1 if none.
std::ptrdiff_t studyOfError(const EffectData &data, const synth::Error &e, std::string &field);

} // namespace evidencedesk
