// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "analysisrunner.h"
#include "certaintypanel.h"
#include "claimpanel.h"
#include "compactwidgets.h"
#include "datagridpanel.h"
#include "goldstandardpanel.h"
#include "importpreviewdialog.h"
#include "mechanismeditor.h"
#include "preferencesdialog.h"
#include "report.h"
#include "reviewdocument.h"
#include "reviewfile.h"
#include "riskofbiaspanel.h"
#include "studydialog.h"
#include "studytablemodel.h"
#include "summaryoffindings.h"
#include "summaryoffindingspanel.h"
#include "synthesispanel.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <boost/version.hpp>

namespace evidencedesk {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setAcceptDrops(true);
    createActions();
    m_counts = new QLabel;
    statusBar()->addPermanentWidget(m_counts);
    setCentralWidget(new QLabel(tr("Open a review (File \u25b8 Open) or start a new one (File \u25b8 New).")));
    static_cast<QLabel *>(centralWidget())->setAlignment(Qt::AlignCenter);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // first start: roomy, but never larger than the screen (a laptop's 1366 x 768 included)
        const QRect screenArea = screen()->availableGeometry();
        resize(QSize(1580, 960).boundedTo(screenArea.size() * 0.95));
        move(screenArea.center() - rect().center());
    }
    updateTitle();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    releaseDocument(); // the runner waits for a running analysis before the document goes
}

