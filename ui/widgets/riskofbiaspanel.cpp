// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskofbiaspanel.h"
#include "plotwidget.h"
#include "reviewdocument.h"
#include "robplot.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evidencedesk {

namespace {
enum Column { StudyColumn, ToolColumn, OverallColumn, Columns };
constexpr int kStudyIdRole = Qt::UserRole + 1;
} // namespace

RiskOfBiasPanel::RiskOfBiasPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_runner(runner)
{
    auto *layout = new QVBoxLayout(this);
    m_outcome = new QLabel;
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    layout->addWidget(m_outcome);

    m_studies = new QTableWidget(0, Columns);
    m_studies->setHorizontalHeaderLabels({tr("Study"), tr("Tool"), tr("Overall")});
    m_studies->horizontalHeader()->setSectionResizeMode(StudyColumn, QHeaderView::Stretch);
    m_studies->horizontalHeader()->setSectionResizeMode(ToolColumn, QHeaderView::ResizeToContents);
    m_studies->horizontalHeader()->setSectionResizeMode(OverallColumn, QHeaderView::ResizeToContents);
    m_studies->verticalHeader()->hide();
    m_studies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_studies->setSelectionMode(QAbstractItemView::SingleSelection);
    m_studies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_studies->setWordWrap(false); // a long name is elided on one line (its tooltip holds it whole)

    // the form: the study, its tool, then a row per domain (name, judgement, support) and the overall row
    m_form = new QWidget;
    auto *formLayout = new QVBoxLayout(m_form);
    m_studyName = new QLabel;
    m_studyName->setTextFormat(Qt::PlainText);
    m_studyName->setWordWrap(true);
    QFont bold = m_studyName->font();
    bold.setBold(true);
    m_studyName->setFont(bold);
    formLayout->addWidget(m_studyName);
    auto *toolRow = new QHBoxLayout;
    auto *toolLabel = new QLabel(tr("&Tool:"));
    m_tool = new QComboBox;
    for (RobTool t : {RobTool::Rob2, RobTool::RobinsI})
        m_tool->addItem(robToolName(t), int(t));
    m_tool->setToolTip(tr("RoB 2 for randomised trials, ROBINS-I for non-randomised studies; it follows the "
                          "study's design until you choose"));
    toolLabel->setBuddy(m_tool);
    toolRow->addWidget(toolLabel);
    toolRow->addWidget(m_tool);
    toolRow->addStretch();
    formLayout->addLayout(toolRow);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    formLayout->addLayout(m_grid);
    m_derived = new QLabel;
    m_derived->setWordWrap(true);
    formLayout->addWidget(m_derived);
    m_questions = new QLabel;
    m_questions->setWordWrap(true);
    m_questions->setTextFormat(Qt::PlainText);
    m_questions->setFrameShape(QFrame::StyledPanel);
    m_questions->setMargin(6);
    m_questions->setForegroundRole(QPalette::PlaceholderText);
    formLayout->addWidget(m_questions);
    formLayout->addStretch();
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_studies);
    top->addWidget(formScroll);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setSizes({280, 420});

    auto *plotPane = new QWidget;
    auto *plotLayout = new QVBoxLayout(plotPane);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    auto *plotRow = new QHBoxLayout;
    m_plotKind = new QComboBox;
    m_plotKind->addItem(tr("Traffic-light plot"), int(PlotKind::RobTrafficLight));
    m_plotKind->addItem(tr("Summary plot (share of the weight)"), int(PlotKind::RobSummary));
    auto *exportButton = new QPushButton(tr("Export plot\u2026"));
    plotRow->addWidget(m_plotKind);
    plotRow->addWidget(exportButton);
    plotRow->addStretch();
    plotLayout->addLayout(plotRow);
    auto *plotScroll = new QScrollArea;
    m_plot = new PlotWidget(PlotKind::RobTrafficLight);
    plotScroll->setWidget(m_plot);
    plotScroll->setWidgetResizable(true);
    plotLayout->addWidget(plotScroll, 1);

    // the appraisal and the plot each get the whole pane: the form needs its width, the plot its height
    auto *pages = new QTabWidget;
    pages->addTab(top, tr("Appraisal"));
    pages->addTab(plotPane, tr("Plot"));
    layout->addWidget(pages, 1);

    connect(m_studies, &QTableWidget::itemSelectionChanged, this, &RiskOfBiasPanel::refreshForm);
    connect(m_tool, &QComboBox::activated, this, [this] {
        const auto tool = RobTool(m_tool->currentData().toInt());
        const RobAssessment now = m_doc->riskOfBias(currentStudy());
        if (now.tool != tool)
            write(RobAssessment::empty(tool)); // another tool's domains: the judgements start again (undoable)
    });
    connect(m_plotKind, &QComboBox::activated, this, [this] {
        auto *replacement = new PlotWidget(PlotKind(m_plotKind->currentData().toInt()));
        auto *scroll = qobject_cast<QScrollArea *>(m_plot->parentWidget()->parentWidget());
        if (!scroll)
            return;
        delete scroll->takeWidget();
        m_plot = replacement;
        scroll->setWidget(m_plot);
        setAnalysis(m_result);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] { m_plot->exportDialog(); });
    connect(doc, &ReviewDocument::riskOfBiasChanged, this, &RiskOfBiasPanel::refreshList);
    connect(doc, &ReviewDocument::studiesReset, this, &RiskOfBiasPanel::refreshList);
    connect(doc, &ReviewDocument::studiesChanged, this, &RiskOfBiasPanel::refreshList);
    connect(doc, &ReviewDocument::currentClaimChanged, this, &RiskOfBiasPanel::refreshList);
    connect(doc, &ReviewDocument::outcomesChanged, this, &RiskOfBiasPanel::refreshList);
    connect(runner, &AnalysisRunner::finished, this, &RiskOfBiasPanel::setAnalysis);
    refreshList();
    setAnalysis(runner->result());
}

