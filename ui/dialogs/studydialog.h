// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace evidencedesk {

/// Every field of a study, checked as you type (n >= 2, SD > 0, events <= totals, ...) with the effect
/// size it yields shown live. OK is enabled only for a valid study.
class StudyDialog : public QDialog {
    Q_OBJECT

public:
    /// `settings`: the measure and level the effect is shown at; `data`: the study's data for the outcome named
    /// `outcome` (empty: the review has no outcome yet, and the data start one).
    StudyDialog(const Study &study, const synth::StudyInput &data, const QString &outcome,
                const SynthesisSettings &settings, QWidget *parent = nullptr);
    Study study() const;
    synth::StudyInput data() const; ///< as entered
    QLineEdit *dataField(const QString &column) const { return m_data.value(column); }
    QString problem() const { return m_problem; }
    QString effectText() const;

private:
    void validate();

    Study m_study;
    synth::Measure m_measure;
    double m_level;
    QLineEdit *m_authors, *m_title, *m_journal, *m_doi, *m_pmid, *m_url, *m_tool;
    QSpinBox *m_year;
    QComboBox *m_design;
    QDoubleSpinBox *m_quality;
    QCheckBox *m_included;
    QLineEdit *m_exclusion;
    QPlainTextEdit *m_abstract;
    QPlainTextEdit *m_notes;
    QHash<QString, QLineEdit *> m_data;
    QLabel *m_effect;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace evidencedesk
