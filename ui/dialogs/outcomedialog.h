// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace evidencedesk {

/// A new outcome (name, data type, time point, notes), or an existing one renamed (its type then stays: its data
/// are in that type's columns).
class OutcomeDialog : public QDialog {
    Q_OBJECT

public:
    /// `others`: the review's other outcome names (a name is used once).
    OutcomeDialog(const Outcome &outcome, bool isNew, const QStringList &others, QWidget *parent = nullptr);
    Outcome outcome() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeField() const { return m_type; }

private:
    void validate();

    Outcome m_outcome;
    QStringList m_others;
    QLineEdit *m_name, *m_timePoint, *m_notes;
    QComboBox *m_type;
    QDialogButtonBox *m_buttons;
};

} // namespace evidencedesk
