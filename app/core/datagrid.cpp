// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagrid.h"
#include "messages.h"

#include "synth/error.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads GridText::tr calls).
struct GridText {
    Q_DECLARE_TR_FUNCTIONS(GridText)
};
} // namespace

std::optional<double> parseCellNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nan("");
    bool ok = false;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    double v = c.toDouble(t, &ok);
    if (!ok) {
        QLocale ui;
        ui.setNumberOptions(QLocale::RejectGroupSeparator);
        v = ui.toDouble(t, &ok);
    }
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString cellText(double value)
{
    if (std::isnan(value))
        return {};
    QLocale ui;
    ui.setNumberOptions(QLocale::OmitGroupSeparator);
    return ui.toString(value, 'g', QLocale::FloatingPointShortest);
}

double gridValue(const synth::StudyInput &data, const QString &column)
{
    if (column == QLatin1String("n1i") && std::isnan(data.n1i))
        return data.ai + data.bi; // NaN when either is missing
    if (column == QLatin1String("n2i") && std::isnan(data.n2i))
        return data.ci + data.di;
    const synth::StudyInputField *f = studyInputField(column);
    return f ? data.*f->member : std::nan("");
}

synth::StudyInput withGridValue(synth::StudyInput data, const QString &column, double value)
{
    const bool twoByTwo = column == QLatin1String("ai") || column == QLatin1String("ci")
        || column == QLatin1String("n1i") || column == QLatin1String("n2i");
    if (twoByTwo) {
        if (std::isnan(data.n1i) && !std::isnan(data.bi)) {
            data.n1i = data.ai + data.bi;
            data.bi = std::nan("");
        }
        if (std::isnan(data.n2i) && !std::isnan(data.di)) {
            data.n2i = data.ci + data.di;
            data.di = std::nan("");
        }
    }
    if (const synth::StudyInputField *f = studyInputField(column))
        data.*f->member = value;
    return data;
}

QList<QStringList> parseTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, cellStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !cellStarted && cell.isEmpty()) {
            quoted = true;
            cellStarted = true;
        } else if (ch == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += ch;
            cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || cellStarted) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString toTsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                out += QLatin1Char('\t');
            QString cell = row[c];
            if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                || cell.contains(QLatin1Char('"')))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            out += cell;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

DataCheck checkData(const synth::StudyInput &data, synth::Measure measure, double level)
{
    DataCheck check;
    if (!hasData(data))
        return check;
    try {
        check.effect = synth::computeEffect(measure, data);
        if (check.effect.available())
            check.ci = synth::studyInterval(check.effect, level);
    } catch (const synth::Error &e) {
        if (e.code() == synth::ErrorCode::MissingValue) // incomplete: nothing to say until it is filled in
            return check;
        check.field = QString::fromStdString(e.field());
        check.message = describeError(e.code());
    }
    return check;
}

bool pasteBlock(const QList<QStringList> &block, int row, int column, const QStringList &columns,
                const QList<qint64> &studyIds, const QStringList &labels,
                const QHash<qint64, synth::StudyInput> &current, synth::Measure measure, GridPaste &out, QString &error)
{
    int width = 0;
    for (const QStringList &r : block)
        width = std::max(width, int(r.size()));
    if (block.isEmpty() || width == 0) {
        error = GridText::tr("The clipboard holds no cells.");
        return false;
    }
    if (row < 0 || column < 0 || row + block.size() > studyIds.size() || column + width > columns.size()) {
        error = GridText::tr("The block of %1 \u00d7 %2 cells does not fit: from row %3 the grid has %4 rows and "
                             "from this column %5 columns.")
                    .arg(QString::number(block.size()), QString::number(width), QString::number(row + 1),
                         QString::number(studyIds.size() - row), QString::number(columns.size() - column));
        return false;
    }
    GridPaste result;
    result.rows = int(block.size());
    result.columns = width;
    result.data.reserve(block.size());
    auto where = [&](qsizetype r, int c) {
        return GridText::tr("Row %1 (%2), %3: ")
            .arg(QString::number(row + r + 1), labels.value(row + r), outcomeColumnName(columns[column + c]));
    };
    for (qsizetype r = 0; r < block.size(); ++r) {
        const qint64 id = studyIds[row + r];
        synth::StudyInput data = current.value(id);
        for (int c = 0; c < width; ++c) {
            const QString text = block[r].value(c);
            const std::optional<double> value = parseCellNumber(text);
            if (!value) {
                error = where(r, c) + GridText::tr("\u201c%1\u201d is not a number").arg(text.trimmed().left(40));
                return false;
            }
            data = withGridValue(data, columns[column + c], *value);
        }
        const DataCheck check = checkData(data, measure, 95);
        if (!check.ok()) {
            int c = 0; // the cell the engine names, if it is in the block
            for (int i = 0; i < width; ++i)
                if (columns[column + i] == check.field)
                    c = i;
            error = where(r, c) + check.message;
            return false;
        }
        result.data.insert(id, data);
    }
    out = std::move(result);
    return true;
}

} // namespace evidencedesk
