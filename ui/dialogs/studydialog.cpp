// SPDX-License-Identifier: GPL-3.0-or-later
#include "studydialog.h"
#include "analysisformat.h"
#include "effectdata.h"
#include "messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace evidencedesk {

namespace {
/// A number typed in the UI language (decimal comma where the locale has one) or with a decimal point.
std::optional<double> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nan("");
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}
} // namespace

StudyDialog::StudyDialog(const Study &study, const synth::StudyInput &data, const QString &outcomeName,
                         const SynthesisSettings &settings, QWidget *parent)
    : QDialog(parent), m_study(study), m_measure(settings.measure), m_level(settings.level)
{
    setWindowTitle(tr("Study: %1").arg(study.label()));
    auto *layout = new QVBoxLayout(this);
    auto *citation = new QGroupBox(tr("Citation"));
    auto *form = new QFormLayout(citation);
    m_authors = new QLineEdit(study.authors);
    m_authors->setPlaceholderText(tr("Last, First; Last, First"));
    m_title = new QLineEdit(study.title);
    m_year = new QSpinBox;
    m_year->setRange(0, 2200);
    m_year->setSpecialValueText(tr("unknown"));
    m_year->setValue(study.year);
    m_journal = new QLineEdit(study.journal);
    m_doi = new QLineEdit(study.doi);
    m_pmid = new QLineEdit(study.pmid);
    m_url = new QLineEdit(study.url);
    form->addRow(tr("Authors"), m_authors);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Journal"), m_journal);
    form->addRow(tr("DOI"), m_doi);
    form->addRow(tr("PMID"), m_pmid);
    form->addRow(tr("URL"), m_url);
    layout->addWidget(citation);

    auto *appraisal = new QGroupBox(tr("Design and quality"));
    auto *aform = new QFormLayout(appraisal);
    m_design = new QComboBox;
    for (Design d : allDesigns())
        m_design->addItem(designName(d), int(d));
    m_design->setCurrentIndex(m_design->findData(int(study.design)));
    m_quality = new QDoubleSpinBox;
    m_quality->setRange(-1, 100);
    m_quality->setDecimals(1);
    m_quality->setSpecialValueText(tr("not rated"));
    m_quality->setValue(std::isfinite(study.quality) ? study.quality : -1);
    m_tool = new QLineEdit(study.qualityTool);
    m_tool->setPlaceholderText(tr("e.g. RoB 2, ROBINS-I, Newcastle-Ottawa"));
    m_included = new QCheckBox(tr("Included in the synthesis"));
    m_included->setChecked(study.included);
    m_exclusion = new QLineEdit(study.exclusionReason);
    m_exclusion->setPlaceholderText(tr("e.g. wrong population; the report lists it"));
    m_exclusion->setEnabled(!study.included);
    connect(m_included, &QCheckBox::toggled, m_exclusion, [this](bool on) { m_exclusion->setEnabled(!on); });
    aform->addRow(tr("Design"), m_design);
    aform->addRow(tr("Quality score (0–100)"), m_quality);
    aform->addRow(tr("Quality tool"), m_tool);
    aform->addRow(QString(), m_included);
    aform->addRow(tr("Why excluded"), m_exclusion);
    layout->addWidget(appraisal);

    auto *outcome = new QGroupBox(outcomeName.isEmpty()
                                      ? tr("Outcome data (metafor's escalc columns)")
                                      : tr("Data for \u201c%1\u201d (metafor's escalc columns)").arg(outcomeName));
    auto *grid = new QGridLayout(outcome);
    const QStringList columns = effectColumns();
    for (int i = 0; i < columns.size(); ++i) {
        const double value = data.*synth::kStudyInputFields[std::size_t(i)].member;
        auto *edit = new QLineEdit(std::isfinite(value) ? QLocale().toString(value, 'g', 15) : QString());
        edit->setObjectName(columns[i]);
        m_data.insert(columns[i], edit);
        grid->addWidget(new QLabel(columns[i]), i / 5 * 2, i % 5);
        grid->addWidget(edit, i / 5 * 2 + 1, i % 5);
        connect(edit, &QLineEdit::textChanged, this, &StudyDialog::validate);
    }
    m_effect = new QLabel;
    m_effect->setWordWrap(true);
    grid->addWidget(m_effect, 6, 0, 1, 5);
    layout->addWidget(outcome);
    m_abstract = new QPlainTextEdit(study.extra.value(QStringLiteral("abstract")).toString());
    m_abstract->setMaximumHeight(110);
    layout->addWidget(new QLabel(tr("Abstract")));
    layout->addWidget(m_abstract);
    m_notes = new QPlainTextEdit(study.notes);
    m_notes->setMaximumHeight(70);
    layout->addWidget(new QLabel(tr("Notes")));
    layout->addWidget(m_notes);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &StudyDialog::validate);
    validate();
}

