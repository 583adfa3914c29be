// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryoffindingspanel.h"
#include "compactwidgets.h"
#include "reviewdocument.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace evidencedesk {

namespace {

/// A column title over lines of about `width` characters, broken between words (a header does not wrap).
QString headerLines(const QString &title, int width = 18)
{
    QStringList lines;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SummaryOfFindingsPanel::SummaryOfFindingsPanel(ReviewDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    const QList<SofColumn> columns = allSofColumns();
    m_table = new QTableWidget(0, int(columns.size()));
    m_table->setObjectName(QStringLiteral("summaryOfFindings"));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {170, 110, 130, 150, 110, 200};
    for (int c = 0; c < int(columns.size()); ++c)
        m_table->setColumnWidth(c, widths[c]);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_table, 1);

    // the risk with the comparator of the selected claim: the median of its studies, or the reviewer's
    auto *riskRow = new QHBoxLayout;
    m_riskLabel = new QLabel;
    m_riskLabel->setWordWrap(true);
    m_risk = new QDoubleSpinBox;
    m_risk->setObjectName(QStringLiteral("assumedRisk"));
    m_risk->setRange(0, 1000);
    m_risk->setDecimals(1);
    m_risk->setSuffix(tr(" per %1", "a risk per 1,000").arg(QLocale().toString(1000)));
    m_risk->setKeyboardTracking(false);
    m_median = new QPushButton;
    m_median->setObjectName(QStringLiteral("useMedianRisk"));
    riskRow->addWidget(m_riskLabel, 1);
    riskRow->addWidget(m_risk);
    riskRow->addWidget(m_median);
    layout->addLayout(riskRow);
    connect(m_risk, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const SofRow *row = selectedRow();
        if (!m_refreshing && row && std::abs(v - row->assumedRisk * 1000) > 0.05)
            setAssumedRiskPer1000(v);
    });
    connect(m_median, &QPushButton::clicked, this, [this] { setAssumedRiskPer1000(std::nan("")); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SummaryOfFindingsPanel::updateRiskEditor);

    m_footnotes = new QLabel;
    m_footnotes->setObjectName(QStringLiteral("sofFootnotes"));
    m_footnotes->setWordWrap(true);
    m_footnotes->setTextFormat(Qt::RichText);
    m_footnotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_footnotes);

    m_timer->setSingleShot(true);
    m_timer->setInterval(60);
    connect(m_timer, &QTimer::timeout, this, &SummaryOfFindingsPanel::run);
    for (auto signal : {&ReviewDocument::analysisInputsChanged, &ReviewDocument::claimsChanged,
                        &ReviewDocument::gradeChanged, &ReviewDocument::outcomesChanged, &ReviewDocument::studiesReset})
        connect(doc, signal, this, &SummaryOfFindingsPanel::schedule);
    connect(doc, &ReviewDocument::studiesChanged, this, &SummaryOfFindingsPanel::schedule);
    connect(&m_watcher, &QFutureWatcher<QList<SofRow>>::finished, this, [this] {
        if (m_running == m_generation) // not overtaken by a newer edit
            display(m_watcher.result());
        else if (isVisible())
            run();
    });
    m_generation = 1; // nothing shown yet
    updateRiskEditor();
}

SummaryOfFindingsPanel::~SummaryOfFindingsPanel()
{
    m_watcher.waitForFinished();
}

void SummaryOfFindingsPanel::schedule()
{
    ++m_generation;
    if (isVisible())
        m_timer->start();
}

void SummaryOfFindingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown != m_generation)
        m_timer->start(0);
}

void SummaryOfFindingsPanel::run()
{
    m_timer->stop();
    if (m_watcher.isRunning())
        return; // its end starts the next run
    m_running = m_generation;
    m_watcher.setFuture(QtConcurrent::run([review = m_doc->review()] { return summaryOfFindings(review); }));
}

