// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthesispanel.h"
#include "analysisformat.h"
#include "compactwidgets.h"
#include "defaults.h"
#include "forestplot.h"
#include "messages.h"
#include "plotwidget.h"
#include "reviewdocument.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace evidencedesk {

namespace {

QString num(double x, int digits = 2)
{
    return std::isfinite(x) ? QLocale().toString(x, 'f', digits) : QStringLiteral("\u2013");
}

/// "= 0.042" or "< 0.001", HTML-escaped (the results are rich text).
QString pval(double p)
{
    return pValueClause(p).toHtmlEscaped();
}

} // namespace

SynthesisPanel::SynthesisPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_runner(runner)
{
    auto *layout = new QVBoxLayout(this);
    auto *settings = new QGridLayout;
    m_measure = new QComboBox;
    for (synth::Measure m : allMeasures())
        m_measure->addItem(measureDisplayName(m), int(m));
    m_method = new QComboBox;
    for (synth::Method m : allMethods())
        m_method->addItem(methodDisplayName(m), int(m));
    m_test = new QComboBox;
    for (synth::Test t : {synth::Test::Z, synth::Test::Knha})
        m_test->addItem(testDisplayName(t), int(t));
    m_level = new QDoubleSpinBox;
    m_level->setRange(50, 99.9);
    m_level->setDecimals(1);
    m_level->setSuffix(QStringLiteral(" %"));
    m_subgroup = new QComboBox;
    for (QComboBox *c : {m_measure, m_method, m_test, m_subgroup})
        allowNarrow(c, 8);
    settings->addWidget(new QLabel(tr("Measure")), 0, 0);
    settings->addWidget(m_measure, 0, 1);
    settings->addWidget(new QLabel(tr("Model")), 0, 2);
    settings->addWidget(m_method, 0, 3);
    settings->addWidget(m_test, 0, 4);
    settings->addWidget(new QLabel(tr("Level")), 1, 0);
    settings->addWidget(m_level, 1, 1);
    settings->addWidget(new QLabel(tr("Subgroups")), 1, 2);
    settings->addWidget(m_subgroup, 1, 3, 1, 2);
    settings->setColumnStretch(5, 1);
    layout->addLayout(settings);
    m_status = new QLabel;
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical);
    m_split = split;
    m_results = new QTextBrowser;
    m_results->setOpenLinks(false);
    split->addWidget(m_results);
    // plot options in one menu, kept between sessions
    auto *plotBox = new QWidget;
    auto *plotLayout = new QVBoxLayout(plotBox);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    {
        const QSettings stored;
        m_options.order = PlotOptions::Order(stored.value(QStringLiteral("plots/order"), 0).toInt());
        for (PlotColumn c : allPlotColumns())
            if (stored.value(QStringLiteral("plots/column%1").arg(int(c)), c == PlotColumn::Year).toBool())
                m_options.columns << c;
        m_options.showFixedEffect = stored.value(QStringLiteral("plots/fixed"), false).toBool();
        m_options.contours = stored.value(QStringLiteral("plots/contours"), true).toBool();
        m_options.eggerLine = stored.value(QStringLiteral("plots/egger"), false).toBool();
        m_options.colourByStance = stored.value(QStringLiteral("plots/colourByStance"), false).toBool();
    }
    auto *menu = new QMenu(this);
    QMenu *order = menu->addMenu(tr("Order studies"));
    auto *orderGroup = new QActionGroup(order);
    const QList<QPair<PlotOptions::Order, QString>> orders {{PlotOptions::Order::AsEntered, tr("As entered")},
                                                            {PlotOptions::Order::Effect, tr("By effect")},
                                                            {PlotOptions::Order::Weight, tr("By weight")},
                                                            {PlotOptions::Order::Year, tr("By year")},
                                                            {PlotOptions::Order::Stance, tr("By stance")}};
    for (const auto &[o, name] : orders) {
        QAction *a = order->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_options.order == o);
        orderGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, o = o] {
            m_options.order = o;
            showPlots();
        });
    }
    QMenu *columns = menu->addMenu(tr("Forest plot columns"));
    for (PlotColumn c : allPlotColumns()) {
        QAction *a = columns->addAction(plotColumnName(c));
        a->setCheckable(true);
        a->setChecked(m_options.columns.contains(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_options.columns.removeAll(c);
            if (on)
                m_options.columns << c;
            showPlots();
        });
    }
    auto toggle = [&](const QString &name, bool PlotOptions::*member) {
        QAction *a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_options.*member);
        connect(a, &QAction::toggled, this, [this, member](bool on) {
            m_options.*member = on;
            showPlots();
        });
    };
    toggle(tr("Colour studies by stance (with a legend)"), &PlotOptions::colourByStance);
    toggle(tr("Equal-effects diamond too"), &PlotOptions::showFixedEffect);
    toggle(tr("Funnel: significance contours"), &PlotOptions::contours);
    toggle(tr("Funnel: Egger's regression line"), &PlotOptions::eggerLine);
    menu->addAction(tr("“Favours” labels of this claim…"), this, [this] {
        const Claim *claim = m_doc->currentClaim();
        if (!claim)
            return;
        // the claim's own words, stored in the review: every plot and report of the claim uses them
        bool ok = false;
        const QString left = QInputDialog::getText(this, tr("Favours labels"), tr("Left of the null line:"),
                                                   QLineEdit::Normal, favoursLeft(*claim), &ok);
        if (!ok)
            return;
        const QString right = QInputDialog::getText(this, tr("Favours labels"), tr("Right of the null line:"),
                                                    QLineEdit::Normal, favoursRight(*claim), &ok);
        if (!ok)
            return;
        Claim after = *claim;
        // what reads as the default is stored as the default, so that it follows the interface language
        Claim blank;
        after.favoursLeft = left.trimmed() == favoursLeft(blank) ? QString() : left.trimmed();
        after.favoursRight = right.trimmed() == favoursRight(blank) ? QString() : right.trimmed();
        m_doc->editClaim(after);
    });
    menu->addSeparator();
    QAction *exportAction = menu->addAction(tr("Export plot\u2026"));
    auto *optionsButton = new QToolButton;
    optionsButton->setText(tr("Plot options"));
    optionsButton->setMenu(menu);
    optionsButton->setPopupMode(QToolButton::InstantPopup);
    m_plots = new QTabWidget;
    m_forest = new PlotWidget(PlotKind::Forest);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_forest);
    scroll->setWidgetResizable(true);
    m_funnel = new PlotWidget(PlotKind::Funnel);
    m_plots->addTab(scroll, tr("Forest plot"));
    m_plots->addTab(m_funnel, tr("Funnel plot"));
    m_plots->setCornerWidget(optionsButton);
    plotLayout->addWidget(m_plots, 1);
    connect(exportAction, &QAction::triggered, this,
            [this] { (m_plots->currentIndex() == 0 ? m_forest : m_funnel)->exportDialog(); });
    split->addWidget(plotBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    layout->addWidget(split, 1);

    for (QComboBox *c : {m_measure, m_method, m_test, m_subgroup})
        connect(c, &QComboBox::activated, this, &SynthesisPanel::commitSettings);
    connect(m_level, &QDoubleSpinBox::editingFinished, this, &SynthesisPanel::commitSettings);
    connect(doc, &ReviewDocument::settingsChanged, this, &SynthesisPanel::refreshSettings);
    connect(doc, &ReviewDocument::currentClaimChanged, this, &SynthesisPanel::refreshSettings);
    connect(doc, &ReviewDocument::studiesReset, this, &SynthesisPanel::refreshSettings);
    connect(doc, &ReviewDocument::analysisInputsChanged, this, [this] { m_status->setText(tr("Updating\u2026")); });
    connect(runner, &AnalysisRunner::finished, this, &SynthesisPanel::showResult);
    for (PlotWidget *p : {m_forest, m_funnel}) {
        connect(p, &PlotWidget::studyClicked, this, &SynthesisPanel::studyClicked);
        connect(p, &PlotWidget::includeRequested, this, &SynthesisPanel::includeRequested);
        connect(p, &PlotWidget::exportFailed, this, &SynthesisPanel::exportFailed);
    }
    refreshSettings();
    if (runner->result())
        showResult(runner->result());
}