QAction *MainWindow::tagAction(Stance stance) const
{
    for (QAction *a : m_tagActions)
        if (a->data().toInt() == int(stance))
            return a;
    return nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New\u2026"), QKeySequence::New, this, &MainWindow::newReview);
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recent = file->addMenu(tr("Open &Recent"));
    m_saveCopy = file->addAction(tr("Save a &Copy\u2026"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    file->addSeparator();
    m_importAction
        = file->addAction(tr("&Import Studies\u2026"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    m_exportAction = file->addAction(tr("&Export Studies\u2026"), this, &MainWindow::exportStudies);
    m_reportAction = file->addAction(tr("Export &Report\u2026"), this, &MainWindow::exportReport);
    m_sofAction = file->addAction(tr("Export Summary of &Findings\u2026"), this, &MainWindow::exportSummaryOfFindings);
    file->addSeparator();
    m_close = file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeReview);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_redo = edit->addAction(tr("&Redo"));
    setUndoShortcuts(true);
    // while a text field has the focus, Ctrl+Z undoes typing there: the menu then says its undo is the review's
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { setUndoShortcuts(!isTextInput(now)); });
    edit->addSeparator();
    const QList<QPair<Stance, QString>> tags {{Stance::Supporting, tr("S")},
                                              {Stance::Contradicting, tr("C")},
                                              {Stance::Neutral, tr("N")},
                                              {Stance::Untagged, tr("U")}};
    for (const auto &[stance, key] : tags) {
        auto *a = new QAction(stance == Stance::Untagged ? tr("Remove Tag") : tr("Tag as %1").arg(stanceName(stance)),
                              this);
        a->setShortcut(QKeySequence(key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // keys act on the studies table
        a->setData(int(stance));
        connect(a, &QAction::triggered, this, [this, stance] {
            if (m_doc)
                m_doc->tagStudies(selectedStudies(), stance);
        });
        edit->addAction(a);
        m_tagActions.append(a);
    }
    edit->addSeparator();
    m_editStudy = edit->addAction(tr("Edit &Study\u2026"), this, [this] {
        if (!selectedStudies().isEmpty())
            editStudy(selectedStudies().first());
    });
    m_editStudy->setShortcut(QKeySequence(Qt::Key_Return));
    m_editStudy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addStudy
        = edit->addAction(tr("&Add Study\u2026"), QKeySequence(tr("Ctrl+Shift+N")), this, [this] { addStudy(); });
    m_deleteStudies = edit->addAction(tr("&Delete Studies"), this, &MainWindow::deleteSelectedStudies);
    m_deleteStudies->setShortcut(QKeySequence::Delete);
    m_deleteStudies->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences\u2026"), this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            if (m_doc)
                emit m_doc->analysisInputsChanged(); // claims without settings follow the new defaults
        });
        dialog->open();
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EvidenceDesk"), this, &MainWindow::about);
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    auto doc = ReviewDocument::open(path, error);
    if (!doc) {
        showError(tr("Cannot open the review"), error);
        return false;
    }
    setDocument(std::move(doc));
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
    updateRecentMenu();
    return true;
}

void MainWindow::setDocument(std::unique_ptr<ReviewDocument> doc)
{
    releaseDocument();
    m_doc = std::move(doc);
    if (!m_doc) {
        auto *hint = new QLabel(tr("Open a review (File \u25b8 Open) or start a new one (File \u25b8 New)."));
        hint->setAlignment(Qt::AlignCenter);
        setCentralWidget(hint);
        updateTitle();
        updateCounts();
        return;
    }
    connectUndo();
    connect(m_doc.get(), &ReviewDocument::writeFailed, this, [this](const QString &message) {
        showError(tr("The change was not saved"), tr("Writing the review file failed: %1").arg(message));
    });
    // the models, the runner and every pane belong to this document and go with it (releaseDocument)
    m_runner = new AnalysisRunner(m_doc.get());
    m_model = new StudyTableModel(m_doc.get());
    m_filter = new StudyFilterModel;
    m_filter->setSourceModel(m_model);
    connect(m_runner, &AnalysisRunner::finished, m_model, &StudyTableModel::setAnalysis);
    buildPanes();
    connect(m_doc.get(), &ReviewDocument::studiesChanged, this, &MainWindow::updateCounts);
    connect(m_doc.get(), &ReviewDocument::currentClaimChanged, this, &MainWindow::updateCounts);
    connect(m_doc.get(), &ReviewDocument::studiesReset, this, &MainWindow::updateCounts);
    connect(m_doc.get(), &ReviewDocument::infoChanged, this, &MainWindow::updateTitle);
    updateTitle();
    updateCounts();
    m_runner->runNow();
}

void MainWindow::releaseDocument()
{
    // the views first (now, not later: they refer to the models and the document), then the models, the
    // runner (it waits for a running analysis) and the document itself
    delete takeCentralWidget();
    delete m_filter;
    delete m_model;
    delete m_runner;
    m_filter = nullptr;
    m_model = nullptr;
    m_runner = nullptr;
    m_table = nullptr;
    m_details = nullptr;
    m_summaryBar = nullptr;
    m_summaryText = nullptr;
    m_undo->disconnect();
    m_redo->disconnect();
    m_doc.reset();
}

void MainWindow::connectUndo()
{
    QUndoStack *undo = m_doc->undoStack();
    connect(m_undo, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    updateUndoTexts();
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

QWidget *MainWindow::buildStudiesPane()
{
    auto *studies = new QWidget;
    auto *sl = new QVBoxLayout(studies);
    auto *filters = new QGridLayout; // the search on a row of its own: a narrow pane shows every filter whole
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("studyFilter"));
    m_search->setPlaceholderText(tr("Filter by author, title or year"));
    m_search->setClearButtonEnabled(true);
    m_designFilter = new QComboBox;
    m_designFilter->addItem(tr("All designs"), -1);
    for (Design d : allDesigns())
        m_designFilter->addItem(designName(d), int(d));
    m_stanceFilter = new QComboBox;
    m_stanceFilter->addItem(tr("All stances"), -1);
    for (Stance s : {Stance::Supporting, Stance::Contradicting, Stance::Neutral, Stance::Untagged})
        m_stanceFilter->addItem(stanceName(s), int(s));
    m_includedOnly = new QCheckBox(tr("Included only"));
    allowNarrow(m_designFilter);
    allowNarrow(m_stanceFilter);
    filters->addWidget(m_search, 0, 0, 1, 3);
    filters->addWidget(m_designFilter, 1, 0);
    filters->addWidget(m_stanceFilter, 1, 1);
    filters->addWidget(m_includedOnly, 1, 2);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    sl->addLayout(filters);
    // what the last import did, until dismissed
    m_summaryBar = new QFrame;
    m_summaryBar->setFrameShape(QFrame::StyledPanel);
    m_summaryBar->setObjectName(QStringLiteral("importSummary"));
    auto *bar = new QHBoxLayout(m_summaryBar);
    m_summaryText = new QPlainTextEdit;
    m_summaryText->setReadOnly(true);
    m_summaryText->setMaximumHeight(90);
    m_summaryText->setFrameShape(QFrame::NoFrame);
    auto *dismiss = new QToolButton;
    dismiss->setText(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("dismissImportSummary"));
    connect(dismiss, &QToolButton::clicked, this, [this] { showImportSummary(QString()); });
    bar->addWidget(m_summaryText, 1);
    bar->addWidget(dismiss, 0, Qt::AlignTop);
    m_summaryBar->hide();
    sl->addWidget(m_summaryBar);
    // the selected study whole: its citation, why it is excluded, and its abstract (plain text)
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(buildStudyTable());
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("studyDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a study to read its citation and abstract here."));
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    sl->addWidget(split, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showDetails);
    connect(m_doc.get(), &ReviewDocument::studiesChanged, this, &MainWindow::showDetails);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { refilter([&] { m_filter->setText(text); }); });
    connect(m_designFilter, &QComboBox::activated, this, [this] {
        const int d = m_designFilter->currentData().toInt();
        refilter([&] { m_filter->setDesign(d < 0 ? std::nullopt : std::optional<Design>(Design(d))); });
    });
    connect(m_stanceFilter, &QComboBox::activated, this, [this] {
        const int s = m_stanceFilter->currentData().toInt();
        refilter([&] { m_filter->setStance(s < 0 ? std::nullopt : std::optional<Stance>(Stance(s))); });
    });
    connect(m_includedOnly, &QCheckBox::toggled, this,
            [this](bool on) { refilter([&] { m_filter->setIncludedOnly(on); }); });
    return studies;
}

QTableView *MainWindow::buildStudyTable()
{
    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->verticalHeader()->hide();
    // the study is what a reviewer reads: it keeps its width, the table scrolls sideways for the rest
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(StudyTableModel::Citation, 240);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    // narrow columns for short values, but never narrower than their heading in the UI language
    const QList<QPair<int, int>> widths {{StudyTableModel::Year, 44},      {StudyTableModel::Design, 90},
                                         {StudyTableModel::Quality, 52},   {StudyTableModel::Stance, 112},
                                         {StudyTableModel::Suggested, 96}, {StudyTableModel::Effect, 124},
                                         {StudyTableModel::Weight, 52},    {StudyTableModel::Included, 56}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    for (QAction *a : std::as_const(m_tagActions))
        m_table->addAction(a);
    m_table->addAction(m_editStudy);
    m_table->addAction(m_deleteStudies);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::tableContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.column() != StudyTableModel::Included)
            editStudy(i.data(StudyTableModel::StudyIdRole).toLongLong());
    });
    return m_table;
}

