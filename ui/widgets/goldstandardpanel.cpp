// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldstandardpanel.h"
#include "compactwidgets.h"
#include "goldstandard.h"
#include "reviewdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evidencedesk {

namespace {
enum Column { DesignColumn, Notes, Population, Intervention, Comparison, OutcomeColumn, FollowUp, Columns };
}

GoldStandardPanel::GoldStandardPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_runner(runner)
{
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText); // the reviewer's note, never markup
    layout->addWidget(m_note);
    m_table = new QTableWidget(0, Columns);
    m_table->setHorizontalHeaderLabels({tr("Design"), tr("Why / notes"), tr("Population"), tr("Intervention"),
                                        tr("Comparison"), tr("Outcome"), tr("Follow-up")});
    // readable widths, the table scrolls sideways; the notes (why this study) get the most room
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[Columns] = {170, 360, 130, 120, 110, 110, 130};
    for (int c = 0; c < Columns; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *proposeButton = new QPushButton(tr("Propose from the evidence"));
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Delete"));
    auto *up = arrowButton(Qt::UpArrow, tr("Move up"));
    auto *down = arrowButton(Qt::DownArrow, tr("Move down"));
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *> {proposeButton, add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(proposeButton, &QPushButton::clicked, this, &GoldStandardPanel::propose);
    connect(add, &QPushButton::clicked, this, &GoldStandardPanel::addItem);
    connect(remove, &QPushButton::clicked, this, &GoldStandardPanel::removeItem);
    connect(up, &QToolButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveItem(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            m_doc->setGoldStandard(items(), tr("Edit gold-standard evidence"));
    });
    connect(doc, &ReviewDocument::goldStandardChanged, this, &GoldStandardPanel::refresh);
    connect(doc, &ReviewDocument::currentClaimChanged, this, &GoldStandardPanel::refresh);
    connect(doc, &ReviewDocument::claimsChanged, this, &GoldStandardPanel::refresh);
    refresh();
}

void GoldStandardPanel::refresh()
{
    m_refreshing = true;
    const int keep = m_table->currentRow();
    const Claim *claim = m_doc->currentClaim();
    m_note->setText(claim && !claim->goldStandardNote.isEmpty()
                        ? claim->goldStandardNote
                        : tr("The studies that would prove or disprove the claim, strongest design first."));
    const QList<GoldStandardItem> list = m_doc->review().goldStandard.value(m_doc->currentClaimId());
    if (list.isEmpty())
        m_note->setText(
            m_note->text() + QLatin1Char(' ')
            + tr("The list is empty: \u201cPropose from the evidence\u201d starts one from the review question "
                 "and the gaps in the evidence, for you to edit."));
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const GoldStandardItem &g = list[row];
        auto *design = new QComboBox;
        for (Design d : allDesigns())
            design->addItem(designName(d), int(d));
        design->setCurrentIndex(design->findData(int(g.design)));
        connect(design, &QComboBox::activated, this,
                [this] { m_doc->setGoldStandard(items(), tr("Edit gold-standard evidence")); });
        m_table->setCellWidget(row, DesignColumn, design);
        const QStringList texts {g.notes, g.population, g.intervention, g.comparison, g.outcome, g.followUp};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setToolTip(plainToolTip(texts[c]));
            m_table->setItem(row, Notes + c, item);
        }
    }
    m_table->resizeRowsToContents();
    m_table->setCurrentCell(std::min(keep, int(list.size()) - 1), 1);
    m_refreshing = false;
}

QList<GoldStandardItem> GoldStandardPanel::items() const
{
    QList<GoldStandardItem> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        GoldStandardItem g;
        if (auto *design = qobject_cast<QComboBox *>(m_table->cellWidget(row, DesignColumn)))
            g.design = Design(design->currentData().toInt());
        auto text = [&](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text() : QString(); };
        g.population = text(Population);
        g.intervention = text(Intervention);
        g.comparison = text(Comparison);
        g.outcome = text(OutcomeColumn);
        g.followUp = text(FollowUp);
        g.notes = text(Notes);
        list << g;
    }
    return list;
}

void GoldStandardPanel::propose()
{
    const auto result = m_runner->result();
    const ClaimAnalysis analysis = result ? static_cast<const ClaimAnalysis &>(*result) : ClaimAnalysis();
    m_doc->setGoldStandard(proposeGoldStandard(m_doc->review(), m_doc->currentClaimId(), analysis),
                           tr("Propose gold-standard evidence"));
}

void GoldStandardPanel::addItem()
{
    QList<GoldStandardItem> list = items();
    GoldStandardItem g;
    g.population = m_doc->review().info.population;
    g.intervention = m_doc->review().info.intervention;
    g.comparison = m_doc->review().info.comparator;
    g.outcome = m_doc->review().info.outcome;
    list << g;
    m_doc->setGoldStandard(list, tr("Add gold-standard evidence"));
    m_table->setCurrentCell(m_table->rowCount() - 1, 1);
}

void GoldStandardPanel::removeItem()
{
    QList<GoldStandardItem> list = items();
    const int row = m_table->currentRow();
    if (row < 0 || row >= list.size())
        return;
    list.removeAt(row);
    m_doc->setGoldStandard(list, tr("Delete gold-standard evidence"));
}

void GoldStandardPanel::moveItem(int delta)
{
    QList<GoldStandardItem> list = items();
    const int row = m_table->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= list.size())
        return;
    list.move(row, row + delta);
    m_doc->setGoldStandard(list, tr("Reorder gold-standard evidence"));
    m_table->setCurrentCell(row + delta, 1);
}

} // namespace evidencedesk
