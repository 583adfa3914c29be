// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstring>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads CsvText::tr calls).
struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};

constexpr qsizetype kMaxRecordBytes = 16 * kMaxFieldBytes;

bool isBlank(QByteArrayView v)
{
    for (char c : v)
        if (c != ' ' && c != '\t' && c != '\f' && c != '\v')
            return false;
    return true;
}

bool isFormulaStart(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    if (c == u'=' || c == u'@')
        return true;
    if (c != u'+' && c != u'-')
        return false;
    bool number = false;
    s.toDouble(&number); // "-0.5" is a number, not a formula
    return !number;
}

bool needsApostrophe(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i) == u'\'')
        ++i;
    return isFormulaStart(s.mid(i));
}

} // namespace

bool CsvReader::fail(QString &error, int line, const QString &what)
{
    error = location(fileName(), line) + what;
    return false;
}

bool CsvReader::next(QString &error)
{
    error.clear();
    start();
    for (;;) {
        m_scratch.clear();
        m_fields.clear();
        if (!ensure())
            return false; // the end
        m_recordLine = m_line;
        qsizetype fieldStart = 0;
        bool inQuotes = false, quoted = false, text = false, ended = false;
        auto endField = [&] {
            m_fields.emplace_back(fieldStart, m_scratch.size() - fieldStart);
            fieldStart = m_scratch.size();
            quoted = text = false;
        };
        while (!ended) {
            if (!ensure()) { // the input ends inside this record
                if (inQuotes)
                    return fail(error, m_recordLine, CsvText::tr("a quoted field is not closed"));
                endField();
                break;
            }
            const char *data = m_buf.constData();
            const qsizetype n = m_buf.size();
            const uchar c = uchar(data[m_pos]);
            // a run of ordinary characters at once
            qsizetype end = m_pos;
            if (inQuotes)
                while (end < n && data[end] != '"' && data[end] != '\r' && data[end] != '\n' && uchar(data[end]) < 0x80)
                    ++end;
            else if (!quoted)
                while (end < n && data[end] != m_delimiter && data[end] != '"' && data[end] != '\r' && data[end] != '\n'
                       && uchar(data[end]) < 0x80)
                    ++end;
            if (end > m_pos) {
                text = text || (!inQuotes && !isBlank(QByteArrayView(data + m_pos, end - m_pos)));
                m_scratch.append(data + m_pos, end - m_pos);
                m_pos = end;
            } else if (c >= 0x80) {
                ensure(4);
                const int len = utf8SequenceLength(reinterpret_cast<const uchar *>(m_buf.constData()) + m_pos,
                                                   m_buf.size() - m_pos);
                if (len == 0) {
                    error = invalidUtf8(m_line);
                    return false;
                }
                if (quoted && !inQuotes)
                    return fail(error, m_line, CsvText::tr("text after a closing quote"));
                m_scratch.append(m_buf.constData() + m_pos, len);
                m_pos += len;
                text = true;
            } else if (c == '"' && inQuotes) {
                ++m_pos;
                if (ensure() && m_buf.at(m_pos) == '"') { // a doubled quote is a quote
                    m_scratch.append('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                const bool crlf = c == '\r' && ensure() && m_buf.at(m_pos) == '\n';
                if (crlf)
                    ++m_pos;
                ++m_line;
                if (inQuotes) {
                    m_scratch.append(crlf ? '\n' : char(c)); // a line break inside a field: CRLF is kept as LF
                } else {
                    endField();
                    ended = true;
                }
            } else if (c == uchar(m_delimiter)) {
                endField();
                ++m_pos;
            } else if (c == '"') {
                if (text || quoted)
                    return fail(error, m_line, CsvText::tr("a quote inside an unquoted field"));
                m_scratch.truncate(fieldStart); // white space before the opening quote
                inQuotes = quoted = true;
                ++m_pos;
            } else if (c == ' ' || c == '\t') { // after a closing quote
                ++m_pos;
            } else {
                return fail(error, m_line, CsvText::tr("text after a closing quote"));
            }
            if (m_scratch.size() - fieldStart > kMaxFieldBytes)
                return fail(error, m_line, CsvText::tr("a field is longer than %1 MB").arg(kMaxFieldBytes >> 20));
            if (m_scratch.size() > kMaxRecordBytes)
                return fail(error, m_recordLine,
                            CsvText::tr("a record is longer than %1 MB").arg(kMaxRecordBytes >> 20));
        }
        if (!(m_fields.size() == 1 && isBlank(field(0))))
            return true; // blank lines are skipped
    }
}

void CsvReader::detectDelimiter()
{
    start();
    ensure(64 * 1024);
    qsizetype counts[3] = {0, 0, 0}; // , ; tab
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buf.size(); ++i) {
        const char c = m_buf.at(i);
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes)
            counts[0] += c == ',', counts[1] += c == ';', counts[2] += c == '\t';
    }
    m_delimiter = counts[1] > counts[0] && counts[1] >= counts[2] ? ';' : counts[2] > counts[0] ? '\t' : ',';
}

QString delimiterName(char delimiter)
{
    return delimiter == ';' ? CsvText::tr("semicolon") : delimiter == '\t' ? CsvText::tr("tab") : CsvText::tr("comma");
}

bool readCsvHeader(CsvReader &reader, QStringList &header, QString &error)
{
    header.clear();
    reader.detectDelimiter(); // Excel writes semicolons where the decimal sign is a comma
    if (!reader.next(error)) {
        if (error.isEmpty())
            error = location(reader.fileName(), 1) + CsvText::tr("the file is empty");
        return false;
    }
    for (qsizetype i = 0; i < reader.size(); ++i) {
        QString name = reader.text(i);
        while (name.startsWith(QChar(0xFEFF))) // a byte-order mark that was not the file's first
            name = name.mid(1).trimmed();
        header << fromSpreadsheetSafe(name);
    }
    return true;
}

QString csvFieldCountError(const CsvReader &reader, qsizetype headerSize)
{
    return location(reader.fileName(), reader.line())
        + CsvText::tr("%1 fields, but the header has %2")
              .arg(QString::number(reader.size()), QString::number(headerSize));
}

namespace {
bool readTable(CsvReader &reader, CsvTable &table, QString &error)
{
    table = CsvTable();
    table.fileName = reader.fileName();
    if (!readCsvHeader(reader, table.header, error))
        return false;
    while (reader.next(error)) {
        if (reader.size() != table.header.size()) {
            error = csvFieldCountError(reader, table.header.size());
            return false;
        }
        QStringList row;
        row.reserve(reader.size());
        for (qsizetype i = 0; i < reader.size(); ++i)
            row << QString::fromUtf8(reader.field(i));
        table.rows << row;
        table.lines << reader.line();
    }
    return error.isEmpty();
}
} // namespace

bool readCsv(const QString &path, CsvTable &table, QString &error)
{
    CsvReader reader;
    table = CsvTable();
    table.fileName = path;
    return reader.open(path, error) && readTable(reader, table, error);
}

bool parseCsv(const QByteArray &data, const QString &fileName, CsvTable &table, QString &error)
{
    CsvReader reader;
    reader.setData(data, fileName);
    return readTable(reader, table, error);
}

QString spreadsheetSafe(const QString &cell)
{
    return needsApostrophe(cell) ? QLatin1Char('\'') + cell : cell;
}

QString fromSpreadsheetSafe(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && needsApostrophe(cell.mid(1)) ? cell.mid(1) : cell;
}

QString csvField(const QString &text)
{
    const QString s = spreadsheetSafe(text);
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString csvNumber(double x)
{
    return std::isfinite(x) ? QString::number(x, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace evidencedesk