void MainWindow::buildPanes()
{
    auto *tabs = new QTabWidget;
    tabs->addTab(buildStudiesPane(), tr("Studies"));
    m_dataGrid = new DataGridPanel(m_doc.get());
    tabs->addTab(m_dataGrid, tr("Data"));
    m_riskOfBias = new RiskOfBiasPanel(m_doc.get(), m_runner);
    tabs->addTab(m_riskOfBias, tr("Risk of bias"));
    m_mechanisms = new MechanismEditor(m_doc.get());
    tabs->addTab(m_mechanisms, tr("Mechanisms"));
    m_certainty = new CertaintyPanel(m_doc.get(), m_runner);
    tabs->addTab(m_certainty, tr("Certainty (GRADE)"));
    m_gold = new GoldStandardPanel(m_doc.get(), m_runner);
    tabs->addTab(m_gold, tr("Gold standard"));
    m_sof = new SummaryOfFindingsPanel(m_doc.get());
    tabs->addTab(m_sof, tr("Summary of findings"));
    m_tabs = tabs;

    m_claimPanel = new ClaimPanel(m_doc.get());
    m_synthesis = new SynthesisPanel(m_doc.get(), m_runner);
    connect(m_synthesis, &SynthesisPanel::studyClicked, this, &MainWindow::selectStudy);
    connect(m_synthesis, &SynthesisPanel::includeRequested, this, [this](qint64 id, bool include) {
        if (include)
            m_doc->setIncluded({id}, true);
        else
            excludeStudies({id});
    });
    connect(m_synthesis, &SynthesisPanel::exportFailed, this,
            [this](const QString &m) { showError(tr("The plot was not exported"), m); });
    // the plots highlight what the table shows selected, also when a filter hides (and so deselects) rows
    const auto highlight = [this] {
        const QList<qint64> ids = selectedStudies();
        m_synthesis->setSelectedStudies(QSet<qint64>(ids.begin(), ids.end()));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, highlight);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, highlight);
    connect(m_filter, &QAbstractItemModel::modelReset, this, highlight);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, highlight);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_claimPanel);
    split->addWidget(tabs);
    split->addWidget(m_synthesis);
    m_claimPanel->setMinimumWidth(300);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 4);
    // the first split follows the window's width: on a laptop the synthesis pane keeps room for its settings
    const int w = std::max(width(), 1100);
    split->setSizes({w * 22 / 100, w * 36 / 100, w * 42 / 100});
    setCentralWidget(split);
}

