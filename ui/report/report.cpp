// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"
#include "analysisformat.h"
#include "claimanalysis.h"
#include "effectdata.h"
#include "forestplot.h"
#include "goldstandard.h"
#include "messages.h"
#include "plotdata.h"
#include "plotexport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <cmath>
#include <filesystem>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads ReportText::tr calls).
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// "Label: value" as the language writes it (French puts a space before the colon); the label comes as HTML.
QString labelled(const QString &labelHtml, const QString &value)
{
    return ReportText::tr("%1: %2", "a label and its value").arg(labelHtml, esc(value));
}

QString num(double x, int d = 2)
{
    return std::isfinite(x) ? QLocale().toString(x, 'f', d) : QStringLiteral("\u2013");
}

QString pval(double p)
{
    return pValueText(p).toHtmlEscaped();
}

// page geometry in 1/96 inch (A4, 18 mm margins, a header and a footer band)
constexpr double kDpi = 96;
constexpr double kMargin = 18 / 25.4 * kDpi;
constexpr double kBand = 26;

const int kPlotObject = QTextFormat::UserObject + 1;
enum PlotProperty { Kind = QTextFormat::UserProperty + 1, FirstRow, RowCount, Width, Height, Title };
// a plot's heading is drawn by the plot's object, so that it cannot end a page with its plot on the next
constexpr double kTitleHeight = 26;

/// Draws a plot (or a page-sized piece of a forest plot) inline in the document, as vectors.
class PlotObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit PlotObject(const PlotData &data) : m_data(data) { }
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &f) override
    {
        const double title = f.stringProperty(Title).isEmpty() ? 0 : kTitleHeight;
        return {f.doubleProperty(Width), f.doubleProperty(Height) + title};
    }
    void drawObject(QPainter *p, const QRectF &whole, QTextDocument *doc, int, const QTextFormat &f) override
    {
        QRectF rect = whole;
        if (const QString title = f.stringProperty(Title); !title.isEmpty()) {
            p->save();
            QFont font = doc->defaultFont(); // as the document's <h3>
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.17);
            p->setFont(font);
            p->setPen(Qt::black);
            p->drawText(QRectF(rect.left(), rect.top(), rect.width(), kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        title);
            p->restore();
            rect.setTop(rect.top() + kTitleHeight);
        }
        if (f.intProperty(Kind) == int(PlotKind::Forest))
            ForestPlot(m_data).paint(p, rect, f.intProperty(FirstRow), f.intProperty(RowCount));
        else
            FunnelPlot(m_data).paint(p, rect);
    }

private:
    PlotData m_data;
};

QString measureDescription(synth::Measure m)
{
    switch (m) {
    case synth::Measure::RR:
        return ReportText::tr("log risk ratios");
    case synth::Measure::OR:
        return ReportText::tr("log odds ratios");
    case synth::Measure::RD:
        return ReportText::tr("risk differences");
    case synth::Measure::MD:
        return ReportText::tr("mean differences");
    case synth::Measure::SMD:
        return ReportText::tr("standardised mean differences (Hedges' g with the exact small-sample correction)");
    case synth::Measure::ROM:
        return ReportText::tr("log ratios of means");
    case synth::Measure::COR:
        return ReportText::tr("correlation coefficients");
    case synth::Measure::ZCOR:
        return ReportText::tr("Fisher's z-transformed correlations");
    case synth::Measure::GEN:
        break;
    }
    return ReportText::tr("the effect sizes as given");
}

