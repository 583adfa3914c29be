// SPDX-License-Identifier: GPL-3.0-or-later
// GRADE suggestions on constructed cases for each domain; the gold-standard proposal and its sample size;
// the PDF report of the demo and BCG reviews (pdftotext finds what must be there) and of 500 studies.
#include "claimanalysis.h"
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

namespace {

/// A review of generic effects with the given designs and quality scores.
Review constructed(const QList<double> &yi, const QList<double> &vi, Design design, const QList<double> &quality = {},
                   Assertion assertion = Assertion::Decreases)
{
    Review r;
    Claim c;
    c.id = 1;
    c.originalText = QStringLiteral("The intervention reduces the outcome.");
    c.assertion = assertion;
    r.claims << c;
    r.info.outcome = QStringLiteral("Mortality");
    for (qsizetype i = 0; i < yi.size(); ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Study %1").arg(i + 1);
        s.design = design;
        s.quality = i < quality.size() ? quality[i] : 70;
        s.data.yi = yi[i];
        s.data.vi = vi[i];
        r.studies << s;
    }
    r.settings.insert(1, {QStringLiteral("GEN"), QStringLiteral("REML"), QStringLiteral("z"), 95, QString()});
    return r;
}

GradeAssessment grade(const Review &r, const GradeSettings &s = {})
{
    return assessGrade(r, 1, analyzeClaim(r, 1, r.settings.value(1)), s);
}

const DomainAssessment &domain(const GradeAssessment &g, GradeDomain d)
{
    for (const DomainAssessment &x : g.domains)
        if (x.domain == d)
            return x;
    qFatal("no domain");
}

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
    void startingLevel()
    {
        const QList<double> y {-0.3, -0.25, -0.35}, v {0.01, 0.02, 0.015};
        QCOMPARE(grade(constructed(y, v, Design::Rct)).start, Certainty::High);
        QCOMPARE(grade(constructed(y, v, Design::Cohort)).start, Certainty::Low);
        const GradeAssessment unknown = grade(constructed(y, v, Design::Unspecified));
        QCOMPARE(unknown.start, Certainty::Low);
        QVERIFY(unknown.startReason.contains(QStringLiteral("not recorded")));
    }

    void inconsistency()
    {
        // six studies at +-0.2 around -0.3 with variances 0.01: I^2 about 80%
        const Review r
            = constructed({-0.1, -0.5, -0.1, -0.5, -0.1, -0.5}, {0.01, 0.01, 0.01, 0.01, 0.01, 0.01}, Design::Rct);
        const ClaimAnalysis c = analyzeClaim(r, 1, r.settings.value(1));
        QVERIFY2(c.analysis.fit.I2 > 75 && c.analysis.fit.I2 < 90, qPrintable(QString::number(c.analysis.fit.I2)));
        const DomainAssessment &d = domain(assessGrade(r, 1, c), GradeDomain::Inconsistency);
        QCOMPARE(d.suggested, -1);
        QVERIFY2(d.reason.contains(QStringLiteral("I\u00b2 = ")), qPrintable(d.reason));
        // consistent studies: no downgrade
        const Review same = constructed({-0.3, -0.32, -0.29, -0.31}, {0.01, 0.02, 0.015, 0.01}, Design::Rct);
        QCOMPARE(domain(grade(same), GradeDomain::Inconsistency).suggested, 0);
    }

    void publicationBias()
    {
        const Review few = constructed({-0.3, -0.2, -0.4, -0.35}, {0.01, 0.02, 0.03, 0.02}, Design::Rct);
        const DomainAssessment &d = domain(grade(few), GradeDomain::PublicationBias);
        QVERIFY(!d.assessable);
        QCOMPARE(d.suggested, 0);
        QVERIFY(d.reason.contains(QStringLiteral("fewer than 10")));
        // 12 studies where small studies show large effects: Egger's test flags them
        QList<double> y, v;
        for (int i = 0; i < 12; ++i) {
            v << 0.005 * (i + 1) * (i + 1);
            y << -0.1 - 0.9 * std::sqrt(v.last());
        }
        const DomainAssessment &e = domain(grade(constructed(y, v, Design::Rct)), GradeDomain::PublicationBias);
        QVERIFY(e.assessable);
        QCOMPARE(e.suggested, -1);
        QVERIFY(e.reason.contains(QStringLiteral("Egger")));
    }

    void riskOfBias()
    {
        const QList<double> y {-0.3, -0.25, -0.35, -0.3}, v {0.01, 0.01, 0.01, 0.01};
        QCOMPARE(domain(grade(constructed(y, v, Design::Rct, {20, 30, 40, 80})), GradeDomain::RiskOfBias).suggested,
                 -2); // 75% low
        QCOMPARE(domain(grade(constructed(y, v, Design::Rct, {20, 30, 80, 80})), GradeDomain::RiskOfBias).suggested,
                 -1); // 50% low
        QCOMPARE(domain(grade(constructed(y, v, Design::Rct, {70, 70, 80, 80})), GradeDomain::RiskOfBias).suggested, 0);
    }