void MainWindow::updateTitle()
{
    if (!m_doc) {
        setWindowTitle(tr("EvidenceDesk"));
    } else {
        const QString title = m_doc->review().info.title;
        setWindowTitle(title.isEmpty()
                           ? tr("%1 \u2014 EvidenceDesk").arg(QFileInfo(m_doc->path()).fileName())
                           : tr("%1 (%2) \u2014 EvidenceDesk").arg(title, QFileInfo(m_doc->path()).fileName()));
        setWindowFilePath(m_doc->path());
    }
    for (QAction *a : {m_saveCopy, m_importAction, m_exportAction, m_reportAction, m_sofAction, m_close, m_addStudy,
                       m_editStudy, m_deleteStudies})
        a->setEnabled(m_doc != nullptr);
    for (QAction *a : std::as_const(m_tagActions))
        a->setEnabled(m_doc != nullptr);
}

QString MainWindow::countsText() const
{
    if (!m_doc)
        return {};
    return tr("Supporting (%1) \u00b7 Contradicting (%2) \u00b7 Neutral (%3) \u00b7 Not tagged (%4)")
        .arg(m_doc->count(Stance::Supporting))
        .arg(m_doc->count(Stance::Contradicting))
        .arg(m_doc->count(Stance::Neutral))
        .arg(m_doc->count(Stance::Untagged));
}

void MainWindow::updateCounts()
{
    m_counts->setText(countsText());
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, does not block: the application (and tests) go on
    emit errorShown(message);
}

QList<qint64> MainWindow::selectedStudies() const
{
    // exactly the rows the table shows selected: never a hidden or merely "current" row
    QList<qint64> ids;
    if (!m_table)
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        ids.append(r.data(StudyTableModel::StudyIdRole).toLongLong());
    return ids;
}

void MainWindow::refilter(const std::function<void()> &change)
{
    // A row the filter hides leaves the selection for good: what is selected is always what the table shows
    // selected, before and after the filter changes back.
    const QList<qint64> selected = selectedStudies();
    change();
    QItemSelection keep;
    for (qint64 id : selected) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            keep.select(index, index);
    }
    m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (keep.isEmpty())
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
}

void MainWindow::showImportSummary(const QString &text)
{
    if (!m_summaryBar)
        return;
    m_summaryText->setPlainText(text);
    m_summaryBar->setVisible(!text.isEmpty());
}

QString MainWindow::importSummary() const
{
    return m_summaryBar && m_summaryBar->isVisible() ? m_summaryText->toPlainText() : QString();
}