Study StudyDialog::study() const
{
    Study s = m_study;
    s.authors = m_authors->text().trimmed();
    s.title = m_title->text().trimmed();
    s.year = m_year->value();
    s.journal = m_journal->text().trimmed();
    s.doi = m_doi->text().trimmed();
    s.pmid = m_pmid->text().trimmed();
    s.url = m_url->text().trimmed();
    s.design = Design(m_design->currentData().toInt());
    s.quality = m_quality->value() < 0 ? std::nan("") : m_quality->value();
    s.qualityTool = m_tool->text().trimmed();
    s.included = m_included->isChecked();
    s.exclusionReason = s.included ? QString() : m_exclusion->text().trimmed();
    s.notes = m_notes->toPlainText();
    if (const QString abstract = m_abstract->toPlainText().trimmed(); abstract.isEmpty())
        s.extra.remove(QStringLiteral("abstract"));
    else
        s.extra.insert(QStringLiteral("abstract"), abstract);
    return s;
}

synth::StudyInput StudyDialog::data() const
{
    synth::StudyInput d;
    const QStringList columns = effectColumns();
    for (int i = 0; i < columns.size(); ++i)
        d.*synth::kStudyInputFields[std::size_t(i)].member
            = parseNumber(m_data.value(columns[i])->text()).value_or(std::nan(""));
    return d;
}

QString StudyDialog::effectText() const
{
    return m_effect->text();
}

void StudyDialog::validate()
{
    m_problem.clear();
    for (QLineEdit *e : std::as_const(m_data)) {
        const bool ok = parseNumber(e->text()).has_value();
        e->setStyleSheet(ok ? QString() : QStringLiteral("background: #fde2e0"));
        if (!ok && m_problem.isEmpty())
            m_problem = tr("%1: \u201c%2\u201d is not a number").arg(e->objectName(), e->text());
    }
    if (m_problem.isEmpty() && m_title->text().trimmed().isEmpty() && m_authors->text().trimmed().isEmpty())
        m_problem = tr("The study needs a title or authors.");
    const synth::StudyInput data = this->data();
    QString effect;
    if (m_problem.isEmpty()) {
        // the engine's own checks, so the dialog refuses exactly what the analysis would
        using synth::Measure;
        for (const Measure m : {m_measure, Measure::RR, Measure::MD, Measure::COR, Measure::GEN}) {
            try {
                const synth::EffectSize e = synth::computeEffect(m, data);
                if (m == m_measure && e.available()) {
                    const bool ratio = synth::isRatioMeasure(m);
                    const synth::Interval ci = synth::studyInterval(e, m_level);
                    auto show = [&](double x) { return QLocale().toString(ratio ? std::exp(x) : x, 'f', 3); };
                    effect
                        = tr("%1 = %2 %3 (%4 CI; variance %5)")
                              .arg(QString::fromLatin1(synth::measureName(m_measure).data()), show(e.yi),
                                   intervalText(show(ci.lower), show(ci.upper)),
                                   percentText(QLocale().toString(m_level, 'g', 4)), QLocale().toString(e.vi, 'g', 4));
                }
            } catch (const synth::Error &e) {
                m_problem = tr("%1: %2").arg(QString::fromStdString(e.field()), describeError(e.code()));
                if (QLineEdit *field = m_data.value(QString::fromStdString(e.field())))
                    field->setStyleSheet(QStringLiteral("background: #fde2e0"));
                break;
            }
        }
    }
    static const QString problemMarkup
        = QStringLiteral("<span style='color:#b02418'>%1</span>"); // around translated text
    if (!m_problem.isEmpty())
        m_effect->setText(problemMarkup.arg(m_problem.toHtmlEscaped()));
    else if (!effect.isEmpty())
        m_effect->setText(effect);
    else
        m_effect->setText(tr("No %1 effect from these data yet.").arg(measureDisplayName(m_measure)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace evidencedesk
