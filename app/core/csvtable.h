// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace evidencedesk {

/// CSV read one record at a time, from a file or from bytes in memory: RFC 4180 quoting (fields may contain
/// commas, quotes and line breaks), LF, CRLF or CR line ends, UTF-8 with or without BOM. Memory is the
/// current record and a read buffer, whatever the size of the file. Blank lines are skipped. Errors are one
/// line: "FILE:LINE: what".
class CsvReader : public ChunkedInput {
public:
    /// The next record. False at the end of the input (`error` empty) or on malformed input (`error` set).
    bool next(QString &error);
    /// The line the current record starts on (1-based).
    int line() const { return m_recordLine; }
    qsizetype size() const { return qsizetype(m_fields.size()); }
    /// Field `i` of the current record as written (UTF-8, quotes removed); valid until next().
    QByteArrayView field(qsizetype i) const
    {
        return QByteArrayView(m_scratch.constData() + m_fields[std::size_t(i)].first, m_fields[std::size_t(i)].second);
    }
    /// Field `i` decoded, surrounding white space removed.
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)).trimmed(); }
    /// Chooses the delimiter from the first record: the one of comma, semicolon and tab that occurs most often
    /// outside quotes (a comma when none does). Called before the first next().
    void detectDelimiter();
    /// ',', ';' or '\t'.
    char delimiter() const { return m_delimiter; }

private:
    bool fail(QString &error, int line, const QString &what);

    int m_line = 1, m_recordLine = 1;
    char m_delimiter = ',';
    QByteArray m_scratch;
    std::vector<std::pair<qsizetype, qsizetype>> m_fields;
};

/// A CSV file as read whole: header and records, each record with the line it starts on (1-based). For small
/// files; the importers and `analyze` read record by record (CsvReader).
struct CsvTable {
    QString fileName;
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;

    int column(const QString &name) const { return int(header.indexOf(name)); }
};

/// "comma", "semicolon" or "tab" (translated).
QString delimiterName(char delimiter);

/// Reads the header (the first record that is not blank): names trimmed, a byte-order mark removed. False with
/// `error` if the input is empty or malformed.
bool readCsvHeader(CsvReader &reader, QStringList &header, QString &error);
/// One message for a record whose number of fields differs from the header's.
QString csvFieldCountError(const CsvReader &reader, qsizetype headerSize);

/// Reads `path`. On failure returns false and sets `error` to one message naming the file and line.
bool readCsv(const QString &path, CsvTable &table, QString &error);
/// Parses CSV text (the same rules); `fileName` is used in messages.
bool parseCsv(const QByteArray &data, const QString &fileName, CsvTable &table, QString &error);

/// A cell as a spreadsheet may not run it: text beginning with = + - @ (a formula) gets a leading apostrophe,
/// and so does text that would read back as such. Numbers are left as they are.
QString spreadsheetSafe(const QString &cell);
/// The inverse of spreadsheetSafe(): what was written is read back unchanged.
QString fromSpreadsheetSafe(const QString &cell);

/// A cell as written: by RFC 4180 (quoted when it holds a comma, a quote or a line break), a formula defused.
QString csvField(const QString &text);
/// A number as written: the shortest text that reads back to the same double (0.1, not 0.10000000000000001),
/// in the C locale; empty for NaN and infinities.
QString csvNumber(double x);

} // namespace evidencedesk
