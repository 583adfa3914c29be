// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the review file: import of 100,000 CSV rows and of a 10,000-record RIS file (parse,
// duplicate check, one transaction), and opening a review of 100,000 studies (validate + load).
// Targets: 2 s, 1 s, 0.5 s. Each case is timed once on fresh files, after one warm-up run.
#include "importers.h"
#include "reviewload.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

void writeCsv(const QString &path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("study,authors,title,year,journal,doi,design,quality,stance,ai,n1i,ci,n2i,region\n");
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral("S%1,\"Author%1, A.; Other, B.\",Randomised trial number %1 of an intervention,%2,"
                               "Journal of Trials,10.1000/t.%1,rct,%3,supporting,%4,100,%5,100,r%6\n")
                    .arg(i)
                    .arg(1970 + i % 50)
                    .arg(i % 100)
                    .arg(i % 40)
                    .arg(i % 37)
                    .arg(i % 5)
                    .toUtf8());
}

void writeRis(const QString &path, int records)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    for (int i = 0; i < records; ++i)
        f.write(
            QStringLiteral("TY  - JOUR\r\nAU  - Author%1, A.\r\nAU  - Other, B.\r\nTI  - Cohort study number %1 of an "
                           "exposure\r\nPY  - %2///\r\nJO  - Journal of Cohorts\r\nDO  - 10.2000/c.%1\r\nAN  - %3\r\n"
                           "AB  - An abstract of a few words.\r\nER  - \r\n\r\n")
                .arg(i)
                .arg(1970 + i % 50)
                .arg(10000000 + i)
                .toUtf8());
}

/// Parse, de-duplicate against the review, write in one transaction: what `evidencedesk-cli import` does.
struct Phases {
    double parse = 0, dedupe = 0, write = 0;
    double total() const { return parse + dedupe + write; }
};

Phases importInto(const QString &review, const QString &file)
{
    Phases ph;
    QElapsedTimer t;
    t.start();
    QList<ImportedStudy> records;
    QString error;
    if (!readStudies(file, records, error))
        qFatal("%s", qPrintable(error));
    ph.parse = t.nsecsElapsed() / 1e6;
    t.restart();
    auto store = ReviewStore::create(review, error);
    const Review r = loaded(*store);
    QList<SkippedDuplicate> skipped;
    const QList<ImportedStudy> kept = withoutDuplicates(records, r.studies, skipped);
    QList<Study> studies;
    for (const ImportedStudy &s : kept)
        studies.append(s.study);
    ph.dedupe = t.nsecsElapsed() / 1e6;
    t.restart();
    if (store->addStudies(studies).size() != studies.size())
        qFatal("import failed");
    store.reset();
    ph.write = t.nsecsElapsed() / 1e6;
    return ph;
}

void row(const char *name, int n, double ms, double target, const char *detail = "")
{
    std::printf("| %-34s | %7d | %9.0f | %8.0f | %s\n", name, n, ms, target, detail);
    std::fflush(stdout);
}

void importRow(const char *name, int n, const Phases &p, double target)
{
    const QByteArray detail = QStringLiteral("parse %1, duplicates %2, write %3")
                                  .arg(p.parse, 0, 'f', 0)
                                  .arg(p.dedupe, 0, 'f', 0)
                                  .arg(p.write, 0, 'f', 0)
                                  .toUtf8();
    row(name, n, p.total(), target, detail.constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("studies.csv")), ris = dir.filePath(QStringLiteral("studies.ris"));
    writeCsv(csv, 100000);
    writeRis(ris, 10000);
    std::printf("review-file benchmark (wall time, ms)\n\n| %-34s | %7s | %9s | %8s | %s\n", "case", "n", "time",
                "target", "phases (ms)");
    std::printf("|------------------------------------|---------|-----------|----------|------------\n");
    importInto(dir.filePath(QStringLiteral("warmup.evidence")), ris);
    importRow("import CSV", 100000, importInto(dir.filePath(QStringLiteral("csv.evidence")), csv), 2000);
    importRow("import RIS", 10000, importInto(dir.filePath(QStringLiteral("ris.evidence")), ris), 1000);
    QElapsedTimer t;
    t.start();
    QString error;
    auto store = ReviewStore::open(dir.filePath(QStringLiteral("csv.evidence")), error);
    const Review r = loaded(*store);
    const double openMs = t.elapsed();
    if (r.studies.size() != 100000)
        qFatal("expected 100000 studies, got %lld", static_cast<long long>(r.studies.size()));
    row("open review (validate + load)", 100000, openMs, 500);
    return 0;
}