void SummaryOfFindingsPanel::refreshNow()
{
    m_timer->stop();
    m_watcher.waitForFinished();
    m_running = m_generation;
    display(summaryOfFindings(m_doc->review()));
}

const SofRow *SummaryOfFindingsPanel::selectedRow() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_rows.size() ? &m_rows[r] : nullptr;
}

void SummaryOfFindingsPanel::display(const QList<SofRow> &rows)
{
    const SofRow *before = selectedRow();
    const qint64 selected = before ? before->claimId : m_doc->currentClaimId();
    m_rows = rows;
    m_shown = m_running;
    m_refreshing = true;
    const double level = sofCommonLevel(rows);
    QStringList titles;
    for (SofColumn c : allSofColumns())
        titles << headerLines(sofColumnTitle(c, level));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(rows.size()));
    QStringList notes;
    int current = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const SofRow &row = rows[r];
        if (row.claimId == selected)
            current = r;
        QStringList marks, rowNotes;
        for (const SofFootnote &f : row.footnotes) {
            marks << sofFootnoteMark(int(notes.size()));
            notes << QStringLiteral("<sup>%1</sup> %2").arg(marks.last(), f.text().toHtmlEscaped());
            rowNotes << marks.last() + QLatin1Char(' ') + f.text();
        }
        const QList<SofColumn> columns = allSofColumns();
        for (int c = 0; c < columns.size(); ++c) {
            QString text = sofCellText(row, columns[c], level);
            QString tip;
            if (columns[c] == SofColumn::Certainty && !marks.isEmpty()) {
                text += QStringLiteral(" (%1)").arg(marks.join(QStringLiteral(", ")));
                tip = rowNotes.join(QLatin1Char('\n'));
            } else if (columns[c] == SofColumn::Outcome) {
                tip = row.claim;
            }
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(plainToolTip(tip));
            m_table->setItem(r, c, item);
        }
    }
    if (!m_sized && !rows.isEmpty()) {
        // the first table sets the widths (headers whole where they fit); later ones keep the reviewer's
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c + 1 < m_table->columnCount(); ++c)
            m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 90, 220));
    }
    m_table->resizeRowsToContents();
    m_footnotes->setText(QStringLiteral("<p><small>%1</small></p>") // i18n-exempt: markup around translated text
                             .arg(sofExplanation().toHtmlEscaped())
                         + (notes.isEmpty()
                                ? QString()
                                : QStringLiteral("<p><small>%1</small></p>").arg(notes.join(QStringLiteral("<br>")))));
    if (current >= 0)
        m_table->selectRow(current);
    m_refreshing = false;
    updateRiskEditor();
    emit updated();
}

void SummaryOfFindingsPanel::updateRiskEditor()
{
    const SofRow *row = selectedRow();
    const bool risk = row && (row->effect == SofEffect::Risk || row->effect == SofEffect::RiskDifference)
        && std::isfinite(row->assumedRisk);
    m_refreshing = true;
    m_risk->setEnabled(risk);
    m_risk->setValue(risk ? row->assumedRisk * 1000 : 0);
    m_median->setEnabled(risk && row->assumedRiskByReviewer && std::isfinite(row->medianRisk));
    m_median->setText(risk && std::isfinite(row->medianRisk)
                          ? tr("Use the median (%1 per %2)")
                                .arg(QLocale().toString(row->medianRisk * 1000, 'f', 0), QLocale().toString(1000))
                          : tr("Use the median"));
    m_riskLabel->setText(risk ? tr("Risk with the comparator for %1:").arg(sofCellText(*row, SofColumn::Outcome))
                              : tr("Select a claim with dichotomous data to set its risk with the comparator."));
    m_refreshing = false;
}

void SummaryOfFindingsPanel::setAssumedRiskPer1000(double per1000)
{
    const SofRow *row = selectedRow();
    if (row)
        m_doc->setAssumedRisk(row->claimId, std::isnan(per1000) ? per1000 : per1000 / 1000);
}

} // namespace evidencedesk
