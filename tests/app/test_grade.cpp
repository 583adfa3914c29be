// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of GRADE's suggestions, domain by domain, on constructed cases (checked by reason code, not by
// English words); the gold-standard proposal and its sample size; the defaults every view shares (defaults.h).
#include "claimanalysis.h"
#include "defaults.h"
#include "goldstandard.h"
#include "grade.h"
#include "settingsof.h"

#include <QtTest>

#include <boost/math/distributions/normal.hpp>

#include <algorithm>

using namespace evidencedesk;
using namespace evidencedesk::test;
using Code = GradeReason::Code;

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
    c.outcomeId = 1;
    r.claims << c;
    r.info.outcome = QStringLiteral("Mortality");
    r.outcomes << Outcome {1, r.info.outcome, OutcomeType::Generic, {}, {}};
    for (qsizetype i = 0; i < yi.size(); ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Study %1").arg(i + 1);
        s.design = design;
        s.quality = i < quality.size() ? quality[i] : 70;
        r.data[1][s.id].yi = yi[i];
        r.data[1][s.id].vi = vi[i];
        r.studies << s;
    }
    r.settings.insert(1, settingsOf(synth::Measure::GEN));
    return r;
}

/// Four trials of means (SD 1, 50 per arm) whose mean differences are 0.5 to 0.8.
Review meansReview(Design design = Design::Unspecified)
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
        s.design = design;
        synth::StudyInput &d = r.data[1][s.id];
        d.m1i = 1 + 0.1 * i;
        d.m2i = 0.5;
        d.sd1i = d.sd2i = 1;
        d.n1i = d.n2i = 50;
        r.studies << s;
    }
    r.settings.insert(1, settingsOf(synth::Measure::MD));
    return r;
}

/// Randomised trials of 2x2 tables, analysed as risk ratios: events and arm size per trial, no quality scores.
struct Trial {
    double treatedEvents, controlEvents, perArm;
};
Review trialsReview(const QList<Trial> &trials)
{
    Review r;
    Claim c;
    c.id = 1;
    c.originalText = QStringLiteral("The intervention reduces mortality.");
    c.assertion = Assertion::Decreases;
    c.outcomeId = 1;
    r.claims << c;
    r.outcomes << Outcome {1, QStringLiteral("Mortality"), OutcomeType::Dichotomous, {}, {}};
    for (qsizetype i = 0; i < trials.size(); ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Trial %1").arg(i + 1);
        s.design = Design::Rct; // quality stays NaN: not appraised
        synth::StudyInput &d = r.data[1][s.id];
        d.ai = trials[i].treatedEvents;
        d.bi = trials[i].perArm - trials[i].treatedEvents;
        d.ci = trials[i].controlEvents;
        d.di = trials[i].perArm - trials[i].controlEvents;
        r.studies << s;
    }
    r.settings.insert(1, settingsOf(synth::Measure::RR));
    return r;
}

/// The optimal information size written out as in GRADE guidelines 6 for a control risk p0 and a
/// relative risk reduction: two arms of (z_0.975 + z_0.80)^2 (p0 (1 - p0) + p1 (1 - p1)) / (p0 - p1)^2, the
/// quantiles from Boost, independent of the code under test.
double textbookInformationSize(double p0, double rrr)
{
    const boost::math::normal z;
    const double zz = std::pow(quantile(z, 0.975) + quantile(z, 0.80), 2);
    const double p1 = p0 * (1 - rrr);
    return 2 * std::ceil(zz * (p0 * (1 - p0) + p1 * (1 - p1)) / ((p0 - p1) * (p0 - p1)));
}

GradeAssessment grade(const Review &r, const GradeSettings &s = {})
{
    return assessGrade(r, 1, analyzeClaim(r, 1, r.settings.value(1)), s);
}

/// A copy: callers often grade a temporary, and a reference into it would dangle
DomainAssessment domain(const GradeAssessment &g, GradeDomain d)
{
    for (const DomainAssessment &x : g.domains)
        if (x.domain == d)
            return x;
    qFatal("no domain");
}

QList<Code> codes(const DomainAssessment &d)
{
    QList<Code> out;
    for (const GradeReason &r : d.reasons)
        out << r.code;
    return out;
}

} // namespace

