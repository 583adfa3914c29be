// SPDX-License-Identifier: GPL-3.0-or-later
// The data grid's rules, once: what a typed or pasted cell means, what the engine says of a row's data, and how
// a block pasted from a spreadsheet lands on the grid (all of it or none). The window's grid and its tests use
// these; the grid itself only shows what they decide.
#pragma once

#include "review.h"

#include "synth/effectsize.h"

#include <optional>

namespace evidencedesk {

/// A number as a reviewer types or pastes it: with a decimal point, or with the interface's decimal comma; no
/// group separators ("1,234" is ambiguous and refused). Empty: missing (NaN). nullopt: not a number.
std::optional<double> parseCellNumber(const QString &text);
/// A value as the grid shows and copies it: the interface's decimal sign, the shortest text that reads back the
/// same; empty for a missing value.
QString cellText(double value);

/// A grid column's value of a study's data. A total the data give as events and non-events (ai + bi) is shown as
/// that sum.
double gridValue(const synth::StudyInput &data, const QString &column);
/// The data with a grid column set to `value` (NaN: cleared). A 2x2 table given as events and non-events is first
/// written as events and totals (ai, n1i), the same table, so that the grid's four columns hold it whole.
synth::StudyInput withGridValue(synth::StudyInput data, const QString &column, double value);

/// The block a spreadsheet (LibreOffice, Excel, Google Sheets) puts on the clipboard: one row per line, cells
/// separated by tabs; a cell in double quotes may hold tabs, line breaks and doubled quotes. A final line break
/// does not start a row.
QList<QStringList> parseTsv(const QString &text);
/// The other way: cells that hold a tab, line break or quote are quoted.
QString toTsv(const QList<QStringList> &rows);

/// What the engine says of one study's data at a measure.
struct DataCheck {
    QString field; ///< the escalc column it names, when the data are refused
    QString message; ///< why (translated), empty when the data are usable or incomplete
    synth::EffectSize effect; ///< available when the data give an effect
    synth::Interval ci; ///< the effect's interval at the level asked
    bool ok() const { return message.isEmpty(); }
};
DataCheck checkData(const synth::StudyInput &data, synth::Measure measure, double level);

/// A pasted block laid onto the grid.
struct GridPaste {
    QHash<qint64, synth::StudyInput> data; ///< the new data of every row the block touches
    int rows = 0, columns = 0; ///< the block's size
};

/// Lays `block` onto the grid whose rows are `studyIds` (named by `labels`) and whose columns are `columns`
/// (escalc names), with its top-left cell at (row, column). Every cell is checked first: a block running past the
/// last row or column, a cell
/// that is not a number, or a row the engine refuses at `measure` stops it, and `error` names the first bad cell
/// ("row 3 (Smith 2001), Events (intervention): ..."); `out` is then untouched.
bool pasteBlock(const QList<QStringList> &block, int row, int column, const QStringList &columns,
                const QList<qint64> &studyIds, const QStringList &labels,
                const QHash<qint64, synth::StudyInput> &current, synth::Measure measure, GridPaste &out,
                QString &error);

} // namespace evidencedesk