qint64 RiskOfBiasPanel::currentStudy() const
{
    const QList<QTableWidgetItem *> selected = m_studies->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(kStudyIdRole).toLongLong();
}

void RiskOfBiasPanel::selectStudy(qint64 studyId)
{
    for (int row = 0; row < m_studies->rowCount(); ++row)
        if (m_studies->item(row, StudyColumn)->data(kStudyIdRole).toLongLong() == studyId) {
            m_studies->selectRow(row);
            return;
        }
}

void RiskOfBiasPanel::refreshList()
{
    const qint64 keep = currentStudy();
    const Outcome *outcome = m_doc->currentOutcome();
    m_outcome->setText(outcome ? tr("Risk of bias for the outcome \u201c%1\u201d").arg(outcome->name)
                               : tr("The claim is about no outcome yet: enter its data in the Data tab, then "
                                    "appraise its studies here."));
    {
        const QSignalBlocker block(m_studies);
        m_studies->setRowCount(0);
        const QList<Study> &studies = m_doc->review().studies;
        m_studies->setRowCount(outcome ? int(studies.size()) : 0);
        for (int row = 0; outcome && row < int(studies.size()); ++row) {
            const Study &s = studies[row];
            const RobAssessment a = m_doc->riskOfBias(s.id);
            auto *name = new QTableWidgetItem(s.label());
            name->setData(kStudyIdRole, s.id);
            name->setToolTip(s.label());
            m_studies->setItem(row, StudyColumn, name);
            m_studies->setItem(row, ToolColumn, new QTableWidgetItem(robToolName(a.tool)));
            const RobJudgement overall = a.overallOrDerived();
            auto *judged = new QTableWidgetItem(robJudgementName(overall));
            if (overall != RobJudgement::NotAssessed) { // the plots' colour, its text readable on it
                const QColor colour = robColor(overall);
                judged->setBackground(colour);
                judged->setForeground(robTextColorOn(colour));
            }
            m_studies->setItem(row, OverallColumn, judged);
        }
    }
    selectStudy(keep);
    if (currentStudy() == 0 && m_studies->rowCount() > 0)
        m_studies->selectRow(0);
    refreshForm();
}

void RiskOfBiasPanel::rebuildDomains(RobTool tool)
{
    if (m_judgements.size() == robDomainCount(tool) + 1)
        return;
    for (QLabel *l : std::as_const(m_domainLabels))
        delete l;
    for (QComboBox *c : std::as_const(m_judgements))
        delete c;
    for (QLineEdit *e : std::as_const(m_support))
        delete e;
    m_domainLabels.clear();
    m_judgements.clear();
    m_support.clear();
    const int n = robDomainCount(tool);
    for (int d = 0; d <= n; ++d) {
        const int domain = d == n ? -1 : d; // the overall row last
        auto *label = new QLabel;
        label->setWordWrap(true);
        auto *box = new QComboBox;
        auto *support = new QLineEdit;
        support->setPlaceholderText(tr("Support for the judgement"));
        label->setBuddy(box);
        // the domain's name on a line of its own, its judgement and support under it: readable in a narrow pane
        m_grid->addWidget(label, 2 * d, 0, 1, 2);
        m_grid->addWidget(box, 2 * d + 1, 0);
        m_grid->addWidget(support, 2 * d + 1, 1);
        m_domainLabels << label;
        m_judgements << box;
        m_support << support;
        box->installEventFilter(this);
        support->installEventFilter(this);
        connect(box, &QComboBox::activated, this, [this, d, n] {
            RobAssessment a = m_doc->riskOfBias(currentStudy());
            const auto j = RobJudgement(m_judgements[d]->currentData().toInt());
            (d == n ? a.overall : a.domains[d]) = j;
            write(a);
        });
        connect(support, &QLineEdit::editingFinished, this, [this, d] {
            RobAssessment a = m_doc->riskOfBias(currentStudy());
            if (d < a.support.size() && a.support[d] != m_support[d]->text()) {
                a.support[d] = m_support[d]->text();
                write(a);
            }
        });
        connect(box, &QComboBox::highlighted, this, [this, domain] { showQuestions(domain); });
    }
    // keyboard order: each domain's judgement, then its support, row by row
    for (int d = 0; d <= n; ++d) {
        setTabOrder(d == 0 ? static_cast<QWidget *>(m_tool) : m_support[d - 1], m_judgements[d]);
        setTabOrder(m_judgements[d], m_support[d]);
    }
}