class TestGrade : public QObject {
    Q_OBJECT

private slots:
    void startingLevel()
    {
        const QList<double> y {-0.3, -0.25, -0.35}, v {0.01, 0.02, 0.015};
        const GradeAssessment rct = grade(constructed(y, v, Design::Rct));
        QCOMPARE(rct.start, Certainty::High);
        QCOMPARE(rct.startReason.code, Code::RandomisedWeight);
        QCOMPARE(rct.startReason.values.value(0), 100.0);
        QCOMPARE(grade(constructed(y, v, Design::Cohort)).start, Certainty::Low);
        const GradeAssessment unknown = grade(constructed(y, v, Design::Unspecified));
        QCOMPARE(unknown.start, Certainty::Low);
        QCOMPARE(unknown.startReason.code, Code::DesignsNotRecorded);
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
        QCOMPARE(codes(d).value(0), Code::SubstantialHeterogeneity);
        QCOMPARE(d.reasons.first().values.value(0), c.analysis.fit.I2); // the number it cites is the analysis'
        // consistent studies: no downgrade
        const Review same = constructed({-0.3, -0.32, -0.29, -0.31}, {0.01, 0.02, 0.015, 0.01}, Design::Rct);
        const DomainAssessment &s = domain(grade(same), GradeDomain::Inconsistency);
        QCOMPARE(s.suggested, 0);
        QCOMPARE(codes(s), QList<Code> {Code::LittleHeterogeneity});
        // one study: not assessable
        QVERIFY(!domain(grade(constructed({-0.3}, {0.01}, Design::Rct)), GradeDomain::Inconsistency).assessable);
    }

    void publicationBias()
    {
        const Review few = constructed({-0.3, -0.2, -0.4, -0.35}, {0.01, 0.02, 0.03, 0.02}, Design::Rct);
        const DomainAssessment &d = domain(grade(few), GradeDomain::PublicationBias);
        QVERIFY(!d.assessable);
        QCOMPARE(d.suggested, 0);
        QCOMPARE(codes(d), QList<Code> {Code::TooFewForFunnelTests});
        QCOMPARE(d.reasons.first().values.value(0), 4.0);
        // 12 studies where small studies show large effects: Egger's test flags them
        QList<double> y, v;
        for (int i = 0; i < 12; ++i) {
            v << 0.005 * (i + 1) * (i + 1);
            y << -0.1 - 0.9 * std::sqrt(v.last());
        }
        const DomainAssessment &e = domain(grade(constructed(y, v, Design::Rct)), GradeDomain::PublicationBias);
        QVERIFY(e.assessable);
        QCOMPARE(e.suggested, -1);
        QVERIFY(codes(e).contains(Code::EggerSmallStudyEffects));
    }

    void riskOfBias_data()
    {
        // the share of the weight in low-quality studies, over the studies that are rated (GRADE handbook 5.2.1)
        QTest::addColumn<QList<double>>("quality");
        QTest::addColumn<int>("suggested");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("assessable");
        const int low = int(Code::LowQualityRatedWeight);
        QTest::newRow("risk of bias/75% low") << QList<double> {20, 30, 40, 80} << -2 << low << true;
        QTest::newRow("risk of bias/50% low") << QList<double> {20, 30, 80, 80} << -1 << low << true;
        QTest::newRow("risk of bias/none low") << QList<double> {70, 70, 80, 80} << 0 << low << true;
        const double nan = std::nan("");
        // three of four unrated: judged on the rated one (no downgrade), and the unrated share is said
        QTest::newRow("risk of bias/mostly unrated") << QList<double> {nan, nan, nan, 80} << 0 << low << true;
        QTest::newRow("risk of bias/rated one low") << QList<double> {nan, nan, nan, 20} << -2 << low << true;
        // nothing appraised: "not assessed", never a downgrade (issue 14; GRADE rates limitations found)
        QTest::newRow("risk of bias/none rated")
            << QList<double> {nan, nan, nan, nan} << 0 << int(Code::RiskOfBiasNotAssessed) << false;
    }

