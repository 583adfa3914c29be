// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace evidencedesk {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_measure, *m_method, *m_test, *m_language;
    QDoubleSpinBox *m_level;
};

} // namespace evidencedesk
