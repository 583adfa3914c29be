// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace evidencedesk {

SynthesisSettings defaultSynthesisSettings()
{
    const QSettings s;
    SynthesisSettings d;
    d.measure = s.value(QStringLiteral("defaults/measure"), d.measure).toString();
    d.method = s.value(QStringLiteral("defaults/method"), d.method).toString();
    d.test = s.value(QStringLiteral("defaults/test"), d.test).toString();
    d.level = s.value(QStringLiteral("defaults/level"), d.level).toDouble();
    return d;
}

QString preferredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *analysis = new QGroupBox(tr("Default synthesis for new claims"));
    auto *form = new QFormLayout(analysis);
    const SynthesisSettings d = defaultSynthesisSettings();
    m_measure = new QComboBox;
    for (const char *m : {"RR", "OR", "RD", "MD", "SMD", "ROM", "COR", "ZCOR", "GEN"})
        m_measure->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
    m_measure->setCurrentIndex(m_measure->findData(d.measure));
    m_method = new QComboBox;
    for (const char *m : {"REML", "DL", "PM", "EB", "ML", "HE", "HS", "SJ", "EE"})
        m_method->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
    m_method->setCurrentIndex(m_method->findData(d.method));
    m_test = new QComboBox;
    m_test->addItem(tr("z test"), QStringLiteral("z"));
    m_test->addItem(tr("Knapp-Hartung"), QStringLiteral("knha"));
    m_test->setCurrentIndex(m_test->findData(d.test));
    m_level = new QDoubleSpinBox;
    m_level->setRange(50, 99.9);
    m_level->setDecimals(1);
    m_level->setSuffix(QStringLiteral(" %"));
    m_level->setValue(d.level);
    form->addRow(tr("Effect measure"), m_measure);
    form->addRow(tr("\u03c4\u00b2 estimator"), m_method);
    form->addRow(tr("Test"), m_test);
    form->addRow(tr("Confidence level"), m_level);
    layout->addWidget(analysis);
    auto *language = new QGroupBox(tr("Language"));
    auto *lf = new QFormLayout(language);
    m_language = new QComboBox;
    m_language->addItem(tr("As the system"), QString());
    // i18n-exempt: each language is named in itself, whatever the interface language
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // i18n-exempt
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de")); // i18n-exempt
    m_language->addItem(QStringLiteral("Espa\u00f1ol"), QStringLiteral("es")); // i18n-exempt
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr")); // i18n-exempt
    m_language->addItem(QStringLiteral("Portugu\u00eas (Brasil)"), QStringLiteral("pt_BR")); // i18n-exempt
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredLanguage())));
    lf->addRow(tr("Interface language"), m_language);
    lf->addRow(new QLabel(tr("A new language applies when EvidenceDesk next starts.")));
    layout->addWidget(language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    QSettings s;
    s.setValue(QStringLiteral("defaults/measure"), m_measure->currentData());
    s.setValue(QStringLiteral("defaults/method"), m_method->currentData());
    s.setValue(QStringLiteral("defaults/test"), m_test->currentData());
    s.setValue(QStringLiteral("defaults/level"), m_level->value());
    s.setValue(QStringLiteral("language"), m_language->currentData());
    QDialog::accept();
}

} // namespace evidencedesk