QString methodDescription(synth::Method m)
{
    switch (m) {
    case synth::Method::EE:
        return ReportText::tr("an equal-effects (fixed-effect) model");
    case synth::Method::DL:
        return ReportText::tr("a random-effects model with the DerSimonian-Laird estimator of \u03c4\u00b2");
    case synth::Method::HE:
        return ReportText::tr("a random-effects model with the Hedges estimator of \u03c4\u00b2");
    case synth::Method::HS:
        return ReportText::tr("a random-effects model with the Hunter-Schmidt estimator of \u03c4\u00b2");
    case synth::Method::SJ:
        return ReportText::tr("a random-effects model with the Sidik-Jonkman estimator of \u03c4\u00b2");
    case synth::Method::ML:
        return ReportText::tr("a random-effects model with the maximum-likelihood estimator of \u03c4\u00b2");
    case synth::Method::REML:
        return ReportText::tr(
            "a random-effects model with the restricted maximum-likelihood (REML) estimator of \u03c4\u00b2");
    case synth::Method::EB:
        return ReportText::tr("a random-effects model with the empirical Bayes estimator of \u03c4\u00b2");
    case synth::Method::PM:
        return ReportText::tr("a random-effects model with the Paule-Mandel estimator of \u03c4\u00b2");
    }
    return {};
}

} // namespace