    void riskOfBias()
    {
        QFETCH(QList<double>, quality);
        QFETCH(int, suggested);
        QFETCH(int, code);
        QFETCH(bool, assessable);
        const QList<double> y {-0.3, -0.25, -0.35, -0.3}, v {0.01, 0.01, 0.01, 0.01};
        const DomainAssessment d = domain(grade(constructed(y, v, Design::Rct, quality)), GradeDomain::RiskOfBias);
        QCOMPARE(d.suggested, suggested);
        QCOMPARE(d.assessable, assessable);
        QCOMPARE(int(d.reasons.value(0).code), code);
        const qsizetype unrated
            = std::count_if(quality.cbegin(), quality.cend(), [](double q) { return std::isnan(q); });
        if (assessable && unrated > 0) { // equal weights: the unrated share is theirs
            QCOMPARE(codes(d).value(1), Code::UnratedWeight);
            QCOMPARE(qRound(d.reasons.value(1).values.value(0)), qRound(100.0 * double(unrated) / quality.size()));
        }
    }

    void riskOfBiasFromJudgements_data()
    {
        // RoB 2 / ROBINS-I overall judgements weighted by the synthesis (GRADE handbook 5.2.1; Cochrane Handbook
        // 14.2.2, Table 14.2.a): most of the weight at high risk -1 (issue 14's must-show), most at critical -2,
        // otherwise none; the quality scores (all 20 here, "low quality") no longer decide once studies are judged.
        // Weights: study 1 has variance 0.01, the others 0.04, so it carries 4/7 of the weight.
        QTest::addColumn<QStringList>("overall");
        QTest::addColumn<int>("suggested");
        QTest::newRow("RoB 2/most weight high") << QStringLiteral("high|low|low|low").split(u'|') << -1;
        QTest::newRow("RoB 2/less than half high") << QStringLiteral("low|high|high|high").split(u'|') << 0;
        QTest::newRow("RoB 2/some concerns only") << QStringLiteral("some|some|some|some").split(u'|') << 0;
        QTest::newRow("RoB 2/derived from the domains") << QStringLiteral("d:high|low|low|low").split(u'|') << -1;
        QTest::newRow("ROBINS-I/most weight critical")
            << QStringLiteral("r:critical|r:low|r:low|r:low").split(u'|') << -2;
        QTest::newRow("ROBINS-I/most weight serious")
            << QStringLiteral("r:serious|r:low|r:low|r:low").split(u'|') << -1;
        QTest::newRow("one judged, high") << QStringLiteral("high|||").split(u'|') << -1;
        // an overall "low" over a high domain counts as high: both tools make the overall at least the worst domain
        QTest::newRow("RoB 2/overall below a domain") << QStringLiteral("x:low|low|low|low").split(u'|') << -1;
    }

    void riskOfBiasFromJudgements()
    {
        QFETCH(QStringList, overall);
        QFETCH(int, suggested);
        const QList<double> y {-0.3, -0.25, -0.35, -0.3}, v {0.01, 0.04, 0.04, 0.04};
        Review r = constructed(y, v, Design::Rct, {20, 20, 20, 20});
        int judged = 0;
        for (qsizetype i = 0; i < overall.size(); ++i) {
            QString key = overall[i];
            if (key.isEmpty())
                continue;
            ++judged;
            const bool robins = key.startsWith(QLatin1String("r:")), domainOnly = key.startsWith(QLatin1String("d:")),
                       contradicted = key.startsWith(QLatin1String("x:"));
            key = key.section(QLatin1Char(':'), -1);
            RobAssessment a = RobAssessment::empty(robins ? RobTool::RobinsI : RobTool::Rob2);
            const RobJudgement j = *robJudgementFromKey(key);
            if (domainOnly) {
                a.domains.fill(RobJudgement::Low);
                a.domains[2] = j; // RoB 2: high in one domain makes the result high
            } else if (contradicted) {
                a.domains.fill(RobJudgement::Low);
                a.domains[2] = RobJudgement::High;
                a.overall = j;
            } else {
                a.overall = j;
            }
            r.risk[1].insert(i + 1, a);
        }
        const DomainAssessment d = domain(grade(r), GradeDomain::RiskOfBias);
        QCOMPARE(d.suggested, suggested);
        QVERIFY(d.assessable);
        QCOMPARE(codes(d).value(0), Code::RiskOfBiasWeights);
        const QList<double> shares = d.reasons.value(0).values;
        QCOMPARE(shares.size(), 4);
        QVERIFY(std::abs(shares[0] + shares[1] + shares[2] + shares[3] - 100) < 1e-9);
        if (judged < overall.size())
            QCOMPARE(codes(d).value(1), Code::RiskOfBiasUnjudgedWeight);
        else
            QCOMPARE(codes(d).size(), 1);
    }