void SynthesisPanel::refreshSettings()
{
    m_refreshing = true;
    const SynthesisSettings s = m_doc->settings();
    m_measure->setCurrentIndex(m_measure->findData(int(s.measure)));
    m_measure->setToolTip(s.automaticMeasure ? tr("Chosen from the studies' data until you pick a measure")
                                             : QString());
    m_method->setCurrentIndex(m_method->findData(int(s.method)));
    m_test->setCurrentIndex(m_test->findData(int(s.test)));
    m_level->setValue(s.level);
    m_subgroup->clear();
    m_subgroup->addItem(tr("None"), QString());
    m_subgroup->addItem(tr("Stance"), QStringLiteral("stance"));
    m_subgroup->addItem(tr("Design"), QStringLiteral("design"));
    QStringList extra;
    for (const Study &st : m_doc->review().studies)
        for (auto it = st.extra.begin(); it != st.extra.end(); ++it)
            if (!extra.contains(it.key()) && it.key() != QLatin1String("abstract")
                && it.key() != QLatin1String("bibtex_key"))
                extra << it.key();
    extra.sort();
    for (const QString &e : std::as_const(extra))
        m_subgroup->addItem(e, e);
    m_subgroup->setCurrentIndex(std::max(0, m_subgroup->findData(s.subgroup.key())));
    setEnabled(m_doc->currentClaim() != nullptr);
    m_refreshing = false;
}