void MainWindow::showDetails()
{
    if (!m_details || !m_doc)
        return;
    const QList<qint64> ids = selectedStudies();
    const Study *s = ids.size() == 1 ? m_doc->study(ids.first()) : nullptr;
    if (!s) {
        m_details->clear();
        return;
    }
    // the reviewer's and the import's words are text, never markup
    QString h = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(s->title.toHtmlEscaped(), s->authors.toHtmlEscaped());
    QStringList where;
    for (const QString &part : {s->journal, s->year > 0 ? QString::number(s->year) : QString(),
                                s->doi.isEmpty() ? QString() : QStringLiteral("doi:") + s->doi,
                                s->pmid.isEmpty() ? QString() : QStringLiteral("PMID ") + s->pmid})
        if (!part.isEmpty())
            where << part.toHtmlEscaped();
    if (!where.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(where.join(QStringLiteral(" · ")));
    if (!s->included)
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(tr("Excluded from the synthesis: %1")
                          .arg(s->exclusionReason.isEmpty() ? tr("no reason recorded") : s->exclusionReason)
                          .toHtmlEscaped());
    const QString abstract = s->extra.value(QStringLiteral("abstract")).toString();
    h += QStringLiteral("<p>%1</p>")
             .arg(abstract.isEmpty() ? tr("No abstract.").toHtmlEscaped()
                                     : abstract.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_details->setHtml(h);
}

QString MainWindow::detailsText() const
{
    return m_details ? m_details->toPlainText() : QString();
}

void MainWindow::excludeStudies(const QList<qint64> &ids)
{
    if (!m_doc || ids.isEmpty())
        return;
    // why, for the report: one of the usual reasons or the reviewer's own words (may be left empty)
    const QStringList reasons {tr("wrong population"),     tr("wrong intervention"), tr("wrong comparator"),
                               tr("wrong outcome"),        tr("wrong study design"), tr("no usable outcome data"),
                               tr("duplicate publication")};
    bool ok = false;
    const QString reason = QInputDialog::getItem(
        this, tr("Exclude from synthesis"),
        tr("Why excluded (%n stud(ies))? The report lists the reason.", nullptr, int(ids.size())), reasons, -1, true,
        &ok);
    if (ok)
        m_doc->setIncluded(ids, false, reason);
}

void MainWindow::deleteSelectedStudies()
{
    const QList<qint64> ids = selectedStudies();
    if (!m_doc || ids.isEmpty())
        return;
    // many studies, or all of them, at one key press: ask first (it stays undoable)
    const int n = int(ids.size());
    if ((n >= kConfirmDeletionsFrom || n == int(m_doc->review().studies.size())) && n > 1
        && QMessageBox::question(this, tr("Delete studies"),
                                 tr("Delete %n stud(ies) from the review? Edit ▸ Undo brings them back.", nullptr, n),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    m_doc->removeStudies(ids);
}

bool MainWindow::isTextInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

void MainWindow::setUndoShortcuts(bool review)
{
    // the platform's keys (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y), each bound once: never an ambiguous shortcut
    auto keys = [](QKeySequence::StandardKey standard, const QList<QKeySequence> &also) {
        QList<QKeySequence> list = QKeySequence::keyBindings(standard);
        for (const QKeySequence &k : also)
            if (!list.contains(k))
                list << k;
        return list;
    };
    m_reviewUndoKeys = review;
    m_undo->setShortcuts(review ? keys(QKeySequence::Undo, {QKeySequence(Qt::CTRL | Qt::Key_Z)})
                                : QList<QKeySequence>());
    m_redo->setShortcuts(
        review ? keys(QKeySequence::Redo,
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
               : QList<QKeySequence>());
    updateUndoTexts();
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_doc ? m_doc->undoStack() : nullptr;
    const QString undo = stack ? stack->undoText() : QString(), redo = stack ? stack->redoText() : QString();
    if (m_reviewUndoKeys) {
        m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
        m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    } else { // the keys undo the typing in the focused field; the menu's items still undo the review
        m_undo->setText(undo.isEmpty() ? tr("&Undo in the Review") : tr("&Undo in the Review: %1").arg(undo));
        m_redo->setText(redo.isEmpty() ? tr("&Redo in the Review") : tr("&Redo in the Review: %1").arg(redo));
    }
}

void MainWindow::selectStudy(qint64 id)
{
    if (!m_doc)
        return;
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

StudyDialog *MainWindow::addStudy()
{
    if (!m_doc)
        return nullptr;
    Study blank;
    blank.title = tr("New study");
    const Outcome *outcome = m_doc->currentOutcome();
    auto *dialog = new StudyDialog(blank, {}, outcome ? outcome->name : QString(), m_doc->settings(), this);
    dialog->setWindowTitle(tr("Add study"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Study s = dialog->study();
        if (m_doc->addStudies({s}, {Stance::Untagged}, tr("Add %1").arg(s.label()), {}, {dialog->data()}))
            selectStudy(m_doc->review().studies.last().id);
    });
    dialog->open();
    return dialog;
}

StudyDialog *MainWindow::editStudy(qint64 studyId)
{
    const Study *s = m_doc ? m_doc->study(studyId) : nullptr;
    if (!s)
        return nullptr;
    const Outcome *outcome = m_doc->currentOutcome();
    auto *dialog
        = new StudyDialog(*s, m_doc->data(studyId), outcome ? outcome->name : QString(), m_doc->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_doc->editStudy(dialog->study(), dialog->data()); });
    dialog->open();
    return dialog;
}

void MainWindow::tableContextMenu(const QPoint &pos)
{
    if (!m_doc)
        return;
    QMenu menu;
    for (QAction *a : std::as_const(m_tagActions))
        menu.addAction(a);
    menu.addSeparator();
    const QList<qint64> ids = selectedStudies();
    menu.addAction(tr("Include in synthesis"), this, [this, ids] { m_doc->setIncluded(ids, true); });
    menu.addAction(tr("Exclude from synthesis…"), this, [this, ids] { excludeStudies(ids); });
    menu.addSeparator();
    menu.addAction(m_editStudy);
    menu.addAction(m_deleteStudies);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_doc)
        return false;
    QString error;
    const QString name = QFileInfo(path).fileName();
    ReviewDocument::ImportPreview preview;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool planned = m_doc->planImport(path, false, preview, error);
    QApplication::restoreOverrideCursor();
    if (!planned) {
        showError(tr("Nothing was imported"),
                  tr("%1\n\nThe review is unchanged. Correct the file and import it again.").arg(error));
        return false;
    }
    const ImportPlan &plan = preview.plan;
    // records that change studies the review has are shown first: the reviewer sees what the file will do to them
    if (plan.updatedCount() > 0 || !plan.conflicts.isEmpty()) {
        ImportPreviewDialog dialog(m_doc->review(), preview.records, plan, name, preview.outcome.name, this);
        if (dialog.exec() != QDialog::Accepted) {
            statusBar()->showMessage(tr("Import cancelled: nothing was imported."), 8000);
            return false;
        }
        if (dialog.overwrite() && !m_doc->planImport(path, true, preview, error)) {
            showError(tr("Nothing was imported"), error);
            return false;
        }
    }
    // a large import shows its progress and can be cancelled: then it is rolled back, nothing stays
    QProgressDialog progress(tr("Importing %1\u2026").arg(name), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_doc->applyImport(preview, error, [&progress](qsizetype done) {
        progress.setLabelText(tr("Writing study %1\u2026").arg(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (cancelled) {
        statusBar()->showMessage(tr("Import cancelled: nothing was imported."), 8000);
        return false;
    }
    if (!ok) {
        showError(tr("Nothing was imported"),
                  tr("%1\n\nThe review is unchanged. Correct the file and import it again.").arg(error));
        return false;
    }
    const qsizetype unchanged = plan.matched.size() - preview.plan.updatedCount();
    QString message = tr("Imported %n new stud(ies) from %1.", nullptr, int(preview.plan.added.size())).arg(name);
    if (preview.plan.updatedCount() > 0)
        message += QLatin1Char(' ')
            + tr("%n stud(ies) of the review filled in from the file.", nullptr, int(preview.plan.updatedCount()));
    if (unchanged > 0)
        message += QLatin1Char(' ') + tr("%n record(s) already in the review, nothing new.", nullptr, int(unchanged));
    if (!preview.plan.skipped.isEmpty())
        message += QLatin1Char(' ') + tr("%n duplicate(s) skipped.", nullptr, int(preview.plan.skipped.size()));
    statusBar()->showMessage(message, 8000);
    // the summary stays until the reviewer dismisses it, naming each record that was not added and why
    QStringList lines {message};
    lines << preview.notes; // how the file was read, records with half an effect
    for (const ImportPlan::Match &m : preview.plan.matched) {
        const Study *s = m_doc->study(m.studyId);
        lines << tr("Line %1: %2 \u2014 %3")
                     .arg(QString::number(preview.records[m.record].line), s ? s->label() : QString(),
                          m.merged.changed ? tr("filled in (%1)").arg(matchKindName(m.by))
                                           : tr("already in the review (%1), nothing new").arg(matchKindName(m.by)));
    }
    for (const SkippedDuplicate &d : std::as_const(preview.plan.skipped))
        lines << tr("Line %1: %2 \u2014 %3").arg(QString::number(d.line), d.label, d.reason);
    showImportSummary(lines.join(QLatin1Char('\n')));
    return true;
}

void MainWindow::newReview()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New review"), QString(), tr("EvidenceDesk reviews (*.evidence)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QLatin1String(".evidence")) ? path : path + QStringLiteral(".evidence");
    QString error;
    if (QFileInfo::exists(file) && !QFile::remove(file)) { // the dialog asked before overwriting
        showError(tr("Cannot create the review"), tr("%1 cannot be replaced.").arg(file));
        return;
    }
    auto doc = ReviewDocument::create(file, error);
    if (!doc) {
        showError(tr("Cannot create the review"), error);
        return;
    }
    setDocument(std::move(doc));
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open review"), QString(),
                                                      tr("EvidenceDesk reviews (*.evidence);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_doc)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a copy"), QString(), tr("EvidenceDesk reviews (*.evidence)"));
    if (!path.isEmpty()) {
        QFile::remove(path); // the dialog asked before replacing it
        saveCopyTo(path);
    }
}

bool MainWindow::saveCopyTo(const QString &path)
{
    if (!m_doc->saveCopy(path)) {
        showError(tr("Cannot save a copy"), m_doc->lastError());
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
    return true;
}

void MainWindow::importDialog()
{
    // window-modal and non-blocking: the window keeps repainting while the reviewer picks a file
    auto *dialog = new QFileDialog(this, tr("Import studies"), QString(),
                                   tr("Studies (*.csv *.ris *.bib *.nbib);;CSV with effect data (*.csv);;RIS "
                                      "(*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::importFile);
    dialog->open();
}

void MainWindow::exportStudies()
{
    if (!m_doc)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export studies"), QString(), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportStudiesTo(path);
}

bool MainWindow::exportStudiesTo(const QString &path)
{
    QString error;
    // never over the open review, any other review or the files beside one
    if (!checkOutputPath(path, {m_doc->path()}, error)
        || !exportStudiesCsv(m_doc->review(), m_doc->currentClaimId(), m_doc->currentOutcomeId(), path, error)) {
        showError(tr("Export failed"), error);
        return false;
    }
    return true;
}

void MainWindow::exportReport()
{
    if (!m_doc)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), tr("report.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeReportTo(path);
}

bool MainWindow::writeReportTo(const QString &path)
{
    QString error;
    if (!checkOutputPath(path, {m_doc->path()}, error)) { // never over the open review or any other
        showError(tr("The report was not written"), error);
        return false;
    }
    const Review &review = m_doc->review();
    QProgressDialog progress(tr("Writing the report\u2026"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ReportOptions options;
    options.progress = [&progress](int page, int pages) {
        progress.setMaximum(pages);
        progress.setValue(page);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeReport(review, m_doc->currentClaimId(), path, error, options);
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (cancelled)
        statusBar()->showMessage(tr("Report cancelled: no file was written."), 8000);
    else if (!ok)
        showError(tr("The report was not written"), error);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
    return ok;
}

void MainWindow::exportSummaryOfFindings()
{
    if (!m_doc)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export summary of findings"), tr("summary-of-findings.html"),
                                       tr("HTML for journals (*.html);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportSummaryOfFindingsTo(path);
}

bool MainWindow::exportSummaryOfFindingsTo(const QString &path)
{
    QString error;
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    // never over the open review, any other review or the files beside one
    if (!checkOutputPath(path, {m_doc->path()}, error)
        || !writeSummaryOfFindings(m_doc->review(), summaryOfFindings(m_doc->review()), path, !csv, error)) {
        showError(tr("The summary of findings was not exported"), error);
        return false;
    }
    statusBar()->showMessage(tr("Summary of findings written to %1").arg(path), 8000);
    return true;
}

void MainWindow::closeReview()
{
    setDocument(nullptr);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About EvidenceDesk"),
                       tr("<h3>EvidenceDesk %1</h3><p>Evidence synthesis for systematic reviewers.</p>"
                          "<p>Qt %2 \u00b7 Boost %3 \u00b7 SQLite %4</p><p>GPL-3.0-or-later</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral("%1.%2.%3")
                                    .arg(BOOST_VERSION / 100000)
                                    .arg(BOOST_VERSION / 100 % 1000)
                                    .arg(BOOST_VERSION % 100),
                                ReviewStore::sqliteVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_doc && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            importFile(url.toLocalFile());
}

} // namespace evidencedesk
