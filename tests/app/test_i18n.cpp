// SPDX-License-Identifier: GPL-3.0-or-later
// Internationalisation: user-visible literals go through tr(); translations/*.ts are in sync with the
// sources (no missing, no obsolete entries); files are read in the C locale whatever the UI language.
// Every .ts file is complete: each message translated, with the source's placeholders.
#include "analysisformat.h"
#include "importers.h"
#include "tsfile.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace evidencedesk;

namespace {

const QString kSource = QStringLiteral(EVIDENCEDESK_SOURCE_DIR);

/// (context, source) of every message of a .ts file.
QSet<QString> messages(const QString &ts)
{
    QSet<QString> out;
    for (const TsMessage &m : readTs(ts))
        out.insert(m.context + QLatin1Char('\x1f') + m.source);
    return out;
}

/// The placeholders of a message, sorted: a translation must use each of the source's, no more, no fewer.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:\\d+|n)"));
    QStringList out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void userVisibleLiteralsAreTranslated()
    {
        // A literal with words handed to a widget, a dialog, a menu or a painter without tr(): a string nobody
        // can translate. Deliberate exceptions carry "i18n-exempt" on their line.
        static const QRegularExpression call(QStringLiteral(
            "\\b(setText|setWindowTitle|setToolTip|setPlaceholderText|setLabelText|addItem|addAction|addMenu|addTab|"
            "setSpecialValueText|setPrefix|setSuffix|showMessage|QLabel|QPushButton|QCheckBox|QGroupBox|QMessageBox|"
            "drawText|setTitle|setDescription|setHeaderLabels|setHorizontalHeaderLabels)\\s*\\((?:[^()]*?,\\s*)?"
            "(QStringLiteral|QLatin1String)\\(\"([^\"]*[A-Za-z]{2,}[^\"]*)\"\\)"));
        static const QRegularExpression greedyEscape(QStringLiteral("\\\\u[0-9a-fA-F]{5}"));
        QStringList offenders;
        int files = 0;
        for (const QString &folder : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
            QDirIterator it(kSource + folder, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                int line = 0;
                for (const QByteArray &raw : f.readAll().split('\n')) {
                    ++line;
                    const QString text = QString::fromUtf8(raw);
                    if (!text.contains(QLatin1String("i18n-exempt")) && call.match(text).hasMatch())
                        offenders << QStringLiteral("%1:%2: %3").arg(f.fileName()).arg(line).arg(text.trimmed());
                    // lupdate 6.4 reads "\u2013" followed by a hex digit greedily ("\u20130" becomes U+0130):
                    // the .ts would hold a source the program never asks for. Write such characters as UTF-8.
                    if (greedyEscape.match(text).hasMatch()) // any literal: a tr() string may continue a line
                        offenders << QStringLiteral("%1:%2: \\u escape before a hex digit: %3")
                                         .arg(f.fileName())
                                         .arg(line)
                                         .arg(text.trimmed());
                }
            }
        }
        QVERIFY(files > 30);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void translationFilesAreInSync_data()
    {
        QTest::addColumn<QString>("language");
        // English holds only the plural forms of the sources' "%n" messages
        for (const char *l : {"de", "es", "fr", "pt_BR", "en"})
            QTest::newRow(qPrintable(QStringLiteral("ts/%1").arg(QLatin1String(l)))) << QString::fromLatin1(l);
    }

    void translationFilesAreInSync()
    {
        // lupdate over today's sources must find exactly the messages the checked-in file holds: a new
        // string without `cmake --build build --target update_translations` fails here, as does an obsolete one.
        QFETCH(QString, language);
        const QString checkedIn = kSource + QStringLiteral("/translations/evidencedesk_%1.ts").arg(language);
        QVERIFY(QFile::exists(checkedIn));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_%1.ts").arg(language));
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSource);
        QStringList arguments {QStringLiteral("-no-obsolete"),
                               QStringLiteral("-locations"),
                               QStringLiteral("none"),
                               QStringLiteral("app"),
                               QStringLiteral("ui"),
                               QStringLiteral("-ts"),
                               fresh};
        if (language == QLatin1String("en"))
            arguments.prepend(QStringLiteral("-pluralonly"));
        lupdate.start(QStringLiteral(EVIDENCEDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> now = messages(fresh), stored = messages(checkedIn);
        QVERIFY(now.size() > (language == QLatin1String("en") ? 5 : 500));
        QStringList missing, obsolete;
        for (const QString &m : now)
            if (!stored.contains(m))
                missing << QString(m).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        for (const QString &m : stored)
            if (!now.contains(m))
                obsolete << QString(m).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in %1 (run update_translations):\n").arg(checkedIn)
                            + missing.join(QLatin1Char('\n'))));
        QVERIFY2(obsolete.isEmpty(),
                 qPrintable(QStringLiteral("obsolete in %1:\n").arg(checkedIn) + obsolete.join(QLatin1Char('\n'))));
    }

