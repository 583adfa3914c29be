// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of GRADE's suggestions, domain by domain, on constructed cases (checked by reason code, not by
// English words); the gold-standard proposal and its sample size; the defaults every view shares (defaults.h).
#include "claimanalysis.h"
#include "defaults.h"
#include "goldstandard.h"
#include "grade.h"
#include "settingsof.h"

#include <QtTest>

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
        QTest::addColumn<QList<double>>("quality");
        QTest::addColumn<int>("suggested");
        QTest::addColumn<int>("code");
        QTest::newRow("risk of bias/75% low") << QList<double> {20, 30, 40, 80} << -2 << int(Code::LowQualityWeight);
        QTest::newRow("risk of bias/50% low") << QList<double> {20, 30, 80, 80} << -1 << int(Code::LowQualityWeight);
        QTest::newRow("risk of bias/none low") << QList<double> {70, 70, 80, 80} << 0 << int(Code::LowQualityWeight);
        const double nan = std::nan("");
        QTest::newRow("risk of bias/unrated") << QList<double> {nan, nan, nan, 80} << -1 << int(Code::UnratedWeight);
    }

    void riskOfBias()
    {
        QFETCH(QList<double>, quality);
        QFETCH(int, suggested);
        QFETCH(int, code);
        const QList<double> y {-0.3, -0.25, -0.35, -0.3}, v {0.01, 0.01, 0.01, 0.01};
        const DomainAssessment &d = domain(grade(constructed(y, v, Design::Rct, quality)), GradeDomain::RiskOfBias);
        QCOMPARE(d.suggested, suggested);
        QCOMPARE(int(d.reasons.value(0).code), code);
    }

    void imprecision()
    {
        const QList<double> v {0.04, 0.05, 0.06};
        const DomainAssessment &wide
            = domain(grade(constructed({-0.1, 0.05, -0.05}, v, Design::Rct)), GradeDomain::Imprecision);
        QCOMPARE(wide.suggested, -1);
        QCOMPARE(codes(wide), QList<Code> {Code::IncludesNoEffect});
        const DomainAssessment &narrow = domain(
            grade(constructed({-0.5, -0.45, -0.55}, {0.001, 0.001, 0.001}, Design::Rct)), GradeDomain::Imprecision);
        QCOMPARE(narrow.suggested, 0);
        QCOMPARE(codes(narrow), QList<Code> {Code::ExcludesNoEffect});
        // a no-difference claim's margin is its minimal important difference: the interval is judged against it
        Review equivalence = constructed({-0.1, 0.05, -0.05}, v, Design::Rct, {}, Assertion::NoDifference);
        equivalence.claims.first().equivalenceMargin = 0.1;
        const DomainAssessment &both = domain(grade(equivalence), GradeDomain::Imprecision);
        QCOMPARE(both.suggested, -2);
        QCOMPARE(codes(both), QList<Code> {Code::ImportantEffectsBothWays});
    }

    void imprecisionInformationSize()
    {
        // sample sizes known: the total is compared with the optimal information size for the pooled effect
        const GradeAssessment g = grade(meansReview(Design::Rct));
        const DomainAssessment &d = domain(g, GradeDomain::Imprecision);
        QCOMPARE(codes(d), QList<Code> {Code::AboveInformationSize});
        QCOMPARE(d.reasons.first().values.value(0), 400.0); // 4 trials of 100
        // the information size is what the gold standard's trial needs for the same effect
        const ClaimAnalysis a = analyzeClaim(meansReview(), 1, settingsOf(synth::Measure::MD));
        const double ois = d.reasons.first().values.value(1);
        QVERIFY(std::abs(requiredSampleSize(a, std::abs(a.analysis.fit.estimate)) - ois) <= 2);
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
        for (int c = int(Code::NoSynthesis); c <= int(Code::UpgradeNotCounted); ++c) {
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
        // the minimal important difference: a no-difference claim's margin, nothing otherwise
        Claim c;
        c.assertion = Assertion::NoDifference;
        c.equivalenceMargin = 0.2;
        QCOMPARE(minimalImportantDifference(c), 0.2);
        c.assertion = Assertion::Decreases;
        QVERIFY(std::isnan(minimalImportantDifference(c)));
    }
};

QTEST_GUILESS_MAIN(TestGrade)
#include "test_grade.moc"
