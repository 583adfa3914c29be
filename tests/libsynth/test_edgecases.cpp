// SPDX-License-Identifier: GPL-3.0-or-later
// Edge cases against metafor's behaviour (values: tests/data/metafor_edge_cases.json, from
// shared/docs/numerics.md section 11) and against what follows from the definitions.
#include "tolerance.h"

#include "synth/analysis.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace evidencedesk::test;

namespace {

QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/metafor_edge_cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the edge-case fixture");
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String(name)).toObject();
}

std::vector<double> doubles(const QJsonValue &v)
{
    std::vector<double> out;
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &x : arr)
        out.push_back(x.toDouble());
    return out;
}

bool hasWarning(const synth::Fit &f, synth::WarningCode code)
{
    return std::any_of(f.warnings.begin(), f.warnings.end(),
                       [code](const synth::Warning &w) { return w.code == code; });
}

#define QVERIFY_CLOSE(actual, expected, tol)                                                                           \
    QVERIFY2(close((actual), (expected), (tol)), qPrintable(describe((actual), (expected))))

const synth::Method kAllMethods[]
    = {synth::Method::EE, synth::Method::DL,   synth::Method::HE, synth::Method::HS, synth::Method::SJ,
       synth::Method::ML, synth::Method::REML, synth::Method::EB, synth::Method::PM};

} // namespace

class TestEdgeCases : public QObject {
    Q_OBJECT

private slots:
    void singleStudy_data()
    {
        QTest::addColumn<int>("method");
        for (synth::Method m : kAllMethods)
            QTest::newRow(qPrintable(QStringLiteral("k1/%1").arg(QString::fromLatin1(synth::methodName(m).data()))))
                << int(m);
    }

    void singleStudy()
    {
        // metafor: k = 1 skips estimation: tau^2 = 0, beta = y, SE = sqrt(v), QE = 0, QEp = 1,
        // I^2 = 0, H^2 = 1; a test other than z becomes z with a warning; confint() and trimfill() stop.
        QFETCH(int, method);
        const std::vector<double> y {0.4}, v {0.09};
        const synth::Fit f = synth::fitModel(y, v, {synth::Method(method), synth::Test::Knha, 95});
        QCOMPARE(f.k, std::size_t(1));
        QCOMPARE(f.tau2, 0.0);
        QCOMPARE(f.estimate, 0.4);
        QVERIFY_CLOSE(f.se, 0.3, kExact);
        QCOMPARE(f.Q, 0.0);
        QCOMPARE(f.Qpval, 1.0);
        QCOMPARE(f.I2, 0.0);
        QCOMPARE(f.H2, 1.0);
        QCOMPARE(f.test, synth::Test::Z);
        QVERIFY(hasWarning(f, synth::WarningCode::TestForcedToZ));
        if (synth::Method(method) != synth::Method::EE) {
            QVERIFY_EXCEPTION_THROWN(synth::qProfileInterval(y, v, f), synth::Error);
        }
        QVERIFY_EXCEPTION_THROWN(synth::trimAndFill(y, v, {}), synth::Error);
        const synth::Analysis a = synth::analyzeEffects(y, v, {});
        QVERIFY(a.trimfill.error.has_value());
        QVERIFY(!a.heterogeneityCi);
    }

    void twoStudies()
    {
        const QJsonObject c = fixture("k2");
        const std::vector<double> y = doubles(c[QStringLiteral("yi")]), v = doubles(c[QStringLiteral("vi")]);
        const QJsonObject z = c[QStringLiteral("REML_z")].toObject();
        const synth::Fit f = synth::fitModel(y, v, {synth::Method::REML, synth::Test::Z, 95});
        QVERIFY_CLOSE(f.tau2, z[QStringLiteral("tau2")].toDouble(), kMetafor);
        QVERIFY_CLOSE(f.estimate, z[QStringLiteral("estimate")].toDouble(), kMetafor);
        QVERIFY_CLOSE(f.se, z[QStringLiteral("se")].toDouble(), kMetafor);
        QVERIFY_CLOSE(f.ciLower, z[QStringLiteral("ci_lb")].toDouble(), kMetafor);
        QVERIFY_CLOSE(f.ciUpper, z[QStringLiteral("ci_ub")].toDouble(), kMetafor);
        const QJsonObject kh = c[QStringLiteral("REML_knha")].toObject();
        const synth::Fit g = synth::fitModel(y, v, {synth::Method::REML, synth::Test::Knha, 95});
        QCOMPARE(g.df, 1.0);
        QVERIFY_CLOSE(g.ciLower, kh[QStringLiteral("ci_lb")].toDouble(), kMetafor);
        QVERIFY_CLOSE(g.ciUpper, kh[QStringLiteral("ci_ub")].toDouble(), kMetafor);
        // Egger and trim-and-fill need three studies; the analysis says so instead of failing.
        const synth::Analysis a = synth::analyzeEffects(y, v, {});
        QCOMPARE(*a.egger.error, synth::ErrorCode::TooFewStudies);
        QVERIFY(a.leave1out);
    }