QString metaforScript(const Review &review, qint64 claimId)
{
    const SynthesisSettings s = review.settings.value(claimId);
    QStringList columns;
    const QStringList &all = effectColumns();
    QList<const Study *> included;
    for (const Study &st : review.studies)
        if (st.included)
            included << &st;
    QStringList lines;
    lines << QStringLiteral("# Reproduces the synthesis in this report with R's metafor package.")
          << QStringLiteral("library(metafor)") << QString();
    QStringList labels;
    for (const Study *st : included)
        labels << QStringLiteral("\"%1\"").arg(QString(st->label()).replace(QLatin1Char('"'), QLatin1Char('\'')));
    lines << QStringLiteral("dat <- data.frame(")
          << QStringLiteral("  study = c(%1),").arg(labels.join(QStringLiteral(", ")));
    for (int c = 0; c < all.size(); ++c) {
        bool any = false;
        QStringList values;
        for (const Study *st : included) {
            const double v = st->data.*synth::kStudyInputFields[std::size_t(c)].member;
            any = any || std::isfinite(v);
            values << (std::isfinite(v) ? QString::number(v, 'g', 17) : QStringLiteral("NA"));
        }
        if (any)
            columns << QStringLiteral("  %1 = c(%2)").arg(all[c], values.join(QStringLiteral(", ")));
    }
    lines << columns.join(QStringLiteral(",\n")) << QStringLiteral(")");
    QStringList args;
    for (const QString &c : all)
        if (std::any_of(columns.begin(), columns.end(),
                        [&](const QString &x) { return x.startsWith(QStringLiteral("  %1 =").arg(c)); }))
            args << QStringLiteral("%1 = %1").arg(c);
    if (s.measure == QLatin1String("GEN"))
        lines << QStringLiteral("dat <- escalc(measure = \"GEN\", yi = yi, %1, data = dat, slab = study)")
                     .arg(args.contains(QStringLiteral("vi = vi")) ? QStringLiteral("vi = vi")
                                                                   : QStringLiteral("sei = sei"));
    else
        lines << QStringLiteral("dat <- escalc(measure = \"%1\", %2, data = dat, slab = study)")
                     .arg(s.measure, args.join(QStringLiteral(", ")));
    lines << QStringLiteral("res <- rma(yi, vi, data = dat, method = \"%1\", test = \"%2\", level = %3,")
                 .arg(s.method, s.test, QString::number(s.level))
          << QStringLiteral("           control = list(threshold = 1e-10, tol = 1e-10))") << QStringLiteral("res")
          << QStringLiteral("confint(res)")
          << QStringLiteral("predict(res%1)")
                 .arg(synth::isRatioMeasure(*synth::measureFromName(s.measure.toStdString()))
                          ? QStringLiteral(", transf = exp")
                          : QString())
          << QStringLiteral("regtest(res)") << QStringLiteral("ranktest(res)") << QStringLiteral("trimfill(res)")
          << QStringLiteral("leave1out(res)") << QStringLiteral("forest(res)") << QStringLiteral("funnel(res)");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool writeReport(const Review &review, qint64 claimId, const QString &path, QString &error,
                 const ReportOptions &options)
{
    if (claimId == 0 && !review.claims.isEmpty())
        claimId = review.claims.first().id;
    const Claim *claim = review.claim(claimId);
    if (!claim) {
        error = ReportText::tr("the review has no claim to report on");
        return false;
    }
    const SynthesisSettings settings = review.settings.value(claimId);
    auto analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(review, claimId, settings));
    const bool ok = analysis->ok() && analysis->analysis.fit.converged;
    const GradeAssessment grade = assessGrade(review, claimId, *analysis, options.grade);
    QList<GoldStandardItem> gold = review.goldStandard.value(claimId);
    const bool proposed = gold.isEmpty();
    if (proposed)
        gold = proposeGoldStandard(review, claimId, *analysis, options.grade.minimalImportantDifference);

    QPdfWriter pdf(path + QStringLiteral(".part"));
    pdf.setResolution(int(kDpi));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(ReportText::tr("EvidenceDesk report: %1").arg(claim->currentText()));
    pdf.setCreator(QStringLiteral("EvidenceDesk %1").arg(QCoreApplication::applicationVersion()));
    const QSizeF page(pdf.width(), pdf.height());
    const QSizeF body(page.width() - 2 * kMargin, page.height() - 2 * kMargin - 2 * kBand);

    PlotOptions plotOptions;
    plotOptions.columns = {PlotColumn::Year, PlotColumn::Stance};
    plotOptions.favoursLeft = ReportText::tr("Favours intervention");
    plotOptions.favoursRight = ReportText::tr("Favours comparator");
    const PlotData plotData = makePlotData(review, claimId, analysis, plotOptions);

    const QLocale l;
    const bool ratio = ok && synth::isRatioMeasure(analysis->analysis.measure);
    auto nat = [&](double x) { return num(ratio ? std::exp(x) : x, ratio ? 2 : 3); };

    // the document, as HTML; plots are placeholders replaced by inline vector objects below
    auto build = [&](const QList<int> &tocPages) {
        QString h;
        h += QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt'>");
        h += QStringLiteral("<p style='font-size: 9pt; color: #555'>%1</p>")
                 .arg(esc(ReportText::tr("EvidenceDesk report")));
        h += QStringLiteral("<h1 style='font-size: 20pt'>%1</h1>")
                 .arg(esc(review.info.title.isEmpty() ? ReportText::tr("Evidence review") : review.info.title));
        h += QStringLiteral("<p style='font-size: 13pt'><b>%1</b></p>").arg(esc(claim->currentText()));
        h += QStringLiteral("<p>%1<br>%2</p>")
                 .arg(esc(ReportText::tr("Report of %1").arg(l.toString(QDate::currentDate(), QLocale::LongFormat))),
                      esc(ReportText::tr("EvidenceDesk %1").arg(QCoreApplication::applicationVersion())));
        if (ok)
            h += QStringLiteral("<p>%1 <b>%2</b> %3</p>")
                     .arg(esc(ReportText::tr("Certainty of the evidence:")), esc(certaintyName(grade.certainty)),
                          grade.certainty == Certainty::High ? certaintySymbols(grade.certainty)
                                                             : certaintySymbols(grade.certainty));
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(grade.conclusion));
        // contents
        const QStringList sections {ReportText::tr("The claim"),
                                    ReportText::tr("Mechanisms"),
                                    ReportText::tr("The evidence"),
                                    ReportText::tr("Synthesis"),
                                    ReportText::tr("Certainty of the evidence (GRADE)"),
                                    ReportText::tr("Gold standard evidence needed"),
                                    ReportText::tr("Methods"),
                                    ReportText::tr("Appendix: reproducing the numbers in R")};
        h += QStringLiteral("<h2>%1</h2><table cellpadding='2' width='100%'>").arg(esc(ReportText::tr("Contents")));
        for (int i = 0; i < sections.size(); ++i)
            h += QStringLiteral("<tr><td>%1. %2</td><td align='right'>%3</td></tr>")
                     .arg(i + 1)
                     .arg(esc(sections[i]))
                     .arg(i < tocPages.size() ? QString::number(tocPages[i]) : QStringLiteral("00"));
        h += QStringLiteral("</table>");

        // 1. the claim
        h += QStringLiteral("<h2 style='page-break-before: always'>1. %1</h2>").arg(esc(sections[0]));
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(ReportText::tr("Current claim:")), esc(claim->currentText()));
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(ReportText::tr("Original claim:")), esc(claim->originalText));
        if (!claim->refinements.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(esc(ReportText::tr("Why refined:")), esc(claim->refinements.last().rationale));
            h += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' "
                                "width='100%'><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                     .arg(esc(ReportText::tr("Refinement history")), esc(ReportText::tr("Version")),
                          esc(ReportText::tr("Why refined")), esc(ReportText::tr("Date")));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(claim->originalText), esc(ReportText::tr("Original claim")),
                          esc(l.toString(claim->createdAt.date(), QLocale::ShortFormat)));
            for (const Refinement &r : claim->refinements)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(esc(r.text), esc(r.rationale), esc(l.toString(r.at.date(), QLocale::ShortFormat)));
            h += QStringLiteral("</table>");
        }
        const ReviewInfo &q = review.info;
        h += QStringLiteral("<h3>%1</h3><p>%2<br>%3<br>%4<br>%5</p>")
                 .arg(esc(ReportText::tr("Review question")), labelled(esc(ReportText::tr("Population")), q.population),
                      labelled(esc(ReportText::tr("Intervention")), q.intervention),
                      labelled(esc(ReportText::tr("Comparator")), q.comparator),
                      labelled(esc(ReportText::tr("Outcome")), q.outcome));
        if (!q.notes.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(q.notes));

        // 2. mechanisms
        h += QStringLiteral("<h2>2. %1</h2>").arg(esc(sections[1]));
        if (!claim->mechanismOverview.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(claim->mechanismOverview));
        const QList<Mechanism> mechanisms = review.mechanisms.value(claimId);
        if (mechanisms.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(ReportText::tr("No mechanism has been written yet.")));
        int alternative = 0;
        for (const Mechanism &m : mechanisms) {
            h += QStringLiteral("<h3>%1</h3><p>%2</p><ol>")
                     .arg(esc(m.mostProbable ? ReportText::tr("Most probable mechanism")
                                             : ReportText::tr("Less supported, not ruled out (%1)").arg(++alternative)),
                          esc(m.summary));
            for (const QString &step : m.steps)
                h += QStringLiteral("<li>%1</li>").arg(esc(step));
            h += QStringLiteral("</ol>");
        }

        // 3. the evidence
        h += QStringLiteral("<h2>3. %1</h2>").arg(esc(sections[2]));
        for (Stance st : {Stance::Supporting, Stance::Contradicting, Stance::Neutral, Stance::Untagged}) {
            QList<const Study *> list;
            for (const Study &s : review.studies)
                if (review.stance(claimId, s.id) == st)
                    list << &s;
            if (list.isEmpty() && st != Stance::Supporting && st != Stance::Contradicting)
                continue;
            h += QStringLiteral("<h3>%1 (%2)</h3>")
                     .arg(esc(st == Stance::Untagged ? ReportText::tr("Not tagged") : stanceName(st)))
                     .arg(list.size());
            if (list.isEmpty())
                continue;
            h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                                "width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                     .arg(esc(ReportText::tr("Study")), esc(ReportText::tr("Year")), esc(ReportText::tr("Design")),
                          esc(ReportText::tr("Quality")));
            for (const Study *s : list)
                h += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(esc(s->title.isEmpty() ? s->label() : s->title),
                              s->authors.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<br><span style='color:#555'>%1</span>").arg(esc(s->authors)),
                              s->year > 0 ? QString::number(s->year) : QString(), esc(designName(s->design)),
                              std::isfinite(s->quality) ? num(s->quality, 1) : QString());
            h += QStringLiteral("</table>");
        }

        // 4. synthesis
        h += QStringLiteral("<h2 style='page-break-before: always'>4. %1</h2>").arg(esc(sections[3]));
        if (!ok) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(
                         analysis->error && analysis->error->code() == synth::ErrorCode::NoStudies
                             ? ReportText::tr("No included study has %1 outcome data yet, so there is no synthesis.")
                                   .arg(settings.measure)
                             : ReportText::tr("The synthesis could not be computed.")));
        } else {
            const synth::Analysis &a = analysis->analysis;
            const synth::Fit &f = a.fit;
            const QString measure = QString::fromLatin1(synth::measureName(a.measure).data());
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(ReportText::tr("%1 studies; %2; %3% confidence intervals (%4).")
                                  .arg(f.k)
                                  .arg(methodDescription(f.method))
                                  .arg(num(f.level, 0))
                                  .arg(f.test == synth::Test::Knha ? ReportText::tr("Knapp-Hartung")
                                                                   : ReportText::tr("z test"))));
            h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th></tr>")
                     .arg(esc(ReportText::tr("Result")), esc(ReportText::tr("Value")));
            auto rowHtml = [&](const QString &k, const QString &v) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(k), v);
            };
            rowHtml(ReportText::tr("Pooled %1").arg(measure),
                    QStringLiteral("<b>%1</b> %2").arg(nat(f.estimate), intervalText(nat(f.ciLower), nat(f.ciUpper))));
            rowHtml(ReportText::tr("p (test of no effect)"), pval(f.pval));
            if (std::isfinite(f.piLower))
                rowHtml(ReportText::tr("Prediction interval"), intervalText(nat(f.piLower), nat(f.piUpper)));
            rowHtml(ReportText::tr("\u03c4\u00b2"),
                    a.heterogeneityCi ? QStringLiteral("%1 %2").arg(
                        num(f.tau2, 4),
                        intervalText(num(a.heterogeneityCi->tau2Lower, 4), num(a.heterogeneityCi->tau2Upper, 4)))
                                      : num(f.tau2, 4));
            rowHtml(ReportText::tr("I\u00b2"),
                    a.heterogeneityCi
                        ? QStringLiteral("%1 %2").arg(percentText(num(f.I2, 1)),
                                                      intervalText(percentText(num(a.heterogeneityCi->I2Lower, 1)),
                                                                   percentText(num(a.heterogeneityCi->I2Upper, 1))))
                        : percentText(num(f.I2, 1)));
            rowHtml(ReportText::tr("Q (df), p"),
                    QStringLiteral("%1 (%2), %3").arg(num(f.Q), num(f.Qdf, 0), pval(f.Qpval)));
            if (a.egger)
                rowHtml(
                    ReportText::tr("Egger's regression test"),
                    QStringLiteral("%1, p %2").arg(num(a.egger->stat), pValueClause(a.egger->pval).toHtmlEscaped()));
            if (a.begg)
                rowHtml(ReportText::tr("Begg's rank correlation"),
                        QStringLiteral("\u03c4 = %1, p %2")
                            .arg(num(a.begg->tau, 3), pValueClause(a.begg->pval).toHtmlEscaped()));
            if (a.trimfill)
                rowHtml(ReportText::tr("Trim-and-fill (L0)"),
                        esc(ReportText::tr("%1 imputed on the %2 side; %3 [%4, %5]")
                                .arg(a.trimfill->k0)
                                .arg(a.trimfill->side == synth::Side::Left ? ReportText::tr("left")
                                                                           : ReportText::tr("right"),
                                     nat(a.trimfill->filled.estimate), nat(a.trimfill->filled.ciLower),
                                     nat(a.trimfill->filled.ciUpper))));
            h += QStringLiteral("</table>");
            for (const synth::Warning &w : a.warnings)
                h += QStringLiteral("<p style='color:#8a5a00'>%1</p>").arg(esc(describeWarning(w, analysis->labels)));
            h += QStringLiteral("<p>[[FOREST]]</p><p>[[FUNNEL]]</p>"); // each plot draws its heading
            if (a.subgroups) {
                h += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' "
                                    "cellpadding='3'><tr><th>%2</th><th>k</th><th>%3</th><th>I\u00b2</th></tr>")
                         .arg(esc(ReportText::tr("Subgroups")), esc(ReportText::tr("Group")), esc(measure));
                for (const synth::SubgroupFit &g : a.subgroups->groups)
                    h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                             .arg(esc(QString::fromStdString(g.group)), QString::number(g.studies.size()),
                                  g.ok ? QStringLiteral("%1 %2").arg(
                                      nat(g.fit.estimate), intervalText(nat(g.fit.ciLower), nat(g.fit.ciUpper)))
                                       : esc(describeError(g.error)),
                                  g.ok ? percentText(num(g.fit.I2, 1)) : QString());
                h += QStringLiteral("</table><p>%1</p>")
                         .arg(esc(ReportText::tr("Test for subgroup differences: Q = %1, df = %2, p %3")
                                      .arg(num(a.subgroups->Qbetween), num(a.subgroups->QbetweenDf, 0),
                                           pValueClause(a.subgroups->QbetweenPval))));
            }
            if (a.leave1out) {
                h += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' "
                                    "width='100%'><tr><th>%2</th><th>%3</th><th>\u03c4\u00b2</th><th>I\u00b2</th></tr>")
                         .arg(esc(ReportText::tr("Leave-one-out")), esc(ReportText::tr("Without")), esc(measure));
                for (std::size_t i = 0; i < a.leave1out->estimate.size(); ++i)
                    h += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td>%5</td></tr>")
                             .arg(esc(analysis->labels.value(qsizetype(a.included[i]))), nat(a.leave1out->estimate[i]),
                                  intervalText(nat(a.leave1out->ciLower[i]), nat(a.leave1out->ciUpper[i])),
                                  num(a.leave1out->tau2[i], 4), percentText(num(a.leave1out->I2[i], 1)));
                h += QStringLiteral("</table>");
            }
        }

        // 5. GRADE
        h += QStringLiteral("<h2 style='page-break-before: always'>5. %1</h2>").arg(esc(sections[4]));
        h += QStringLiteral("<p><b>%1 %2</b></p><p>%3</p>")
                 .arg(esc(certaintyName(grade.certainty)), certaintySymbols(grade.certainty), esc(grade.conclusion));
        h += QStringLiteral("<p>%1 %2</p>")
                 .arg(esc(ReportText::tr("Starting level: %1.").arg(certaintyName(grade.start))),
                      esc(grade.startReason));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                            "width='100%'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(ReportText::tr("Domain")), esc(ReportText::tr("Judgement")), esc(ReportText::tr("Reason")));
        for (const DomainAssessment &d : grade.domains) {
            QString judgement
                = d.assessable || d.override ? QString::number(d.value()) : ReportText::tr("not assessable");
            if (d.value() > 0)
                judgement.prepend(QLatin1Char('+'));
            QString reason = esc(d.reason);
            if (d.override)
                reason += QStringLiteral("<br><i>%1</i>")
                              .arg(esc(ReportText::tr("Reviewer's judgement (suggested %1): %2")
                                           .arg(d.suggested)
                                           .arg(d.justification)));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(gradeDomainName(d.domain)), esc(judgement), reason);
        }
        h += QStringLiteral("</table>");

        // 6. gold standard
        h += QStringLiteral("<h2>6. %1</h2>").arg(esc(sections[5]));
        if (!claim->goldStandardNote.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(claim->goldStandardNote));
        if (proposed)
            h += QStringLiteral("<p><i>%1</i></p>")
                     .arg(esc(ReportText::tr(
                         "Proposed by EvidenceDesk from the review question and the gaps in the evidence; not "
                         "yet edited by the reviewer.")));
        h += QStringLiteral("<ol>");
        for (const GoldStandardItem &g : std::as_const(gold))
            h += QStringLiteral("<li>%1<br>%2</li>")
                     .arg(labelled(QStringLiteral("<b>%1</b>").arg(esc(designName(g.design))), g.notes),
                          QStringList {labelled(esc(ReportText::tr("Population")), g.population),
                                       labelled(esc(ReportText::tr("Intervention")), g.intervention),
                                       labelled(esc(ReportText::tr("Comparison")), g.comparison),
                                       labelled(esc(ReportText::tr("Outcome and follow-up")),
                                                g.outcome + QStringLiteral(", ") + g.followUp)}
                              .join(esc(ReportText::tr("; ", "between the parts of a list"))));
        h += QStringLiteral("</ol>");

        // 7. methods
        h += QStringLiteral("<h2>7. %1</h2>").arg(esc(sections[6]));
        if (ok) {
            const synth::Fit &f = analysis->analysis.fit;
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(
                         ReportText::tr(
                             "Effect sizes were computed as %1 (with 0.5 added to every cell of a 2×2 table "
                             "containing a zero) "
                             "and pooled with %2, using inverse-variance weights. Confidence intervals use %3 at the "
                             "%4% level; the "
                             "prediction interval uses the same critical value with \u03c4\u00b2 added to the "
                             "variance. "
                             "Heterogeneity is "
                             "reported as Cochran's Q, I\u00b2 and H\u00b2 as defined in metafor, and \u03c4\u00b2 "
                             "with "
                             "its Q-profile "
                             "confidence interval. Small-study effects were examined with Egger's regression test (the "
                             "standard error "
                             "as moderator in the same model), Begg's rank correlation test and trim-and-fill (L0 "
                             "estimator). "
                             "Leave-one-out analyses refit the model without each study in turn.%5 Certainty was rated "
                             "with GRADE. "
                             "Computations by EvidenceDesk %6, whose engine agrees with metafor 3.8-1 to a relative "
                             "1e-6 on every reported quantity.")
                             .arg(
                                 measureDescription(analysis->analysis.measure), methodDescription(f.method),
                                 f.test == synth::Test::Knha ? ReportText::tr(
                                     "the Knapp-Hartung adjustment (t distribution with k \u2212 1 degrees of freedom)")
                                                             : ReportText::tr("the normal distribution"))
                             .arg(num(f.level, 0))
                             .arg(settings.subgroup.isEmpty()
                                      ? QString()
                                      : ReportText::tr(" Subgroups (%1) were analysed separately and "
                                                       "compared with a test for subgroup differences.")
                                            .arg(settings.subgroup),
                                  QCoreApplication::applicationVersion())));
        } else {
            h += QStringLiteral("<p>%1</p>").arg(esc(ReportText::tr("No synthesis was computed.")));
        }

        // 8. appendix
        h += QStringLiteral("<h2 style='page-break-before: always'>8. %1</h2>").arg(esc(sections[7]));
        // pre-wrap: the data lines are long and must wrap on the page
        h += QStringLiteral("<p style='font-family: monospace; font-size: 8pt; white-space: pre-wrap'>%1</p>")
                 .arg(esc(metaforScript(review, claimId)));
        h += QStringLiteral("</body></html>");
        return h;
    };

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setPageSize(body);
    // The document is complete before it is laid out: contents with placeholder numbers, plots as inline
    // objects. Only then is the layout made (registering the plot handler creates it), once.
    doc.setHtml(build({}));
    // the plots, as inline objects: a forest plot in page-sized pieces, each with its header and axis
    for (const auto &[marker, kind] : {std::pair {QStringLiteral("[[FOREST]]"), PlotKind::Forest},
                                       std::pair {QStringLiteral("[[FUNNEL]]"), PlotKind::Funnel}}) {
        QTextCursor found = doc.find(marker);
        if (found.isNull())
            continue;
        found.removeSelectedText();
        if (kind == PlotKind::Funnel) {
            QTextCharFormat f;
            f.setObjectType(kPlotObject);
            f.setProperty(Kind, int(kind));
            f.setProperty(Width, body.width());
            f.setProperty(Height, body.width() * 0.68);
            f.setProperty(Title, ReportText::tr("Funnel plot"));
            found.insertText(QString(QChar::ObjectReplacementCharacter), f);
            continue;
        }
        const ForestPlot forest(plotData);
        const int per = forest.rowsPerPage(body.height() * 0.92);
        for (int first = 0; first < forest.rows().size(); first += per) {
            const int count = std::min<int>(per, int(forest.rows().size()) - first);
            QTextCharFormat f;
            f.setObjectType(kPlotObject);
            f.setProperty(Kind, int(kind));
            f.setProperty(FirstRow, first);
            f.setProperty(RowCount, count);
            f.setProperty(Width, body.width());
            f.setProperty(Height,
                          ForestPlot::kHeaderHeight + ForestPlot::kRowHeight * count + ForestPlot::kFooterHeight);
            if (first == 0)
                f.setProperty(Title, ReportText::tr("Forest plot"));
            else
                found.insertBlock();
            found.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
    }
    PlotObject handler(plotData);
    doc.documentLayout()->registerHandler(kPlotObject, &handler);
    doc.pageCount(); // lays out the whole document

    // the contents: the page of each numbered section, written over the placeholders in place (the same
    // width, on the first page: nothing after them moves)
    QList<int> toc;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 2 && !b.text().isEmpty() && b.text().at(0).isDigit())
            // pages count from 1; a heading moved to a new page sits a hair above the page boundary
            toc << int((doc.documentLayout()->blockBoundingRect(b).top() + 2) / body.height()) + 1;
    QTextCursor at = doc.find(ReportText::tr("Contents")); // the placeholders follow the contents heading
    for (int page : std::as_const(toc)) {
        at = doc.find(QStringLiteral("00"), at, QTextDocument::FindWholeWords);
        if (at.isNull())
            break;
        at.insertText(QString::number(page).rightJustified(2, QChar(0x2007))); // figure space keeps the width
    }
    if (doc.documentLayout()->blockBoundingRect(doc.lastBlock()).height() <= 0)
        doc.markContentsDirty(0, doc.characterCount()); // should an edit ever leave the layout short of the end

    QPainter painter;
    if (!painter.begin(&pdf)) {
        error = ReportText::tr("%1: cannot write the PDF").arg(path);
        return false;
    }
    const int pages = doc.pageCount();
    QFont small;
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (options.progress && !options.progress(i, pages)) {
            painter.end();
            QFile::remove(path + QStringLiteral(".part"));
            error = ReportText::tr("cancelled");
            return false;
        }
        if (i > 0)
            pdf.newPage();
        painter.save();
        painter.translate(kMargin, kMargin + kBand - i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        // 2 px short of the page: a line laid out a hair above the boundary belongs to the next page only
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height() - 2);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (i > 0) {
            painter.drawText(
                QRectF(kMargin, kMargin, body.width() * 0.75, 16), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(review.info.title.isEmpty() ? claim->currentText() : review.info.title,
                                                Qt::ElideRight, body.width() * 0.75));
            painter.drawText(QRectF(kMargin, kMargin, body.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("EvidenceDesk"));
        }
        painter.drawText(QRectF(kMargin, page.height() - kMargin - 16, body.width(), 16),
                         Qt::AlignHCenter | Qt::AlignVCenter, ReportText::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    // written beside the target and renamed over it at the end (atomically): never half a report
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(path + QStringLiteral(".part")).toStdString(),
                            QFile::encodeName(path).toStdString(), ec);
    if (ec) {
        QFile::remove(path + QStringLiteral(".part"));
        error = ReportText::tr("%1: cannot write the report: %2").arg(path, QString::fromStdString(ec.message()));
        return false;
    }
    return true;
}

} // namespace evidencedesk

#include "report.moc"