    void imprecision_data()
    {
        // GRADE guidelines 6 (Guyatt et al., J Clin Epidemiol 2011;64:1283-93) and GRADE handbook 5.2.4: the
        // confidence interval against the minimal important difference; Core GRADE 2 (BMJ 2025;389:e081904):
        // rate down if it crosses the MID for benefit or harm, twice if it crosses both (GRADE guidance 34)
        QTest::addColumn<QList<double>>("yi");
        QTest::addColumn<QList<double>>("vi");
        QTest::addColumn<double>("margin");
        QTest::addColumn<int>("suggested");
        QTest::addColumn<int>("code");
        const QList<double> wide {0.04, 0.05, 0.06}, narrow {0.001, 0.001, 0.001};
        // pooled about -0.04, CI about [-0.29, 0.21]
        QTest::newRow("imprecision/crosses one threshold")
            << QList<double> {-0.1, 0.05, -0.05} << wide << 0.25 << -1 << int(Code::CrossesMinimalImportantDifference);
        QTest::newRow("imprecision/crosses both thresholds")
            << QList<double> {-0.1, 0.05, -0.05} << wide << 0.1 << -2 << int(Code::ImportantEffectsBothWays);
        // a precise null: the CI crosses 0 but lies within +-0.2, excluding an important effect either way
        QTest::newRow("imprecision/within thresholds")
            << QList<double> {0.01, -0.02, 0.0} << narrow << 0.2 << 0 << int(Code::ExcludesImportantEffects);
        QTest::newRow("imprecision/wholly beyond a threshold")
            << QList<double> {-0.5, -0.45, -0.55} << narrow << 0.2 << 0 << int(Code::WhollyImportantEffect);
    }

    void imprecision()
    {
        QFETCH(QList<double>, yi);
        QFETCH(QList<double>, vi);
        QFETCH(double, margin);
        QFETCH(int, suggested);
        QFETCH(int, code);
        Review r = constructed(yi, vi, Design::Rct);
        r.claims.first().equivalenceMargin = margin; // every claim has one, not only no-difference claims
        const ClaimAnalysis c = analyzeClaim(r, 1, r.settings.value(1));
        const synth::Fit &f = c.analysis.fit;
        // the premise of the row, from the fit: where the interval lies against -margin, 0 and +margin
        const int crossings
            = int(f.ciLower < -margin && f.ciUpper > -margin) + int(f.ciLower < margin && f.ciUpper > margin);
        QCOMPARE(crossings, -suggested);
        const DomainAssessment d = domain(assessGrade(r, 1, c), GradeDomain::Imprecision);
        QVERIFY(d.assessable);
        QCOMPARE(d.suggested, suggested);
        QCOMPARE(int(d.reasons.value(0).code), code);
        QVERIFY(codes(d).contains(Code::ClaimThreshold)); // says which threshold, and that it is the claim's own
        QVERIFY(!codes(d).contains(Code::DefaultThreshold));
        // generic effects have no default threshold: not assessable, nothing invented
        r.claims.first().equivalenceMargin = std::nan("");
        const DomainAssessment none = domain(grade(r), GradeDomain::Imprecision);
        QVERIFY(!none.assessable);
        QCOMPARE(none.suggested, 0);
        QCOMPARE(codes(none).value(0), Code::NoThresholdSet);
    }

