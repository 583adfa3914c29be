// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of findings (summaryoffindings.h): absolute effects per 1,000 against published worked examples
// (tests/data/sof_published.json: the Cochrane Handbook 5.1's example table and worked computations, sources
// named there), and each kind of row (RR, OR, RD, continuous, not estimable) on constructed reviews, checked
// against the formulas written out here from the analysis' own pooled numbers and the studies' data.
#include "claimanalysis.h"
#include "defaults.h"
#include "grade.h"
#include "settingsof.h"
#include "summaryoffindings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

struct Trial {
    double treatedEvents, controlEvents, perArm;
};

/// Randomised trials of 2x2 tables (events of `perArm` in each arm) about one dichotomous outcome.
Review trialsReview(const QList<Trial> &trials, synth::Measure measure)
{
    Review r;
    Claim c;
    c.id = 1;
    c.originalText = QStringLiteral("The intervention reduces mortality.");
    c.assertion = Assertion::Decreases;
    c.outcomeId = 1;
    r.claims << c;
    r.outcomes << Outcome {1, QStringLiteral("Mortality"), OutcomeType::Dichotomous, QStringLiteral("1 year"), {}};
    for (qsizetype i = 0; i < trials.size(); ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Trial %1").arg(i + 1);
        s.design = Design::Rct;
        synth::StudyInput &d = r.data[1][s.id];
        d.ai = trials[i].treatedEvents;
        d.n1i = trials[i].perArm;
        d.ci = trials[i].controlEvents;
        d.n2i = trials[i].perArm;
        r.studies << s;
    }
    r.settings.insert(1, settingsOf(measure));
    return r;
}

const QList<Trial> kTrials {{12, 20, 100}, {30, 41, 200}, {8, 15, 80}, {22, 30, 150}, {5, 9, 60}};

/// The median of the trials' comparator risks, written out: sorted, the middle one (k is odd here).
double medianOf(const QList<Trial> &trials)
{
    QList<double> risks;
    for (const Trial &t : trials)
        risks << t.controlEvents / t.perArm;
    std::sort(risks.begin(), risks.end());
    return risks.size() % 2 ? risks[risks.size() / 2] : (risks[risks.size() / 2 - 1] + risks[risks.size() / 2]) / 2;
}

