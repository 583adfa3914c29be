// SPDX-License-Identifier: GPL-3.0-or-later
#include "refinedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evidencedesk {

RefineDialog::RefineDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Refine claim"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Refined claim:")));
    m_text = new QPlainTextEdit(current);
    layout->addWidget(m_text);
    layout->addWidget(new QLabel(tr("Why refined (required): which evidence made the claim narrower or broader?")));
    m_rationale = new QPlainTextEdit;
    layout->addWidget(m_rationale);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RefineDialog::validate);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &RefineDialog::validate);
    m_original = current;
    validate();
    resize(560, 380);
}

QString RefineDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString RefineDialog::rationale() const
{
    return m_rationale->toPlainText().trimmed();
}

void RefineDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!text().isEmpty() && !rationale().isEmpty() && text() != m_original);
}

} // namespace evidencedesk
