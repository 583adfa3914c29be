// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "messages.h"
#include "preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace evidencedesk {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *analysis = new QGroupBox(tr("Default synthesis for new claims"));
    auto *form = new QFormLayout(analysis);
    const NewClaimPreferences d = newClaimPreferences();
    m_measure = new QComboBox;
    m_measure->addItem(tr("From the studies' data"), -1);
    for (synth::Measure m : allMeasures())
        m_measure->addItem(measureDisplayName(m), int(m));
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(d.measure ? int(*d.measure) : -1)));
    m_method = new QComboBox;
    for (synth::Method m : allMethods())
        m_method->addItem(methodDisplayName(m), int(m));
    m_method->setCurrentIndex(m_method->findData(int(d.method)));
    m_test = new QComboBox;
    for (synth::Test t : {synth::Test::Z, synth::Test::Knha})
        m_test->addItem(testDisplayName(t), int(t));
    m_test->setCurrentIndex(m_test->findData(int(d.test)));
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
    NewClaimPreferences p;
    if (const int m = m_measure->currentData().toInt(); m >= 0)
        p.measure = synth::Measure(m);
    p.method = synth::Method(m_method->currentData().toInt());
    p.test = synth::Test(m_test->currentData().toInt());
    p.level = m_level->value();
    setNewClaimPreferences(p);
    setPreferredLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace evidencedesk