    void equalVariances_data()
    {
        QTest::addColumn<int>("method");
        const QJsonArray methods = fixture("equal_vi")[QStringLiteral("zero_tau2_methods")].toArray();
        for (const QJsonValue &m : methods)
            QTest::newRow(qPrintable(QStringLiteral("equal_vi/") + m.toString()))
                << int(*synth::methodFromName(m.toString().toStdString()));
    }

    void equalVariances()
    {
        QFETCH(int, method);
        const QJsonObject c = fixture("equal_vi");
        const std::vector<double> y = doubles(c[QStringLiteral("yi")]), v = doubles(c[QStringLiteral("vi")]);
        const synth::Fit f = synth::fitModel(y, v, {synth::Method(method), synth::Test::Z, 95});
        QCOMPARE(f.tau2, 0.0);
        QCOMPARE(f.I2, 0.0);
        QVERIFY_CLOSE(f.estimate, c[QStringLiteral("estimate")].toDouble(), kMetafor);
        QVERIFY_CLOSE(f.se, c[QStringLiteral("se")].toDouble(), kMetafor);
        // Egger's moderator (the standard error) is constant: not estimable, reported, not thrown.
        const synth::Analysis a = synth::analyzeEffects(y, v, {{synth::Method(method), synth::Test::Z, 95}});
        QCOMPARE(*a.egger.error, synth::ErrorCode::SingularModel);
    }

    void equalVariancesSidikJonkman()
    {
        // SJ is never exactly 0 (metafor: 0.0410227272727273)
        const QJsonObject c = fixture("equal_vi");
        const synth::Fit f = synth::fitModel(doubles(c[QStringLiteral("yi")]), doubles(c[QStringLiteral("vi")]),
                                             {synth::Method::SJ, synth::Test::Z, 95});
        QVERIFY_CLOSE(f.tau2, c[QStringLiteral("SJ_tau2")].toDouble(), kMetafor);
    }

    void equalEffects_data()
    {
        QTest::addColumn<int>("method");
        for (synth::Method m : kAllMethods)
            QTest::newRow(
                qPrintable(QStringLiteral("equal_yi/%1").arg(QString::fromLatin1(synth::methodName(m).data()))))
                << int(m);
    }

    void equalEffects()
    {
        // All yi equal: tau^2 = 0, Q = 0, I^2 = 0; under Knapp-Hartung the residual sum of squares is 0
        // and metafor deliberately reports SE = 0.
        QFETCH(int, method);
        const std::vector<double> y(6, 0.25), v {0.1, 0.2, 0.05, 0.3, 0.15, 0.08};
        const synth::Fit f = synth::fitModel(y, v, {synth::Method(method), synth::Test::Z, 95});
        QCOMPARE(f.tau2, 0.0);
        QVERIFY_CLOSE(f.estimate, 0.25, kExact);
        QVERIFY(f.Q < 1e-20);
        QCOMPARE(f.I2, 0.0);
        const synth::Fit k = synth::fitModel(y, v, {synth::Method(method), synth::Test::Knha, 95});
        QCOMPARE(k.se, 0.0);
        QCOMPARE(k.knhaScale, 0.0);
    }

    void boundary_data()
    {
        QTest::addColumn<int>("method");
        const QJsonArray methods = fixture("homogeneous")[QStringLiteral("zero_tau2_methods")].toArray();
        for (const QJsonValue &m : methods)
            QTest::newRow(qPrintable(QStringLiteral("homogeneous/") + m.toString()))
                << int(*synth::methodFromName(m.toString().toStdString()));
    }

