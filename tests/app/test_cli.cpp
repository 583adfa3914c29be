// SPDX-License-Identifier: GPL-3.0-or-later
// evidencedesk-cli end to end: the JSON contract against metafor, the text summary, subgroups,
// --skip, and bad input (exit 2, one message naming file, line and column).
#include "referencedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
            if (it.key() != QLatin1String("method") && it.key() != QLatin1String("test"))
                errors << compareJson(actual.value(it.key()), it.value(), it.key(), [](const QString &path) {
                    return path.startsWith(QLatin1String("trimfill.")) ? kMetaforDefaultControl : kMetafor;
                });
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
        QVERIFY(o[QStringLiteral("warnings")].toArray().first().toString().contains(QStringLiteral("left out")));
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
        QTest::newRow("negative variance")
            << QByteArray("study,yi,vi\nA,1,0.1\nB,2,-0.1\n") << gen << QStringLiteral(":3:vi:");
        QTest::newRow("n < 2") << QByteArray("study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,1,1,10,2,1,10\nB,1,1,1,2,1,10\n")
                               << QStringList {QStringLiteral("--measure"), QStringLiteral("SMD")}
                               << QStringLiteral(":3:n1i:");
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
