// SPDX-License-Identifier: GPL-3.0-or-later
#include "certaintypanel.h"
#include "compactwidgets.h"
#include "reviewdocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evidencedesk {

namespace {
constexpr int kMinimumWhyWidth = 180; ///< below it the reasons would wrap a word or two to a line
}

CertaintyPanel::CertaintyPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_runner(runner)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5);
    m_table->setHorizontalHeaderLabels(
        {tr("Domain"), tr("Suggested"), tr("Why"), tr("Your judgement"), tr("Your justification")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 110);
    {
        // the judgement column shows its combo whole, whatever the language (its longest item decides)
        QComboBox probe;
        probe.addItem(tr("As suggested"));
        for (int v : {0, -1, -2})
            probe.addItem(judgementName(GradeDomain::Imprecision, v));
        m_table->setColumnWidth(3, std::max(130, probe.sizeHint().width() + 4));
    }
    m_table->setColumnWidth(4, 140);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    // every word of the reasons stays readable: rows follow the "Why" column's width
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    // in a narrow pane the justification column gives way (the justification is shown under the table), so
    // that "Why" keeps a readable width instead of a letter per line
    m_table->viewport()->installEventFilter(this);
    m_justification = new QLabel;
    m_justification->setWordWrap(true);
    m_justification->setTextFormat(Qt::PlainText);
    layout->addWidget(m_justification);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const DomainAssessment *d
            = row >= 0 && row < m_assessment.domains.size() ? &m_assessment.domains[row] : nullptr;
        m_justification->setText(
            d && d->override ? tr("Your justification (%1): %2").arg(gradeDomainName(d->domain), d->justification)
                             : QString());
    });
    auto *conclusionLabel
        = new QLabel(tr("Plain-language conclusion (edit to word it your way; empty returns to the suggestion)"));
    conclusionLabel->setWordWrap(true);
    layout->addWidget(conclusionLabel);
    m_conclusion = new QPlainTextEdit;
    m_conclusion->setMaximumHeight(70);
    m_conclusion->installEventFilter(this);
    layout->addWidget(m_conclusion);
    auto *reset = new QPushButton(tr("Use the suggested conclusion"));
    layout->addWidget(reset, 0, Qt::AlignLeft);
    connect(reset, &QPushButton::clicked, this, [this] { setConclusion(QString()); });
    connect(runner, &AnalysisRunner::finished, this, &CertaintyPanel::refresh);
    connect(doc, &ReviewDocument::gradeChanged, this, &CertaintyPanel::refresh);
    connect(doc, &ReviewDocument::studiesChanged, this, &CertaintyPanel::refresh);
    connect(doc, &ReviewDocument::claimsChanged, this, &CertaintyPanel::refresh);
    refresh();
}

void CertaintyPanel::refresh()
{
    const auto result = m_runner->result();
    if (!result)
        return;
    m_assessment = assessGrade(m_doc->review(), m_doc->currentClaimId(), *result);
    m_refreshing = true;
    m_summary->setText(tr("<p><b>Certainty: %1 %2</b><br>Starting level %3: %4</p>")
                           .arg(certaintyName(m_assessment.certainty), certaintySymbols(m_assessment.certainty),
                                certaintyName(m_assessment.start).toLower(),
                                m_assessment.startReason.describe().toHtmlEscaped()));
    m_table->setRowCount(int(m_assessment.domains.size()));
    for (int row = 0; row < m_assessment.domains.size(); ++row) {
        const DomainAssessment &d = m_assessment.domains[row];
        m_table->setItem(row, 0, new QTableWidgetItem(gradeDomainName(d.domain)));
        m_table->setItem(
            row, 1, new QTableWidgetItem(d.assessable ? judgementName(d.domain, d.suggested) : tr("not assessable")));
        auto *why = new QTableWidgetItem(d.reason());
        why->setToolTip(plainToolTip(d.reason()));
        m_table->setItem(row, 2, why);
        // the reviewer's own words on one line (whole in the tooltip and under the table): an override never
        // changes the row's height, so the next click lands where the reviewer aims
        auto *own = new QTableWidgetItem(d.override ? m_table->fontMetrics().elidedText(
                                             QString(d.justification).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                             Qt::ElideRight, m_table->columnWidth(4) - 8)
                                                    : QString());
        own->setToolTip(plainToolTip(d.justification));
        m_table->setItem(row, 4, own);
        auto *combo = new QComboBox;
        combo->addItem(tr("As suggested"), QVariant());
        const QList<int> values = isUpgradeDomain(d.domain) ? QList<int> {0, 1, 2} : QList<int> {0, -1, -2};
        for (int v : values)
            combo->addItem(judgementName(d.domain, v), v);
        combo->setCurrentIndex(d.override ? combo->findData(*d.override) : 0);
        const GradeDomain domain = d.domain;
        connect(combo, &QComboBox::activated, this, [this, combo, domain] {
            const QVariant v = combo->currentData();
            if (!v.isValid()) {
                judge(domain, std::nullopt, QString());
                return;
            }
            bool ok = false;
            const QString why = QInputDialog::getMultiLineText(
                this, tr("Your judgement"),
                tr("Why do you judge %1 differently? (required)").arg(gradeDomainName(domain).toLower()), QString(),
                &ok);
            if (!ok || !judge(domain, v.toInt(), why.trimmed()))
                refresh(); // no justification: the judgement stays as it was
        });
        m_table->setCellWidget(row, 3, combo);
    }
    m_table->resizeRowsToContents();
    if (!m_conclusion->hasFocus())
        m_conclusion->setPlainText(m_assessment.conclusion);
    m_refreshing = false;
}

bool CertaintyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        int fixed = 0;
        for (int c : {0, 1, 3})
            fixed += m_table->columnWidth(c);
        const bool narrow = m_table->viewport()->width() - fixed - m_table->columnWidth(4) < kMinimumWhyWidth;
        if (m_table->isColumnHidden(4) != narrow)
            m_table->setColumnHidden(4, narrow);
    }
    if (watched == m_conclusion && event->type() == QEvent::FocusOut && !m_refreshing
        && m_conclusion->toPlainText().trimmed() != m_assessment.conclusion)
        setConclusion(m_conclusion->toPlainText().trimmed());
    return QWidget::eventFilter(watched, event);
}

bool CertaintyPanel::judge(GradeDomain domain, std::optional<int> value, const QString &justification)
{
    if (value && justification.trimmed().isEmpty())
        return false;
    QList<DomainAssessment> domains = m_assessment.domains;
    for (DomainAssessment &d : domains)
        if (d.domain == domain) {
            d.override = value;
            d.justification = value ? justification.trimmed() : QString();
        }
    commit(domains, m_assessment.conclusionEdited ? m_assessment.conclusion : QString());
    return true;
}

void CertaintyPanel::setConclusion(const QString &text)
{
    commit(m_assessment.domains, text == m_assessment.conclusion && !m_assessment.conclusionEdited ? QString() : text);
}

void CertaintyPanel::commit(const QList<DomainAssessment> &domains, const QString &conclusion)
{
    GradeAssessment a = m_assessment;
    a.domains = domains;
    m_doc->setGrade(toJudgements(a), conclusion);
}

} // namespace evidencedesk