    void imprecision()
    {
        const QList<double> v {0.04, 0.05, 0.06};
        const DomainAssessment &wide
            = domain(grade(constructed({-0.1, 0.05, -0.05}, v, Design::Rct)), GradeDomain::Imprecision);
        QCOMPARE(wide.suggested, -1);
        QVERIFY(wide.reason.contains(QStringLiteral("includes no effect")));
        const DomainAssessment &narrow = domain(
            grade(constructed({-0.5, -0.45, -0.55}, {0.001, 0.001, 0.001}, Design::Rct)), GradeDomain::Imprecision);
        QCOMPARE(narrow.suggested, 0);
        // with a minimal important difference the interval is judged against it
        GradeSettings mid;
        mid.minimalImportantDifference = 0.1;
        QCOMPARE(
            domain(grade(constructed({-0.1, 0.05, -0.05}, v, Design::Rct), mid), GradeDomain::Imprecision).suggested,
            -2);
    }

    void largeEffectAndOverrides()
    {
        // observational, a large ratio: upgraded when nothing is downgraded
        Review r = constructed({-1.8, -1.7, -1.75, -1.65}, {0.01, 0.012, 0.011, 0.01}, Design::Cohort);
        r.settings[1].measure = QStringLiteral("GEN");
        GradeAssessment g = grade(r);
        QCOMPARE(g.start, Certainty::Low);
        // GEN is not a ratio measure: large effect not judged
        QVERIFY(!domain(g, GradeDomain::LargeEffect).assessable);
        // the reviewer overrides a domain; the suggestion and its reason are kept, the override counts
        r.grade[1] = {{gradeDomainKey(GradeDomain::LargeEffect),
                       0,
                       2,
                       {},
                       QStringLiteral("Risk ratio about 0.17 in every cohort")}};
        g = grade(r);
        const DomainAssessment &d = domain(g, GradeDomain::LargeEffect);
        QCOMPARE(d.value(), 2);
        QCOMPARE(d.suggested, 0);
        QCOMPARE(d.justification, QStringLiteral("Risk ratio about 0.17 in every cohort"));
        QCOMPARE(g.certainty, Certainty::High);
        const QList<GradeJudgement> stored = toJudgements(g);
        QCOMPARE(stored.size(), allGradeDomains().size());
    }

    void conclusionWording_data()
    {
        QTest::addColumn<int>("certainty");
        QTest::addColumn<QString>("words");
        QTest::newRow("conclusion/high") << int(Certainty::High)
                                         << QStringLiteral("The intervention reduces mortality.");
        QTest::newRow("conclusion/moderate")
            << int(Certainty::Moderate) << QStringLiteral("The intervention probably reduces mortality.");
        QTest::newRow("conclusion/low") << int(Certainty::Low)
                                        << QStringLiteral("The intervention may reduce mortality.");
        QTest::newRow("conclusion/very low")
            << int(Certainty::VeryLow)
            << QStringLiteral("The evidence is very uncertain about the effect on mortality.");
    }

    void conclusionWording()
    {
        QFETCH(int, certainty);
        QFETCH(QString, words);
        const Review r = constructed({-0.5, -0.45, -0.55}, {0.001, 0.001, 0.001}, Design::Rct);
        QCOMPARE(plainConclusion(r.claims.first(), analyzeClaim(r, 1, r.settings.value(1)), Certainty(certainty),
                                 r.info.outcome),
                 words);
        Review same = constructed({0.01, -0.02, 0.0}, {0.001, 0.001, 0.001}, Design::Rct, {}, Assertion::NoDifference);
        same.claims.first().equivalenceMargin = 0.2;
        if (Certainty(certainty) == Certainty::Moderate)
            QCOMPARE(plainConclusion(same.claims.first(), analyzeClaim(same, 1, same.settings.value(1)),
                                     Certainty::Moderate, same.info.outcome),
                     QStringLiteral("The intervention probably results in little or no difference in mortality."));
    }

    void sampleSizeMatchesTheTextbook()
    {
        // MD, SD 1 in every arm, 50 per arm: to detect 0.5 with 80% power at alpha 0.05 a two-sample trial
        // needs 2 (z_0.975 + z_0.8)^2 / 0.5^2 = 62.8 -> 63 per arm, 126 in all
        Review r;
        Claim c;
        c.id = 1;
        r.claims << c;
        for (int i = 0; i < 4; ++i) {
            Study s;
            s.id = i + 1;
            s.title = QStringLiteral("Trial %1").arg(i);
            s.data.m1i = 1 + 0.1 * i;
            s.data.m2i = 0.5;
            s.data.sd1i = s.data.sd2i = 1;
            s.data.n1i = s.data.n2i = 50;
            r.studies << s;
        }
        const ClaimAnalysis a
            = analyzeClaim(r, 1, {QStringLiteral("MD"), QStringLiteral("REML"), QStringLiteral("z"), 95, QString()});
        QCOMPARE(requiredSampleSize(r, a, 0.5), 126.0);
        const QList<GoldStandardItem> items = proposeGoldStandard(r, 1, a, 0.5);
        QVERIFY(items.size() >= 2);
        QCOMPARE(items.first().design, Design::SystematicReview); // strongest first
        QCOMPARE(items.at(1).design, Design::Rct);
        QVERIFY2(items.at(1).notes.contains(QStringLiteral("About 126 participants (63 per arm)")),
                 qPrintable(items.at(1).notes));
        QVERIFY(items.at(1).notes.contains(QStringLiteral("No randomised trial is included yet")));
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
        auto store = ReviewStore::open(review, error);
        const Review r = store->load();
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
        r.settings.insert(1, {QStringLiteral("GEN"), QStringLiteral("REML"), QStringLiteral("z"), 95, QString()});
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