    void translationsAreComplete_data() { translationFilesAreInSync_data(); }

    // Every message translated (no unfinished, vanished or obsolete entry, no empty plural form), with the
    // source's placeholders and, for menu entries, a keyboard accelerator.
    void translationsAreComplete()
    {
        QFETCH(QString, language);
        const QString file = tsPath(language);
        const QList<TsMessage> all = readTs(file);
        QVERIFY(all.size() > (language == QLatin1String("en") ? 5 : 500));
        QStringList problems;
        for (const TsMessage &m : all) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 [%2]").arg(where, m.type);
            if (m.translations.isEmpty() || (m.numerus && m.translations.size() < 2))
                problems << QStringLiteral("%1 [no translation]").arg(where);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("%1 [empty form]").arg(where);
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1 [placeholders %2 in \"%3\"]")
                                    .arg(where, placeholders(t).join(QLatin1Char(' ')), t);
                const bool accelerator = m.source.contains(QRegularExpression(QStringLiteral("&[^&\\s]")))
                    && !m.source.startsWith(QLatin1Char('<'));
                if (accelerator && !t.contains(QRegularExpression(QStringLiteral("&[^&\\s]"))))
                    problems << QStringLiteral("%1 [no accelerator in \"%2\"]").arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(file + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }

    void csvNumbersIgnoreTheUiLocale_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *l : {"C", "de_DE", "fr_FR", "pt_BR", "es_ES", "en_US"})
            QTest::newRow(qPrintable(QStringLiteral("locale/%1").arg(QLatin1String(l)))) << QString::fromLatin1(l);
    }

    void csvNumbersIgnoreTheUiLocale()
    {
        QFETCH(QString, locale);
        const QLocale before;
        QLocale::setDefault(QLocale(locale)); // the UI speaks with a decimal comma in most of these
        QList<ImportedStudy> out;
        QString error;
        const bool ok = parseCsvStudies("title,yi,vi,quality\nA,0.25,1.5e-2,72.5\nB,-1.75,0.125,40\n",
                                        QStringLiteral("x.csv"), out, error);
        QLocale::setDefault(before);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].data.yi, 0.25);
        QCOMPARE(out[0].data.vi, 0.015);
        QCOMPARE(out[0].study.quality, 72.5);
        QCOMPARE(out[1].data.yi, -1.75);
        // and a decimal comma in a file is refused whatever the locale, naming the line and field
        QLocale::setDefault(QLocale(locale));
        QVERIFY(!parseCsvStudies("title,yi,vi\nA,\"0,25\",0.1\n", QStringLiteral("x.csv"), out, error));
        QLocale::setDefault(before);
        QVERIFY2(error.startsWith(QStringLiteral("x.csv:2:")) && error.contains(QStringLiteral("yi")),
                 qPrintable(error));
    }

    void pValuesSpeakTheUiLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clause");
        const QString dash = QStringLiteral("\u2013");
        QTest::newRow("C/moderate") << QStringLiteral("C") << 0.0421 << QStringLiteral("0.042")
                                    << QStringLiteral("= 0.042");
        QTest::newRow("C/tiny") << QStringLiteral("C") << 2e-21 << QStringLiteral("< 0.001")
                                << QStringLiteral("< 0.001");
        QTest::newRow("C/threshold") << QStringLiteral("C") << 0.001 << QStringLiteral("0.001")
                                     << QStringLiteral("= 0.001");
        QTest::newRow("C/undefined") << QStringLiteral("C") << std::nan("") << dash << dash;
        QTest::newRow("de_DE/moderate") << QStringLiteral("de_DE") << 0.5 << QStringLiteral("0,500")
                                        << QStringLiteral("= 0,500");
        QTest::newRow("de_DE/tiny") << QStringLiteral("de_DE") << 1e-5 << QStringLiteral("< 0,001")
                                    << QStringLiteral("< 0,001");
    }

    // p-values on screen, in plots and in the report: never "2e-21", always in the reader's decimal notation
    void pValuesSpeakTheUiLocale()
    {
        QFETCH(QString, locale);
        QFETCH(double, p);
        QFETCH(QString, text);
        QFETCH(QString, clause);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString gotText = pValueText(p), gotClause = pValueClause(p);
        QLocale::setDefault(before);
        QCOMPARE(gotText, text);
        QCOMPARE(gotClause, clause);
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "test_i18n.moc"