    void boundary()
    {
        // tau^2 on the boundary: estimates exactly 0 (metafor's Fisher scoring stops just above 0);
        // the Q-profile interval is the null set.
        QFETCH(int, method);
        const QJsonObject c = fixture("homogeneous");
        const std::vector<double> y = doubles(c[QStringLiteral("yi")]), v = doubles(c[QStringLiteral("vi")]);
        const synth::Fit f = synth::fitModel(y, v, {synth::Method(method), synth::Test::Z, 95});
        QVERIFY2(f.tau2 < 1e-12, qPrintable(QString::number(f.tau2)));
        QVERIFY(f.converged);
        const synth::HeterogeneityInterval ci = synth::qProfileInterval(y, v, f);
        const std::vector<double> tau2 = doubles(c[QStringLiteral("tau2_ci")]),
                                  i2 = doubles(c[QStringLiteral("I2_ci")]), h2 = doubles(c[QStringLiteral("H2_ci")]);
        QVERIFY(ci.nullSet);
        QCOMPARE(ci.tau2Lower, tau2[0]);
        QCOMPARE(ci.tau2Upper, tau2[1]);
        QCOMPARE(ci.I2Lower, i2[0]);
        QCOMPARE(ci.I2Upper, i2[1]);
        QCOMPARE(ci.H2Lower, h2[0]);
        QCOMPARE(ci.H2Upper, h2[1]);
    }

    void zeroVariance_data()
    {
        QTest::addColumn<int>("method");
        for (synth::Method m : kAllMethods)
            QTest::newRow(qPrintable(QStringLiteral("vi0/%1").arg(QString::fromLatin1(synth::methodName(m).data()))))
                << int(m);
    }

    void zeroVariance()
    {
        // metafor: methods that divide by vi stop ("Division by zero ..."); HE and SJ estimate tau^2 > 0
        // without 1/vi and then proceed, with Q, I^2, H^2 undefined.
        QFETCH(int, method);
        const synth::Method m = synth::Method(method);
        const std::vector<double> y {0.1, 0.5, -0.2, 0.9}, v {0.0, 0.04, 0.02, 0.05};
        if (m == synth::Method::HE || m == synth::Method::SJ) {
            const synth::Fit f = synth::fitModel(y, v, {m, synth::Test::Z, 95});
            QVERIFY(f.tau2 > 0);
            QVERIFY(std::isfinite(f.estimate));
            QVERIFY(std::isnan(f.Q) && std::isnan(f.I2));
            QVERIFY(hasWarning(f, synth::WarningCode::HeterogeneityUndefined));
        } else {
            try {
                synth::fitModel(y, v, {m, synth::Test::Z, 95});
                QFAIL("expected ZeroVariance");
            } catch (const synth::Error &e) {
                QCOMPARE(e.code(), synth::ErrorCode::ZeroVariance);
            }
        }
        // negative variances are bad input for every method
        QVERIFY_EXCEPTION_THROWN(synth::fitModel({0.1, 0.2}, {-0.1, 0.2}, {m, synth::Test::Z, 95}), synth::Error);
    }

