// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace evidencedesk {

/// The refined claim and why it was refined; OK only when both are given.
class RefineDialog : public QDialog {
    Q_OBJECT

public:
    explicit RefineDialog(const QString &current, QWidget *parent = nullptr);
    QString text() const;
    QString rationale() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }

private:
    void validate();
    QPlainTextEdit *m_text, *m_rationale;
    QDialogButtonBox *m_buttons;
    QString m_original;
};

} // namespace evidencedesk
