// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectdata.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <charconv>

#include <cmath>
#include <sys/mman.h>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads EffectDataText::tr calls).
struct EffectDataText {
    Q_DECLARE_TR_FUNCTIONS(EffectDataText)
};

/// Column sets that can carry each measure (any one of them suffices).
QList<QStringList> requiredColumns(synth::Measure m)
{
    using synth::Measure;
    switch (m) {
    case Measure::RR:
    case Measure::OR:
    case Measure::RD:
        return {{QStringLiteral("ai"), QStringLiteral("bi"), QStringLiteral("ci"), QStringLiteral("di")},
                {QStringLiteral("ai"), QStringLiteral("n1i"), QStringLiteral("ci"), QStringLiteral("n2i")}};
    case Measure::MD:
    case Measure::SMD:
    case Measure::ROM:
        return {{QStringLiteral("m1i"), QStringLiteral("sd1i"), QStringLiteral("n1i"), QStringLiteral("m2i"),
                 QStringLiteral("sd2i"), QStringLiteral("n2i")}};
    case Measure::COR:
    case Measure::ZCOR:
        return {{QStringLiteral("ri"), QStringLiteral("ni")}};
    case Measure::GEN:
        return {{QStringLiteral("yi"), QStringLiteral("vi")}, {QStringLiteral("yi"), QStringLiteral("sei")}};
    }
    return {};
}

QByteArrayView trimmed(QByteArrayView v)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!v.isEmpty() && space(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && space(v.back()))
        v.chop(1);
    return v;
}

enum class Cell { Missing, Number, NotANumber };

/// A cell as a number, in the C locale whatever the interface language: empty or NA is missing.
Cell number(QByteArrayView raw, double &value)
{
    const QByteArrayView v = trimmed(raw);
    if (v.isEmpty() || v == "NA")
        return Cell::Missing;
    for (char c : v) {
        if (uchar(c) >= 0x80) { // Unicode white space around it: the slow path
            const QString s = QString::fromUtf8(v).trimmed();
            if (s.isEmpty())
                return Cell::Missing;
            bool ok = false;
            value = s.toDouble(&ok);
            return ok && std::isfinite(value) ? Cell::Number : Cell::NotANumber;
        }
    }
    const char *first = v.data() + (v.front() == '+' && v.size() > 1 && v[1] != '-' ? 1 : 0);
    const char *last = v.data() + v.size();
    const auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
    return ec == std::errc() && end == last && std::isfinite(value) ? Cell::Number : Cell::NotANumber;
}

/// Maps records of a header's columns to studies; one record at a time (no table is kept).
class Builder {
public:
    bool start(const QStringList &header, const QString &fileName, synth::Measure measure, const QString &groupColumn,
               EffectData &out, QString &error, const QString &orderColumn = {}, const QStringList &extraColumns = {})
    {
        m_file = fileName;
        m_out = &out;
        out = EffectData();
        out.measure = measure;
        const QList<QStringList> sets = requiredColumns(measure);
        bool found = false;
        for (const QStringList &set : sets) {
            bool all = true;
            for (const QString &c : set)
                all = all && header.contains(c);
            found = found || all;
        }
        if (!found) {
            QStringList alternatives;
            for (const QStringList &set : sets)
                alternatives << set.join(QLatin1Char(' '));
            error = location(fileName, 1)
                + EffectDataText::tr("missing column: measure %1 needs the columns %2")
                      .arg(QString::fromLatin1(synth::measureName(measure)),
                           alternatives.join(EffectDataText::tr(" or ")));
            return false;
        }
        if (!groupColumn.isEmpty()) {
            m_group = header.indexOf(groupColumn);
            if (m_group < 0) {
                error = location(fileName, 1)
                    + EffectDataText::tr("missing column: no column '%1' to group by").arg(shortened(groupColumn));
                return false;
            }
        }
        if (!orderColumn.isEmpty()) {
            m_order = header.indexOf(orderColumn);
            m_orderName = orderColumn;
            if (m_order < 0) {
                error = location(fileName, 1)
                    + EffectDataText::tr("missing column: no column '%1' to order by").arg(shortened(orderColumn));
                return false;
            }
        }
        for (const QString &column : extraColumns) {
            m_extra.push_back(header.indexOf(column));
            if (m_extra.back() < 0) {
                error = location(fileName, 1)
                    + EffectDataText::tr("missing column: no column '%1' for the moderators").arg(shortened(column));
                return false;
            }
            out.extra.append(QStringList());
        }
        // Only the columns this measure reads are parsed; the others are skipped.
        for (const QStringList &set : sets)
            for (const QString &c : set) {
                const qsizetype index = header.indexOf(c);
                const qsizetype field = effectColumns().indexOf(c);
                bool seen = false;
                for (const Column &u : m_used)
                    seen = seen || u.index == index;
                if (index >= 0 && !seen)
                    m_used.push_back({index, c, synth::kStudyInputFields[std::size_t(field)].member});
            }
        m_label = header.indexOf(QStringLiteral("study"));
        m_studyFormat = EffectDataText::tr("Study %1");
        return true;
    }

