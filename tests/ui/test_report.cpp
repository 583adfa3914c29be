// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report of the demo and BCG reviews (pdftotext finds what must be there) and of 500 studies.
#include "claimanalysis.h"
#include "examples.h"
#include "goldstandard.h"
#include "grade.h"
#include "i18n.h"
#include "pdftext.h"
#include "report.h"
#include "reviewload.h"
#include "reviewstore.h"
#include "settingsof.h"
#include "summaryoffindings.h"

#include <QFileInfo>
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

    /// The contents (on the first page) give the page each numbered section starts on.
    static void contentsArePages(const QStringList &pageTexts)
    {
        static const QRegularExpression entry(QStringLiteral("^(\\d+\\. [^\\n]*?\\S)[ \\t\\x{2007}]+(\\d+)$"),
                                              QRegularExpression::MultilineOption);
        int entries = 0;
        for (auto m = entry.globalMatch(pageTexts.value(0)); m.hasNext();) {
            const QRegularExpressionMatch e = m.next();
            const int page = e.captured(2).toInt();
            QVERIFY2(page >= 2 && page <= pageTexts.size(), qPrintable(e.captured(0)));
            QVERIFY2(pageTexts[page - 1].split(QLatin1Char('\n')).contains(e.captured(1)),
                     qPrintable(QStringLiteral("\"%1\" is not on page %2").arg(e.captured(1)).arg(page)));
            ++entries;
        }
        QVERIFY2(entries >= 7, qPrintable(pageTexts.value(0)));
    }

    /// k studies of generic effects, each appraised for the outcome (RoB 2 for the trials, ROBINS-I for the rest)
    static Review appraisedReview(int k, int trials)
    {
        Review r;
        Claim c;
        c.id = 1;
        c.outcomeId = 1;
        c.originalText = QStringLiteral("The intervention reduces pain.");
        r.claims << c;
        r.outcomes << Outcome {1, QStringLiteral("Pain"), OutcomeType::Generic, {}, {}};
        for (int i = 0; i < k; ++i) {
            Study s;
            s.id = i + 1;
            s.authors = QStringLiteral("Trialist%1").arg(i + 1);
            s.year = 2000 + i;
            s.design = i < trials ? Design::Rct : Design::Cohort;
            r.data[1][s.id].yi = -0.2 + 0.03 * (i % 12);
            r.data[1][s.id].vi = 0.02;
            r.studies << s;
            RobAssessment a = RobAssessment::empty(robToolFor(s.design));
            a.domains.fill(i % 3 == 0 ? RobJudgement::High : RobJudgement::Low);
            if (a.tool == RobTool::RobinsI)
                a.domains.fill(RobJudgement::Moderate);
            r.risk[1].insert(s.id, a);
        }
        r.settings.insert(1, settingsOf(synth::Measure::GEN));
        return r;
    }

