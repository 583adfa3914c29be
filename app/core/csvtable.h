// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace evidencedesk {

/// A CSV file as read: header and records, each record with the line it starts on (1-based).
/// RFC 4180 quoting (fields may contain commas, quotes and line breaks), CRLF or LF, UTF-8 with or
/// without BOM.
struct CsvTable {
    QString fileName;
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;

    int column(const QString &name) const { return header.indexOf(name); }
};

/// Reads `path`. On failure returns false and sets `error` to one message naming the file and line.
bool readCsv(const QString &path, CsvTable &table, QString &error);
/// Parses CSV text (the same rules); `fileName` is used in messages.
bool parseCsv(const QByteArray &data, const QString &fileName, CsvTable &table, QString &error);

} // namespace evidencedesk