    /// One record; `cell(i)` gives column i's bytes.
    template<typename Cells>
    bool add(int line, const Cells &cell, QString &error)
    {
        synth::StudyInput s;
        for (const Column &c : m_used) {
            double value = 0;
            switch (number(cell(c.index), value)) {
            case Cell::Missing:
                break;
            case Cell::Number:
                s.*c.member = value;
                break;
            case Cell::NotANumber:
                error = location(m_file, line, c.name)
                    + EffectDataText::tr("'%1' is not a number")
                          .arg(shortened(QString::fromUtf8(cell(c.index)).trimmed()));
                return false;
            }
        }
        m_out->studies.push_back(s);
        m_out->lines.append(line);
        const QString label
            = m_label >= 0 ? fromSpreadsheetSafe(QString::fromUtf8(cell(m_label)).trimmed()) : QString();
        m_out->labels.append(label.isEmpty() ? m_studyFormat.arg(m_out->studies.size()) : label);
        if (m_group >= 0)
            m_out->groups.append(fromSpreadsheetSafe(QString::fromUtf8(cell(m_group)).trimmed()));
        if (m_order >= 0) { // a missing key orders the study last
            double key = synth::kMissing;
            if (number(cell(m_order), key) == Cell::NotANumber) {
                error = location(m_file, line, m_orderName)
                    + EffectDataText::tr("'%1' is not a number")
                          .arg(shortened(QString::fromUtf8(cell(m_order)).trimmed()));
                return false;
            }
            m_out->orderKeys.push_back(key);
        }
        for (std::size_t c = 0; c < m_extra.size(); ++c)
            m_out->extra[qsizetype(c)].append(fromSpreadsheetSafe(QString::fromUtf8(cell(m_extra[c])).trimmed()));
        return true;
    }

    bool finish(QString &error)
    {
        if (m_out->studies.empty()) {
            error = location(m_file, 2) + EffectDataText::tr("the file has a header but no studies");
            return false;
        }
        return true;
    }

private:
    struct Column {
        qsizetype index;
        QString name;
        double synth::StudyInput::*member;
    };
    QString m_file, m_studyFormat, m_orderName;
    EffectData *m_out = nullptr;
    std::vector<Column> m_used;
    qsizetype m_label = -1, m_group = -1, m_order = -1;
    std::vector<qsizetype> m_extra;
};

void adviseHugePages(void *data, std::size_t bytes)
{
    constexpr std::uintptr_t huge = 2 << 20;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice: no harm if refused
}

/// At least the number of records in `path` (its line ends), to reserve memory once: a vector that grows by
/// doubling holds one and a half times a million studies for a moment, and touches every page of it.
qsizetype recordsAtMost(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qsizetype lf = 0, cr = 0;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(chunk.data(), chunk.size())) > 0;) {
        lf += std::count(chunk.cbegin(), chunk.cbegin() + n, '\n');
        cr += std::count(chunk.cbegin(), chunk.cbegin() + n, '\r');
    }
    return qMax(lf, cr) + 1;
}

