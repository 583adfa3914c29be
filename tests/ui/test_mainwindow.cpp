// SPDX-License-Identifier: GPL-3.0-or-later
// The window, headless: open the demos, tag by key press and by context menu, counts, the file, undo and
// redo; edit a study and see the analysis change; refine the claim; reorder a mechanism step; import by
// the Import action; a bad file leaves the review unchanged and shows an error.
#include "analysisrunner.h"
#include "certaintypanel.h"
#include "claimpanel.h"
#include "conversiondialog.h"
#include "datagridmodel.h"
#include "datagridpanel.h"
#include "defaults.h"
#include "examples.h"
#include "forestplot.h"
#include "goldstandardpanel.h"
#include "grade.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "mechanismeditor.h"
#include "plotwidget.h"
#include "refinedialog.h"
#include "report.h"
#include "reviewdocument.h"
#include "reviewload.h"
#include "riskofbiaspanel.h"
#include "studydialog.h"
#include "studytablemodel.h"
#include "summaryoffindings.h"
#include "summaryoffindingspanel.h"
#include "synth/conversions.h"
#include "synthesispanel.h"
#include "uiwait.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

/// What the file on disk says, through a connection of its own.
Review onDisk(const QString &path)
{
    QString error;
    auto store = ReviewStore::open(path, error);
    return store ? loaded(*store) : Review();
}

/// The first study's data for the first claim's outcome.
synth::StudyInput firstData(const Review &r)
{
    return r.claims.isEmpty() || r.studies.isEmpty() ? synth::StudyInput()
                                                     : r.dataOf(r.claims.first().outcomeId, r.studies.first().id);
}

