// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the review file: import of 100,000 CSV rows and of a 10,000-record RIS file (read record by record,
// duplicates looked for and studies written in one transaction), opening a review of 100,000 studies (validate +
// load), a two-row import into that review (its studies' duplicate keys), into a review holding a title of a million
// accented characters (duplicate keys in linear time on a bounded prefix), and an export of 100,000 extra columns
// (linear in what it writes). Each case is timed once on fresh files, after one warm-up run.
#include "benchdata.h"
#include "importers.h"
#include "reviewload.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

/// What `evidencedesk-cli import` does: the file read record by record into one transaction that looks for
/// duplicates and writes. "parse" is the reading alone, timed on its own first.
struct Phases {
    double parse = 0, import = 0;
};

Phases importInto(const QString &review, const QString &file)
{
    Phases ph;
    QElapsedTimer t;
    t.start();
    QString error;
    {
        auto reader = StudyReader::open(file, error);
        ImportedStudy r;
        while (reader && reader->next(r, error))
            ;
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    ph.parse = t.nsecsElapsed() / 1e6;
    t.restart();
    auto store = QFileInfo::exists(review) ? ReviewStore::open(review, error) : ReviewStore::create(review, error);
    auto reader = StudyReader::open(file, error);
    ReviewStore::ImportSummary summary;
    Outcome outcome;
    if (!store || !reader || !store->importStudies(*reader, 0, outcome, QStringLiteral("bench"), summary))
        qFatal("import failed: %s", qPrintable(store ? store->lastError() : error));
    store.reset();
    ph.import = t.nsecsElapsed() / 1e6;
    return ph;
}

void row(const char *name, int n, double ms, double target, const char *detail = "")
{
    std::printf("| %-34s | %7d | %9.0f | %8.0f | %s\n", name, n, ms, target, detail);
    std::fflush(stdout);
}

void importRow(const char *name, int n, const Phases &p, double target)
{
    const QByteArray detail = QStringLiteral("parse alone %1").arg(p.parse, 0, 'f', 0).toUtf8();
    row(name, n, p.import, target, detail.constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("studies.csv")), ris = dir.filePath(QStringLiteral("studies.ris"));
    bench::writeStudiesCsv(csv, 100000);
    bench::writeRis(ris, 10000);
    std::printf("review-file benchmark (wall time, ms)\n\n| %-34s | %7s | %9s | %8s | %s\n", "case", "n", "time",
                "target", "detail (ms)");
    std::printf("|------------------------------------|---------|-----------|----------|------------\n");
    importInto(dir.filePath(QStringLiteral("warmup.evidence")), ris);
    importRow("import CSV", 100000, importInto(dir.filePath(QStringLiteral("csv.evidence")), csv), 2000);
    importRow("import RIS", 10000, importInto(dir.filePath(QStringLiteral("ris.evidence")), ris), 1000);
    QElapsedTimer t;
    t.start();
    QString error;
    auto store = ReviewStore::open(dir.filePath(QStringLiteral("csv.evidence")), error);
    const double validateMs = t.nsecsElapsed() / 1e6;
    const Review r = loaded(*store);
    const double openMs = t.nsecsElapsed() / 1e6;
    if (r.studies.size() != 100000)
        qFatal("expected 100000 studies, got %lld", static_cast<long long>(r.studies.size()));
    const QByteArray openDetail
        = QStringLiteral("validate %1, load %2")
              .arg(QString::number(validateMs, 'f', 0), QString::number(openMs - validateMs, 'f', 0))
              .toUtf8();
    row("open review (validate + load)", 100000, openMs, 500, openDetail.constData());
    store.reset();

    // duplicates of two new rows looked for among 100,000 studies, inside the import's transaction
    const QString two = dir.filePath(QStringLiteral("two.csv"));
    {
        QFile f(two);
        f.open(QIODevice::WriteOnly);
        f.write("title,year\nA new trial,2024\nAnother new trial,2025\n");
    }
    importRow("import 2 rows into 100,000 studies", 2, importInto(dir.filePath(QStringLiteral("csv.evidence")), two),
              500);

    // a title of a million accented characters, then two rows into the review that holds it
    const QString accented = dir.filePath(QStringLiteral("accented.csv"));
    {
        QFile f(accented);
        f.open(QIODevice::WriteOnly);
        f.write("title,year\n" + QString(1000000, QChar(0x00e9)).toUtf8() + ",2001\n");
    }
    const QString holding = dir.filePath(QStringLiteral("accented.evidence"));
    importRow("import a 1,000,000-character title", 1, importInto(holding, accented), 1000);
    importRow("import 2 rows next to that title", 2, importInto(holding, two), 100);

    // an export of 100 studies with 1,000 extra columns each (100,000 columns in all)
    Review wide;
    for (int i = 0; i < 100; ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Study %1").arg(i);
        for (int c = 0; c < 1000; ++c)
            s.extra.insert(QStringLiteral("column %1").arg(i * 1000 + c), QStringLiteral("v%1").arg(c));
        wide.studies.append(s);
    }
    t.restart();
    if (!exportStudiesCsv(wide, 0, 0, dir.filePath(QStringLiteral("wide.csv")), error))
        qFatal("%s", qPrintable(error));
    row("export 100,000 extra columns", 100, t.elapsed(), 2000);
    return 0;
}