bool readRecords(CsvReader &reader, synth::Measure measure, const QString &groupColumn, EffectData &out, QString &error,
                 qsizetype expected = 0, const QString &orderColumn = {}, const QStringList &extraColumns = {})
{
    QStringList header;
    Builder builder;
    if (!readCsvHeader(reader, header, error)
        || !builder.start(header, reader.fileName(), measure, groupColumn, out, error, orderColumn, extraColumns))
        return false;
    out.studies.reserve(std::size_t(expected));
    out.lines.reserve(expected);
    // A million studies are 120 MB, written once: in 2 MB pages the kernel maps them 500 times faster than in
    // 4 kB ones (page faults were a third of a million-row analysis)
    adviseHugePages(out.studies.data(), out.studies.capacity() * sizeof(synth::StudyInput));
    out.labels.reserve(expected);
    if (!groupColumn.isEmpty())
        out.groups.reserve(expected);
    auto cell = [&](qsizetype i) { return reader.field(i); };
    while (reader.next(error)) {
        if (reader.size() != header.size()) {
            error = csvFieldCountError(reader, header.size());
            return false;
        }
        if (!builder.add(reader.line(), cell, error))
            return false;
    }
    return error.isEmpty() && builder.finish(error);
}

} // namespace

Labels::operator QStringList() const
{
    QStringList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(at(i));
    return list;
}

const QStringList &effectColumns()
{
    static const QStringList columns = [] {
        QStringList c;
        for (const synth::StudyInputField &f : synth::kStudyInputFields)
            c << QString::fromLatin1(f.name.data(), qsizetype(f.name.size()));
        return c;
    }();
    return columns;
}

bool readEffectData(const QString &path, synth::Measure measure, const QString &groupColumn, EffectData &out,
                    QString &error, const QString &orderColumn, const QStringList &extraColumns)
{
    CsvReader reader;
    return reader.open(path, error)
        && readRecords(reader, measure, groupColumn, out, error, recordsAtMost(path), orderColumn, extraColumns);
}

bool effectDataFromCsv(const QByteArray &data, const QString &fileName, synth::Measure measure,
                       const QString &groupColumn, EffectData &out, QString &error)
{
    CsvReader reader;
    reader.setData(data, fileName);
    return readRecords(reader, measure, groupColumn, out, error);
}

bool effectDataFromTable(const CsvTable &table, synth::Measure measure, const QString &groupColumn, EffectData &out,
                         QString &error)
{
    Builder builder;
    if (!builder.start(table.header, table.fileName, measure, groupColumn, out, error))
        return false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        std::vector<QByteArray> utf8;
        for (const QString &c : table.rows[r])
            utf8.push_back(c.toUtf8());
        auto cell = [&](qsizetype i) { return QByteArrayView(utf8[std::size_t(i)]); };
        if (!builder.add(table.lines[r], cell, error))
            return false;
    }
    return builder.finish(error);
}

std::ptrdiff_t studyOfError(const EffectData &data, const synth::Error &e, std::string &field)
{
    field = e.field();
    if (e.study() >= 0 || e.code() != synth::ErrorCode::ZeroVariance)
        return e.study();
    for (std::size_t i = 0; i < data.studies.size(); ++i) {
        try {
            const synth::EffectSize es = synth::computeEffect(data.measure, data.studies[i], std::ptrdiff_t(i));
            if (es.available() && !(es.vi > 0)) {
                if (data.measure == synth::Measure::GEN)
                    field = std::isfinite(data.studies[i].vi) ? "vi" : "sei";
                return std::ptrdiff_t(i);
            }
        } catch (const synth::Error &) {
            // a study the engine left out is not the one
        }
    }
    return -1;
}

} // namespace evidencedesk