/// The window's analysis of the review as it is now (never a stale one).
[[nodiscard]] bool analysed(MainWindow &w)
{
    return analysisCurrent(w.runner());
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    QString example(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.evidence").arg(name).arg(++m_files));
        QString error;
        auto store = ReviewStore::create(path, error);
        if (!store || !writeExample(name, *store, error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    /// Brings the tab holding `page` to the front, as a click on it does.
    static void showTab(MainWindow &w, QWidget *page)
    {
        for (QTabWidget *tabs : w.findChildren<QTabWidget *>())
            if (tabs->indexOf(page) >= 0)
                tabs->setCurrentWidget(page);
        QTRY_VERIFY(page->isVisible()); // a widget added to a shown window is shown from the event loop
    }

    /// Selects the table rows showing these studies.
    static void select(MainWindow &w, const QList<int> &rows)
    {
        QTableView *t = w.studyTable();
        t->clearSelection();
        for (int r : rows)
            t->selectionModel()->select(t->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        t->selectionModel()->setCurrentIndex(t->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    static qint64 idAt(MainWindow &w, int row)
    {
        return w.studyTable()->model()->index(row, 0).data(StudyTableModel::StudyIdRole).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EvidenceDeskTests"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensTheDemo()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("hypertrophy"))));
        QCOMPARE(w.studyTable()->model()->rowCount(), 5);
        QVERIFY(w.countsText().startsWith(QStringLiteral("Supporting (3) \u00b7 Contradicting (2)")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Light versus heavy loads")));
        QVERIFY(analysed(w));
        QVERIFY(!w.runner()->result()->ok()); // no outcome data on the page: said, not invented
        QVERIFY(w.synthesisPanel()->resultsText().contains(QStringLiteral("outcome data")));
    }

    void fitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("hypertrophy") << QStringLiteral("hypertrophy");
        QTest::newRow("bcg") << QStringLiteral("bcg");
    }

    // The window with a review open must fit a 1280 x 720 screen (less a taskbar): its smallest size says so.
    void fitsALaptopScreen()
    {
        QFETCH(QString, example);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(this->example(example)));
        QVERIFY(analysed(w));
        const QSize least = w.minimumSizeHint().expandedTo(w.minimumSize());
        QString parts;
        if (auto *split = qobject_cast<QSplitter *>(w.centralWidget()))
            for (int i = 0; i < split->count(); ++i)
                parts += QStringLiteral(" %1:%2x%3")
                             .arg(QString::fromLatin1(split->widget(i)->metaObject()->className()))
                             .arg(split->widget(i)->minimumSizeHint().width())
                             .arg(split->widget(i)->minimumSizeHint().height());
        QVERIFY2(least.width() <= 1200 && least.height() <= 680,
                 qPrintable(QStringLiteral("%1x%2 at least;%3").arg(least.width()).arg(least.height()).arg(parts)));
    }

    void tagByKeyPress()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.countsText().startsWith(QStringLiteral("Supporting (8) \u00b7 Contradicting (0)")));
        select(w, {0});
        const qint64 id = idAt(w, 0);
        w.studyTable()->setFocus();
        QTest::keyClick(w.studyTable(), Qt::Key_C);
        ReviewDocument *doc = w.document();
        QCOMPARE(doc->stance(id), Stance::Contradicting);
        QVERIFY(w.countsText().contains(QStringLiteral("Contradicting (1)")));
        const qint64 claim = doc->currentClaimId();
        QCOMPARE(onDisk(path).stance(claim, id), Stance::Contradicting); // written at once
        doc->undoStack()->undo();
        QCOMPARE(doc->stance(id), Stance::Neutral);
        QCOMPARE(onDisk(path).stance(claim, id), Stance::Neutral);
        doc->undoStack()->redo();
        QCOMPARE(onDisk(path).stance(claim, id), Stance::Contradicting);
        QTest::keyClick(w.studyTable(), Qt::Key_U);
        QCOMPARE(onDisk(path).stance(claim, id), Stance::Untagged);
        QVERIFY(w.countsText().contains(QStringLiteral("Not tagged (1)")));
    }

    void redoByKeyboard()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Ambiguous shortcut")));
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        select(w, {0});
        const qint64 id = idAt(w, 0), claim = w.document()->currentClaimId();
        w.studyTable()->setFocus();
        QTest::keyClick(w.studyTable(), Qt::Key_C);
        QCOMPARE(onDisk(path).stance(claim, id), Stance::Contradicting);
        for (const QKeySequence &redo :
             {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
            QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Z));
            QCOMPARE(onDisk(path).stance(claim, id), Stance::Neutral);
            QTest::keySequence(&w, redo); // each of the platform's redo keys redoes
            QCOMPARE(onDisk(path).stance(claim, id), Stance::Contradicting);
        }
    }

    void undoMenuSaysWhichUndoRuns()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("bcg"))));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        select(w, {0});
        w.studyTable()->setFocus();
        QTest::keyClick(w.studyTable(), Qt::Key_C);
        QAction *undo = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().startsWith(QStringLiteral("&Undo")))
                undo = a;
        QVERIFY(undo);
        QVERIFY(!undo->shortcuts().isEmpty()); // Ctrl+Z undoes the tagging
        auto *search = w.findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        // typing in a field: Ctrl+Z is the field's; the menu's item says it undoes the review and shows no key
        QVERIFY(undo->shortcuts().isEmpty());
        QVERIFY2(undo->text().contains(QStringLiteral("in the Review")), qPrintable(undo->text()));
        w.studyTable()->setFocus();
        QTRY_VERIFY(!undo->shortcuts().isEmpty());
    }

    void selectionStaysWhatTheTableShows()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        select(w, {0, 1});
        QCOMPARE(w.selectedStudies().size(), 2);
        QVERIFY(!w.synthesisPanel()->forest()->data().selected.isEmpty());
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("studyFilter"));
        QVERIFY(search);
        search->setText(QStringLiteral("Comstock")); // hides both selected rows
        search->clear();
        // nothing looks selected, so nothing is: no highlighted study in the plot, no tag lands anywhere
        QVERIFY(w.studyTable()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(w.selectedStudies().isEmpty());
        QVERIFY(w.synthesisPanel()->forest()->data().selected.isEmpty());
        const Review before = onDisk(path);
        w.studyTable()->setFocus();
        QTest::keyClick(w.studyTable(), Qt::Key_C);
        QCOMPARE(onDisk(path).stances, before.stances);
    }

    void deletingManyStudiesAsks()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto pressDelete = [&w] { // as the reviewer does: in the table, the window active (a question may have been)
            w.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            w.studyTable()->setFocus();
            QTest::keyClick(w.studyTable(), Qt::Key_Delete);
        };
        w.studyTable()->selectAll();
        { // all 13: asked first; "Cancel" deletes nothing
            const OnNextPopup<QMessageBox> cancel([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
            pressDelete();
            QVERIFY(cancel.ran());
            QCOMPARE(onDisk(path).studies.size(), 13);
        }
        {
            const OnNextPopup<QMessageBox> yes([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            pressDelete();
            QVERIFY(yes.ran());
            QCOMPARE(onDisk(path).studies.size(), 0);
        }
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).studies.size(), 13);
        select(w, {0}); // one study: no question
        pressDelete();
        QCOMPARE(onDisk(path).studies.size(), 12);
    }

    void outputsNeverOverwriteTheOpenReview()
    {
        const QString path = example(QStringLiteral("bcg"));
        const QByteArray before = hashOf(path);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.writeReportTo(path));
        QVERIFY(!w.exportStudiesTo(path));
        QCOMPARE(errors.count(), 2);
        QCOMPARE(hashOf(path), before);
        QCOMPARE(onDisk(path).studies.size(), 13);
        // nor over another review, recognised by its content whatever its name
        const QString renamed = m_dir.filePath(QStringLiteral("looks-like.svg"));
        QVERIFY(QFile::copy(example(QStringLiteral("hypertrophy")), renamed));
        const QByteArray other = hashOf(renamed);
        QVERIFY(!w.exportStudiesTo(renamed));
        QCOMPARE(hashOf(renamed), other);
    }

    void longTextIsReadWhole()
    {
        // the review question's fields wrap and grow with their text, the refinement history shows every reason
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("hypertrophy"))));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReviewInfo info = w.document()->review().info;
        info.population = QStringLiteral("Recreationally trained adults aged 18 to 45 who have lifted weights at least "
                                         "twice a week for a year");
        w.document()->setInfo(info);
        QPlainTextEdit *population = nullptr;
        for (QPlainTextEdit *e : w.claimPanel()->findChildren<QPlainTextEdit *>())
            if (e->toPlainText() == info.population)
                population = e;
        QVERIFY(population);
        QTRY_VERIFY(population->height() >= 3 * population->fontMetrics().lineSpacing()); // wrapped, not cut
        auto *history = w.claimPanel()->findChild<QListWidget *>();
        QVERIFY(history);
        const Claim *c = w.document()->currentClaim();
        bool found = false;
        for (int i = 0; i < history->count(); ++i)
            found = found || history->item(i)->text().contains(c->refinements.last().rationale);
        QVERIFY(found); // the reason in full, not elided in a narrow column
    }

    void detailsShowTheAbstract()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        Study s = w.document()->review().studies.first();
        s.extra.insert(QStringLiteral("abstract"),
                       QStringLiteral("Background: <b>BCG</b> trials.\nMethods: 191,827 children."));
        w.document()->editStudy(s);
        select(w, {0});
        const QString details = w.detailsText();
        QVERIFY2(details.contains(QStringLiteral("Background: <b>BCG</b> trials.")),
                 qPrintable(details)); // text, not markup
        QVERIFY(details.contains(QStringLiteral("191,827 children")));
        QVERIFY(details.contains(s.title));
        select(w, {0, 1}); // several: no single study to show
        QVERIFY(w.detailsText().isEmpty());
        // the editor shows and edits it too
        StudyDialog *d = w.editStudy(s.id);
        QVERIFY(d);
        QVERIFY(d->study().extra.value(QStringLiteral("abstract")).toString().contains(QStringLiteral("191,827")));
        d->reject();
    }

    void mechanismTextIsNeverLost()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
        const QString path = example(QStringLiteral("bcg")); // a claim without mechanisms
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        MechanismEditor *m = w.mechanismEditor();
        QVERIFY(w.document()->mechanisms().isEmpty());
        // typed before any mechanism exists, then "Add alternative": the text is the most probable mechanism
        m->summaryEdit()->setFocus();
        m->summaryEdit()->setPlainText(QStringLiteral("Trained immunity primes macrophages."));
        m->addAlternative();
        const QList<Mechanism> list = onDisk(path).mechanisms.value(w.document()->currentClaimId());
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].mostProbable);
        QCOMPARE(list[0].summary, QStringLiteral("Trained immunity primes macrophages."));
        // a summary typed and then a step added: both kept; editing the new step closes cleanly
        m->selectMechanism(0);
        m->summaryEdit()->setPlainText(QStringLiteral("Trained immunity primes monocytes."));
        m->addStep();
        auto *steps = m->findChildren<QListWidget *>().last();
        QListWidgetItem *step = steps->item(steps->count() - 1);
        QVERIFY(step);
        step->setText(QStringLiteral("BCG reaches the bone marrow."));
        QApplication::processEvents();
        QTRY_COMPARE(onDisk(path).mechanisms.value(w.document()->currentClaimId()).first().steps,
                     QStringList {QStringLiteral("BCG reaches the bone marrow.")});
        QCOMPARE(onDisk(path).mechanisms.value(w.document()->currentClaimId()).first().summary,
                 QStringLiteral("Trained immunity primes monocytes."));
    }

    void tagByContextMenu()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        select(w, {1, 2, 3}); // bulk tagging of a multi-selection
        const QList<qint64> ids = w.selectedStudies();
        QCOMPARE(ids.size(), 3);
        bool triggered = false;
        const OnNextMenu tag([&](QMenu *menu) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *a : actions)
                if (a->text() == tr("Tag as %1").arg(stanceName(Stance::Contradicting))) {
                    a->trigger();
                    triggered = true;
                }
        });
        emit w.studyTable()->customContextMenuRequested(QPoint(10, 10));
        QVERIFY(tag.ran());
        QVERIFY(triggered);
        const Review r = onDisk(path);
        for (qint64 id : ids)
            QCOMPARE(r.stance(w.document()->currentClaimId(), id), Stance::Contradicting);
        QVERIFY(w.countsText().contains(QStringLiteral("Contradicting (3)")));
        w.document()->undoStack()->undo(); // one command for the whole selection
        QVERIFY(w.countsText().contains(QStringLiteral("Contradicting (0)")));
    }

    void editStudyChangesAnalysis()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        const double before = w.runner()->result()->analysis.fit.estimate;
        const qint64 id = idAt(w, 0);
        StudyDialog *dialog = w.editStudy(id);
        QVERIFY(dialog);
        dialog->dataField(QStringLiteral("ai"))->setText(QStringLiteral("-3")); // validation as you type
        QVERIFY(!dialog->problem().isEmpty());
        dialog->dataField(QStringLiteral("ai"))->setText(QStringLiteral("40"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        QVERIFY(dialog->effectText().startsWith(QStringLiteral("RR = ")));
        dialog->accept();
        QCOMPARE(firstData(onDisk(path)).ai, 40.0);
        QVERIFY(analysed(w));
        const double after = w.runner()->result()->analysis.fit.estimate;
        QVERIFY(std::abs(after - before) > 1e-3);
        w.document()->undoStack()->undo();
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.estimate, before);
        QCOMPARE(firstData(onDisk(path)).ai, 4.0);
    }

    void addAStudyByHand()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        const qsizetype before = onDisk(path).studies.size();
        StudyDialog *dialog = w.addStudy();
        QVERIFY(dialog);
        QVERIFY(dialog->dataField(QStringLiteral("ai")));
        const QStringList values {QStringLiteral("7"), QStringLiteral("993"), QStringLiteral("15"),
                                  QStringLiteral("985")};
        const QStringList columns {QStringLiteral("ai"), QStringLiteral("bi"), QStringLiteral("ci"),
                                   QStringLiteral("di")};
        for (qsizetype i = 0; i < columns.size(); ++i)
            dialog->dataField(columns[i])->setText(values[i]);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->accept();
        const Review r = onDisk(path);
        QCOMPARE(r.studies.size(), before + 1);
        QCOMPARE(r.dataOf(r.claims.first().outcomeId, r.studies.last().id).ci, 15.0);
        QCOMPARE(w.selectedStudies(), QList<qint64> {r.studies.last().id});
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(before + 1));
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).studies.size(), before);
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(before));
    }

    void excludeStudyChangesAnalysis()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("bcg"))));
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(13));
        QAbstractItemModel *m = w.studyTable()->model();
        QVERIFY(m->setData(m->index(0, StudyTableModel::Included), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(12));
    }

    void plotClicksSelectAndExclude()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        PlotWidget *forest = w.synthesisPanel()->forest();
        QVERIFY(!forest->data().empty());
        const ForestPlot plot(forest->data());
        const qint64 id = plot.rows().at(2).studyId; // the third study row
        const std::optional<QPoint> where = forest->studyPosition(id);
        QVERIFY(where);
        const QPoint at = *where;
        QTest::mouseClick(forest, Qt::LeftButton, {}, at);
        QCOMPARE(w.selectedStudies(), QList<qint64> {id}); // the plot selects in the table
        QVERIFY(forest->data().selected.contains(id)); // and back: the selection is highlighted
        // the context menu on that study excludes it: the analysis and both plots update; undo brings it back
        const OnNextMenu exclude([](QMenu *menu) { menu->actions().first()->trigger(); });
        const OnNextPopup<QInputDialog> why([](QInputDialog *d) { // the reason, for the report
            d->setTextValue(QStringLiteral("wrong outcome"));
            d->accept();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, forest->mapToGlobal(at));
        QApplication::sendEvent(forest, &event);
        QVERIFY(exclude.ran());
        QVERIFY(why.ran());
        QVERIFY(!onDisk(path).studies.at(w.document()->studyIndex(id)).included);
        QCOMPARE(onDisk(path).studies.at(w.document()->studyIndex(id)).exclusionReason,
                 QStringLiteral("wrong outcome"));
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(12));
        QCOMPARE(forest->data().studies.size(), 12);
        QCOMPARE(w.synthesisPanel()->funnel()->data().studies.size(), 12);
        w.document()->undoStack()->undo();
        QVERIFY(analysed(w));
        QCOMPARE(forest->data().studies.size(), 13);
    }

    void gradeOverrideNeedsJustification()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        QCoreApplication::processEvents();
        CertaintyPanel *p = w.certaintyPanel();
        const Certainty before = p->assessment().certainty;
        QVERIFY(!p->judge(GradeDomain::Indirectness, -1, QString())); // no justification, no override
        QVERIFY(onDisk(path).grade.isEmpty());
        QVERIFY(p->judge(GradeDomain::LargeEffect, 0, QStringLiteral("Trials, not cohorts")));
        QVERIFY(p->judge(GradeDomain::RiskOfBias, 0, QStringLiteral("Allocation was concealed in the large trials")));
        const QList<GradeJudgement> stored = onDisk(path).grade.value(w.document()->currentClaimId());
        bool found = false;
        for (const GradeJudgement &j : stored)
            if (j.domain == QLatin1String("risk_of_bias")) {
                found = true;
                QCOMPARE(j.override, std::optional<int>(0));
                // the suggestion is kept beside the override: no study of the example has a quality score, so
                // risk of bias was "not assessed" (no downgrade) until the reviewer judged it
                QCOMPARE(j.suggested, 0);
                QVERIFY2(j.suggestionReason.contains(QLatin1String("risk_of_bias_not_assessed")),
                         qPrintable(j.suggestionReason));
                QCOMPARE(j.justification, QStringLiteral("Allocation was concealed in the large trials"));
            }
        QVERIFY(found);
        // latitude explains the heterogeneity: without both downgrades the certainty rises from very low
        QVERIFY(p->judge(GradeDomain::Inconsistency, 0, QStringLiteral("Explained by the trials' latitude")));
        QVERIFY(int(p->assessment().certainty) > int(before));
        p->setConclusion(QStringLiteral("BCG vaccination may reduce tuberculosis."));
        QCOMPARE(onDisk(path).conclusions.value(w.document()->currentClaimId()),
                 QStringLiteral("BCG vaccination may reduce tuberculosis."));
        for (int i = 0; i < 4; ++i)
            w.document()->undoStack()->undo();
        QCOMPARE(p->assessment().domains.at(0).override, std::nullopt);
        QCOMPARE(p->assessment().certainty, before);
    }

    void goldStandardEditing()
    {
        const QString path = example(QStringLiteral("hypertrophy"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        GoldStandardPanel *g = w.goldStandardPanel();
        const qint64 claim = w.document()->currentClaimId();
        g->propose();
        QList<GoldStandardItem> items = onDisk(path).goldStandard.value(claim);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.first().design, Design::SystematicReview);
        QCOMPARE(items.at(1).population, QStringLiteral("Recreationally trained adults who train casually"));
        g->table()->setCurrentCell(2, 1);
        g->moveItem(-1);
        items = onDisk(path).goldStandard.value(claim);
        QCOMPARE(items.at(1).design, Design::Cohort);
        g->table()->item(0, 1)->setText(QStringLiteral("Pooled individual participant data")); // the notes column
        QCOMPARE(onDisk(path).goldStandard.value(claim).first().notes,
                 QStringLiteral("Pooled individual participant data"));
        // text that looks like markup is shown as written in its tooltip, not as rich text
        g->table()->item(0, 1)->setText(QStringLiteral("<b>dose</b> < 5 mg"));
        QTRY_COMPARE(g->table()->item(0, 1)->text(), QStringLiteral("<b>dose</b> < 5 mg"));
        QVERIFY2(g->table()->item(0, 1)->toolTip().contains(QStringLiteral("&lt;b&gt;dose&lt;/b&gt; &lt; 5 mg")),
                 qPrintable(g->table()->item(0, 1)->toolTip()));
        g->table()->item(0, 1)->setText(QStringLiteral("Pooled individual participant data"));
        g->table()->setCurrentCell(0, 1);
        g->removeItem();
        QCOMPARE(onDisk(path).goldStandard.value(claim).size(), 2);
        g->addItem();
        QCOMPARE(onDisk(path).goldStandard.value(claim).size(), 3);
        for (int i = 0; i < 7; ++i) // the five edits and the two notes above
            w.document()->undoStack()->undo();
        QVERIFY(onDisk(path).goldStandard.value(claim).isEmpty());
    }

    void saveACopy()
    {
        const QString path = example(QStringLiteral("hypertrophy"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        w.document()->tagStudies({w.document()->review().studies.first().id}, Stance::Neutral);
        const QString copy = m_dir.filePath(QStringLiteral("copy-of-demo.evidence"));
        QVERIFY(w.saveCopyTo(copy));
        const Review a = onDisk(path), b = onDisk(copy);
        QCOMPARE(b.info, a.info);
        QCOMPARE(b.claims.size(), a.claims.size());
        QCOMPARE(b.claims.first(), a.claims.first());
        QCOMPARE(b.studies, a.studies);
        QCOMPARE(b.stances, a.stances);
        QCOMPARE(b.mechanisms.value(b.claims.first().id), a.mechanisms.value(a.claims.first().id));
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.saveCopyTo(copy)); // never over an existing file
        QCOMPARE(errors.size(), 1);
    }

    void exportReportFromTheWindow()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("bcg"))));
        const QString pdf = m_dir.filePath(QStringLiteral("window-report.pdf"));
        QVERIFY(w.writeReportTo(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void summaryOfFindingsTab()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        SummaryOfFindingsPanel *p = w.summaryOfFindingsPanel();
        QVERIFY(p);
        QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(p)), QStringLiteral("Summary of findings"));
        showTab(w, p);
        QTRY_VERIFY(!p->rows().isEmpty()); // computed off the GUI thread once shown
        // the table shows what the core computes, a row per claim, each cell as the core words it
        const QList<SofRow> expected = summaryOfFindings(w.document()->review());
        const QList<SofColumn> columns = allSofColumns();
        QCOMPARE(p->table()->rowCount(), int(expected.size()));
        QCOMPARE(p->table()->columnCount(), int(columns.size()));
        for (int r = 0; r < expected.size(); ++r)
            for (int c = 0; c < columns.size(); ++c)
                QVERIFY2(p->table()->item(r, c)->text().startsWith(sofCellText(expected[r], columns[c])),
                         qPrintable(p->table()->item(r, c)->text()));
        QCOMPARE(expected.first().effect, SofEffect::Risk);
        QVERIFY(p->footnotes()->text().contains(sofExplanation().toHtmlEscaped()));
        // an edit of the review reaches the table
        w.document()->setIncluded({w.document()->review().studies.first().id}, false);
        QTRY_COMPARE(p->rows().first().studies, expected.first().studies - 1);
        // the risk with the comparator is the median until the reviewer sets it: one undo step, written at once
        p->table()->selectRow(0);
        auto *risk = p->findChild<QDoubleSpinBox *>(QStringLiteral("assumedRisk"));
        QVERIFY(risk && risk->isEnabled());
        const double median = p->rows().first().medianRisk;
        QCOMPARE(risk->value(), std::round(median * 10000) / 10); // per 1,000, one decimal
        const int undoSteps = w.document()->undoStack()->count();
        const double typed = 150; // per 1,000
        risk->setValue(typed);
        QCOMPARE(w.document()->undoStack()->count(), undoSteps + 1);
        const qint64 claim = p->rows().first().claimId;
        QCOMPARE(onDisk(path).claim(claim)->assumedRisk, typed / 1000);
        QTRY_VERIFY(p->rows().first().assumedRiskByReviewer);
        QCOMPARE(p->rows().first().assumedRisk, typed / 1000);
        QVERIFY(p->table()->item(0, 4)->text().contains(QStringLiteral("150")));
        auto *useMedian = p->findChild<QPushButton *>(QStringLiteral("useMedianRisk"));
        QVERIFY(useMedian && useMedian->isEnabled());
        w.document()->undoStack()->undo();
        QVERIFY(std::isnan(onDisk(path).claim(claim)->assumedRisk));
        QTRY_VERIFY(!p->rows().first().assumedRiskByReviewer);
        w.document()->undoStack()->redo();
        QTRY_VERIFY(p->rows().first().assumedRiskByReviewer);
        p->table()->selectRow(0);
        useMedian->click();
        QVERIFY(std::isnan(onDisk(path).claim(claim)->assumedRisk));
        QTRY_VERIFY(!p->rows().first().assumedRiskByReviewer);
        // exported from the window as CSV (stable codes) and HTML; never over the review
        const QString csv = m_dir.filePath(QStringLiteral("window-sof.csv"));
        QVERIFY(w.exportSummaryOfFindingsTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("claim_id,claim,"));
        const QString html = m_dir.filePath(QStringLiteral("window-sof.html"));
        QVERIFY(w.exportSummaryOfFindingsTo(html));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        QVERIFY(h.readAll().contains("<table"));
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.exportSummaryOfFindingsTo(path));
        QCOMPARE(errors.size(), 1);
    }

    void refineClaim()
    {
        const QString path = example(QStringLiteral("hypertrophy"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        const qint64 claim = w.document()->currentClaimId();
        const int versions = int(w.document()->currentClaim()->refinements.size());
        w.claimPanel()->refine();
        auto *dialog = w.claimPanel()->findChild<RefineDialog *>();
        QVERIFY(dialog);
        dialog->textEdit()->setPlainText(QStringLiteral(
            "In recreationally trained adults, light and heavy loads to failure give similar hypertrophy."));
        QVERIFY(
            !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled()); // rationale required
        dialog->rationaleEdit()->setPlainText(QStringLiteral("Strength outcomes differ; hypertrophy does not."));
        dialog->accept();
        QCOMPARE(w.document()->currentClaim()->currentText(),
                 QStringLiteral(
                     "In recreationally trained adults, light and heavy loads to failure give similar hypertrophy."));
        const Claim stored = *onDisk(path).claim(claim);
        QCOMPARE(stored.refinements.size(), versions + 1);
        QCOMPARE(stored.refinements.last().rationale,
                 QStringLiteral("Strength outcomes differ; hypertrophy does not."));
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).claim(claim)->refinements.size(), versions);
        w.document()->undoStack()->redo();
        QCOMPARE(onDisk(path).claim(claim)->refinements.size(), versions + 1);
    }

    void assertionDrivesSuggestedStance()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QAbstractItemModel *m = w.studyTable()->model();
        // the table shows what the analysis says of each study, once the analysis of the review as it is now is in
        auto suggestion = [&](int row) { return m->index(row, StudyTableModel::Suggested).data().toString(); };
        QVERIFY(analysed(w));
        QCOMPARE(suggestion(1), stanceName(Stance::Supporting)); // Ferguson & Simes: RR 0.20 [0.09, 0.49]
        Claim c = *w.document()->currentClaim();
        c.assertion = Assertion::Increases; // the opposite claim: the same trial now contradicts it
        w.document()->editClaim(c);
        QVERIFY(analysed(w));
        QVERIFY(suggestion(1).endsWith(stanceName(Stance::Contradicting)));
        QVERIFY(suggestion(1).startsWith(QStringLiteral("\u26a0"))); // and disagrees with its tag
        QCOMPARE(onDisk(path).claims.first().assertion, Assertion::Increases);
        c.assertion = Assertion::NoDifference;
        c.equivalenceMargin = 0.15;
        w.document()->editClaim(c);
        QVERIFY(analysed(w));
        QCOMPARE(suggestion(7),
                 QStringLiteral("\u26a0 ")
                     + stanceName(Stance::Supporting)); // tagged neutral; TPT Madras: RR 1.01 [0.89, 1.14] log CI
                                                        // [-0.117, 0.131] within +-0.15
        QCOMPARE(onDisk(path).claims.first().equivalenceMargin, 0.15);
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).claims.first().assertion, Assertion::Decreases);
    }

    void minimalImportantDifferenceForEveryClaim()
    {
        // issue 14: every claim has a minimal important difference, shown whatever it asserts; at 0 the measure's
        // default (the core's words) reads as the box's value; an edit is one undoable step written at once
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(analysed(w));
        QDoubleSpinBox *box = w.claimPanel()->marginBox();
        QCOMPARE(w.document()->currentClaim()->assertion, Assertion::Decreases);
        QVERIFY(box->isVisible() && box->isEnabled());
        QCOMPARE(box->value(), box->minimum());
        const synth::Measure measure
            = effectiveSettings(w.document()->review(), w.document()->currentClaimId()).measure;
        QVERIFY2(box->specialValueText().contains(thresholdText(defaultThreshold(measure), measure, true)),
                 qPrintable(box->specialValueText()));
        box->setValue(0.3);
        QMetaObject::invokeMethod(box, "editingFinished");
        QCOMPARE(onDisk(path).claims.first().equivalenceMargin, 0.3);
        QCOMPARE(onDisk(path).claims.first().assertion, Assertion::Decreases);
        w.document()->undoStack()->undo();
        QVERIFY(std::isnan(onDisk(path).claims.first().equivalenceMargin));
        QCOMPARE(box->value(), box->minimum());
    }

    void openingAnotherReviewFreesTheOld()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("bcg"))));
        const QPointer<QObject> filter = w.filterModel(), runner = w.runner(), doc = w.document(),
                                table = w.studyTable(), panel = w.synthesisPanel();
        QVERIFY(filter && runner && doc && table && panel);
        QVERIFY(w.openFile(example(QStringLiteral("hypertrophy"))));
        // the old review's views, models, runner and document are gone, not parked until the window closes
        QVERIFY(!filter && !runner && !doc && !table && !panel);
        QVERIFY(analysed(w));
    }

    void newClaimsFollowThePreferences()
    {
        QSettings().setValue(QStringLiteral("defaults/measure"), QStringLiteral("OR"));
        QSettings().setValue(QStringLiteral("defaults/method"), QStringLiteral("DL"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(example(QStringLiteral("bcg"))));
        w.document()->addClaim(QStringLiteral("BCG vaccination has side effects."), Assertion::Unspecified);
        QCOMPARE(w.document()->settings().measure, synth::Measure::OR);
        QCOMPARE(w.document()->settings().method, synth::Method::DL);
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.method, synth::Method::DL);
        QSettings().remove(QStringLiteral("defaults"));
    }

    void reorderMechanismStep()
    {
        const QString path = example(QStringLiteral("hypertrophy"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        MechanismEditor *e = w.mechanismEditor();
        e->selectMechanism(0);
        e->selectStep(0);
        const QStringList before = w.document()->mechanisms().first().steps;
        QCOMPARE(before.size(), 4);
        e->moveStep(1);
        QStringList expected = before;
        expected.move(0, 1);
        QCOMPARE(w.document()->mechanisms().first().steps, expected);
        const qint64 claim = w.document()->currentClaimId();
        QCOMPARE(onDisk(path).mechanisms.value(claim).first().steps, expected);
        QCOMPARE(e->currentStep(), 1); // the moved step stays selected
        // an alternative promoted to most probable comes first
        e->selectMechanism(2);
        e->promote();
        QVERIFY(w.document()->mechanisms().first().mostProbable);
        QCOMPARE(w.document()->mechanisms().first().steps.first(),
                 QStringLiteral("Eccentric-overload techniques generate higher resistive forces during muscle "
                                "lengthening than traditional isotonic loads."));
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).mechanisms.value(claim).first().steps, before);
    }

    void dataGridTypesLikeASpreadsheet()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        DataGridPanel *panel = w.dataGrid();
        QVERIFY(panel);
        showTab(w, panel);
        DataGridView *view = panel->view();
        DataGridModel *model = panel->model();
        // the columns of a dichotomous outcome in words, escalc's names as tooltips
        QCOMPARE(model->headerData(DataGridModel::kFirstDataColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Events\n(intervention)"));
        QVERIFY(model->headerData(DataGridModel::kFirstDataColumn + 1, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("n1i")));
        const qint64 first = model->index(0, 0).data(DataGridModel::StudyIdRole).toLongLong();
        const qint64 outcome = onDisk(path).claims.first().outcomeId;
        QCOMPARE(onDisk(path).dataOf(outcome, first).ai, 4.0);
        QVERIFY(!model->index(0, model->effectColumn()).data().toString().isEmpty()); // the row's effect and CI
        // typing a number starts editing; Enter commits it and moves down, as in a spreadsheet
        view->setFocus();
        view->setCurrentIndex(model->index(0, DataGridModel::kFirstDataColumn));
        QTest::keyClicks(view, QStringLiteral("7"));
        QLineEdit *editor = view->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(
            model->index(0, DataGridModel::kFirstDataColumn))); // the delegate commits after the key (queued)
        QCOMPARE(onDisk(path).dataOf(outcome, first).ai, 7.0);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(view->currentIndex().column(), DataGridModel::kFirstDataColumn);
        // Tab moves right
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentIndex().column(), DataGridModel::kFirstDataColumn + 1);
        // a value the engine refuses (more events than participants) is not written, and the message says why
        view->setCurrentIndex(model->index(0, DataGridModel::kFirstDataColumn));
        QTest::keyClicks(view, QStringLiteral("9")); // opens the editor with the key
        editor = view->findChild<QLineEdit *>();
        QVERIFY(editor);
        QVERIFY(panel->message().isEmpty()); // 9 events of 123: fine so far
        QTest::keyClicks(editor, QStringLiteral("00"));
        QCOMPARE(editor->text(), QStringLiteral("900"));
        QVERIFY2(!panel->message().isEmpty(), "the message is in view as the value is typed");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(
            model->index(0, DataGridModel::kFirstDataColumn))); // the delegate commits after the key (queued)
        QCOMPARE(onDisk(path).dataOf(outcome, first).ai, 7.0);
        QVERIFY2(panel->message().contains(QStringLiteral("Events (intervention)")), qPrintable(panel->message()));
        // undo and redo of the typed value
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).dataOf(outcome, first).ai, 4.0);
        QCOMPARE(model->index(0, DataGridModel::kFirstDataColumn).data().toString(), QStringLiteral("4"));
        w.document()->undoStack()->redo();
        QCOMPARE(onDisk(path).dataOf(outcome, first).ai, 7.0);
    }

    void riskOfBiasFormAppraisesByKeyboard()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        RiskOfBiasPanel *panel = w.riskOfBias();
        QVERIFY(panel);
        showTab(w, panel);
        const Review before = onDisk(path);
        const qint64 outcome = before.claims.first().outcomeId;
        const qint64 first = before.studies.first().id;
        QVERIFY(before.risk.isEmpty());
        panel->selectStudy(first);
        QCOMPARE(panel->currentStudy(), first);
        // the design's tool (a trial of unrecorded design: RoB 2), five domains and the overall judgement
        QCOMPARE(panel->toolBox()->currentText(), QStringLiteral("RoB 2"));
        QCOMPARE(panel->judgementBoxes().size(), 6);
        QCOMPARE(panel->plot()->kind(), PlotKind::RobTrafficLight);
        // a judgement by its first letter, as a combo box takes it: one undo step, in the file at once
        QComboBox *d1 = panel->judgementBoxes().first();
        d1->setFocus();
        QTest::keyClick(d1, Qt::Key_H);
        QCOMPARE(d1->currentText(), QStringLiteral("High"));
        QCOMPARE(onDisk(path).riskOfBias(outcome, first).domains.first(), RobJudgement::High);
        // its support text, written when the field is left
        QLineEdit *support = panel->supportEdits().first();
        support->setFocus();
        QTest::keyClicks(support, QStringLiteral("Allocation by alternation"));
        QTest::keyClick(support, Qt::Key_Tab);
        QCOMPARE(onDisk(path).riskOfBias(outcome, first).support.first(), QStringLiteral("Allocation by alternation"));
        // the synthesis reads it: the analysis' snapshot of the study has it, GRADE's risk of bias is assessed
        QTRY_VERIFY(w.runner()->currentResult() && w.runner()->currentResult()->study(first)
                    && w.runner()->currentResult()->study(first)->riskOverall() == RobJudgement::High);
        const auto result = w.runner()->currentResult();
        const GradeAssessment g = assessGrade(w.document()->review(), result->claimId, *result);
        QVERIFY(
            std::find_if(g.domains.begin(), g.domains.end(),
                         [](const DomainAssessment &x) { return x.domain == GradeDomain::RiskOfBias && x.assessable; })
            != g.domains.end());
        QVERIFY(canPlot(panel->plot()->data(), PlotKind::RobTrafficLight));
        // another tool: ROBINS-I's seven domains (one undo step that keeps nothing of RoB 2's)
        panel->toolBox()->setFocus();
        QTest::keyClick(panel->toolBox(), Qt::Key_Down);
        QCOMPARE(panel->toolBox()->currentText(), QStringLiteral("ROBINS-I"));
        QCOMPARE(panel->judgementBoxes().size(), 8);
        QCOMPARE(onDisk(path).riskOfBias(outcome, first).tool, RobTool::RobinsI);
        QCOMPARE(onDisk(path).riskOfBias(outcome, first).domains.first(), RobJudgement::NotAssessed);
        // undo, step by step, back to nothing recorded
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).riskOfBias(outcome, first).tool, RobTool::Rob2);
        QCOMPARE(panel->judgementBoxes().size(), 6);
        QCOMPARE(panel->supportEdits().first()->text(), QStringLiteral("Allocation by alternation"));
        w.document()->undoStack()->undo();
        QCOMPARE(onDisk(path).riskOfBias(outcome, first).support.first(), QString());
        w.document()->undoStack()->undo();
        QVERIFY(onDisk(path).risk.value(outcome).isEmpty());
        QCOMPARE(panel->judgementBoxes().first()->currentText(), QStringLiteral("Not assessed"));
    }

    void dataGridPastesBlocksWhole()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        showTab(w, w.dataGrid());
        DataGridView *view = w.dataGrid()->view();
        DataGridModel *model = w.dataGrid()->model();
        const Review before = onDisk(path);
        const qint64 outcome = before.claims.first().outcomeId;
        auto data = [&](const Review &r, int row) { return r.dataOf(outcome, r.studies[row].id); };
        const int steps = w.document()->undoStack()->count();
        // a block as a spreadsheet copies it (decimal point, CRLF rows): rows 2-3, events and totals
        QApplication::clipboard()->setText(QStringLiteral("10\t300\r\n20\t400\r\n"));
        view->setCurrentIndex(model->index(1, DataGridModel::kFirstDataColumn));
        QTest::keySequence(view, QKeySequence::Paste);
        Review after = onDisk(path);
        QCOMPARE(data(after, 1).ai, 10.0);
        QCOMPARE(data(after, 1).n1i, 300.0);
        QCOMPARE(data(after, 2).ai, 20.0);
        QCOMPARE(data(after, 2).n1i, 400.0);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1); // one undo step
        // a bad block changes nothing and names its first bad cell
        QApplication::clipboard()->setText(QStringLiteral("1\t100\n2\tabc\n"));
        view->setCurrentIndex(model->index(5, DataGridModel::kFirstDataColumn));
        QTest::keySequence(view, QKeySequence::Paste);
        QVERIFY2(w.dataGrid()->message().contains(QStringLiteral("Row 7")), qPrintable(w.dataGrid()->message()));
        QVERIFY(w.dataGrid()->message().contains(QStringLiteral("abc")));
        QVERIFY(sameData(data(onDisk(path), 5), data(after, 5)));
        QVERIFY(sameData(data(onDisk(path), 6), data(after, 6)));
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        // a block that runs past the grid is refused whole
        QApplication::clipboard()->setText(QStringLiteral("1\t2\t3\t4\t5\t6\n"));
        view->setCurrentIndex(model->index(0, DataGridModel::kFirstDataColumn));
        QTest::keySequence(view, QKeySequence::Paste);
        QVERIFY(w.dataGrid()->message().contains(QStringLiteral("does not fit")));
        // undo takes the whole paste back, redo puts it again
        w.document()->undoStack()->undo();
        QVERIFY(sameData(data(onDisk(path), 1), data(before, 1)));
        QVERIFY(sameData(data(onDisk(path), 2), data(before, 2)));
        w.document()->undoStack()->redo();
        QCOMPARE(data(onDisk(path), 2).n1i, 400.0);
        // copy out the same way
        view->selectionModel()->select(QItemSelection(model->index(1, DataGridModel::kFirstDataColumn),
                                                      model->index(2, DataGridModel::kFirstDataColumn + 1)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("10\t300\n20\t400\n"));
        // Delete empties the selected cells, as one undo step
        const int stepsBeforeDelete = w.document()->undoStack()->count();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(std::isnan(data(onDisk(path), 1).ai) && std::isnan(data(onDisk(path), 2).n1i));
        QCOMPARE(w.document()->undoStack()->count(), stepsBeforeDelete + 1);
        w.document()->undoStack()->undo();
        QCOMPARE(data(onDisk(path), 2).n1i, 400.0);
    }

    void dataGridConvertsReportedResults()
    {
        // a paper gives the intervention group's median and quartiles: the grid takes the estimated mean and SD,
        // and the study's notes say how they were estimated; one undo step takes both back
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        Outcome pain;
        pain.name = QStringLiteral("Pain");
        pain.type = OutcomeType::Continuous;
        const qint64 id = w.document()->addOutcome(pain);
        QVERIFY(id > 0);
        DataGridPanel *panel = w.dataGrid();
        showTab(w, panel);
        panel->outcomeBox()->setCurrentIndex(panel->outcomeBox()->findData(id));
        emit panel->outcomeBox()->activated(panel->outcomeBox()->currentIndex());
        QCOMPARE(panel->model()->outcomeId(), id);
        panel->view()->setCurrentIndex(panel->model()->index(2, DataGridModel::kFirstDataColumn));
        const qint64 study = panel->model()->index(2, 0).data(DataGridModel::StudyIdRole).toLongLong();
        const int steps = w.document()->undoStack()->count();
        ConversionDialog *dialog = panel->convert();
        QVERIFY(dialog);
        dialog->setKind(ConversionDialog::Kind::MedianIqr);
        dialog->setArm(true);
        const QStringList values {QStringLiteral("10"), QStringLiteral("8"), QStringLiteral("13"),
                                  QStringLiteral("50")};
        QCOMPARE(dialog->fields().size(), values.size());
        dialog->fields()[1]->setText(QStringLiteral("11")); // a first quartile above the median: nothing to use
        for (int i : {0, 2, 3})
            dialog->fields()[i]->setText(values[i]);
        QVERIFY(!dialog->valid());
        dialog->fields()[1]->setText(values[1]);
        QVERIFY2(dialog->valid(), qPrintable(dialog->shown()));
        const synth::MeanSd expected = synth::fromMedianIqr(8, 10, 13, 50);
        dialog->accept();
        const Review r = onDisk(path);
        const synth::StudyInput d = r.dataOf(id, study);
        QCOMPARE(d.m1i, expected.mean);
        QCOMPARE(d.sd1i, expected.sd);
        QCOMPARE(d.n1i, 50.0);
        QVERIFY(std::isnan(d.m2i)); // the other group is untouched
        const Study *s = w.document()->study(study);
        QVERIFY(s && s->notes.contains(QStringLiteral("Wan et al. 2014")));
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        w.document()->undoStack()->undo();
        QVERIFY(!onDisk(path).data.value(id).contains(study));
        QVERIFY(!w.document()->study(study)->notes.contains(QStringLiteral("Wan")));
    }

    void importPreviewShowsMatchesAndConflicts()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        const Review before = onDisk(path);
        const Study &aronson = before.studies.first();
        const qint64 outcome = before.claims.first().outcomeId;
        // a CSV with the first trial (same title and year) giving a different event count, and a new study
        const QString csv = m_dir.filePath(QStringLiteral("conflict.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("title,year,ai,n1i,ci,n2i\n\"%1\",%2,5,123,11,139\nA new trial,2020,3,50,6,50\n")
                    .arg(aronson.title)
                    .arg(aronson.year)
                    .toUtf8());
        f.close();
        bool shown = false, importEnabled = true;
        auto answer = [&](bool overwrite) {
            QTimer::singleShot(0, [&, overwrite] {
                auto *dialog = qobject_cast<ImportPreviewDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                shown = true;
                auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                importEnabled = ok->isEnabled(); // a conflict is not imported silently
                QVERIFY(dialog->summaryText().contains(QStringLiteral("1 new")));
                if (!overwrite) {
                    dialog->reject();
                    return;
                }
                dialog->findChild<QCheckBox *>()->setChecked(true);
                QVERIFY(ok->isEnabled());
                ok->click();
            });
        };
        answer(false);
        QVERIFY(!w.importFile(csv));
        QVERIFY(shown);
        QVERIFY(!importEnabled);
        QCOMPARE(onDisk(path).studies.size(), before.studies.size()); // cancelled: nothing
        shown = false;
        answer(true);
        QVERIFY(w.importFile(csv));
        QVERIFY(shown);
        const Review after = onDisk(path);
        QCOMPARE(after.studies.size(), before.studies.size() + 1);
        QCOMPARE(after.dataOf(outcome, aronson.id).ai, 5.0);
        w.document()->undoStack()->undo(); // the import is one step
        QCOMPARE(onDisk(path).studies.size(), before.studies.size());
        QVERIFY(sameData(onDisk(path).dataOf(outcome, aronson.id), before.dataOf(outcome, aronson.id)));
    }

    void twoOutcomesEachWithItsClaim()
    {
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        ReviewDocument *doc = w.document();
        const qint64 first = doc->currentClaimId();
        Outcome o;
        o.name = QStringLiteral("Deaths");
        o.type = OutcomeType::Dichotomous;
        const qint64 deaths = doc->addOutcome(o);
        QVERIFY(deaths > 0);
        QHash<qint64, synth::StudyInput> data;
        for (int i = 0; i < 4; ++i) {
            synth::StudyInput d;
            d.ai = 2 + i;
            d.n1i = 100;
            d.ci = 6 + i;
            d.n2i = 100;
            data.insert(doc->review().studies[i].id, d);
        }
        QVERIFY(doc->setOutcomeData(deaths, data, QStringLiteral("deaths")));
        const qint64 second = doc->addClaim(QStringLiteral("BCG reduces deaths."), Assertion::Decreases);
        QCOMPARE(doc->currentClaim()->outcomeId, doc->review().claims.first().outcomeId); // the outcome in view
        doc->setClaimOutcome(second, deaths);
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(4)); // the second claim reads its outcome's data
        doc->setCurrentClaim(first);
        QVERIFY(analysed(w));
        QCOMPARE(w.runner()->result()->analysis.fit.k, std::size_t(13));
        // the claim panel says which outcome the claim is about, and switches it
        QCOMPARE(w.claimPanel()->outcomeBox()->currentText(), QStringLiteral("Tuberculosis cases"));
        // the report names each claim with its outcome
        const QString pdf = m_dir.filePath(QStringLiteral("two-outcomes.pdf"));
        QString error;
        QVERIFY2(writeReport(onDisk(path), first, pdf, error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Claims of this review")), qPrintable(out.left(2000)));
        QVERIFY(out.contains(QStringLiteral("BCG reduces deaths.")) && out.contains(QStringLiteral("Deaths")));
        QVERIFY(out.contains(QStringLiteral("Tuberculosis cases")));
        // and the other claim in full: its own section with its synthesis, forest plot and certainty
        QVERIFY2(out.contains(QStringLiteral("7. The review's other claims")), qPrintable(out.left(3000)));
        QVERIFY2(out.count(QStringLiteral("Forest plot")) >= 2, qPrintable(out.right(3000)));
        QVERIFY2(out.contains(QStringLiteral("; pooled RR")) && out.contains(QStringLiteral("4 stud")),
                 qPrintable(out.right(2500)));
        QVERIFY(out.contains(QStringLiteral("8. Methods")) && out.contains(QStringLiteral("9. Appendix")));
        QVERIFY2(out.contains(QStringLiteral("uncertain about the")) && out.contains(QStringLiteral(" on deaths.")),
                 qPrintable(out.right(2500))); // its own outcome ("effect" may come out of pdftotext as a ligature)
    }

    void importByAction()
    {
        const QString path = example(QStringLiteral("hypertrophy"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        const QString csv = QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/import/studies.csv");
        w.importAction()->trigger(); // opens the file dialog, window-modal
        auto *dialog = w.findChild<QFileDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->selectFile(csv); // as the reviewer would pick it
        QMetaObject::invokeMethod(dialog, "accept");
        QCOMPARE(w.document()->review().studies.size(), 8);
        QCOMPARE(onDisk(path).studies.size(), 8);
        QVERIFY(w.countsText().startsWith(QStringLiteral("Supporting (5) \u00b7 Contradicting (3)")));
        w.document()->undoStack()->undo(); // the whole import is one step
        QCOMPARE(onDisk(path).studies.size(), 5);
        w.document()->undoStack()->redo();
        QCOMPARE(onDisk(path).studies.size(), 8);
        QVERIFY(analysed(w));
        // the same file again: every record a duplicate, each named with what it matched; the summary stays
        QVERIFY(w.importFile(csv));
        const QString summary = w.importSummary();
        QVERIFY2(summary.contains(QStringLiteral("Imported 0 new")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("3 record"))
                     && summary.contains(QStringLiteral("already in the review")),
                 qPrintable(summary));
        QCOMPARE(summary.count(QStringLiteral("Line ")), 3);
        for (const Study &s : onDisk(path).studies.mid(5))
            QVERIFY2(summary.contains(s.label()), qPrintable(s.label()));
        QTest::qWait(50);
        QVERIFY(!w.importSummary().isEmpty()); // no timeout takes it away
        auto *dismiss = w.findChild<QToolButton *>(QStringLiteral("dismissImportSummary"));
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(w.importSummary().isEmpty());
    }

    void badFileLeavesReviewUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("bad/csv") << QStringLiteral("csv_negative_sd.csv");
        QTest::newRow("bad/ris") << QStringLiteral("ris_bad_year.ris");
        QTest::newRow("bad/bib") << QStringLiteral("bib_unclosed_brace.bib");
    }

    void badFileLeavesReviewUnchanged()
    {
        QFETCH(QString, file);
        const QString path = example(QStringLiteral("bcg"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        const QByteArray before = hashOf(path);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.importFile(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/import/malformed/") + file));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(file + QLatin1Char(':')),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(w.document()->review().studies.size(), 13);
        QVERIFY(!w.document()->undoStack()->canUndo());
        QCOMPARE(hashOf(path), before);
    }

    void cancelledImportLeavesNothing()
    {
        const QString path = example(QStringLiteral("bcg"));
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("study,yi,vi\n");
        for (int i = 0; i < 4000; ++i)
            f.write(QStringLiteral("S%1,0.1,0.02\n").arg(i).toUtf8());
        f.close();
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QString error;
        QSignalSpy failures(w.document(), &ReviewDocument::writeFailed);
        QVERIFY(!w.document()->importFile(csv, error, nullptr, [](qsizetype done) { return done < 2000; }));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QCOMPARE(w.document()->review().studies.size(), 13);
        QCOMPARE(onDisk(path).studies.size(), 13);
        QVERIFY(!w.document()->undoStack()->canUndo()); // no step for an import that did not happen
        QCOMPARE(failures.size(), 0); // and a cancellation is not an error
        QVERIFY(w.document()->importFile(csv, error));
        QCOMPARE(onDisk(path).studies.size(), 13 + 4000);
        QVERIFY(w.document()->undoStack()->canUndo());
    }

    void cancelledReportLeavesNoFile()
    {
        QString error;
        const QString review = example(QStringLiteral("bcg"));
        Review r = onDisk(review);
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        ReportOptions options;
        options.progress = [](int page, int) { return page < 2; };
        QVERIFY(!writeReport(r, 0, pdf, error, options));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(pdf));
        // nor any temporary file beside it
        QVERIFY2(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.pdf*")}, QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(m_dir.path())
                                .entryList({QStringLiteral("cancelled.pdf*")}, QDir::Files | QDir::Hidden)
                                .join(QLatin1Char(' '))));
    }

    void openingAnythingElseShowsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.evidence"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a review");
        f.close();
        MainWindow w;
        w.show();
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.openFile(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!w.document());
        QCOMPARE(hashOf(path), QCryptographicHash::hash("not a review", QCryptographicHash::Sha256));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