    void zeroCells_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::newRow("zero_cells/OR") << QStringLiteral("OR");
        QTest::newRow("zero_cells/RR") << QStringLiteral("RR");
        QTest::newRow("zero_cells/RD") << QStringLiteral("RD");
    }

    void zeroCells()
    {
        // escalc defaults: add 1/2 to all four cells of a table with a zero (incl. zero events in both arms)
        QFETCH(QString, measure);
        const QJsonObject c = fixture("zero_cells");
        const QJsonArray tables = c[QStringLiteral("tables")].toArray();
        const QJsonObject expected = c[measure].toObject();
        const std::vector<double> yi = doubles(expected[QStringLiteral("yi")]),
                                  vi = doubles(expected[QStringLiteral("vi")]);
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const std::vector<double> t = doubles(tables.at(i));
            synth::StudyInput s;
            s.ai = t[0];
            s.bi = t[1];
            s.ci = t[2];
            s.di = t[3];
            const synth::EffectSize es = synth::computeEffect(*synth::measureFromName(measure.toStdString()), s);
            QVERIFY_CLOSE(es.yi, yi[static_cast<std::size_t>(i)], kMetafor);
            if (!vi.empty())
                QVERIFY_CLOSE(es.vi, vi[static_cast<std::size_t>(i)], kMetafor);
            QCOMPARE(es.corrected, i < 3);
        }
    }

    void zeroCellsPooled()
    {
        const QJsonObject c = fixture("zero_cells");
        std::vector<synth::StudyInput> studies;
        const QJsonArray tables = c[QStringLiteral("tables")].toArray();
        for (const QJsonValue &tv : tables) {
            const std::vector<double> t = doubles(tv);
            synth::StudyInput s;
            s.ai = t[0];
            s.bi = t[1];
            s.ci = t[2];
            s.di = t[3];
            studies.push_back(s);
        }
        const synth::Analysis a = synth::analyze(synth::Measure::OR, studies, {});
        const QJsonObject e = c[QStringLiteral("rma_OR_REML")].toObject();
        // metafor's value stopped at its default 1e-5 change; ours is converged.
        QVERIFY_CLOSE(a.fit.tau2, e[QStringLiteral("tau2")].toDouble(), kMetaforDefaultPrinted);
        QVERIFY_CLOSE(a.fit.estimate, e[QStringLiteral("estimate")].toDouble(), kMetaforDefaultPrinted);
        const auto corrected = std::count_if(a.warnings.begin(), a.warnings.end(), [](const synth::Warning &w) {
            return w.code == synth::WarningCode::ZeroCellCorrection;
        });
        QCOMPARE(corrected, 3);
    }

    void publishedDatasets_data()
    {
        // datasets beyond shared/reference, with metafor's results as numerics.md quotes them
        QTest::addColumn<QJsonObject>("dataset");
        QTest::addColumn<QJsonObject>("expected");
        QFile f(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/metafor_published.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray sets = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("datasets")].toArray();
        QVERIFY(sets.size() >= 2);
        for (const QJsonValue &d : sets) {
            const QJsonArray fits = d[QStringLiteral("fits")].toArray();
            for (const QJsonValue &fit : fits)
                QTest::newRow(qPrintable(d[QStringLiteral("name")].toString() + QLatin1Char('/')
                                         + fit[QStringLiteral("method")].toString() + QStringLiteral("/z")))
                    << d.toObject() << fit.toObject();
        }
    }

    void publishedDatasets()
    {
        QFETCH(QJsonObject, dataset);
        QFETCH(QJsonObject, expected);
        const QJsonObject columns = dataset[QStringLiteral("columns")].toObject();
        std::vector<synth::StudyInput> studies(std::size_t(columns.begin()->toArray().size()));
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            const std::vector<double> values = doubles(it.value());
            for (std::size_t i = 0; i < values.size(); ++i) {
                synth::StudyInput &s = studies[i];
                const QHash<QString, double *> fields {{QStringLiteral("ai"), &s.ai}, {QStringLiteral("n1i"), &s.n1i},
                                                       {QStringLiteral("ci"), &s.ci}, {QStringLiteral("n2i"), &s.n2i},
                                                       {QStringLiteral("yi"), &s.yi}, {QStringLiteral("vi"), &s.vi}};
                QVERIFY2(fields.contains(it.key()), qPrintable(it.key()));
                *fields.value(it.key()) = values[i];
            }
        }
        synth::AnalysisOptions options;
        options.fit.method = *synth::methodFromName(expected[QStringLiteral("method")].toString().toStdString());
        const synth::Analysis a = synth::analyze(
            *synth::measureFromName(dataset[QStringLiteral("measure")].toString().toStdString()), studies, options);
        // metafor stopped at its default tolerance: compare tau^2 (not tau: near 0 it magnifies) and what follows
        auto check = [&](const char *key, double actual, Tolerance t) {
            if (expected.contains(QLatin1String(key)))
                QVERIFY2(close(actual, expected[QLatin1String(key)].toDouble(), t),
                         qPrintable(QString::fromLatin1(key) + QStringLiteral(": ")
                                    + describe(actual, expected[QLatin1String(key)].toDouble())));
        };
        if (expected.contains(QStringLiteral("tau"))) {
            const double tau = expected[QStringLiteral("tau")].toDouble();
            QVERIFY2(close(a.fit.tau2, tau * tau, kMetaforDefaultControl), qPrintable(describe(a.fit.tau2, tau * tau)));
        }
        // closed forms agree to 1e-6; what metafor iterated, to its default stopping rule
        const bool iterative = options.fit.method == synth::Method::ML || options.fit.method == synth::Method::REML
            || options.fit.method == synth::Method::EB || options.fit.method == synth::Method::PM;
        // PM is a uniroot result in metafor: accurate to its 1.2e-4 tolerance (numerics.md 13.3)
        const Tolerance exact = options.fit.method == synth::Method::PM ? kMetaforDefaultPrinted
            : iterative                                                 ? kMetaforDefaultControl
                                                                        : kMetafor;
        const Tolerance derived = iterative ? kMetaforDefaultPrinted : kMetafor;
        check("tau2", a.fit.tau2, exact);
        check("tau2_se", a.fit.tau2Se, derived);
        check("I2", a.fit.I2, derived);
        check("estimate", a.fit.estimate, derived);
        check("se", a.fit.se, derived);
        check("ci_lb", a.fit.ciLower, derived);
        check("ci_ub", a.fit.ciUpper, derived);
        check("pi_lb", a.fit.piLower, derived);
        check("pi_ub", a.fit.piUpper, derived);
        check("Q", a.fit.Q, kMetafor);
        check("Q_pval", a.fit.Qpval, kMetafor);
        // Q-profile bounds: metafor's uniroot stops at 1.2e-4 (1e-2 on the I^2 percent scale)
        const auto &hci = a.heterogeneityCi;
        check("tau2_ci_lb", hci ? hci->tau2Lower : std::nan(""), kMetaforDefaultPrinted);
        check("tau2_ci_ub", hci ? hci->tau2Upper : std::nan(""), kMetaforDefaultPrinted);
        check("I2_ci_lb", hci ? hci->I2Lower : std::nan(""), Tolerance {1e-4, 1e-2});
        check("I2_ci_ub", hci ? hci->I2Upper : std::nan(""), Tolerance {1e-4, 1e-2});
        check("egger_stat", a.egger ? a.egger->stat : std::nan(""), kMetaforDefaultPrinted);
        check("begg_tau", a.begg ? a.begg->tau : std::nan(""), kExact);
        check("begg_pval", a.begg ? a.begg->pval : std::nan(""), kMetafor);
        check("trimfill_estimate", a.trimfill ? a.trimfill->filled.estimate : std::nan(""), kMetaforDefaultPrinted);
        if (expected.contains(QStringLiteral("trimfill_k0"))) {
            QCOMPARE(a.trimfill->k0, expected[QStringLiteral("trimfill_k0")].toInt());
            QCOMPARE(a.trimfill->side == synth::Side::Right ? QStringLiteral("right") : QStringLiteral("left"),
                     expected[QStringLiteral("trimfill_side")].toString());
        }
    }

    void badInputNamesStudyAndField_data()
    {
        QTest::addColumn<int>("measure");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("bad/negative count")
            << int(synth::Measure::OR) << QStringLiteral("ai") << int(synth::ErrorCode::NegativeCount);
        QTest::newRow("bad/events > n") << int(synth::Measure::RR) << QStringLiteral("ai")
                                        << int(synth::ErrorCode::CountExceedsTotal);
        QTest::newRow("bad/n < 2") << int(synth::Measure::SMD) << QStringLiteral("n1i")
                                   << int(synth::ErrorCode::SampleSizeTooSmall);
        QTest::newRow("bad/sd <= 0") << int(synth::Measure::MD) << QStringLiteral("sd2i")
                                     << int(synth::ErrorCode::NonPositiveSd);
        QTest::newRow("bad/ROM mean <= 0")
            << int(synth::Measure::ROM) << QStringLiteral("m1i") << int(synth::ErrorCode::NonPositiveMean);
        QTest::newRow("bad/|r| > 1") << int(synth::Measure::COR) << QStringLiteral("ri")
                                     << int(synth::ErrorCode::CorrelationOutOfRange);
        QTest::newRow("bad/ZCOR n <= 3") << int(synth::Measure::ZCOR) << QStringLiteral("ni")
                                         << int(synth::ErrorCode::SampleSizeTooSmall);
        QTest::newRow("bad/negative vi") << int(synth::Measure::GEN) << QStringLiteral("vi")
                                         << int(synth::ErrorCode::NegativeVariance);
    }

    void badInputNamesStudyAndField()
    {
        QFETCH(int, measure);
        QFETCH(QString, field);
        QFETCH(int, code);
        synth::StudyInput good, bad;
        good.ai = 3, good.bi = 10, good.ci = 4, good.di = 9, good.n1i = 20, good.n2i = 20;
        good.m1i = 5, good.sd1i = 1, good.m2i = 4, good.sd2i = 1.2, good.ri = 0.3, good.ni = 50, good.yi = 0.2,
        good.vi = 0.1;
        bad = good;
        if (field == QLatin1String("ai"))
            bad.ai = synth::Measure(measure) == synth::Measure::RR ? 30 : -1;
        if (synth::Measure(measure) == synth::Measure::RR)
            bad.bi = bad.di = synth::kMissing; // use n1i/n2i
        if (field == QLatin1String("n1i"))
            bad.n1i = 1;
        if (field == QLatin1String("sd2i"))
            bad.sd2i = 0;
        if (field == QLatin1String("m1i"))
            bad.m1i = -2;
        if (field == QLatin1String("ri"))
            bad.ri = 1.2;
        if (field == QLatin1String("ni"))
            bad.ni = 3;
        if (field == QLatin1String("vi"))
            bad.vi = -0.1;
        try {
            synth::analyze(synth::Measure(measure), {good, good, bad}, {});
            QFAIL("expected an error");
        } catch (const synth::Error &e) {
            QCOMPARE(int(e.code()), code);
            QCOMPARE(e.study(), std::ptrdiff_t(2));
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }
};

QTEST_GUILESS_MAIN(TestEdgeCases)
#include "test_edgecases.moc"
