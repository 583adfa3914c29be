// SPDX-License-Identifier: GPL-3.0-or-later
// The files the benchmarks import: CSV rows with citation and outcome columns, RIS records as Zotero writes them.
#pragma once

#include <QFile>
#include <QString>

namespace evidencedesk::bench {

/// Writes `n` records made by `record(i)` to `path`, a megabyte at a time.
template<typename Record>
void writeRecords(const QString &path, const QByteArray &header, int n, Record record)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out = header;
    for (int i = 0; i < n; ++i) {
        out += record(i);
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

inline void writeStudiesCsv(const QString &path, int rows)
{
    writeRecords(path, "study,authors,title,year,journal,doi,design,quality,stance,ai,n1i,ci,n2i,region\n", rows,
                 [](int i) {
                     return QStringLiteral("S%1,\"Author%1, A.; Other, B.\",Randomised trial number %1 of an "
                                           "intervention,%2,Journal of Trials,10.1000/t.%1,rct,%3,supporting,%4,100,%5,"
                                           "100,r%6\n")
                         .arg(QString::number(i), QString::number(1970 + i % 50), QString::number(i % 100),
                              QString::number(i % 40), QString::number(i % 37), QString::number(i % 5))
                         .toUtf8();
                 });
}

inline void writeRis(const QString &path, int records)
{
    writeRecords(path, {}, records, [](int i) {
        return QStringLiteral(
                   "TY  - JOUR\r\nAU  - Author%1, A.\r\nAU  - Other, B.\r\nTI  - Cohort study number %1 of an "
                   "exposure\r\nPY  - %2///\r\nJO  - Journal of Cohorts\r\nDO  - 10.2000/c.%1\r\nAN  - %3\r\n"
                   "AB  - An abstract of a few words.\r\nER  - \r\n\r\n")
            .arg(QString::number(i), QString::number(1970 + i % 50), QString::number(10000000 + i))
            .toUtf8();
    });
}

} // namespace evidencedesk::bench
