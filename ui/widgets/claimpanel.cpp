// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimpanel.h"
#include "defaults.h"
#include "refinedialog.h"
#include "reviewdocument.h"
#include "wrappingfield.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace evidencedesk {

ClaimPanel::ClaimPanel(ReviewDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *claimBox = new QGroupBox(tr("Claim"));
    auto *claimLayout = new QVBoxLayout(claimBox);
    auto *top = new QHBoxLayout;
    m_selector = new QComboBox;
    m_selector->setToolTip(tr("The claims of this review"));
    auto *add = new QPushButton(tr("New claim\u2026"));
    top->addWidget(m_selector, 1);
    top->addWidget(add);
    claimLayout->addLayout(top);
    m_current = new QLabel;
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText); // the reviewer's text, never markup
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_current->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_current->setFont(f);
    claimLayout->addWidget(m_current);
    // what the claim asserts about the outcome: the studies' own effects are judged against it
    auto *assertion = new QGridLayout; // the margin has a row of its own: a narrow panel shows both whole
    m_assertion = new QComboBox;
    m_assertion->addItem(tr("not specified"), int(Assertion::Unspecified));
    m_assertion->addItem(tr("an increase"), int(Assertion::Increases));
    m_assertion->addItem(tr("a decrease"), int(Assertion::Decreases));
    m_assertion->addItem(tr("no meaningful difference"), int(Assertion::NoDifference));
    m_margin = new QDoubleSpinBox;
    m_margin->setRange(0, 100);
    m_margin->setDecimals(3);
    m_margin->setSingleStep(0.05);
    m_margin->setPrefix(QStringLiteral("\u00b1 "));
    m_margin->setObjectName(QStringLiteral("minimalImportantDifference"));
    m_margin->setToolTip(tr("The smallest effect that matters, on the analysis scale (log scale for ratios): GRADE "
                            "rates imprecision against it, a new trial is sized for it, and a no-difference claim "
                            "counts effects within it as no meaningful difference. At 0 the measure's default "
                            "applies."));
    m_assertion->setToolTip(
        tr("What the claim asserts about the outcome; each study's own effect is judged against it."));
    assertion->addWidget(new QLabel(tr("Asserts")), 0, 0);
    assertion->addWidget(m_assertion, 0, 1);
    m_marginLabel = new QLabel(tr("Minimal important difference"));
    m_marginLabel->setWordWrap(true);
    m_marginLabel->setBuddy(m_margin);
    assertion->addWidget(m_marginLabel, 1, 0);
    assertion->addWidget(m_margin, 1, 1);
    // the outcome the claim is about: its data are what the synthesis, plots, GRADE and report read
    m_claimOutcome = new QComboBox;
    m_claimOutcome->setObjectName(QStringLiteral("claimOutcome"));
    m_claimOutcome->setToolTip(tr("The outcome this claim is about; the Data tab holds each outcome's data."));
    assertion->addWidget(new QLabel(tr("About")), 2, 0);
    assertion->addWidget(m_claimOutcome, 2, 1);
    connect(m_claimOutcome, &QComboBox::activated, this, [this](int i) {
        if (!m_refreshing && m_doc->currentClaim())
            m_doc->setClaimOutcome(m_doc->currentClaimId(), m_claimOutcome->itemData(i).toLongLong());
    });
    assertion->setColumnStretch(1, 1);
    claimLayout->addLayout(assertion);
    connect(m_assertion, &QComboBox::activated, this, &ClaimPanel::commitAssertion);
    connect(m_margin, &QDoubleSpinBox::editingFinished, this, &ClaimPanel::commitAssertion);
    m_refine = new QPushButton(tr("Refine claim\u2026"));
    claimLayout->addWidget(m_refine, 0, Qt::AlignLeft);
    // each version with its reason in full, wrapped to the pane: nothing of it is hidden in a narrow column
    m_history = new QListWidget;
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    claimLayout->addWidget(new QLabel(tr("Refinement history")));
    claimLayout->addWidget(m_history, 1);
    layout->addWidget(claimBox, 1);

    auto *pico = new QGroupBox(tr("Review question"));
    auto *form = new QFormLayout(pico);
    m_title = new WrappingField;
    m_population = new WrappingField;
    m_intervention = new WrappingField;
    m_comparator = new WrappingField;
    m_outcome = new WrappingField;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Population"), m_population);
    form->addRow(tr("Intervention"), m_intervention);
    form->addRow(tr("Comparator"), m_comparator);
    form->addRow(tr("Outcome"), m_outcome);
    for (WrappingField *e : {m_title, m_population, m_intervention, m_comparator, m_outcome})
        connect(e, &WrappingField::editingFinished, this, &ClaimPanel::commitInfo);
    layout->addWidget(pico);

    connect(m_refine, &QPushButton::clicked, this, &ClaimPanel::refine);
    connect(add, &QPushButton::clicked, this, &ClaimPanel::addClaim);
    connect(m_selector, &QComboBox::activated, this,
            [this](int i) { m_doc->setCurrentClaim(m_selector->itemData(i).toLongLong()); });
    connect(doc, &ReviewDocument::claimsChanged, this, &ClaimPanel::refresh);
    connect(doc, &ReviewDocument::currentClaimChanged, this, &ClaimPanel::refresh);
    connect(doc, &ReviewDocument::outcomesChanged, this, &ClaimPanel::refresh);
    connect(doc, &ReviewDocument::infoChanged, this, &ClaimPanel::refreshInfo);
    connect(doc, &ReviewDocument::settingsChanged, this, &ClaimPanel::refreshMargin); // the default follows the measure
    refresh();
    refreshInfo();
}

