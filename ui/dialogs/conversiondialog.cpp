// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversiondialog.h"
#include "datagrid.h"

#include "synth/conversions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace evidencedesk {

namespace {
QString number(double x)
{
    return QLocale().toString(x, 'g', 6);
}
} // namespace

QList<ConversionDialog::Kind> ConversionDialog::kinds(OutcomeType type)
{
    switch (type) {
    case OutcomeType::Generic:
        return {Kind::ConfidenceInterval, Kind::PValue};
    case OutcomeType::Continuous:
        return {Kind::MeanSe, Kind::MedianIqr, Kind::MedianRange};
    case OutcomeType::Dichotomous:
    case OutcomeType::Correlation:
        break;
    }
    return {};
}

ConversionDialog::ConversionDialog(OutcomeType type, const synth::StudyInput &data, bool ratio, const QString &study,
                                   QWidget *parent)
    : QDialog(parent), m_type(type), m_data(data), m_ratio(ratio)
{
    setWindowTitle(tr("Convert reported results: %1").arg(study));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind = new QComboBox;
    for (Kind k : kinds(type)) {
        const QString names[] = {tr("An estimate with its confidence interval"), tr("An estimate with its p-value"),
                                 tr("A mean with its standard error"), tr("A median with the quartiles (IQR)"),
                                 tr("A median with the range (minimum, maximum)")};
        m_kind->addItem(names[int(k)], int(k));
    }
    m_arm = new QComboBox;
    m_arm->addItem(tr("Intervention"), true);
    m_arm->addItem(tr("Comparator"), false);
    top->addRow(tr("The paper reports"), m_kind);
    top->addRow(tr("Group"), m_arm);
    m_arm->setVisible(type == OutcomeType::Continuous);
    top->labelForField(m_arm)->setVisible(type == OutcomeType::Continuous);
    layout->addLayout(top);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_resultLabel = new QLabel;
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setObjectName(QStringLiteral("conversionResult"));
    layout->addWidget(m_resultLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these values"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::activated, this, &ConversionDialog::rebuild);
    connect(m_arm, &QComboBox::activated, this, &ConversionDialog::update);
    rebuild();
}

void ConversionDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    rebuild();
}

void ConversionDialog::setArm(bool intervention)
{
    m_arm->setCurrentIndex(intervention ? 0 : 1);
    update();
}

void ConversionDialog::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    QStringList labels;
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::ConfidenceInterval:
        labels = {m_ratio ? tr("Estimate (as a ratio)") : tr("Estimate"), tr("Lower bound"), tr("Upper bound"),
                  tr("Level (%)")};
        break;
    case Kind::PValue:
        labels = {m_ratio ? tr("Estimate (as a ratio)") : tr("Estimate"), tr("p-value (two-sided)")};
        break;
    case Kind::MeanSe:
        labels = {tr("Mean"), tr("Standard error of the mean"), tr("N")};
        break;
    case Kind::MedianIqr:
        labels = {tr("Median"), tr("First quartile"), tr("Third quartile"), tr("N")};
        break;
    case Kind::MedianRange:
        labels = {tr("Median"), tr("Minimum"), tr("Maximum"), tr("N")};
        break;
    }
    for (const QString &label : std::as_const(labels)) {
        auto *edit = new QLineEdit;
        m_form->addRow(label, edit);
        m_fields << edit;
        connect(edit, &QLineEdit::textChanged, this, &ConversionDialog::update);
    }
    if (Kind(m_kind->currentData().toInt()) == Kind::ConfidenceInterval)
        m_fields.last()->setText(QLocale().toString(95));
    update();
}

QString ConversionDialog::shown() const
{
    return m_resultLabel->text();
}

void ConversionDialog::update()
{
    QList<double> v;
    bool numbers = true;
    for (QLineEdit *e : std::as_const(m_fields)) {
        const std::optional<double> x = parseCellNumber(e->text());
        numbers = numbers && x && !std::isnan(*x);
        v << (x ? *x : std::nan(""));
    }
    m_valid = false;
    m_note.clear();
    QString text = tr("Enter the numbers the paper gives.");
    synth::StudyInput r = m_data; // the other group's values stay as they were
    const bool intervention = m_arm->currentData().toBool();
    if (numbers) {
        switch (Kind(m_kind->currentData().toInt())) {
        case Kind::ConfidenceInterval:
        case Kind::PValue: {
            const bool ci = Kind(m_kind->currentData().toInt()) == Kind::ConfidenceInterval;
            const synth::EstimateSe e = ci ? synth::fromConfidenceInterval(v[0], v[1], v[2], v[3], m_ratio)
                                           : synth::fromPValue(v[0], v[1], m_ratio);
            if (std::isfinite(e.yi) && std::isfinite(e.sei)) {
                r.yi = e.yi;
                r.sei = e.sei;
                r.vi = std::nan(""); // the variance follows from the SE
                m_valid = true;
                m_note = ci
                    ? tr("Estimate and SE from the %1% confidence interval (Cochrane Handbook 6.3.2).")
                          .arg(number(v[3]))
                    : tr("SE from the estimate and its p-value, p = %1 (Altman & Bland 2011).").arg(number(v[1]));
                text = tr("Estimate %1, standard error %2%3.")
                           .arg(number(e.yi), number(e.sei), m_ratio ? tr(" (log scale)") : QString());
            }
            break;
        }
        case Kind::MeanSe: {
            const double sd = synth::sdFromSe(v[1], v[2]);
            if (std::isfinite(sd)) {
                (intervention ? r.m1i : r.m2i) = v[0];
                (intervention ? r.sd1i : r.sd2i) = sd;
                (intervention ? r.n1i : r.n2i) = v[2];
                m_valid = true;
                m_note = tr("SD of the %1 group from the SE of its mean: SD = SE \u221an (Cochrane Handbook 6.5.2.2).")
                             .arg(m_arm->currentText().toLower());
                text = tr("Mean %1, SD %2, N %3.").arg(number(v[0]), number(sd), number(v[2]));
            }
            break;
        }
        case Kind::MedianIqr:
        case Kind::MedianRange: {
            const bool iqr = Kind(m_kind->currentData().toInt()) == Kind::MedianIqr;
            const synth::MeanSd m
                = iqr ? synth::fromMedianIqr(v[1], v[0], v[2], v[3]) : synth::fromMedianRange(v[1], v[0], v[2], v[3]);
            if (std::isfinite(m.mean) && std::isfinite(m.sd)) {
                (intervention ? r.m1i : r.m2i) = m.mean;
                (intervention ? r.sd1i : r.sd2i) = m.sd;
                (intervention ? r.n1i : r.n2i) = v[3];
                m_valid = true;
                m_note = (iqr ? tr("Mean and SD of the %1 group estimated from the median and quartiles (mean: Luo et "
                                   "al. 2018; SD: Wan et al. 2014).")
                              : tr("Mean and SD of the %1 group estimated from the median and range (mean: Luo et al. "
                                   "2018; SD: Wan et al. 2014)."))
                             .arg(m_arm->currentText().toLower());
                text = tr("Estimated mean %1, SD %2, N %3.").arg(number(m.mean), number(m.sd), number(v[3]));
            }
            break;
        }
        }
        if (!m_valid)
            text = tr("These numbers give no result (check their order and that they are possible).");
    }
    m_converted = m_valid ? r : m_data;
    m_resultLabel->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace evidencedesk
