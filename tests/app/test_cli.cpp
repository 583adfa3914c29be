// SPDX-License-Identifier: GPL-3.0-or-later
// evidencedesk-cli end to end: the JSON contract against metafor, the text summary, subgroups,
// --skip, and bad input (exit 2, one message naming file, line and column).
#include "csvtable.h"
#include "referencedata.h"
#include "tolerance.h"

#include <boost/math/distributions/normal.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(EVIDENCEDESK_CLI), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject referenceFit(const QString &dataset, const QString &method, const QString &test)
{
    for (const ReferenceCase &c : referenceCases()) {
        if (c.dataset != dataset)
            continue;
        const QJsonArray fits = c.json.value(QStringLiteral("fits")).toArray();
        for (const QJsonValue &f : fits)
            if (f[QStringLiteral("method")] == method && f[QStringLiteral("test")] == test)
                return f.toObject();
    }
    return {};
}

QString referenceCsv(const QString &dataset)
{
    return referenceDir() + QLatin1Char('/') + dataset + QStringLiteral(".csv");
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

private slots:
    void jsonMatchesMetafor_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("test");
        QTest::newRow("bcg_rr/REML/z") << QStringLiteral("bcg_rr") << QStringLiteral("RR") << QStringLiteral("REML")
                                       << QStringLiteral("z");
        QTest::newRow("normand_smd/DL/knha")
            << QStringLiteral("normand_smd") << QStringLiteral("SMD") << QStringLiteral("DL") << QStringLiteral("knha");
        QTest::newRow("molloy_zcor/EE/z")
            << QStringLiteral("molloy_zcor") << QStringLiteral("ZCOR") << QStringLiteral("EE") << QStringLiteral("z");
    }

    void jsonMatchesMetafor()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, measure);
        QFETCH(QString, method);
        QFETCH(QString, test);
        const Run r
            = cli({QStringLiteral("analyze"), referenceCsv(dataset), QStringLiteral("--measure"), measure,
                   QStringLiteral("--method"), method, QStringLiteral("--test"), test, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
        const QJsonObject expected = referenceFit(dataset, method, test);
        QVERIFY(!expected.isEmpty());
        QStringList errors;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            if (it.key() != QLatin1String("method") && it.key() != QLatin1String("test")
                && it.key() != QLatin1String("cumulative") && it.key() != QLatin1String("influence")) // asked for
                errors << compareJson(actual.value(it.key()), it.value(), it.key(),
                                      [](const QString &) { return kMetafor; });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // every key of the contract is present (null where undefined)
        const QStringList keys
            = QStringLiteral("k measure method test estimate se stat pval ci_lb ci_ub pi_lb pi_ub tau2 "
                             "tau2_se tau2_ci_lb tau2_ci_ub I2 I2_ci_lb I2_ci_ub H2 Q Q_df Q_pval converged "
                             "warnings yi vi egger begg trimfill leave1out")
                  .split(QLatin1Char(' '));
        for (const QString &k : keys)
            QVERIFY2(actual.contains(k), qPrintable(k));
        QCOMPARE(actual[QStringLiteral("measure")].toString(), measure);
    }

    void poolingMatchesMetafor_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("method");
        for (const char *d : {"bcg_or", "nielweise_or", "nielweise_rr", "nielweise_rd", "yusuf9_or", "zeros_or",
                              "zeros_rr", "zeros_rd"}) {
            const QString dataset = QLatin1String(d);
            const QString measure = dataset.section(QLatin1Char('_'), 1).toUpper();
            QTest::newRow(qPrintable(dataset + QStringLiteral("/MH"))) << dataset << measure << QStringLiteral("MH");
            if (measure == QLatin1String("OR"))
                QTest::newRow(qPrintable(dataset + QStringLiteral("/PETO")))
                    << dataset << measure << QStringLiteral("PETO");
        }
    }

    void poolingMatchesMetafor()
    {
        // --method MH|PETO against metafor's rma.mh / rma.peto (the reference files' "mh" and "peto")
        QFETCH(QString, dataset);
        QFETCH(QString, measure);
        QFETCH(QString, method);
        const Run r = cli({QStringLiteral("analyze"), referenceCsv(dataset), QStringLiteral("--method"), method,
                           QStringLiteral("--measure"), measure, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
        QJsonObject expected;
        for (const ReferenceCase &c : referenceCases())
            if (c.dataset == dataset)
                expected = c.json.value(method == QLatin1String("MH") ? QStringLiteral("mh") : QStringLiteral("peto"))
                               .toObject();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(expected.value(QStringLiteral("model")).toString(), method);
        QCOMPARE(actual.value(QStringLiteral("method")).toString(), method);
        QCOMPARE(actual.value(QStringLiteral("measure")).toString(), measure);
        QStringList errors;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            if (it.key() != QLatin1String("model"))
                errors << compareJson(actual.value(it.key()), it.value(), it.key(),
                                      [](const QString &) { return kMetafor; });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        for (const char *k : {"k", "estimate", "se", "stat", "pval", "ci_lb", "ci_ub", "Q", "Q_df", "Q_pval", "I2",
                              "H2", "cmh", "tarone", "warnings", "yi", "vi", "study"})
            QVERIFY2(actual.contains(QLatin1String(k)), k);
        // the trial without events in either arm is named in a warning (nielweise2007: Yucel 2004)
        if (dataset.startsWith(QLatin1String("nielweise"))) {
            const QJsonArray warnings = actual.value(QStringLiteral("warnings")).toArray();
            QVERIFY(std::any_of(warnings.begin(), warnings.end(), [](const QJsonValue &w) {
                return w[QStringLiteral("code")] == QLatin1String("no_events_in_both_groups")
                    && w[QStringLiteral("study")] == QLatin1String("Yucel 2004");
            }));
        }
    }

    void diagnosticsMatchMetafor_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("test");
        QTest::newRow("bcg_rr/REML/z") << QStringLiteral("bcg_rr") << QStringLiteral("RR") << QStringLiteral("REML")
                                       << QStringLiteral("z");
        QTest::newRow("nielweise_or/REML/knha") << QStringLiteral("nielweise_or") << QStringLiteral("OR")
                                                << QStringLiteral("REML") << QStringLiteral("knha");
        QTest::newRow("hackshaw_gen/DL/z")
            << QStringLiteral("hackshaw_gen") << QStringLiteral("GEN") << QStringLiteral("DL") << QStringLiteral("z");
        QTest::newRow("raudenbush_gen/EE/z")
            << QStringLiteral("raudenbush_gen") << QStringLiteral("GEN") << QStringLiteral("EE") << QStringLiteral("z");
    }

    void diagnosticsMatchMetafor()
    {
        // --cumulative (year by default) and --influence against metafor's cumul() and influence()
        QFETCH(QString, dataset);
        QFETCH(QString, measure);
        QFETCH(QString, method);
        QFETCH(QString, test);
        const Run r = cli({QStringLiteral("analyze"), referenceCsv(dataset), QStringLiteral("--measure"), measure,
                           QStringLiteral("--method"), method, QStringLiteral("--test"), test,
                           QStringLiteral("--cumulative"), QStringLiteral("--influence"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
        const QJsonObject expected = referenceFit(dataset, method, test);
        QVERIFY(expected.contains(QStringLiteral("cumulative")) && expected.contains(QStringLiteral("influence")));
        QStringList errors;
        for (const QString &key : {QStringLiteral("cumulative"), QStringLiteral("influence")})
            errors << compareJson(actual.value(key), expected.value(key), key,
                                  [](const QString &) { return kMetafor; });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // and a column named on the command line, before the data file
        const Run named = cli({QStringLiteral("analyze"), QStringLiteral("--cumulative"), QStringLiteral("year"),
                               referenceCsv(dataset), QStringLiteral("--measure"), measure, QStringLiteral("--method"),
                               method, QStringLiteral("--test"), test, QStringLiteral("--json")});
        QCOMPARE(named.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(named.out).object();
        QCOMPARE(o.value(QStringLiteral("cumulative")).toObject(),
                 actual.value(QStringLiteral("cumulative")).toObject());
        QVERIFY(!o.contains(QStringLiteral("influence")));
    }

    void metaRegressionMatchesMetafor_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("mods");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("test");
        QTest::newRow("bcg_rr/ablat+alloc/REML/knha")
            << QStringLiteral("bcg_rr") << QStringLiteral("RR") << QStringLiteral("ablat,alloc")
            << QStringLiteral("REML") << QStringLiteral("knha");
        QTest::newRow("bcg_rr/ablat/EE/z") << QStringLiteral("bcg_rr") << QStringLiteral("RR")
                                           << QStringLiteral("ablat") << QStringLiteral("EE") << QStringLiteral("z");
        QTest::newRow("molloy_zcor/meanage+controls/DL/z")
            << QStringLiteral("molloy_zcor") << QStringLiteral("ZCOR") << QStringLiteral("meanage,controls")
            << QStringLiteral("DL") << QStringLiteral("z");
    }

    void metaRegressionMatchesMetafor()
    {
        // --mods against metafor's rma(mods = ...) (the reference files' "meta_regression"): the coefficients under
        // "mods", the tests and heterogeneity beside them
        QFETCH(QString, dataset);
        QFETCH(QString, measure);
        QFETCH(QString, mods);
        QFETCH(QString, method);
        QFETCH(QString, test);
        const Run r = cli({QStringLiteral("analyze"), referenceCsv(dataset), QStringLiteral("--measure"), measure,
                           QStringLiteral("--mods"), mods, QStringLiteral("--method"), method, QStringLiteral("--test"),
                           test, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
        QJsonObject expected;
        for (const ReferenceCase &c : referenceCases())
            if (c.dataset == dataset)
                for (const QJsonValue &f : c.json.value(QStringLiteral("meta_regression")).toArray())
                    if (f[QStringLiteral("method")] == method && f[QStringLiteral("test")] == test
                        && f[QStringLiteral("mods")].toVariant().toStringList().join(QLatin1Char(',')) == mods)
                        expected = f.toObject();
        QVERIFY(!expected.isEmpty());
        const QJsonObject coefficients = actual.value(QStringLiteral("mods")).toObject();
        const QStringList inMods = QStringLiteral("names estimate se stat pval ci_lb ci_ub").split(QLatin1Char(' '));
        QStringList errors;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (it.key() == QLatin1String("mods") || it.key() == QLatin1String("method")
                || it.key() == QLatin1String("test"))
                continue;
            const QJsonValue a = inMods.contains(it.key()) ? coefficients.value(it.key()) : actual.value(it.key());
            errors << compareJson(a, it.value(), it.key(), [](const QString &) { return kMetafor; });
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(actual.value(QStringLiteral("method")).toString(), method);
    }

    void reviewCumulativeAndInfluence()
    {
        // a review's claim: cumulative by the studies' year, influence; the bundled BCG review is bcg_rr's data
        const QString review = m_dir.filePath(QStringLiteral("bcg-diagnostics.evidence"));
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const Run r = cli({QStringLiteral("analyze"), review, QStringLiteral("--measure"), QStringLiteral("RR"),
                           QStringLiteral("--method"), QStringLiteral("REML"), QStringLiteral("--cumulative"),
                           QStringLiteral("--influence"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
        const QJsonObject expected
            = referenceFit(QStringLiteral("bcg_rr"), QStringLiteral("REML"), QStringLiteral("z"));
        QStringList errors;
        for (const QString &key : {QStringLiteral("cumulative"), QStringLiteral("influence")})
            errors << compareJson(actual.value(key), expected.value(key), key,
                                  [](const QString &) { return kMetafor; });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // MH reads a CSV file's tables only
        const Run mh = cli({QStringLiteral("analyze"), review, QStringLiteral("--method"), QStringLiteral("MH")});
        QCOMPARE(mh.exitCode, 2);
        QVERIFY(mh.err.contains("--method MH"));
    }

    void skipLeavesKeysNull()
    {
        const Run r = cli({QStringLiteral("analyze"), referenceCsv(QStringLiteral("bcg_rr")),
                           QStringLiteral("--measure"), QStringLiteral("RR"), QStringLiteral("--skip"),
                           QStringLiteral("egger,begg,trimfill,leave1out"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *k : {"egger", "begg", "trimfill", "leave1out"}) {
            QVERIFY(o.contains(QLatin1String(k)));
            QVERIFY(o.value(QLatin1String(k)).isNull());
        }
        QVERIFY(o.value(QStringLiteral("estimate")).isDouble());
    }

    void subgroups()
    {
        const QString path = write(QStringLiteral("groups.csv"),
                                   "study,yi,vi,region\n"
                                   "\"S\xC3\xB8rensen, A\",0.10,0.04,north\nB,0.30,0.02,north\nC,0.25,0.05,north\n"
                                   "D,-0.20,0.03,south\nE,-0.05,0.04,south\nF,0.02,0.06,south\n");
        const Run r = cli({QStringLiteral("analyze"), path, QStringLiteral("--measure"), QStringLiteral("GEN"),
                           QStringLiteral("--group"), QStringLiteral("region"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray groups = o[QStringLiteral("subgroups")].toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0][QStringLiteral("group")].toString(), QStringLiteral("north"));
        QCOMPARE(groups[0][QStringLiteral("k")].toInt(), 3);
        QCOMPARE(o[QStringLiteral("Q_between_df")].toDouble(), 1.0);
        // Q between from the subgroup estimates and their standard errors
        double sw = 0, swy = 0;
        for (const QJsonValue &g : groups) {
            const double w = 1 / std::pow(g[QStringLiteral("se")].toDouble(), 2);
            sw += w;
            swy += w * g[QStringLiteral("estimate")].toDouble();
        }
        double q = 0;
        for (const QJsonValue &g : groups)
            q += std::pow(g[QStringLiteral("estimate")].toDouble() - swy / sw, 2)
                / std::pow(g[QStringLiteral("se")].toDouble(), 2);
        QVERIFY(std::abs(o[QStringLiteral("Q_between")].toDouble() - q) < 1e-12);
        QCOMPARE(o[QStringLiteral("study")].toArray().at(0).toString(), QStringLiteral("S\u00f8rensen, A"));
        // a subgroup fit is the fit of that subset alone
        const QString north
            = write(QStringLiteral("north.csv"), "study,yi,vi\nA,0.10,0.04\nB,0.30,0.02\nC,0.25,0.05\n");
        const QJsonObject n
            = QJsonDocument::fromJson(cli({QStringLiteral("analyze"), north, QStringLiteral("--measure"),
                                           QStringLiteral("GEN"), QStringLiteral("--json")})
                                          .out)
                  .object();
        QCOMPARE(groups[0][QStringLiteral("estimate")].toDouble(), n[QStringLiteral("estimate")].toDouble());
    }

    void missingRowsAreOmitted()
    {
        const QString path
            = write(QStringLiteral("missing.csv"), "study,yi,vi\nA,0.1,0.04\nB,NA,0.02\nC,0.3,0.05\nD,0.2,\n");
        const Run r = cli({QStringLiteral("analyze"), path, QStringLiteral("--measure"), QStringLiteral("GEN"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("k")].toInt(), 2);
        const QJsonArray yi = o[QStringLiteral("yi")].toArray();
        QCOMPARE(yi.size(), 4); // one entry per input row, as escalc()
        QVERIFY(yi[1].isNull() && yi[3].isNull() && yi[0].isDouble());
        QCOMPARE(o[QStringLiteral("leave1out")][QStringLiteral("estimate")].toArray().size(), 2);
        // warnings are codes with their numbers: the same in every interface language
        const QJsonObject w = o[QStringLiteral("warnings")].toArray().first().toObject();
        QCOMPARE(w[QStringLiteral("code")].toString(), QStringLiteral("studies_omitted"));
        QCOMPARE(w[QStringLiteral("value")].toDouble(), 2.0);
    }

    void studyIntervalsAtTheAnalysisLevel_data()
    {
        QTest::addColumn<double>("level");
        QTest::newRow("bcg_rr/level 90") << 90.0;
        QTest::newRow("bcg_rr/level 95") << 95.0;
        QTest::newRow("bcg_rr/level 0.99") << 0.99; // a proportion, as metafor reads it
    }

    void studyIntervalsAtTheAnalysisLevel()
    {
        // each study's interval is yi -+ z vi^(1/2) at the analysis level, beside yi and vi (metafor's yi, vi)
        QFETCH(double, level);
        const QString review = m_dir.filePath(QStringLiteral("levels.evidence"));
        QFile::remove(review);
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const Run r = cli({QStringLiteral("analyze"), review, QStringLiteral("--level"), QString::number(level),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const double percent = level < 1 ? 100 * level : level;
        QCOMPARE(o[QStringLiteral("level")].toDouble(), percent);
        const double z = boost::math::quantile(boost::math::normal(), 1 - (1 - percent / 100) / 2);
        const QJsonArray yi = o[QStringLiteral("yi")].toArray(), vi = o[QStringLiteral("vi")].toArray(),
                         lb = o[QStringLiteral("study_ci_lb")].toArray(),
                         ub = o[QStringLiteral("study_ci_ub")].toArray();
        const QJsonObject expected
            = referenceFit(QStringLiteral("bcg_rr"), QStringLiteral("REML"), QStringLiteral("z"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(yi.size(), 13);
        QCOMPARE(lb.size(), yi.size());
        QCOMPARE(ub.size(), yi.size());
        for (qsizetype i = 0; i < yi.size(); ++i) {
            const double half = z * std::sqrt(vi[i].toDouble());
            QVERIFY(close(lb[i].toDouble(), yi[i].toDouble() - half, kExact));
            QVERIFY(close(ub[i].toDouble(), yi[i].toDouble() + half, kExact));
        }
        // and the plot shows them: Aronson 1948, the first trial, with its interval at this level
        const QString svg = m_dir.filePath(QStringLiteral("levels.svg"));
        QCOMPARE(cli({QStringLiteral("plot"), review, QStringLiteral("--forest"), QStringLiteral("--level"),
                      QString::number(level), QStringLiteral("-o"), svg})
                     .exitCode,
                 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QString interval = QStringLiteral("%1, %2").arg(QString::number(std::exp(lb[0].toDouble()), 'f', 2),
                                                              QString::number(std::exp(ub[0].toDouble()), 'f', 2));
        QVERIFY2(text.contains(interval), qPrintable(interval));
        QVERIFY(text.contains(QStringLiteral("%1% CI").arg(percent)));
    }

    void referencesThenDataByDoi()
    {
        // a reviewer's path: references from a reference manager (RIS), then a CSV of 2x2 data for the same
        // trials matched by DOI (written differently), then the analysis pools every study with data
        const QString csvIn = referenceCsv(QStringLiteral("bcg_rr"));
        CsvTable table;
        QString error;
        QVERIFY2(readCsv(csvIn, table, error), qPrintable(error));
        auto cell = [](const CsvTable &t, qsizetype row, const QString &name) {
            return t.rows.value(row).value(t.column(name));
        };
        QByteArray ris, data = "doi,ai,bi,ci,di\n";
        const QStringList columns {QStringLiteral("ai"), QStringLiteral("bi"), QStringLiteral("ci"),
                                   QStringLiteral("di")};
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const QString doi = QStringLiteral("10.9999/bcg.%1").arg(i + 1);
            ris += QStringLiteral("TY  - JOUR\nTI  - %1\nAU  - Author%2, A.\nPY  - %3\nDO  - %4\nER  - \n\n")
                       .arg(cell(table, i, QStringLiteral("study")), QString::number(i), QString::number(1930 + i), doi)
                       .toUtf8();
            QStringList cells {QStringLiteral("https://doi.org/") + doi.toUpper()};
            for (const QString &c : columns)
                cells << cell(table, i, c);
            data += cells.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        const QString review = m_dir.filePath(QStringLiteral("bydoi.evidence"));
        QCOMPARE(cli({QStringLiteral("import"), review, write(QStringLiteral("refs.ris"), ris)}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("claim"), QStringLiteral("add"), review, QStringLiteral("BCG prevents TB.")}).exitCode,
            0);
        const QString dataCsv = write(QStringLiteral("data.csv"), data);
        Run r = cli({QStringLiteral("import"), review, dataCsv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(": 0 studies added, 13 updated, 0 skipped"), r.out.constData());
        r = cli({QStringLiteral("analyze"), review, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("measure")].toString(), QStringLiteral("RR")); // chosen from the data
        QCOMPARE(o[QStringLiteral("k")].toInt(), 13);
        const QJsonObject expected
            = referenceFit(QStringLiteral("bcg_rr"), QStringLiteral("REML"), QStringLiteral("z"));
        QVERIFY(
            close(o[QStringLiteral("estimate")].toDouble(), expected[QStringLiteral("estimate")].toDouble(), kMetafor));
        // a re-import with a conflicting value stops, names line and field, and leaves the file as it was
        QByteArray changed = data;
        changed.replace("\nhttps://doi.org/10.9999/BCG.1,4,", "\nhttps://doi.org/10.9999/BCG.1,5,");
        QVERIFY(changed != data);
        const QString conflicting = write(QStringLiteral("conflict.csv"), changed);
        QFile file(review);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        r = cli({QStringLiteral("import"), review, conflicting});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("conflict.csv:2:ai:"), r.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();
        // --overwrite applies it
        r = cli({QStringLiteral("import"), review, conflicting, QStringLiteral("--overwrite")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(", 1 updated"), r.out.constData());
        r = cli({QStringLiteral("export"), review, QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("out.csv"))});
        QCOMPARE(r.exitCode, 0);
        CsvTable out;
        QVERIFY2(readCsv(m_dir.filePath(QStringLiteral("out.csv")), out, error), qPrintable(error));
        QCOMPARE(cell(out, 0, QStringLiteral("ai")), QStringLiteral("5"));
        QVERIFY(!cell(out, 0, QStringLiteral("study_id")).isEmpty()); // export -> spreadsheet -> import round-trips
    }

    void longArgumentsAreShortenedInMessages()
    {
        // a mistyped value of thousands of characters is quoted shortened, on one line
        const QString csv = referenceCsv(QStringLiteral("bcg_rr"));
        const QString huge(5000, QLatin1Char('X'));
        for (const QStringList &args : {QStringList {QStringLiteral("analyze"), csv, QStringLiteral("--measure"), huge},
                                        QStringList {QStringLiteral("analyze"), csv, QStringLiteral("--") + huge},
                                        QStringList {QStringLiteral("analyze"), csv, QStringLiteral("--measure"),
                                                     QStringLiteral("RR"), QStringLiteral("--method"), huge},
                                        QStringList {QStringLiteral("analyze"), csv, QStringLiteral("--measure"),
                                                     QStringLiteral("RR"), QStringLiteral("--test"), huge}}) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            const QByteArray first = r.err.left(r.err.indexOf('\n')); // (an unknown option adds the usage below)
            QVERIFY2(first.size() < 300 && first.contains("XXXX"), first.left(200).constData());
        }
    }

    void jsonDoesNotDependOnTheLanguage()
    {
        // subgroups by stance, warnings and every key: byte for byte the same whatever the interface language
        const QString review = m_dir.filePath(QStringLiteral("language.evidence"));
        QFile::remove(review);
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const QStringList args {QStringLiteral("analyze"), review, QStringLiteral("--group"), QStringLiteral("stance"),
                                QStringLiteral("--json")};
        QByteArray english;
        for (const char *lang : {"C", "de_DE.UTF-8", "fr_FR.UTF-8", "pt_BR.UTF-8"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
            env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
            env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(lang).left(2));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(EVIDENCEDESK_CLI), args);
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray out = p.readAllStandardOutput();
            if (english.isEmpty()) {
                english = out;
                const QJsonObject o = QJsonDocument::fromJson(out).object();
                QStringList groups;
                for (const QJsonValue &g : o[QStringLiteral("subgroups")].toArray())
                    groups << g[QStringLiteral("group")].toString();
                QVERIFY2(groups.contains(QStringLiteral("supporting")), qPrintable(groups.join(QLatin1Char(' '))));
            } else {
                QVERIFY2(out == english, lang);
            }
        }
    }

    void overridesHoldForOneRun()
    {
        // --method/--test/--level/--group override the stored settings for one run and write nothing
        const QString review = m_dir.filePath(QStringLiteral("override.evidence"));
        QFile::remove(review);
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        QFile before(review);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const Run r = cli({QStringLiteral("analyze"), review, QStringLiteral("--method"), QStringLiteral("DL"),
                           QStringLiteral("--test"), QStringLiteral("knha"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("DL"));
        QCOMPARE(o[QStringLiteral("test")].toString(), QStringLiteral("knha"));
        const QJsonObject expected
            = referenceFit(QStringLiteral("bcg_rr"), QStringLiteral("DL"), QStringLiteral("knha"));
        QVERIFY(
            close(o[QStringLiteral("estimate")].toDouble(), expected[QStringLiteral("estimate")].toDouble(), kMetafor));
        for (const QString &command : {QStringLiteral("plot"), QStringLiteral("report")}) {
            const QString out
                = m_dir.filePath(command == QLatin1String("plot") ? QStringLiteral("o.svg") : QStringLiteral("o.pdf"));
            QStringList args {command, review, QStringLiteral("--method"), QStringLiteral("PM"), QStringLiteral("-o"),
                              out};
            if (command == QLatin1String("plot"))
                args << QStringLiteral("--funnel");
            const Run w = cli(args);
            QVERIFY2(w.exitCode == 0, w.err.constData());
        }
        QFile after(review);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes); // nothing written
        // a bad override is refused with a message
        const Run bad = cli({QStringLiteral("analyze"), review, QStringLiteral("--level"), QStringLiteral("0.3")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--level"));
    }

    void reviewFlowFromTheCommandLine()
    {
        // import into a new review, then state and refine the claim from the command line: nothing dead-ends
        const QString review = m_dir.filePath(QStringLiteral("flow.evidence"));
        QFile::remove(review);
        QCOMPARE(cli({QStringLiteral("import"), review, referenceCsv(QStringLiteral("bcg_rr"))}).exitCode, 0);
        const Run early
            = cli({QStringLiteral("report"), review, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("f.pdf"))});
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains("claim add"), early.err.constData()); // the message says what to do
        const Run add = cli({QStringLiteral("claim"), QStringLiteral("add"), review,
                             QStringLiteral("BCG vaccination reduces tuberculosis"), QStringLiteral("--asserts"),
                             QStringLiteral("decrease")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("refine"), review, QStringLiteral("1"),
                      QStringLiteral("BCG vaccination reduces tuberculosis in children")})
                     .exitCode,
                 2); // a refinement needs its reason
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("refine"), review, QStringLiteral("1"),
                      QStringLiteral("BCG vaccination reduces tuberculosis in children"), QStringLiteral("--why"),
                      QStringLiteral("Most trials enrolled children")})
                     .exitCode,
                 0);
        const Run list = cli({QStringLiteral("claim"), QStringLiteral("list"), review});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("1\tdecreases\tBCG vaccination reduces tuberculosis in children"));
        // the measure follows the data (2x2 tables: RR), and the numbers are metafor's
        const Run json = cli({QStringLiteral("analyze"), review, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[QStringLiteral("measure")].toString(), QStringLiteral("RR"));
        const QJsonObject expected
            = referenceFit(QStringLiteral("bcg_rr"), QStringLiteral("REML"), QStringLiteral("z"));
        QVERIFY(
            close(o[QStringLiteral("estimate")].toDouble(), expected[QStringLiteral("estimate")].toDouble(), kMetafor));
        const Run report
            = cli({QStringLiteral("report"), review, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("f.pdf"))});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("add"), review, QStringLiteral("x"),
                      QStringLiteral("--asserts"), QStringLiteral("sideways")})
                     .exitCode,
                 2);
    }

    void summaryOfFindingsCsv()
    {
        // sof --csv: a row per claim in stable codes, the absolute effect from metafor's pooled RR and the median
        // comparator risk of the BCG trials (both worked out here from the reference files); the same bytes in
        // every interface language; --html for journals; never over the review
        const QString review = m_dir.filePath(QStringLiteral("sof.evidence"));
        QFile::remove(review);
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("sof.csv"));
        const Run r = cli({QStringLiteral("sof"), review, QStringLiteral("--csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        CsvTable table;
        QString error;
        QVERIFY2(readCsv(out, table, error), qPrintable(error));
        QCOMPARE(table.rows.size(), 1);
        const QStringList &row = table.rows.first();
        auto cell = [&](const char *name) {
            const int c = table.column(QString::fromLatin1(name));
            return c < 0 ? QStringLiteral("(missing)") : row.value(c);
        };
        QCOMPARE(cell("claim_id"), QStringLiteral("1"));
        QCOMPARE(cell("effect"), QStringLiteral("risk"));
        QCOMPARE(cell("measure"), QStringLiteral("RR"));
        QCOMPARE(cell("assumed_risk_source"), QStringLiteral("median"));
        QVERIFY(QStringList({QStringLiteral("high"), QStringLiteral("moderate"), QStringLiteral("low"),
                             QStringLiteral("very_low")})
                    .contains(cell("certainty")));
        // the median of ci / (ci + di) over the trials of the reference file
        CsvTable bcg;
        QVERIFY2(readCsv(referenceCsv(QStringLiteral("bcg_rr")), bcg, error), qPrintable(error));
        QList<double> risks;
        for (const QStringList &t : std::as_const(bcg.rows)) {
            const double ci = t.value(bcg.column(QStringLiteral("ci"))).toDouble(),
                         di = t.value(bcg.column(QStringLiteral("di"))).toDouble();
            risks << ci / (ci + di);
        }
        std::sort(risks.begin(), risks.end());
        const double acr
            = risks.size() % 2 ? risks[risks.size() / 2] : (risks[risks.size() / 2 - 1] + risks[risks.size() / 2]) / 2;
        QCOMPARE(cell("median_risk").toDouble(), acr);
        QCOMPARE(cell("studies").toInt(), int(bcg.rows.size()));
        const QJsonObject fit = referenceFit(QStringLiteral("bcg_rr"), QStringLiteral("REML"), QStringLiteral("z"));
        auto rd = [&](const char *key) { return acr * (std::exp(fit[QLatin1String(key)].toDouble()) - 1) * 1000; };
        QVERIFY2(close(cell("rd_per_1000").toDouble(), rd("estimate"), kMetafor), qPrintable(cell("rd_per_1000")));
        QVERIFY(close(cell("rd_per_1000_lb").toDouble(), rd("ci_lb"), kMetafor));
        QVERIFY(close(cell("rd_per_1000_ub").toDouble(), rd("ci_ub"), kMetafor));
        QVERIFY(close(cell("estimate").toDouble(), std::exp(fit[QStringLiteral("estimate")].toDouble()), kMetafor));
        // the same bytes whatever the interface language
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray english = written.readAll();
        written.close();
        for (const char *lang : {"de_DE.UTF-8", "fr_FR.UTF-8"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
            env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
            env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(lang).left(2));
            p.setProcessEnvironment(env);
            const QString other = m_dir.filePath(QStringLiteral("sof-%1.csv").arg(QString::fromLatin1(lang).left(2)));
            p.start(QStringLiteral(EVIDENCEDESK_CLI),
                    {QStringLiteral("sof"), review, QStringLiteral("--csv"), QStringLiteral("-o"), other});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QFile f(other);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == english, lang);
        }
        // HTML for journals
        const QString html = m_dir.filePath(QStringLiteral("sof.html"));
        QCOMPARE(cli({QStringLiteral("sof"), review, QStringLiteral("--html"), QStringLiteral("-o"), html}).exitCode,
                 0);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<table"));
        // refused: no format, both formats, the review itself as the output
        QCOMPARE(cli({QStringLiteral("sof"), review, QStringLiteral("-o"), out}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("sof"), review, QStringLiteral("--csv"), QStringLiteral("--html"),
                      QStringLiteral("-o"), out})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("sof"), review, QStringLiteral("--csv"), QStringLiteral("-o"), review}).exitCode,
                 2);
        // export still takes its file after --csv
        QCOMPARE(
            cli({QStringLiteral("export"), review, QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("e.csv"))})
                .exitCode,
            0);
    }

    void gradeBlockInJson()
    {
        // analyze REVIEW --json carries the claim's GRADE rating as codes: start, certainty and every domain with
        // {suggested, judgement, reason_code} (-2..+2, null when not assessable)
        const QString review = m_dir.filePath(QStringLiteral("grade.evidence"));
        QFile::remove(review);
        QCOMPARE(cli({QStringLiteral("import"), review, referenceCsv(QStringLiteral("bcg_rr"))}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("add"), review, QStringLiteral("BCG reduces TB"),
                      QStringLiteral("--asserts"), QStringLiteral("decrease")})
                     .exitCode,
                 0);
        // a second claim whose minimal important difference is log RR 0.5 (RR 0.61 / 1.65)
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("add"), review, QStringLiteral("BCG reduces TB a lot"),
                      QStringLiteral("--asserts"), QStringLiteral("decrease"), QStringLiteral("--margin"),
                      QStringLiteral("0.5")})
                     .exitCode,
                 0);
        const auto gradeOf = [&](const QString &claim) {
            const Run r
                = cli({QStringLiteral("analyze"), review, QStringLiteral("--claim"), claim, QStringLiteral("--json")});
            return std::make_pair(r.exitCode, QJsonDocument::fromJson(r.out).object());
        };
        const auto [rc, o] = gradeOf(QStringLiteral("1"));
        QCOMPARE(rc, 0);
        const QJsonObject g = o[QStringLiteral("grade")].toObject();
        const QStringList levels {QStringLiteral("high"), QStringLiteral("moderate"), QStringLiteral("low"),
                                  QStringLiteral("very_low")};
        QVERIFY(levels.contains(g[QStringLiteral("start")].toString()));
        QVERIFY(levels.contains(g[QStringLiteral("certainty")].toString()));
        QCOMPARE(g[QStringLiteral("start")].toString(), QStringLiteral("low")); // the CSV records no designs
        const QJsonObject domains = g[QStringLiteral("domains")].toObject();
        const QStringList keys {QStringLiteral("risk_of_bias"),     QStringLiteral("inconsistency"),
                                QStringLiteral("indirectness"),     QStringLiteral("imprecision"),
                                QStringLiteral("publication_bias"), QStringLiteral("large_effect"),
                                QStringLiteral("dose_response"),    QStringLiteral("confounding")};
        QCOMPARE(domains.keys().size(), keys.size());
        for (const QString &k : keys) {
            QVERIFY2(domains.contains(k), qPrintable(k));
            const QJsonObject d = domains[k].toObject();
            for (const char *field : {"suggested", "judgement", "reason_code"})
                QVERIFY2(d.contains(QLatin1String(field)), field);
            for (const char *field : {"suggested", "judgement"}) {
                const QJsonValue v = d[QLatin1String(field)];
                QVERIFY(v.isNull()
                        || (v.isDouble() && v.toDouble() == std::round(v.toDouble()) && std::abs(v.toDouble()) <= 2));
            }
            // a code: lower-case letters and underscores, never words in some language
            const QString code = d[QStringLiteral("reason_code")].toString();
            QVERIFY2(!code.isEmpty() && QRegularExpression(QStringLiteral("^[a-z_0-9]+$")).match(code).hasMatch(),
                     qPrintable(code));
        }
        // no study of the CSV has a quality score: risk of bias is not assessed, not downgraded
        const QJsonObject rob = domains[QStringLiteral("risk_of_bias")].toObject();
        QVERIFY(rob[QStringLiteral("suggested")].isNull());
        QVERIFY(rob[QStringLiteral("judgement")].isNull());
        QCOMPARE(rob[QStringLiteral("reason_code")].toString(), QStringLiteral("risk_of_bias_not_assessed"));
        QVERIFY(domains[QStringLiteral("indirectness")].toObject()[QStringLiteral("suggested")].isNull());
        // the CI against the claim's threshold (GRADE guidelines 6): it crosses RR 0.61 but not RR 1.65 -> -1
        const double lb = o[QStringLiteral("ci_lb")].toDouble(), ub = o[QStringLiteral("ci_ub")].toDouble();
        QVERIFY(lb < -0.5 && ub > -0.5 && ub < 0.5); // the premise, from the printed interval
        const auto [rc2, o2] = gradeOf(QStringLiteral("2"));
        QCOMPARE(rc2, 0);
        const QJsonObject imprecision
            = o2[QStringLiteral("grade")][QStringLiteral("domains")][QStringLiteral("imprecision")].toObject();
        QCOMPARE(imprecision[QStringLiteral("suggested")].toInt(), -1);
        QCOMPARE(imprecision[QStringLiteral("judgement")].toInt(), -1);
        QCOMPARE(imprecision[QStringLiteral("reason_code")].toString(),
                 QStringLiteral("crosses_minimal_important_difference"));
    }

    void impossibleRowIsLeftOut()
    {
        // one impossible row does not stop the analysis of the others: it is left out, and named
        const QString path
            = write(QStringLiteral("onebad.csv"), "study,yi,vi\nA,0.1,0.04\nB,0.5,-0.02\nC,0.3,0.05\nD,0.2,0.03\n");
        const Run r = cli({QStringLiteral("analyze"), path, QStringLiteral("--measure"), QStringLiteral("GEN"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("k")].toInt(), 3);
        QVERIFY(o[QStringLiteral("yi")].toArray().at(1).isNull());
        const QJsonObject warning = o[QStringLiteral("warnings")].toArray().first().toObject();
        QCOMPARE(warning[QStringLiteral("code")].toString(), QStringLiteral("study_dropped"));
        QCOMPARE(warning[QStringLiteral("study")].toString(), QStringLiteral("B"));
        QCOMPARE(warning[QStringLiteral("field")].toString(), QStringLiteral("vi"));
        QCOMPARE(warning[QStringLiteral("reason")].toString(), QStringLiteral("negative_variance"));
    }

    void levelAsProportion()
    {
        // --level 0.95 is 95%, as metafor reads it (never a 0.95% interval)
        const QString csv = referenceCsv(QStringLiteral("bcg_rr"));
        const Run a = cli({QStringLiteral("analyze"), csv, QStringLiteral("--measure"), QStringLiteral("RR"),
                           QStringLiteral("--level"), QStringLiteral("0.95"), QStringLiteral("--json")});
        const Run b = cli({QStringLiteral("analyze"), csv, QStringLiteral("--measure"), QStringLiteral("RR"),
                           QStringLiteral("--json")});
        QCOMPARE(a.exitCode, 0);
        const QJsonObject oa = QJsonDocument::fromJson(a.out).object(), ob = QJsonDocument::fromJson(b.out).object();
        QCOMPARE(oa[QStringLiteral("level")].toDouble(), 95.0);
        QCOMPARE(oa[QStringLiteral("ci_lb")].toDouble(), ob[QStringLiteral("ci_lb")].toDouble());
    }

    void textSummary()
    {
        const Run r = cli({QStringLiteral("analyze"), referenceCsv(QStringLiteral("bcg_rr")),
                           QStringLiteral("--measure"), QStringLiteral("RR")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("Random-Effects Model (k = 13; tau^2 estimator: REML)")));
        QVERIFY(text.contains(QStringLiteral("Test for Heterogeneity")));
        QVERIFY(text.contains(QStringLiteral("On the ratio scale")));
        QVERIFY(text.contains(QStringLiteral("Aronson 1948")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message"); // what the one line must contain, after "FILE"
        const QStringList gen {QStringLiteral("--measure"), QStringLiteral("GEN")};
        QTest::newRow("missing column") << QByteArray("study,yi\nA,1\n") << gen << QStringLiteral(":1: missing column");
        QTest::newRow("non-numeric cell")
            << QByteArray("study,yi,vi\nA,1,0.1\nB,x,0.1\n") << gen << QStringLiteral(":3:yi:");
        // an impossible row among others is left out with a warning (impossibleRowIsLeftOut); alone, it stops
        QTest::newRow("negative variance") << QByteArray("study,yi,vi\nB,2,-0.1\n") << gen << QStringLiteral(":2:vi:");
        QTest::newRow("n < 2") << QByteArray("study,m1i,sd1i,n1i,m2i,sd2i,n2i\nB,1,1,1,2,1,2\n")
                               << QStringList {QStringLiteral("--measure"), QStringLiteral("SMD")}
                               << QStringLiteral(":2:n1i:");
        QTest::newRow("level 0.3") << QByteArray("study,yi,vi\nA,1,0.1\n")
                                   << (gen + QStringList {QStringLiteral("--level"), QStringLiteral("0.3")})
                                   << QStringLiteral("--level");
        QTest::newRow("empty file") << QByteArray() << gen << QStringLiteral(":1: the file is empty");
        QTest::newRow("unknown measure") << QByteArray("study,yi,vi\nA,1,0.1\n")
                                         << QStringList {QStringLiteral("--measure"), QStringLiteral("XYZ")}
                                         << QStringLiteral("unknown measure");
        QTest::newRow("unknown method") << QByteArray("study,yi,vi\nA,1,0.1\n")
                                        << (gen + QStringList {QStringLiteral("--method"), QStringLiteral("FOO")})
                                        << QStringLiteral("unknown method");
        QTest::newRow("bad level") << QByteArray("study,yi,vi\nA,1,0.1\n")
                                   << (gen + QStringList {QStringLiteral("--level"), QStringLiteral("150")})
                                   << QStringLiteral("--level");
        QTest::newRow("no study has data")
            << QByteArray("study,yi,vi\nA,,0.1\n") << gen << QStringLiteral("no study has the data");
        const QByteArray tables("study,ai,n1i,ci,n2i,year\nA,1,10,2,10,2001\nB,3,20,1,20,x\n");
        QTest::newRow("MH with SMD") << tables
                                     << QStringList {QStringLiteral("--method"), QStringLiteral("MH"),
                                                     QStringLiteral("--measure"), QStringLiteral("SMD")}
                                     << QStringLiteral("--method MH needs --measure OR, RR or RD");
        QTest::newRow("PETO with RR") << tables
                                      << QStringList {QStringLiteral("--method"), QStringLiteral("PETO"),
                                                      QStringLiteral("--measure"), QStringLiteral("RR")}
                                      << QStringLiteral("--method PETO needs --measure");
        QTest::newRow("MH with knha") << tables << QStringList {QStringLiteral("--method"),  QStringLiteral("MH"),
                                                                QStringLiteral("--measure"), QStringLiteral("OR"),
                                                                QStringLiteral("--test"),    QStringLiteral("knha")}
                                      << QStringLiteral("--test");
        QTest::newRow("MH with influence")
            << tables
            << QStringList {QStringLiteral("--method"), QStringLiteral("MH"), QStringLiteral("--measure"),
                            QStringLiteral("OR"), QStringLiteral("--influence")}
            << QStringLiteral("--influence");
        QTest::newRow("cumulative by a text cell")
            << tables << QStringList {QStringLiteral("--measure"), QStringLiteral("OR"), QStringLiteral("--cumulative")}
            << QStringLiteral(":3:year:");
        QTest::newRow("unknown moderator column") << tables
                                                  << QStringList {QStringLiteral("--measure"), QStringLiteral("OR"),
                                                                  QStringLiteral("--mods"), QStringLiteral("nope")}
                                                  << QStringLiteral(":1: missing column");
        QTest::newRow("mods with group") << tables << QStringList {QStringLiteral("--measure"), QStringLiteral("OR"),
                                                                   QStringLiteral("--mods"),    QStringLiteral("year"),
                                                                   QStringLiteral("--group"),   QStringLiteral("year")}
                                         << QStringLiteral("--group");
        QTest::newRow("unknown cumulative column")
            << tables
            << QStringList {QStringLiteral("--measure"), QStringLiteral("OR"), QStringLiteral("--cumulative"),
                            QStringLiteral("nope")}
            << QStringLiteral(":1: missing column");
        QTest::newRow("unknown group column") << QByteArray("study,yi,vi\nA,1,0.1\n")
                                              << (gen + QStringList {QStringLiteral("--group"), QStringLiteral("nope")})
                                              << QStringLiteral(":1: missing column");
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("bad.csv"), content);
        const Run r = cli(QStringList {QStringLiteral("analyze"), path} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(message), qPrintable(err));
        if (message.startsWith(QLatin1Char(':')))
            QVERIFY2(err.contains(path + message), qPrintable(err));
    }

    void missingFile()
    {
        const Run r = cli({QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("absent.csv")),
                           QStringLiteral("--measure"), QStringLiteral("RR")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("absent.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
