// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"
#include "effectdata.h"

#include <QtTest>

using namespace evidencedesk;

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain/LF")
            << QByteArray("study,yi,vi\nA,1,2\nB,3,4\n")
            << QStringList {QStringLiteral("study"), QStringLiteral("yi"), QStringLiteral("vi")}
            << QList<QStringList> {{QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("2")},
                                   {QStringLiteral("B"), QStringLiteral("3"), QStringLiteral("4")}}
            << QList<int> {2, 3};
        QTest::newRow("CRLF+BOM") << QByteArray("\xEF\xBB\xBF"
                                                "study,yi\r\nA,1\r\n")
                                  << QStringList {QStringLiteral("study"), QStringLiteral("yi")}
                                  << QList<QStringList> {{QStringLiteral("A"), QStringLiteral("1")}} << QList<int> {2};
        QTest::newRow("quoted comma, quote, newline, UTF-8")
            << QByteArray("\"study\",\"yi\"\n\"M\xC3\xBCller, \"\"J\"\"\n2001\",1\n\n\"\xC3\x85str\xC3\xB6m\",2\n")
            << QStringList {QStringLiteral("study"), QStringLiteral("yi")}
            << QList<QStringList> {{QStringLiteral("M\u00fcller, \"J\"\n2001"), QStringLiteral("1")},
                                   {QStringLiteral("\u00c5str\u00f6m"), QStringLiteral("2")}}
            << QList<int> {2, 5};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
            << QList<QStringList> {{QStringLiteral("1"), QStringLiteral("2")}} << QList<int> {2};
    }

    void parses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        CsvTable t;
        QString error;
        QVERIFY2(parseCsv(data, QStringLiteral("x.csv"), t, error), qPrintable(error));
        QCOMPARE(t.header, header);
        QCOMPARE(t.rows, rows);
        QCOMPARE(t.lines, lines);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("x.csv:1: ");
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n3\n") << QStringLiteral("x.csv:3:");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"2\n") << QStringLiteral("x.csv:2:");
        QTest::newRow("not UTF-8") << QByteArray("a,b\n\xff\xfe,1\n") << QStringLiteral("x.csv:2: ");
    }

    void rejects()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        CsvTable t;
        QString error;
        QVERIFY(!parseCsv(data, QStringLiteral("x.csv"), t, error));
        QVERIFY2(error.startsWith(where), qPrintable(error));
    }

    void effectDataErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing column") << QByteArray("study,ai,bi,ci\nA,1,2,3\n") << QStringLiteral("OR")
                                        << QStringLiteral("x.csv:1: missing column");
        QTest::newRow("non-numeric cell") << QByteArray("study,yi,vi\nA,0.1,0.2\nB,abc,0.1\n") << QStringLiteral("GEN")
                                          << QStringLiteral("x.csv:3:yi: 'abc'");
        QTest::newRow("decimal comma") << QByteArray("study,yi,vi\nA,\"0,1\",0.2\n") << QStringLiteral("GEN")
                                       << QStringLiteral("x.csv:2:yi:");
        QTest::newRow("header only") << QByteArray("study,yi,vi\n") << QStringLiteral("GEN")
                                     << QStringLiteral("x.csv:2:");
    }

    void effectDataErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, measure);
        QFETCH(QString, message);
        CsvTable t;
        QString error;
        QVERIFY(parseCsv(data, QStringLiteral("x.csv"), t, error));
        EffectData d;
        QVERIFY(!effectDataFromTable(t, *synth::measureFromName(measure.toStdString()), {}, d, error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void missingCellsAreMissing()
    {
        CsvTable t;
        QString error;
        QVERIFY(parseCsv("study,yi,vi,other\nA,0.1,0.2,x\nB,NA,0.1,y\nC,,,z\n", QStringLiteral("x.csv"), t, error));
        EffectData d;
        QVERIFY2(effectDataFromTable(t, synth::Measure::GEN, QStringLiteral("other"), d, error), qPrintable(error));
        QCOMPARE(d.studies.size(), std::size_t(3));
        QCOMPARE(d.studies[0].yi, 0.1);
        QVERIFY(std::isnan(d.studies[1].yi));
        QVERIFY(std::isnan(d.studies[2].vi));
        QCOMPARE(d.groups, (QStringList {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(d.lines, (QList<int> {2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