void SynthesisPanel::commitSettings()
{
    if (m_refreshing)
        return;
    const SynthesisSettings before = m_doc->settings();
    SynthesisSettings s;
    s.measure = synth::Measure(m_measure->currentData().toInt());
    // the measure keeps following the data unless the reviewer picked another one
    s.automaticMeasure = before.automaticMeasure && s.measure == before.measure;
    s.method = synth::Method(m_method->currentData().toInt());
    s.test = synth::Test(m_test->currentData().toInt());
    s.level = m_level->value();
    s.subgroup = Subgrouping::fromKey(m_subgroup->currentData().toString());
    m_doc->setSettings(s);
}

QString SynthesisPanel::resultsText() const
{
    return m_results->toPlainText();
}

void SynthesisPanel::showResult(const std::shared_ptr<const AnalysisResult> &result)
{
    m_status->clear();
    m_result = result;
    if (!result || !result->ok()) {
        const QString why = result ? result->message : tr("No analysis yet.");
        m_results->setHtml(QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped()));
        m_forest->setMessage(why);
        m_funnel->setMessage(why);
        return;
    }
    const synth::Analysis &a = result->analysis;
    const synth::Fit &f = a.fit;
    const bool ratio = synth::isRatioMeasure(a.measure);
    auto nat = [&](double x) { return num(ratio ? std::exp(x) : x, ratio ? 2 : 3); };
    const QString measure = QString::fromLatin1(synth::measureName(a.measure).data());
    QString h;
    if (!f.converged) {
        h += QStringLiteral("<p style='color:#b02418'>%1</p>")
                 .arg(tr("The estimation did not converge; no result is shown.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<h3>%1 = %2 <span style='font-weight:normal'>%3</span></h3>")
                 .arg(measure, nat(f.estimate), intervalText(nat(f.ciLower), nat(f.ciUpper)));
        h += QStringLiteral("<p>");
        h += tr("%n stud(ies); %1 model; %2% confidence interval; p %3.", nullptr, int(f.k))
                 .arg(f.method == synth::Method::EE
                          ? tr("equal-effects")
                          : tr("random-effects (%1)").arg(QString::fromLatin1(synth::methodName(f.method).data())),
                      num(f.level, 0), pval(f.pval));
        if (std::isfinite(f.piLower))
            h += QStringLiteral(" ")
                + tr("Prediction interval %1 to %2: where the effect of a new study would be expected to lie.")
                      .arg(nat(f.piLower), nat(f.piUpper));
        else if (f.k == 1)
            h += QStringLiteral(" ")
                + tr("With a single study there is no prediction interval and no test of heterogeneity: both need "
                     "at least two studies.");
        h += QStringLiteral("</p>");
        if (f.k >= 2) {
            h += QStringLiteral("<p>") + tr("Heterogeneity: \u03c4\u00b2 = %1").arg(num(f.tau2, 4));
            if (a.heterogeneityCi)
                h += QLatin1Char(' ')
                    + intervalText(num(a.heterogeneityCi->tau2Lower, 4), num(a.heterogeneityCi->tau2Upper, 4));
            h += tr("; I\u00b2 = %1%").arg(num(f.I2, 1));
            if (a.heterogeneityCi)
                h += QLatin1Char(' ')
                    + intervalText(percentText(num(a.heterogeneityCi->I2Lower, 1)),
                                   percentText(num(a.heterogeneityCi->I2Upper, 1)));
            h += tr("; Q = %1 (df %2), p %3.").arg(num(f.Q), num(f.Qdf, 0), pval(f.Qpval)) + QStringLiteral("</p>");
        }
        // small-study effects: each test's result, or why there is none (too few studies, left out)
        const auto absent = [](const auto &part) {
            if (part.skipped)
                return tr("left out");
            if (part.error && *part.error == synth::ErrorCode::TooFewStudies)
                return tr("needs at least three studies");
            return part.error ? describeError(*part.error) : tr("not available");
        };
        h += QStringLiteral("<p>");
        h += a.egger
            ? tr("Egger's test: p %1 (limit estimate %2).").arg(pval(a.egger->pval), nat(a.egger->limitEstimate))
            : tr("Egger's test: %1.").arg(absent(a.egger).toHtmlEscaped());
        h += QLatin1Char(' ');
        h += a.begg ? tr("Begg's test: Kendall's \u03c4 = %1, p %2.").arg(num(a.begg->tau, 3), pval(a.begg->pval))
                    : tr("Begg's test: %1.").arg(absent(a.begg).toHtmlEscaped());
        h += QLatin1Char(' ');
        h += a.trimfill ? tr("Trim-and-fill: %n stud(ies) imputed, ", nullptr, a.trimfill->k0)
                + tr("adjusted estimate %1 [%2, %3].")
                      .arg(nat(a.trimfill->filled.estimate), nat(a.trimfill->filled.ciLower),
                           nat(a.trimfill->filled.ciUpper))
                        : tr("Trim-and-fill: %1.").arg(absent(a.trimfill).toHtmlEscaped());
        h += QStringLiteral("</p>");
        if (a.subgroups) {
            h += QStringLiteral("<p>") + tr("Subgroups:") + QStringLiteral("</p><ul>");
            for (const synth::SubgroupFit &g : a.subgroups->groups)
                h += QStringLiteral("<li>%1 (k = %2): %3</li>")
                         .arg(result->groupName(g.group).toHtmlEscaped(), QString::number(g.studies.size()),
                              g.ok ? QStringLiteral("%1 %2").arg(nat(g.fit.estimate),
                                                                 intervalText(nat(g.fit.ciLower), nat(g.fit.ciUpper)))
                                   : describeError(g.error));
            h += QStringLiteral("</ul><p>")
                + tr("Test for subgroup differences: Q = %1 (df %2), p %3.")
                      .arg(num(a.subgroups->Qbetween), num(a.subgroups->QbetweenDf, 0), pval(a.subgroups->QbetweenPval))
                + QStringLiteral("</p>");
        }
    }
    if (!a.warnings.empty()) {
        h += QStringLiteral("<p style='color:#8a5a00'>");
        for (const synth::Warning &w : a.warnings)
            h += QStringLiteral("\u26a0 %1<br>").arg(describeWarning(w, result->labels).toHtmlEscaped());
        h += QStringLiteral("</p>");
    }
    m_results->setHtml(h);
    fitResults();
    m_result = result;
    showPlots();
}