void RiskOfBiasPanel::refreshForm()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const qint64 id = currentStudy();
    const Study *study = m_doc->study(id);
    m_form->setEnabled(study != nullptr && m_doc->currentOutcome() != nullptr);
    const RobAssessment a = study ? m_doc->riskOfBias(id) : RobAssessment::empty(RobTool::Rob2);
    m_studyName->setText(study ? study->label() : tr("Select a study to appraise it."));
    m_tool->setCurrentIndex(m_tool->findData(int(a.tool)));
    rebuildDomains(a.tool);
    const int n = robDomainCount(a.tool);
    for (int d = 0; d <= n; ++d) {
        const int domain = d == n ? -1 : d;
        m_domainLabels[d]->setText(
            domain < 0 ? tr("&Overall")
                       : QStringLiteral("&%1 %2").arg(QString::number(d + 1), robDomainName(a.tool, domain)));
        m_domainLabels[d]->setToolTip(robSignallingQuestions(a.tool, domain).join(QLatin1Char('\n')));
        QComboBox *box = m_judgements[d];
        box->clear();
        box->addItem(robJudgementName(RobJudgement::NotAssessed), int(RobJudgement::NotAssessed));
        for (RobJudgement j : robJudgements(a.tool))
            box->addItem(robJudgementName(j), int(j));
        const RobJudgement current = domain < 0 ? a.overall : a.domains.value(d);
        box->setCurrentIndex(box->findData(int(current)));
        m_support[d]->setText(a.support.value(d));
    }
    const RobJudgement derived = a.overallOrDerived();
    m_derived->setText(a.overall == RobJudgement::NotAssessed && derived != RobJudgement::NotAssessed
                           ? tr("Overall not given: the domains make it %1.").arg(robJudgementName(derived))
                           : a.overall != derived
                           ? tr("The overall judgement cannot be less serious than a domain: it counts as %1.")
                                 .arg(robJudgementName(derived))
                           : QString());
    showQuestions(0);
    m_refreshing = false;
}

void RiskOfBiasPanel::showQuestions(int domain)
{
    const RobTool tool = RobTool(m_tool->currentData().toInt());
    if (domain < 0) {
        m_questions->setText(tr("Overall: low only if every domain is low; otherwise at least as serious as the "
                                "most serious domain."));
        return;
    }
    m_questions->setText(robDomainName(tool, domain) + QLatin1Char('\n')
                         + robSignallingQuestions(tool, domain).join(QLatin1Char('\n')));
}

bool RiskOfBiasPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) // the signalling questions of the domain being judged
        for (int d = 0; d < m_judgements.size(); ++d)
            if (watched == m_judgements[d] || watched == m_support[d])
                showQuestions(d + 1 == m_judgements.size() ? -1 : d);
    return QWidget::eventFilter(watched, event);
}

void RiskOfBiasPanel::write(const RobAssessment &a)
{
    const qint64 id = currentStudy();
    const Study *study = m_doc->study(id);
    const Outcome *outcome = m_doc->currentOutcome();
    if (!study || !outcome)
        return;
    m_doc->setRiskOfBias(outcome->id, id, a, tr("Risk of bias of %1").arg(study->label()));
    refreshForm(); // a refused write shows what is stored
}

void RiskOfBiasPanel::setAnalysis(const std::shared_ptr<const AnalysisResult> &result)
{
    m_result = result;
    if (!result || !result->ok()) {
        m_plot->setMessage(result ? result->message : QString());
        return;
    }
    m_plot->setData(makePlotData(result));
}

} // namespace evidencedesk
