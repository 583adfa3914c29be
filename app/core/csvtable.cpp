// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace evidencedesk {

bool readCsv(const QString &path, CsvTable &table, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("Csv", "%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    return parseCsv(file.readAll(), path, table, error);
}

bool parseCsv(const QByteArray &data, const QString &fileName, CsvTable &table, QString &error)
{
    table = CsvTable();
    table.fileName = fileName;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        error = QCoreApplication::translate("Csv", "%1: the file is not valid UTF-8 text").arg(fileName);
        return false;
    }
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n > 0 && text.at(0) == QChar(0xFEFF))
        i = 1;
    int line = 1;
    QStringList record;
    QString field;
    int recordLine = 1;
    bool inQuotes = false, quoted = false, any = false;
    auto endRecord = [&] {
        record.append(field);
        field.clear();
        quoted = false;
        // skip blank lines
        if (!(record.size() == 1 && record.first().trimmed().isEmpty())) {
            if (table.header.isEmpty() && table.rows.isEmpty() && !any) {
                table.header = record;
                any = true;
            } else {
                table.rows.append(record);
                table.lines.append(recordLine);
            }
        }
        record.clear();
    };
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!(c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                    field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!field.trimmed().isEmpty() || quoted) {
                error = QCoreApplication::translate("Csv", "%1:%2: a quote inside an unquoted field")
                            .arg(fileName)
                            .arg(line);
                return false;
            }
            field.clear();
            inQuotes = true;
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            quoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (quoted) {
                if (c.isSpace())
                    continue;
                error = QCoreApplication::translate("Csv", "%1:%2: text after a closing quote").arg(fileName).arg(line);
                return false;
            }
            field.append(c);
        }
    }
    if (inQuotes) {
        error = QCoreApplication::translate("Csv", "%1:%2: a quoted field is not closed").arg(fileName).arg(recordLine);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (table.header.isEmpty()) {
        error = QCoreApplication::translate("Csv", "%1: the file is empty").arg(fileName);
        return false;
    }
    for (QString &h : table.header)
        h = h.trimmed();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r].size() != table.header.size()) {
            error = QCoreApplication::translate("Csv", "%1:%2: %3 fields, but the header has %4")
                        .arg(fileName)
                        .arg(table.lines[r])
                        .arg(table.rows[r].size())
                        .arg(table.header.size());
            return false;
        }
    }
    return true;
}

} // namespace evidencedesk