void SynthesisPanel::fitResults()
{
    // the results box shows the whole text (up to half the pane; then it scrolls): no line cut off
    const int total = m_split->height();
    if (total <= 0)
        return;
    QTextDocument *doc = m_results->document();
    doc->setTextWidth(m_results->viewport()->width());
    const int wanted = int(std::ceil(doc->size().height())) + 2 * m_results->frameWidth() + 4;
    const int results = std::min(wanted, total / 2);
    m_split->setSizes({results, total - results});
}

int SynthesisPanel::resultsVisibleHeight() const
{
    return m_results->viewport()->height();
}

int SynthesisPanel::resultsNeededHeight() const
{
    QTextDocument *doc = m_results->document();
    doc->setTextWidth(m_results->viewport()->width());
    return int(std::ceil(doc->size().height()));
}

void SynthesisPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitResults();
}

PlotOptions SynthesisPanel::plotOptions() const
{
    return m_options;
}

void SynthesisPanel::saveOptions() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("plots/order"), int(m_options.order));
    for (PlotColumn c : allPlotColumns())
        settings.setValue(QStringLiteral("plots/column%1").arg(int(c)), m_options.columns.contains(c));
    settings.setValue(QStringLiteral("plots/fixed"), m_options.showFixedEffect);
    settings.setValue(QStringLiteral("plots/contours"), m_options.contours);
    settings.setValue(QStringLiteral("plots/egger"), m_options.eggerLine);
    settings.setValue(QStringLiteral("plots/colourByStance"), m_options.colourByStance);
}

void SynthesisPanel::setSelectedStudies(const QSet<qint64> &ids)
{
    m_selected = ids;
    m_forest->setSelected(ids);
    m_funnel->setSelected(ids);
}

void SynthesisPanel::showPlots()
{
    const PlotOptions o = plotOptions();
    saveOptions();
    if (!m_result || !m_result->ok())
        return;
    if (!m_result->analysis.fit.converged) {
        m_forest->setMessage(tr("No plot: the estimation did not converge."));
        m_funnel->setMessage(tr("No plot: the estimation did not converge."));
        return;
    }
    PlotData data = makePlotData(m_result, o);
    data.selected = m_selected;
    m_forest->setData(data);
    m_funnel->setData(data);
}

} // namespace evidencedesk