void ClaimPanel::refresh()
{
    const Review &r = m_doc->review();
    m_selector->clear();
    for (const Claim &c : r.claims)
        m_selector->addItem(c.currentText().left(80), c.id);
    m_selector->setCurrentIndex(m_selector->findData(m_doc->currentClaimId()));
    m_selector->setVisible(r.claims.size() > 1);
    const Claim *c = m_doc->currentClaim();
    m_refine->setEnabled(c != nullptr);
    m_history->clear();
    if (!c) {
        m_current->setText(tr("This review has no claim yet. Use \u201cNew claim\u2026\u201d to state one."));
        m_assertion->setEnabled(false);
        m_margin->setEnabled(false);
        m_claimOutcome->clear();
        m_claimOutcome->setEnabled(false);
        return;
    }
    m_assertion->setEnabled(true);
    m_current->setText(c->currentText());
    m_refreshing = true;
    m_claimOutcome->clear();
    for (const Outcome &o : r.outcomes)
        m_claimOutcome->addItem(o.name, o.id);
    if (c->outcomeId == 0 || r.outcomes.isEmpty())
        m_claimOutcome->addItem(tr("no outcome yet"), 0);
    m_claimOutcome->setCurrentIndex(m_claimOutcome->findData(c->outcomeId));
    m_claimOutcome->setEnabled(r.outcomes.size() > 1 || c->outcomeId == 0);
    m_assertion->setCurrentIndex(m_assertion->findData(int(c->assertion)));
    m_refreshing = false;
    refreshMargin();
    const QLocale l;
    auto add = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_history);
        // a tool tip would read markup in the reviewer's words as HTML: escaped, it is shown as written
        item->setToolTip(
            QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    };
    add(tr("Original (%1):\n%2")
            .arg(l.toString(c->createdAt.toLocalTime().date(), QLocale::ShortFormat), c->originalText));
    for (qsizetype i = 0; i < c->refinements.size(); ++i) {
        const Refinement &ref = c->refinements[i];
        add(tr("Version %1 (%2):\n%3\nWhy refined: %4")
                .arg(QString::number(i + 2), l.toString(ref.at.toLocalTime().date(), QLocale::ShortFormat), ref.text,
                     ref.rationale));
    }
}

void ClaimPanel::refreshMargin()
{
    const Claim *c = m_doc->currentClaim();
    m_margin->setEnabled(c != nullptr);
    if (!c)
        return;
    // the measure's default (the core's rule and words) reads as the spin box's value at 0
    const synth::Measure measure = effectiveSettings(m_doc->review(), c->id).measure;
    const ImportanceThreshold fallback = defaultThreshold(measure);
    m_margin->setSpecialValueText(fallback.isSet() ? tr("default: %1").arg(thresholdText(fallback, measure, true))
                                                   : tr("not set (no default for this measure)"));
    m_refreshing = true;
    m_margin->setValue(std::isfinite(c->equivalenceMargin) ? c->equivalenceMargin : 0);
    m_refreshing = false;
}

void ClaimPanel::refreshInfo()
{
    const ReviewInfo &i = m_doc->review().info;
    m_title->setText(i.title);
    m_population->setText(i.population);
    m_intervention->setText(i.intervention);
    m_comparator->setText(i.comparator);
    m_outcome->setText(i.outcome);
}

void ClaimPanel::commitInfo()
{
    ReviewInfo i = m_doc->review().info;
    i.title = m_title->text();
    i.population = m_population->text();
    i.intervention = m_intervention->text();
    i.comparator = m_comparator->text();
    i.outcome = m_outcome->text();
    m_doc->setInfo(i);
}

void ClaimPanel::commitAssertion()
{
    const Claim *c = m_doc->currentClaim();
    if (!c || m_refreshing)
        return;
    Claim after = *c;
    after.assertion = Assertion(m_assertion->currentData().toInt());
    after.equivalenceMargin = m_margin->value() > 0 ? m_margin->value() : std::nan("");
    m_doc->editClaim(after);
}

void ClaimPanel::refine()
{
    const Claim *c = m_doc->currentClaim();
    if (!c)
        return;
    auto *dialog = new RefineDialog(c->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefineDialog::accepted, this,
            [this, dialog] { m_doc->refineClaim(dialog->text(), dialog->rationale()); });
    dialog->open();
}

void ClaimPanel::addClaim()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("New claim"), tr("State the claim:"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        m_doc->addClaim(text.trimmed(), Assertion::Unspecified);
}

} // namespace evidencedesk
