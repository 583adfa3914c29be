// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvtable.h"

#include "synth/effectsize.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace evidencedesk {

/// Outcome data of a CSV table in metafor's escalc columns, ready for libsynth.
struct EffectData {
    synth::Measure measure = synth::Measure::GEN;
    std::vector<synth::StudyInput> studies;
    QStringList labels; ///< the `study` column, or "Study N"
    QList<int> lines; ///< the CSV line of each study
    QStringList groups; ///< the --group column's values (empty if none asked)
};

/// The escalc columns, in their usual order.
const QStringList &effectColumns();

/// Maps `table` to studies for `measure`. Checks the columns the measure needs and that every
/// given cell is a number (C locale; empty or NA = missing). On failure returns false with one
/// message naming file, line and column.
bool effectDataFromTable(const CsvTable &table, synth::Measure measure, const QString &groupColumn, EffectData &out,
                         QString &error);

} // namespace evidencedesk
