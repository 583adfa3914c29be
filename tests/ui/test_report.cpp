// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report of the demo and BCG reviews (pdftotext finds what must be there) and of 500 studies.
#include "claimanalysis.h"
#include "reviewload.h"
#include "settingsof.h"
#include "examples.h"
#include "goldstandard.h"
#include "grade.h"
#include "pdftext.h"
#include "report.h"
#include "reviewstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

/// Text in NFKC (ligatures such as "ﬀ" become "ff"), white space folded, and a hyphen that ended a line
/// joined to what follows ("effort-\nmatched" reads "effort-matched").
QString folded(const QString &s)
{
    static const QRegularExpression hyphenBreak(QStringLiteral("-\\s+"));
    return s.normalized(QString::NormalizationForm_KC).simplified().replace(hyphenBreak, QStringLiteral("-"));
}

// the whole text, folded for comparison
QString pdfText(const QString &path)
{
    return folded(pdfPageTexts(path).join(QLatin1Char('\n')));
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished();
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("Pages:"));
    return at < 0 ? -1 : out.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:

    void reports_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("report/hypertrophy") << QStringLiteral("hypertrophy");
        QTest::newRow("report/bcg") << QStringLiteral("bcg");
    }

    void reports()
    {
        QFETCH(QString, example);
        QString error;
        const QString review = m_dir.filePath(example + QStringLiteral(".evidence"));
        {
            auto store = ReviewStore::create(review, error);
            QVERIFY(store && writeExample(example, *store, error));
        }
        const QString pdf = m_dir.filePath(example + QStringLiteral(".pdf"));
        QProcess cli;
        cli.start(QStringLiteral(EVIDENCEDESK_CLI), {QStringLiteral("report"), review, QStringLiteral("-o"), pdf});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString text = pdfText(pdf);
        auto store = ReviewStore::open(review, error);
        const Review r = loaded(*store);
        const Claim &c = r.claims.first();
        QVERIFY(text.contains(folded(c.currentText())));
        QVERIFY(text.contains(folded(c.originalText)));
        if (!c.refinements.isEmpty())
            QVERIFY(text.contains(folded(c.refinements.last().rationale)));
        for (const Mechanism &m : r.mechanisms.value(c.id)) {
            QVERIFY(text.contains(folded(m.summary)));
            for (const QString &step : m.steps)
                QVERIFY2(text.contains(folded(step)), qPrintable(step));
        }
        for (const Study &s : r.studies)
            QVERIFY2(text.contains(folded(s.title)), qPrintable(s.title));
        QVERIFY(text.contains(QStringLiteral("Certainty of the evidence (GRADE)")));
        QVERIFY(text.contains(QStringLiteral("library(metafor)")));
        const ClaimAnalysis a = analyzeClaim(r, c.id, r.settings.value(c.id));
        if (a.ok()) { // the pooled estimate as printed in the results table
            const double e = std::exp(a.analysis.fit.estimate), lo = std::exp(a.analysis.fit.ciLower),
                         hi = std::exp(a.analysis.fit.ciUpper);
            const QString printed = QStringLiteral("Pooled RR %1 [%2, %3]")
                                        .arg(QLocale().toString(e, 'f', 2), QLocale().toString(lo, 'f', 2),
                                             QLocale().toString(hi, 'f', 2));
            QVERIFY2(text.contains(printed), qPrintable(printed));
            // each plot's heading is on the page where its plot begins (never alone at a page's foot)
            int headings = 0;
            for (const QString &page : pdfPageTexts(pdf)) {
                if (page.contains(QStringLiteral("Forest plot\n")) && ++headings)
                    QVERIFY2(page.contains(QStringLiteral("Weight")), qPrintable(page));
                if (page.contains(QStringLiteral("Funnel plot\n")) && ++headings)
                    QVERIFY2(page.contains(QStringLiteral("Shading: ")), qPrintable(page)); // the funnel's legend
            }
            QCOMPARE(headings, 2);
        }
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 4 && pages <= 15, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void longReportBreaksCleanly()
    {
        Review r;
        Claim c;
        c.id = 1;
        c.originalText = QStringLiteral("A long review.");
        r.claims << c;
        std::mt19937 rng(3);
        std::normal_distribution<double> normal(0.2, 0.3);
        for (int i = 0; i < 500; ++i) {
            Study s;
            s.id = i + 1;
            s.title = QStringLiteral("Trial number %1").arg(i + 1);
            s.data.yi = normal(rng);
            s.data.vi = 0.02 + 0.001 * (i % 50);
            r.studies << s;
        }
        r.settings.insert(1, settingsOf(synth::Measure::GEN));
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(writeReport(r, 1, pdf, error), qPrintable(error));
        const int pages = pdfPages(pdf);
        QVERIFY2(pages > 20 && pages < 80, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Trial number 1 ")) && text.contains(QStringLiteral("Trial number 500 ")));
        // the forest plot's header repeats on each of its pages
        QVERIFY(text.count(QStringLiteral("Weight")) >= 500 / 45);
    }

    void reportRefusesAReviewWithoutClaim()
    {
        QString error;
        QVERIFY(!writeReport(Review(), 0, m_dir.filePath(QStringLiteral("none.pdf")), error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