    void preciseNullOfFifteenTrials()
    {
        // issue 14: 15 double-blind RCTs, RR 0.98 [0.92, 1.05], 109,752 participants, no quality scores. GRADE
        // guidelines 6: a CI that excludes an important benefit and an important harm (RR 0.75 /
        // 1.25) is precise however close to 1; the OIS is sized from the control risk and a 25% relative risk
        // reduction, never from the observed RR; missing appraisal is "not assessed".
        QList<Trial> trials;
        for (int i = 0; i < 15; ++i) // 3,658 per arm (the last three 3,660), about 3% control risk, RR about 0.98
            trials << Trial {double(108 + (i % 5) * 2 - (i % 3)), double(110 + (i % 4) * 2), i < 12 ? 3658.0 : 3660.0};
        const Review r = trialsReview(trials);
        const ClaimAnalysis c = analyzeClaim(r, 1, r.settings.value(1));
        QVERIFY(c.ok());
        const synth::Fit &f = c.analysis.fit;
        // the premise: the case as reported (to two decimals on the natural scale), and its participants
        QVERIFY2(std::abs(std::exp(f.estimate) - 0.98) < 0.01, qPrintable(QString::number(std::exp(f.estimate))));
        QVERIFY2(std::abs(std::exp(f.ciLower) - 0.92) < 0.01 && std::abs(std::exp(f.ciUpper) - 1.05) < 0.01,
                 qPrintable(QStringLiteral("%1 %2").arg(std::exp(f.ciLower)).arg(std::exp(f.ciUpper))));
        double n = 0;
        QList<double> risks;
        for (const Trial &t : trials) {
            n += 2 * t.perArm;
            risks << t.controlEvents / t.perArm;
        }
        QCOMPARE(n, 109752.0);
        const GradeAssessment g = assessGrade(r, 1, c);
        const DomainAssessment imprecision = domain(g, GradeDomain::Imprecision);
        QCOMPARE(imprecision.suggested, 0);
        QCOMPARE(codes(imprecision).value(0), Code::ExcludesImportantEffects);
        QVERIFY(codes(imprecision).contains(Code::DefaultThreshold)); // the reason says a default was used
        // the optimal information size from the median control risk and a 25% reduction
        std::sort(risks.begin(), risks.end());
        const double expectedOis = textbookInformationSize(risks.at(7), 0.25);
        const qsizetype at = codes(imprecision).indexOf(Code::AboveInformationSize);
        QVERIFY(at >= 0);
        QCOMPARE(imprecision.reasons.at(at).values.value(0), n);
        QCOMPARE(imprecision.reasons.at(at).values.value(1), expectedOis);
        const DomainAssessment rob = domain(g, GradeDomain::RiskOfBias);
        QCOMPARE(rob.suggested, 0);
        QVERIFY(!rob.assessable);
        QCOMPARE(codes(rob), QList<Code> {Code::RiskOfBiasNotAssessed});
        QCOMPARE(g.start, Certainty::High);
        // the gold standard sizes its trial for the same threshold (and says so), not for the null pooled effect
        const QList<GoldStandardItem> items = proposeGoldStandard(r, 1, c);
        const QString notes = items.at(1).notes;
        QVERIFY2(notes.contains(QStringLiteral("About %1 participants").arg(QLocale().toString(expectedOis, 'f', 0))),
                 qPrintable(notes));
        QVERIFY2(
            notes.contains(QStringLiteral("the default minimal important difference (RR below 0.75 or above 1.25)")),
            qPrintable(notes));
    }

    void informationSizeNotMet()
    {
        // GRADE guidelines 6 and GRADE guidance 34: a large effect whose CI clears the threshold
        // is still imprecise when the trials hold fewer participants than the optimal information size
        const Review r = trialsReview({{4, 10, 20}, {3, 9, 20}, {5, 11, 20}});
        const ClaimAnalysis c = analyzeClaim(r, 1, r.settings.value(1));
        QVERIFY(c.analysis.fit.ciUpper < std::log(0.75)); // the premise: the CI lies wholly beyond RR 0.75
        const DomainAssessment d = domain(assessGrade(r, 1, c), GradeDomain::Imprecision);
        QCOMPARE(d.suggested, -1);
        QCOMPARE(codes(d).value(0), Code::BelowInformationSize); // it decides
        QCOMPARE(d.reasons.first().values.value(0), 120.0);
        QCOMPARE(d.reasons.first().values.value(1), textbookInformationSize(0.5, 0.25)); // median control risk 10/20
        QVERIFY(codes(d).contains(Code::WhollyImportantEffect));
    }

    void imprecisionInformationSize()
    {
        // sample sizes known: the total is compared with the optimal information size for the threshold
        Review r = meansReview(Design::Rct);
        r.claims.first().equivalenceMargin = 0.5;
        const GradeAssessment g = grade(r);
        const DomainAssessment d = domain(g, GradeDomain::Imprecision);
        const qsizetype at = codes(d).indexOf(Code::AboveInformationSize);
        QVERIFY(at >= 0);
        QCOMPARE(d.reasons.at(at).values.value(0), 400.0); // 4 trials of 100
        // the information size is what the gold standard's trial needs for the same threshold: the textbook's 126
        // (see sampleSizeMatchesTheTextbook), not a size for the pooled effect
        const ClaimAnalysis a = analyzeClaim(r, 1, settingsOf(synth::Measure::MD));
        QCOMPARE(d.reasons.at(at).values.value(1), requiredSampleSize(a, 0.5));
        QVERIFY(requiredSampleSize(a, 0.5) != requiredSampleSize(a, std::abs(a.analysis.fit.estimate)));
    }

