// SPDX-License-Identifier: GPL-3.0-or-later
// The window and its PDF report in each shipped language, as a reviewer with that system language sees
// them: every word on screen or on the page that has a translation is shown translated. The expected words
// come from translations/*.ts (what the executables carry), never retyped here.
#include "analysisrunner.h"
#include "examples.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pdftext.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "reviewstore.h"
#include "synthesispanel.h"
#include "tsfile.h"
#include "uiwait.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace evidencedesk;

namespace {

/// Every text the window shows or offers: labels, buttons, group titles, tabs, combo items, placeholders,
/// menu entries, table headings and cells.
QStringList windowTexts(QWidget *window)
{
    QStringList out {window->windowTitle()};
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->placeholderText();
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                out << m->headerData(c, Qt::Horizontal).toString();
                for (int r = 0; r < std::min(m->rowCount(), 50); ++r)
                    out << m->index(r, c).data().toString();
            }
        }
    }
    for (QAction *a : window->findChildren<QAction *>())
        out << a->text();
    out.removeAll(QString());
    return out;
}

} // namespace

class TestTranslated : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    /// Writes the BCG example to a new review file, opens it in the window and waits for its analysis.
    bool openBcg(MainWindow &w, const QString &name)
    {
        const QString review = m_dir.filePath(name + QStringLiteral(".evidence"));
        QString error;
        {
            auto store = ReviewStore::create(review, error);
            if (!store || !writeExample(QStringLiteral("bcg"), *store, error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        if (!w.openFile(review))
            return false;
        return test::analysisCurrent(w.runner());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EvidenceDeskTests"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanupTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // English, and any language without a translation, reads its plural forms: "1 study", never "1 stud(ies)"
    void englishPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("bcg/en") << QStringLiteral("en");
        QTest::newRow("bcg/C") << QStringLiteral("C");
        QTest::newRow("bcg/ja") << QStringLiteral("ja");
    }

    void englishPlurals()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        MainWindow w;
        QVERIFY(openBcg(w, QStringLiteral("plural-%1").arg(language)));
        const QString panel = w.synthesisPanel()->resultsText();
        QVERIFY2(panel.contains(QStringLiteral("1 study imputed")), qPrintable(panel)); // BCG: trim-and-fill adds one
        const QString pdf = m_dir.filePath(QStringLiteral("plural-%1.pdf").arg(language));
        QVERIFY(w.writeReportTo(pdf));
        const QString text = pdfPageTexts(pdf).join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QStringLiteral("imputes 1 study.")), qPrintable(text.left(3000)));
        QStringList shown = windowTexts(&w);
        shown << panel << text;
        for (const QString &t : std::as_const(shown))
            QVERIFY2(!t.contains(QStringLiteral("(ies)")) && !t.contains(QStringLiteral("(s)")), qPrintable(t));
    }

    // Preferences ▸ Language overrides the system's language from the next start (main() installs
    // preferredLanguage(), as here)
    void preferencesChooseTheLanguage()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        {
            PreferencesDialog dialog;
            QComboBox *language = nullptr;
            for (QComboBox *c : dialog.findChildren<QComboBox *>())
                if (c->findData(QStringLiteral("de")) >= 0)
                    language = c;
            QVERIFY(language);
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            dialog.accept();
        }
        QCOMPARE(preferredLanguage(), QStringLiteral("de"));
        installTranslations(*qApp, preferredLanguage());
        PreferencesDialog again;
        QCOMPARE(again.windowTitle(), changedTranslations(QStringLiteral("de")).value(QStringLiteral("Preferences")));
        QVERIFY(again.windowTitle() != QLatin1String("Preferences"));
        QSettings().remove(QStringLiteral("language"));
        QCOMPARE(preferredLanguage(), QString());
    }

    void windowAndReport_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"de", "es", "fr", "pt_BR"})
            QTest::newRow(qPrintable(QStringLiteral("bcg/%1").arg(QLatin1String(l)))) << QString::fromLatin1(l);
    }

    void windowAndReport()
    {
        QFETCH(QString, language);
        const QHash<QString, QString> changed = changedTranslations(language);
        QVERIFY(changed.size() > 400);
        QCOMPARE(installTranslations(*qApp, language), QLocale(language).name());

        MainWindow w;
        w.show();
        QVERIFY(openBcg(w, QStringLiteral("bcg-%1").arg(language)));

        // the window: nothing left in English that has a translation, and plenty shown translated
        QStringList english;
        int translated = 0;
        QSet<QString> translations;
        for (const QString &t : std::as_const(changed))
            translations.insert(t);
        for (const QString &text : windowTexts(&w)) {
            if (changed.contains(text))
                english << text;
            translated += translations.contains(text);
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("shown in English: ") + english.join(QStringLiteral(" | "))));
        QVERIFY2(translated > 60, qPrintable(QString::number(translated)));
        // numbers in the reader's notation: the pooled estimate as the panel shows it
        const QString pooled = w.synthesisPanel()->resultsText();
        if (QLocale().decimalPoint() == QLatin1String(","))
            QVERIFY2(pooled.contains(QRegularExpression(QStringLiteral("0,\\d\\d \\[0,\\d\\d; 0,\\d\\d\\]"))),
                     qPrintable(pooled));

        // the report written from this window: its headings translated, none of them in English
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        QVERIFY(w.writeReportTo(pdf));
        // (NFKC undoes the typesetter's ligatures, "ﬁ" reads as "fi", and no-break spaces read as spaces)
        const QString text
            = pdfPageTexts(pdf).join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC).simplified();
        for (const char *heading :
             {"The claim", "Mechanisms", "The evidence", "Synthesis", "Certainty of the evidence (GRADE)",
              "Gold standard evidence needed", "Methods", "Appendix: reproducing the numbers in R", "Contents",
              "Forest plot", "Funnel plot", "Leave-one-out", "Prediction interval", "Risk of bias"}) {
            const QString source = QString::fromLatin1(heading);
            const QString translation
                = changed.value(source, source).normalized(QString::NormalizationForm_KC).simplified();
            QVERIFY2(text.contains(translation),
                     qPrintable(QStringLiteral("\"%1\" not in the report").arg(translation)));
            if (translation != source)
                QVERIFY2(!text.contains(source), qPrintable(QStringLiteral("\"%1\" in English").arg(source)));
        }
    }
};

QTEST_MAIN(TestTranslated)
#include "test_translated.moc"