/// The claim's row, with the claim's risk with the comparator set to `assumedRisk` (NaN: none set).
SofRow rowOf(Review r, double assumedRisk = std::nan(""))
{
    r.claims.first().assumedRisk = assumedRisk;
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    return summaryOfFindingsRow(a, assessGrade(r, 1, a));
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

QJsonObject published()
{
    QFile f(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/sof_published.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestSof : public QObject {
    Q_OBJECT

private slots:
    void publishedExamples_data();
    void publishedExamples();
    void riskRatioRow();
    void oddsRatioRow();
    void riskDifferenceRow();
    void continuousRow();
    void assumedRiskDefaultsToMedian();
    void evenNumberOfStudiesMedian();
    void notEstimableRow();
    void footnotesCarryGradeReasons();
    void uncountedUpgradeIsNoFootnote();
    void csvColumnsAndCodes();
    void htmlTable();
    void everyClaimOneRow();
};

void TestSof::publishedExamples_data()
{
    QTest::addColumn<QJsonObject>("example");
    const QJsonObject data = published();
    QVERIFY2(!data.isEmpty(), "tests/data/sof_published.json not read");
    const QJsonObject sources = data.value(QStringLiteral("sources")).toObject();
    for (const QJsonValue &v : data.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        QVERIFY(sources.contains(c.value(QStringLiteral("source")).toString())); // every number has its source
        QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString())) << c;
    }
}

/// The published ratio (and interval) through a summary-of-findings row with the published assumed risk set
/// by the reviewer: the risk with the intervention and the difference per 1,000, rounded as a table shows them,
/// are the source's.
void TestSof::publishedExamples()
{
    QFETCH(QJsonObject, example);
    auto value = [&](const char *key) { return example.value(QLatin1String(key)).toDouble(std::nan("")); };
    ClaimAnalysis a;
    a.claimId = 1;
    const auto measure = synth::measureFromName(example.value(QStringLiteral("measure")).toString().toStdString());
    QVERIFY(measure);
    a.analysis.measure = *measure;
    a.settings.measure = *measure;
    a.analysis.fit.k = 9;
    a.analysis.fit.converged = true;
    a.analysis.fit.estimate = std::log(value("ratio"));
    // a worked computation without an interval: the interval is the estimate (only the estimate is compared)
    a.analysis.fit.ciLower = std::log(std::isfinite(value("ci_lb")) ? value("ci_lb") : value("ratio"));
    a.analysis.fit.ciUpper = std::log(std::isfinite(value("ci_ub")) ? value("ci_ub") : value("ratio"));
    const double assumed = value("assumed_per_1000");
    a.claim.assumedRisk = assumed / 1000; // the reviewer's
    const SofRow row = summaryOfFindingsRow(a, GradeAssessment());
    QCOMPARE(row.effect, SofEffect::Risk);
    QVERIFY(row.assumedRiskByReviewer);
    auto per1000 = [](double x) { return double(std::lround(x)); };
    if (std::isfinite(value("intervention_per_1000"))) {
        QCOMPARE(per1000(row.riskWithIntervention * 1000), value("intervention_per_1000"));
        QCOMPARE(per1000(row.riskLower * 1000), value("intervention_per_1000_lb"));
        QCOMPARE(per1000(row.riskUpper * 1000), value("intervention_per_1000_ub"));
        // the difference column: the source's two columns apart (the assumed risk is a whole number per 1,000)
        QCOMPARE(per1000(row.differencePer1000), value("intervention_per_1000") - assumed);
        QCOMPARE(per1000(row.differenceLower), value("intervention_per_1000_lb") - assumed);
        QCOMPARE(per1000(row.differenceUpper), value("intervention_per_1000_ub") - assumed);
    }
    if (std::isfinite(value("difference_per_1000")))
        QCOMPARE(per1000(row.differencePer1000), value("difference_per_1000"));
}

void TestSof::riskRatioRow()
{
    const Review r = trialsReview(kTrials, synth::Measure::RR);
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    QVERIFY(a.ok());
    const SofRow row = summaryOfFindingsRow(a, assessGrade(r, 1, a));
    QCOMPARE(row.effect, SofEffect::Risk);
    QCOMPARE(row.outcome, QStringLiteral("Mortality"));
    QCOMPARE(row.timePoint, QStringLiteral("1 year"));
    QCOMPARE(row.studies, int(kTrials.size()));
    double n = 0;
    for (const Trial &t : kTrials)
        n += 2 * t.perArm;
    QCOMPARE(row.participants, n);
    const double acr = medianOf(kTrials);
    QVERIFY(near(row.assumedRisk, acr));
    QVERIFY(!row.assumedRiskByReviewer);
    const synth::Fit &fit = a.analysis.fit;
    QVERIFY(near(row.estimate, std::exp(fit.estimate)));
    // RR: ACR (RR - 1) 1000, each end of the interval from the pooled interval's
    QVERIFY(near(row.differencePer1000, acr * (std::exp(fit.estimate) - 1) * 1000));
    QVERIFY(near(row.differenceLower, acr * (std::exp(fit.ciLower) - 1) * 1000));
    QVERIFY(near(row.differenceUpper, acr * (std::exp(fit.ciUpper) - 1) * 1000));
    QVERIFY(near(row.riskWithIntervention, acr * std::exp(fit.estimate)));
    QVERIFY(row.differenceLower < row.differencePer1000 && row.differencePer1000 < row.differenceUpper);
}

void TestSof::oddsRatioRow()
{
    const Review r = trialsReview(kTrials, synth::Measure::OR);
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    QVERIFY(a.ok());
    const SofRow row = summaryOfFindingsRow(a, assessGrade(r, 1, a));
    QCOMPARE(row.effect, SofEffect::Risk);
    const double acr = medianOf(kTrials);
    // the GRADE handbook's formula: ACR OR / (1 - ACR + ACR OR) - ACR
    auto expected = [acr](double logOr) {
        const double o = std::exp(logOr);
        return (acr * o / (1 - acr + acr * o) - acr) * 1000;
    };
    const synth::Fit &fit = a.analysis.fit;
    QVERIFY(near(row.differencePer1000, expected(fit.estimate)));
    QVERIFY(near(row.differenceLower, expected(fit.ciLower)));
    QVERIFY(near(row.differenceUpper, expected(fit.ciUpper)));
    QVERIFY(near(row.riskWithIntervention * 1000, expected(fit.estimate) + acr * 1000));
}

void TestSof::riskDifferenceRow()
{
    const Review r = trialsReview(kTrials, synth::Measure::RD);
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    QVERIFY(a.ok());
    const SofRow row = summaryOfFindingsRow(a, assessGrade(r, 1, a));
    QCOMPARE(row.effect, SofEffect::RiskDifference);
    const synth::Fit &fit = a.analysis.fit;
    // the pooled difference is the absolute effect; the assumed risk is still the median
    QVERIFY(near(row.differencePer1000, fit.estimate * 1000));
    QVERIFY(near(row.differenceLower, fit.ciLower * 1000));
    QVERIFY(near(row.differenceUpper, fit.ciUpper * 1000));
    QVERIFY(near(row.assumedRisk, medianOf(kTrials)));
    QVERIFY(near(row.riskWithIntervention, medianOf(kTrials) + fit.estimate));
}

void TestSof::continuousRow()
{
    Review r;
    Claim c;
    c.id = 1;
    c.outcomeId = 1;
    r.claims << c;
    r.outcomes << Outcome {1, QStringLiteral("Pain"), OutcomeType::Continuous, {}, {}};
    for (int i = 0; i < 4; ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Trial %1").arg(i);
        synth::StudyInput &d = r.data[1][s.id];
        d.m1i = 1 + 0.1 * i;
        d.m2i = 0.5;
        d.sd1i = d.sd2i = 1;
        d.n1i = d.n2i = 50;
        r.studies << s;
    }
    for (synth::Measure m : {synth::Measure::MD, synth::Measure::SMD}) {
        r.settings.insert(1, settingsOf(m));
        const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
        QVERIFY(a.ok());
        const SofRow row = summaryOfFindingsRow(a, assessGrade(r, 1, a));
        QCOMPARE(row.effect, SofEffect::MeanDifference);
        QCOMPARE(row.measure, m);
        QCOMPARE(row.estimate, a.analysis.fit.estimate); // as pooled, not transformed
        QCOMPARE(row.ciLower, a.analysis.fit.ciLower);
        QCOMPARE(row.ciUpper, a.analysis.fit.ciUpper);
        QVERIFY(std::isnan(row.assumedRisk));
        QVERIFY(std::isnan(row.differencePer1000));
        double n = 0;
        for (const auto &d : std::as_const(r.data[1]))
            n += d.n1i + d.n2i;
        QCOMPARE(row.participants, n);
    }
}

void TestSof::assumedRiskDefaultsToMedian()
{
    const Review r = trialsReview(kTrials, synth::Measure::RR);
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    QVERIFY(near(medianComparatorRisk(a), medianOf(kTrials)));
    const SofRow byDefault = rowOf(r);
    QVERIFY(near(byDefault.medianRisk, medianOf(kTrials)));
    QVERIFY(near(byDefault.assumedRisk, byDefault.medianRisk));
    QVERIFY(!byDefault.assumedRiskByReviewer);
    // the reviewer's risk replaces it, the median is still reported beside it
    const double own = 0.3;
    const SofRow set = rowOf(r, own);
    QVERIFY(set.assumedRiskByReviewer);
    QCOMPARE(set.assumedRisk, own);
    QVERIFY(near(set.medianRisk, medianOf(kTrials)));
    QVERIFY(near(set.differencePer1000, own * (set.estimate - 1) * 1000));
    // a risk that is not a proportion is not the reviewer's
    QVERIFY(!rowOf(r, 1.5).assumedRiskByReviewer);
}

void TestSof::evenNumberOfStudiesMedian()
{
    const QList<Trial> four = kTrials.mid(0, 4);
    const Review r = trialsReview(four, synth::Measure::RR);
    QVERIFY(near(rowOf(r).assumedRisk, medianOf(four)));
    // only the studies with 2x2 data count: a study without data does not move it
    Review withGeneric = r;
    Study s;
    s.id = 99;
    s.title = QStringLiteral("No data");
    withGeneric.studies << s;
    QVERIFY(near(rowOf(withGeneric).assumedRisk, medianOf(four)));
}

void TestSof::notEstimableRow()
{
    Review r = trialsReview({}, synth::Measure::RR);
    const SofRow row = rowOf(r);
    QCOMPARE(row.effect, SofEffect::NotEstimable);
    QCOMPARE(row.studies, 0);
    QVERIFY(std::isnan(row.estimate));
    QVERIFY(std::isnan(row.differencePer1000));
    QCOMPARE(row.outcome, QStringLiteral("Mortality"));
    // no body of evidence to rate: no certainty shown, none in the CSV
    QCOMPARE(sofCellText(row, SofColumn::Certainty), QStringLiteral("\u2014"));
    const QList<QByteArray> lines = summaryOfFindingsCsv({row}).split('\n');
    QCOMPARE(lines[1].split(',').value(lines[0].split(',').indexOf("certainty")), QByteArray());
}

void TestSof::footnotesCarryGradeReasons()
{
    // two small trials: the interval is wide, imprecision is downgraded
    const Review r = trialsReview({{3, 6, 30}, {4, 5, 25}}, synth::Measure::RR);
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    const GradeAssessment g = assessGrade(r, 1, a);
    const SofRow row = summaryOfFindingsRow(a, g);
    QCOMPARE(row.certainty, g.certainty);
    int moved = 0;
    for (const DomainAssessment &d : g.domains)
        moved += d.value() < 0; // downgraded: no upgrade counts
    QVERIFY(moved > 0);
    QCOMPARE(int(row.footnotes.size()), moved);
    for (const SofFootnote &f : row.footnotes) {
        const auto d = std::find_if(g.domains.cbegin(), g.domains.cend(),
                                    [&](const DomainAssessment &x) { return x.domain == f.domain; });
        QVERIFY(d != g.domains.cend());
        QCOMPARE(f.value, d->value());
        QCOMPARE(f.reasons, d->reasons);
        QVERIFY(!f.text().isEmpty());
    }
    QVERIFY(std::any_of(row.footnotes.cbegin(), row.footnotes.cend(),
                        [](const SofFootnote &f) { return f.domain == GradeDomain::Imprecision && f.value < 0; }));
    // a reviewer's judgement is a footnote with its justification
    GradeAssessment judged = g;
    for (DomainAssessment &d : judged.domains)
        if (d.domain == GradeDomain::Indirectness) {
            d.override = -1;
            d.justification = QStringLiteral("Adults only");
        }
    const SofRow withOverride = summaryOfFindingsRow(a, judged);
    const auto ind = std::find_if(withOverride.footnotes.cbegin(), withOverride.footnotes.cend(),
                                  [](const SofFootnote &f) { return f.domain == GradeDomain::Indirectness; });
    QVERIFY(ind != withOverride.footnotes.cend());
    QVERIFY(ind->byReviewer);
    QVERIFY(ind->text().contains(QStringLiteral("Adults only")));
}

void TestSof::uncountedUpgradeIsNoFootnote()
{
    // GRADE counts an upgrade only when nothing is downgraded; one it does not count moved nothing: no footnote
    const Review r = trialsReview(kTrials, synth::Measure::RR);
    const ClaimAnalysis a = analyzeClaim(r, 1, effectiveSettings(r, 1));
    GradeAssessment g;
    DomainAssessment large;
    large.domain = GradeDomain::LargeEffect;
    large.suggested = 1;
    large.reasons = {GradeReason {GradeReason::Code::LargeEffect, {2.5}}};
    g.domains = {large};
    QCOMPARE(summaryOfFindingsRow(a, g).footnotes.size(), 1);
    g.domains.first().reasons << GradeReason {GradeReason::Code::UpgradeNotCounted, {}};
    QVERIFY(summaryOfFindingsRow(a, g).footnotes.isEmpty());
}

void TestSof::csvColumnsAndCodes()
{
    const Review r = trialsReview({{3, 6, 30}, {4, 5, 25}}, synth::Measure::RR);
    const QList<SofRow> rows = summaryOfFindings(r);
    QCOMPARE(rows.size(), 1);
    const QList<QByteArray> lines = summaryOfFindingsCsv(rows).split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, the final line end
    const QList<QByteArray> header = lines[0].split(',');
    const QList<QByteArray> cells = lines[1].split(',');
    QCOMPARE(cells.size(), header.size());
    auto cell = [&](const char *name) { return QString::fromUtf8(cells.value(header.indexOf(name))); };
    QCOMPARE(cell("claim_id"), QStringLiteral("1"));
    QCOMPARE(cell("outcome"), QStringLiteral("Mortality"));
    QCOMPARE(cell("certainty"), certaintyKey(rows[0].certainty));
    QCOMPARE(cell("effect"), QStringLiteral("risk"));
    QCOMPARE(cell("measure"), QStringLiteral("RR"));
    QCOMPARE(cell("assumed_risk_source"), QStringLiteral("median"));
    QCOMPARE(cell("rd_per_1000").toDouble(), rows[0].differencePer1000); // the shortest text that reads back
    const auto imprecision = std::find_if(rows[0].footnotes.cbegin(), rows[0].footnotes.cend(),
                                          [](const SofFootnote &f) { return f.domain == GradeDomain::Imprecision; });
    QVERIFY(imprecision != rows[0].footnotes.cend());
    QCOMPARE(cell("imprecision").toInt(), imprecision->value);
    QCOMPARE(cell("indirectness"), QString()); // not moved: empty
    QVERIFY(cell("imprecision_reasons").split(QLatin1Char('|')).size() >= 1);
    for (const QString &code : cell("imprecision_reasons").split(QLatin1Char('|')))
        QVERIFY2(GradeReason::fromKey(code), qPrintable(code));
}

void TestSof::htmlTable()
{
    const Review r = trialsReview({{3, 6, 30}, {4, 5, 25}}, synth::Measure::RR);
    const QList<SofRow> rows = summaryOfFindings(r);
    const QString html = summaryOfFindingsHtml(r, rows);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    for (SofColumn c : allSofColumns())
        QVERIFY(html.contains(sofColumnTitle(c, 95).toHtmlEscaped()));
    for (SofColumn c : allSofColumns())
        QVERIFY(html.contains(sofCellText(rows[0], c).toHtmlEscaped()));
    QVERIFY(html.contains(rows[0].footnotes.first().text().toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("<sup>a")));
}

void TestSof::everyClaimOneRow()
{
    Review r = trialsReview(kTrials, synth::Measure::RR);
    Claim second = r.claims.first();
    second.id = 2;
    second.originalText = QStringLiteral("Another claim about the same outcome");
    r.claims << second;
    r.settings.insert(2, settingsOf(synth::Measure::OR));
    const QList<SofRow> rows = summaryOfFindings(r);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].claimId, qint64(1));
    QCOMPARE(rows[1].claimId, qint64(2));
    QCOMPARE(rows[0].measure, synth::Measure::RR);
    QCOMPARE(rows[1].measure, synth::Measure::OR);
}

QTEST_GUILESS_MAIN(TestSof)
#include "test_sof.moc"