    void largeEffectAndOverrides()
    {
        // observational, a large ratio: upgraded when nothing is downgraded
        Review r = constructed({-1.8, -1.7, -1.75, -1.65}, {0.01, 0.012, 0.011, 0.01}, Design::Cohort);
        GradeAssessment g = grade(r);
        QCOMPARE(g.start, Certainty::Low);
        // GEN is not a ratio measure: large effect not judged
        QVERIFY(!domain(g, GradeDomain::LargeEffect).assessable);
        QCOMPARE(codes(domain(g, GradeDomain::LargeEffect)), QList<Code> {Code::RatioMeasuresOnly});
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

    void reasonsAreStoredAsCodes()
    {
        const GradeAssessment g = grade(constructed({-0.1, 0.05, -0.05}, {0.04, 0.05, 0.06}, Design::Rct));
        for (const GradeJudgement &j : toJudgements(g)) {
            QList<GradeReason> back;
            QVERIFY2(decodeReasons(j.suggestionReason, back), qPrintable(j.suggestionReason));
            QVERIFY(!j.suggestionReason.contains(QLatin1Char(' '))); // codes and numbers, no words
            for (const DomainAssessment &d : g.domains)
                if (gradeDomainKey(d.domain) == j.domain) {
                    QCOMPARE(back.size(), d.reasons.size());
                    for (qsizetype i = 0; i < back.size(); ++i)
                        QCOMPARE(back[i].code, d.reasons[i].code);
                }
        }
        // every code has a key and words
        for (int c = int(Code::NoSynthesis); c <= int(Code::WhollyImportantEffect); ++c) {
            QCOMPARE(GradeReason::fromKey(GradeReason::key(Code(c))), std::optional<Code>(Code(c)));
            const GradeReason reason {Code(c), {1, 2}};
            QVERIFY(!reason.describe().isEmpty());
        }
    }

    void analysisOfAnotherClaimIsNoSynthesis()
    {
        const Review r = constructed({-0.3, -0.25, -0.35}, {0.01, 0.02, 0.015}, Design::Rct);
        ClaimAnalysis other = analyzeClaim(r, 1, r.settings.value(1));
        other.claimId = 2;
        const GradeAssessment g = assessGrade(r, 1, other);
        QCOMPARE(g.startReason.code, Code::NoSynthesis);
        for (const DomainAssessment &d : g.domains)
            QVERIFY(!d.assessable);
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
        // needs 2 (z_0.975 + z_0.8)^2 / 0.5^2 = 62.8 -> 63 per arm, 126 in all (e.g. Chow, Shao & Wang,
        // Sample Size Calculations in Clinical Research, 3.2.1)
        const Review r = meansReview();
        const ClaimAnalysis a = analyzeClaim(r, 1, r.settings.value(1));
        QCOMPARE(requiredSampleSize(a, 0.5), 126.0);
        Review equivalence = r;
        equivalence.claims.first().assertion = Assertion::NoDifference;
        equivalence.claims.first().equivalenceMargin = 0.5; // sized for the minimal important difference
        const QList<GoldStandardItem> items = proposeGoldStandard(equivalence, 1, a);
        QVERIFY(items.size() >= 2);
        QCOMPARE(items.first().design, Design::SystematicReview); // strongest first
        QCOMPARE(items.at(1).design, Design::Rct);
        QVERIFY2(items.at(1).notes.contains(QStringLiteral("About 126 participants (63 per arm)")),
                 qPrintable(items.at(1).notes));
        QVERIFY(items.at(1).notes.contains(QStringLiteral("No randomised trial is included yet")));
        // the follow-up never repeats the outcome it is printed beside ("Outcome and follow-up: X, ...")
        Review named = equivalence;
        named.info.outcome = QStringLiteral("Any new fracture at longest follow-up");
        for (const GoldStandardItem &g : proposeGoldStandard(named, 1, a))
            QVERIFY2(!g.followUp.contains(QStringLiteral("fracture"), Qt::CaseInsensitive), qPrintable(g.followUp));
        // no sample sizes (generic effects): no number is invented
        const Review generic = constructed({-0.3, -0.25, -0.35}, {0.01, 0.02, 0.015}, Design::Rct);
        QVERIFY(std::isnan(requiredSampleSize(analyzeClaim(generic, 1, generic.settings.value(1)), 0.5)));
    }

    void defaultsLiveOnce()
    {
        // the measure a new claim starts with follows the data most studies hold
        Review r = meansReview();
        QCOMPARE(suggestedMeasure(r, 1), synth::Measure::SMD);
        QCOMPARE(defaultSettings(OutcomeType::Continuous).method, synth::Method::REML);
        synth::StudyInput table;
        table.ai = 3;
        table.bi = 10;
        table.ci = 5;
        table.di = 8;
        const synth::StudyInput means = r.dataOf(1, r.studies.first().id);
        QCOMPARE(suggestedOutcomeType({table, table, means}), OutcomeType::Dichotomous);
        QCOMPARE(suggestedMeasure(OutcomeType::Dichotomous), synth::Measure::RR);
        QCOMPARE(participants(table), 26.0);
        QCOMPARE(participants(means), 100.0);
        synth::StudyInput correlation;
        correlation.ri = 0.3;
        correlation.ni = 40;
        QCOMPARE(suggestedOutcomeType({correlation}), OutcomeType::Correlation);
        QCOMPARE(suggestedMeasure(OutcomeType::Correlation), synth::Measure::ZCOR);
        QCOMPARE(suggestedOutcomeType({}), OutcomeType::Generic);
        QCOMPARE(suggestedMeasure(OutcomeType::Generic), synth::Measure::GEN);
        // every type's usual measure is the first it offers
        for (OutcomeType t : allOutcomeTypes())
            QCOMPARE(measuresFor(t).first(), suggestedMeasure(t));
        // a claim without stored settings is analysed with the defaults, by every caller alike
        r.settings.clear();
        QCOMPARE(effectiveSettings(r, 1).measure, synth::Measure::SMD);
        r.settings.insert(1, settingsOf(synth::Measure::MD, synth::Method::DL));
        QCOMPARE(effectiveSettings(r, 1).method, synth::Method::DL);
        // levels as typed: a percentage or, as metafor reads it, a proportion; nothing outside 50-99.99
        QCOMPARE(parseLevel(QStringLiteral("90")), std::optional<double>(90));
        QCOMPARE(parseLevel(QStringLiteral("0.95")), std::optional<double>(95));
        for (const char *bad : {"0.3", "30", "100", "0", "-5", "abc", ""})
            QVERIFY2(!parseLevel(QString::fromLatin1(bad)), bad);
        // the minimal important difference: the claim's own for every claim, else the measure's default
        Claim c;
        c.assertion = Assertion::NoDifference;
        c.equivalenceMargin = 0.2;
        QCOMPARE(minimalImportantDifference(c), 0.2);
        c.assertion = Assertion::Decreases;
        QCOMPARE(minimalImportantDifference(c), 0.2);
        const ImportanceThreshold own = importanceThreshold(c, synth::Measure::RR);
        QVERIFY(!own.isDefault);
        QCOMPARE(own.lower, -0.2);
        QCOMPARE(own.upper, 0.2);
        c.equivalenceMargin = std::nan("");
        QVERIFY(std::isnan(minimalImportantDifference(c)));
        // GRADE guidelines 6: RR 0.75 / 1.25 for ratios; a small SMD of 0.2; none for MD and generic effects
        for (synth::Measure m : {synth::Measure::RR, synth::Measure::OR}) {
            const ImportanceThreshold t = importanceThreshold(c, m);
            QVERIFY(t.isDefault && t.isSet());
            QCOMPARE(std::exp(t.lower), 0.75);
            QCOMPARE(std::exp(t.upper), 1.25);
        }
        QCOMPARE(importanceThreshold(c, synth::Measure::SMD).upper, 0.2);
        for (synth::Measure m : {synth::Measure::MD, synth::Measure::GEN, synth::Measure::RD})
            QVERIFY(!importanceThreshold(c, m).isSet());
    }
};

QTEST_GUILESS_MAIN(TestGrade)
#include "test_grade.moc"
