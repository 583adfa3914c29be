// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace evidencedesk {

OutcomeDialog::OutcomeDialog(const Outcome &outcome, bool isNew, const QStringList &others, QWidget *parent)
    : QDialog(parent), m_outcome(outcome), m_others(others)
{
    setWindowTitle(isNew ? tr("New outcome") : tr("Outcome: %1").arg(outcome.name));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(outcome.name);
    m_name->setPlaceholderText(tr("e.g. any fracture at 12 months"));
    m_type = new QComboBox;
    for (OutcomeType t : allOutcomeTypes())
        m_type->addItem(outcomeTypeName(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(outcome.type)));
    m_type->setEnabled(isNew); // the data already entered are in this type's columns
    m_timePoint = new QLineEdit(outcome.timePoint);
    m_timePoint->setPlaceholderText(tr("e.g. 12 months"));
    m_notes = new QLineEdit(outcome.notes);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Data"), m_type);
    form->addRow(tr("Time point"), m_timePoint);
    form->addRow(tr("Notes"), m_notes);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &OutcomeDialog::validate);
    validate();
}

Outcome OutcomeDialog::outcome() const
{
    Outcome o = m_outcome;
    o.name = m_name->text().trimmed();
    o.type = OutcomeType(m_type->currentData().toInt());
    o.timePoint = m_timePoint->text().trimmed();
    o.notes = m_notes->text().trimmed();
    return o;
}

void OutcomeDialog::validate()
{
    const QString name = m_name->text().trimmed();
    bool taken = false;
    for (const QString &other : std::as_const(m_others))
        taken = taken || other.compare(name, Qt::CaseInsensitive) == 0;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name.isEmpty() && !taken);
    ok->setToolTip(taken ? tr("The review has an outcome of this name.") : QString());
}

} // namespace evidencedesk
