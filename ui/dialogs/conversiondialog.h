// SPDX-License-Identifier: GPL-3.0-or-later
// What a paper reports, converted to what the analysis takes, with the conversion shown: an effect with its
// confidence interval or p-value (generic outcomes), a group's mean with its standard error, or its median with
// the quartiles or the range (continuous outcomes). The arithmetic is libsynth's (synth/conversions.h); the
// dialog only collects the numbers and shows what they give.
#pragma once

#include "review.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QFormLayout;

namespace evidencedesk {

class ConversionDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { ConfidenceInterval, PValue, MeanSe, MedianIqr, MedianRange };
    /// `data`: the study's data for the outcome (the converted values replace some of them); `ratio`: the
    /// outcome's estimates are ratios (given on the natural scale, analysed on the log scale).
    ConversionDialog(OutcomeType type, const synth::StudyInput &data, bool ratio, const QString &study,
                     QWidget *parent = nullptr);
    /// The kinds offered for an outcome type (none: it has nothing to convert).
    static QList<Kind> kinds(OutcomeType type);
    void setKind(Kind kind);
    /// The input fields, in the order shown (for tests and keyboard use).
    QList<QLineEdit *> fields() const { return m_fields; }
    void setArm(bool intervention);
    /// The data with the conversion applied; valid() false while the numbers give nothing.
    synth::StudyInput result() const { return m_converted; }
    bool valid() const { return m_valid; }
    /// One line for the study's notes: what was converted, from what, by which method.
    QString note() const { return m_note; }
    QString shown() const; ///< the result as shown

private:
    void rebuild();
    void update();

    OutcomeType m_type;
    synth::StudyInput m_data;
    bool m_ratio;
    QComboBox *m_kind;
    QComboBox *m_arm;
    QFormLayout *m_form;
    QList<QLineEdit *> m_fields;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttons;
    synth::StudyInput m_converted;
    bool m_valid = false;
    QString m_note;
};

} // namespace evidencedesk