private slots:
    // English as the CLI that writes the reports speaks it (the sources' plural forms worded)
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void reportIsNotWrittenThroughAPlantedFile()
    {
        // a link planted where the report's temporary file used to go (OUT.pdf.part) pointing at the review: the
        // report is written to a file of its own, the review and the link are left as they were
        const QString review = m_dir.filePath(QStringLiteral("planted.evidence"));
        QString error;
        {
            auto store = ReviewStore::create(review, error);
            QVERIFY2(store && writeExample(QStringLiteral("bcg"), *store, error), qPrintable(error));
        }
        QFile r(review);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray before = r.readAll();
        r.close();
        const QString pdf = m_dir.filePath(QStringLiteral("planted.pdf"));
        QVERIFY(QFile::link(review, pdf + QStringLiteral(".part")));
        auto store = ReviewStore::open(review, error);
        Review loaded;
        QVERIFY(store && store->load(loaded));
        QVERIFY2(writeReport(loaded, 0, pdf, error), qPrintable(error));
        QVERIFY(r.open(QIODevice::ReadOnly));
        QCOMPARE(r.readAll(), before);
        QVERIFY(QFileInfo(pdf + QStringLiteral(".part")).isSymLink());
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
    }

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
        contentsArePages(pdfPageTexts(pdf));
        if (QTest::currentTestFailed())
            return;
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
        // the review's summary of findings after the claim's GRADE section: every claim's row, cell by cell
        const qsizetype gradeAt = text.indexOf(QStringLiteral("5. Certainty of the evidence (GRADE)"));
        const qsizetype sofAt = text.indexOf(QStringLiteral("Summary of findings"), gradeAt);
        QVERIFY(gradeAt >= 0 && sofAt > gradeAt);
        const QList<SofRow> sof = summaryOfFindings(r);
        QCOMPARE(sof.size(), r.claims.size());
        for (const SofRow &row : sof)
            for (SofColumn column : allSofColumns()) {
                const QString cell = folded(sofCellText(row, column));
                QVERIFY2(text.indexOf(cell, sofAt) > sofAt, qPrintable(cell));
            }
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
        c.outcomeId = 1;
        c.originalText = QStringLiteral("A long review.");
        r.claims << c;
        std::mt19937 rng(3);
        std::normal_distribution<double> normal(0.2, 0.3);
        for (int i = 0; i < 500; ++i) {
            Study s;
            s.id = i + 1;
            s.title = QStringLiteral("Trial number %1").arg(i + 1);
            r.data[1][s.id].yi = normal(rng);
            r.data[1][s.id].vi = 0.02 + 0.001 * (i % 50);
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

    void reportHoldsTogether()
    {
        // 40 studies with long titles, two excluded: page by page, every table's header row is on each page the
        // table runs onto, no heading is the last thing on a page, and the excluded studies are listed with why
        Review r;
        Claim c;
        c.id = 1;
        c.outcomeId = 1;
        c.originalText = QStringLiteral("Vitamin D reduces fractures in adults over 65.");
        c.assertion = Assertion::Decreases;
        r.claims << c;
        std::mt19937 rng(5);
        std::normal_distribution<double> normal(-0.1, 0.2);
        for (int i = 0; i < 40; ++i) {
            Study s;
            s.id = i + 1;
            s.authors = QStringLiteral("Author%1 A, Other B, Third C").arg(i + 1);
            s.title = QStringLiteral("A randomised trial of vitamin D supplementation and fracture risk in "
                                     "community-dwelling adults aged over 65, cohort %1")
                          .arg(i + 1);
            s.year = 1990 + i % 30;
            s.design = Design::Rct;
            r.data[1][s.id].yi = normal(rng);
            r.data[1][s.id].vi = 0.01 + 0.002 * (i % 20);
            if (i == 3 || i == 17) {
                s.included = false;
                s.exclusionReason = QStringLiteral("wrong population %1").arg(i);
            }
            r.studies << s;
            r.stances[1].insert(s.id, {i % 3 ? Stance::Contradicting : Stance::Supporting, {}, {}});
        }
        r.settings.insert(1, settingsOf(synth::Measure::GEN));
        const QString pdf = m_dir.filePath(QStringLiteral("together.pdf"));
        QString error;
        QVERIFY2(writeReport(r, 1, pdf, error), qPrintable(error));
        const QStringList pages = pdfPageTexts(pdf);
        const QStringList headings {QStringLiteral("3. The evidence"),
                                    QStringLiteral("Supporting ("),
                                    QStringLiteral("Contradicting ("),
                                    QStringLiteral("Excluded from the synthesis"),
                                    QStringLiteral("References"),
                                    QStringLiteral("Leave-one-out"),
                                    QStringLiteral("6. Gold standard evidence needed"),
                                    QStringLiteral("7. Methods")};
        int tablePages = 0;
        for (const QString &page : pages) {
            QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            while (!lines.isEmpty()
                   && (lines.last().trimmed().isEmpty() || lines.last().contains(QStringLiteral("Page "))))
                lines.removeLast(); // the footer
            for (const QString &h : headings)
                if (!lines.isEmpty())
                    QVERIFY2(!lines.last().trimmed().startsWith(h),
                             qPrintable(QStringLiteral("a page ends with \"%1\"").arg(h)));
            // a page with rows of an evidence table ("[n] Author...") carries the table's header row
            static const QRegularExpression row(QStringLiteral("^\\[\\d+\\] Author\\d+ A"));
            bool rows = false;
            for (const QString &line : std::as_const(lines))
                rows = rows || (row.match(line.trimmed()).hasMatch() && line.contains(QStringLiteral("Randomised")));
            if (rows) {
                ++tablePages;
                QVERIFY2(page.contains(QStringLiteral("Design")) && page.contains(QStringLiteral("Quality")),
                         qPrintable(page));
            }
        }
        QVERIFY(tablePages >= 1);
        const QString text = pdfText(pdf);
        const qsizetype excluded = text.indexOf(QStringLiteral("Excluded from the synthesis (2)"));
        QVERIFY(excluded > 0);
        QVERIFY(text.indexOf(QStringLiteral("wrong population 3"), excluded) > excluded);
        QVERIFY(text.indexOf(QStringLiteral("wrong population 17"), excluded) > excluded);
        QVERIFY(text.contains(QStringLiteral("38 stud"))); // the synthesis counts the included ones
    }

    void riskOfBiasInTheReport()
    {
        // the evidence section lists each study's overall judgement and draws both risk-of-bias plots where they
        // are laid out (after the tables, not over the claim: a plot inserted before the layout knew its size
        // was once drawn over the first pages)
        const Review r = appraisedReview(12, 9);
        const QString pdf = m_dir.filePath(QStringLiteral("rob.pdf"));
        QString error;
        QVERIFY2(writeReport(r, 1, pdf, error), qPrintable(error));
        const QStringList pages = pdfPageTexts(pdf);
        contentsArePages(pages); // the plots, laid out with their size, move what follows
        qsizetype traffic = -1, summary = -1, evidence = -1;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (pages[i].contains(QStringLiteral("Risk of bias of each study")))
                traffic = i;
            if (pages[i].contains(QStringLiteral("Risk of bias across studies")))
                summary = i;
            if (pages[i].contains(QStringLiteral("3. The evidence")))
                evidence = i;
        }
        QVERIFY(traffic > 0 && summary >= traffic && evidence > 0);
        QVERIFY(traffic >= evidence);
        QVERIFY2(!pages[traffic].contains(QStringLiteral("1. The claim")), qPrintable(pages[traffic]));
        const QString text = folded(pages.join(QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("12 of the 12 studies of the synthesis are appraised for this outcome "
                                             "(RoB 2: 9, ROBINS-I: 3).")));
        QVERIFY(text.contains(QStringLiteral("High (RoB 2)"))); // the evidence table's column
        QVERIFY(text.contains(QStringLiteral("Moderate (ROBINS-I)")));
        QVERIFY(text.contains(QStringLiteral("RoB 2: share of the weight at each judgement")));
        // the traffic-light plot's page names the appraised studies in the plot's rows (below its title)
        const QString after = pages[traffic].mid(pages[traffic].indexOf(QStringLiteral("Risk of bias of each study")));
        for (int i = 1; i <= 12; ++i)
            QVERIFY2(after.contains(QStringLiteral("Trialist%1 (%2)").arg(i).arg(1999 + i)), qPrintable(after));
    }

    void longTrafficLightBreaksAcrossPages()
    {
        // 80 appraised studies: the traffic-light plot in page-sized pieces of readable rows (not shrunk onto one
        // page), every study in it once, each piece with its headers and key
        const Review r = appraisedReview(80, 60);
        const QString pdf = m_dir.filePath(QStringLiteral("rob-long.pdf"));
        QString error;
        QVERIFY2(writeReport(r, 1, pdf, error), qPrintable(error));
        const QStringList pages = pdfPageTexts(pdf);
        contentsArePages(pages);
        int pieces = 0;
        QString rows;
        // a piece's key starts "Domains" (one tool) or "RoB 2 domains" (both); its rows are above it
        static const QRegularExpression key(QStringLiteral("^(RoB 2 |ROBINS-I )?[Dd]omains$"),
                                            QRegularExpression::MultilineOption);
        for (const QString &page : pages)
            if (const QRegularExpressionMatch m = key.match(page); m.hasMatch()) {
                ++pieces;
                rows += page.left(m.capturedStart());
            }
        QVERIFY2(pieces >= 4, qPrintable(QString::number(pieces)));
        for (int i = 1; i <= 80; ++i)
            QVERIFY2(rows.count(QStringLiteral("Trialist%1 (%2)").arg(i).arg(1999 + i)) == 1,
                     qPrintable(QString::number(i)));
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
