// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of the engine: every reference file of shared/reference (metafor 3.8-1, every
// estimator x test) against libsynth, key by key, through the CLI's JSON contract.
#include "analysisformat.h"
#include "csvtable.h"
#include "effectdata.h"
#include "referencedata.h"

#include "synth/analysis.h"

#include <QJsonArray>
#include <QtTest>

using namespace evidencedesk;
using namespace evidencedesk::test;

class TestReference : public QObject {
    Q_OBJECT

private:
    static EffectData load(const ReferenceCase &c)
    {
        CsvTable table;
        QString error;
        EffectData data;
        if (!readCsv(c.csvPath, table, error)
            || !effectDataFromTable(table, *synth::measureFromName(c.measure.toStdString()), {}, data, error))
            qFatal("%s", qPrintable(error));
        return data;
    }

    static Tolerance toleranceFor(const QString &path)
    {
        if (path.startsWith(QLatin1String("trimfill.")))
            return kMetaforDefaultControl;
        return kMetafor;
    }

private slots:
    void referenceFilesPresent()
    {
        // The rows below come from these files: an empty directory must fail, not pass vacuously.
        QVERIFY2(referenceCases().size() >= 10,
                 qPrintable(QStringLiteral("reference cases in %1").arg(referenceDir())));
    }

    void effectSizes_data()
    {
        QTest::addColumn<int>("index");
        const QList<ReferenceCase> cases = referenceCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases[i].dataset + QStringLiteral("/escalc"))) << i;
    }

    void effectSizes()
    {
        QFETCH(int, index);
        const ReferenceCase c = referenceCases().at(index);
        const EffectData data = load(c);
        const std::vector<synth::EffectSize> es = synth::computeEffects(data.measure, data.studies);
        QJsonArray yi, vi;
        for (const synth::EffectSize &e : es) {
            yi.append(std::isfinite(e.yi) ? QJsonValue(e.yi) : QJsonValue());
            vi.append(std::isfinite(e.vi) ? QJsonValue(e.vi) : QJsonValue());
        }
        QStringList errors = compareJson(yi, c.json.value(QStringLiteral("yi")), QStringLiteral("yi"), toleranceFor);
        errors << compareJson(vi, c.json.value(QStringLiteral("vi")), QStringLiteral("vi"), toleranceFor);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void fits_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QJsonObject>("expected");
        const QList<ReferenceCase> cases = referenceCases();
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonArray fits = cases[i].json.value(QStringLiteral("fits")).toArray();
            for (const QJsonValue &fit : fits) {
                const QJsonObject o = fit.toObject();
                const QString row = QStringLiteral("%1/%2/%3")
                                        .arg(cases[i].dataset, o.value(QStringLiteral("method")).toString(),
                                             o.value(QStringLiteral("test")).toString());
                QTest::newRow(qPrintable(row)) << i << o;
            }
        }
    }

    void fits()
    {
        QFETCH(int, index);
        QFETCH(QJsonObject, expected);
        const ReferenceCase c = referenceCases().at(index);
        const EffectData data = load(c);
        synth::AnalysisOptions options;
        options.fit.method = *synth::methodFromName(expected.value(QStringLiteral("method")).toString().toStdString());
        options.fit.test = *synth::testFromName(expected.value(QStringLiteral("test")).toString().toStdString());
        const synth::Analysis analysis = synth::analyze(data.measure, data.studies, options);
        QVERIFY(analysis.fit.converged);
        const QJsonObject actual = analysisToJson(analysis, data.labels);
        QCOMPARE(actual.value(QStringLiteral("method")).toString(),
                 expected.value(QStringLiteral("method")).toString());
        QStringList errors;
        int checked = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (it.key() == QLatin1String("method") || it.key() == QLatin1String("test"))
                continue;
            errors << compareJson(actual.value(it.key()), it.value(), it.key(), toleranceFor);
            ++checked;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 15); // k estimate se stat pval ci pi tau2 ... I2 H2 Q Q_df Q_pval at least
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "test_reference.moc"
