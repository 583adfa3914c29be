// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"
#include "analysisformat.h"
#include "claimanalysis.h"
#include "defaults.h"
#include "effectdata.h"
#include "forestplot.h"
#include "goldstandard.h"
#include "messages.h"
#include "plotdata.h"
#include "plotexport.h"
#include "robplot.h"
#include "summaryoffindings.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>

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
enum PlotProperty { Kind = QTextFormat::UserProperty + 1, FirstRow, RowCount, Width, Height, Title, PlotIndex };
// a plot's heading is drawn by the plot's object, so that it cannot end a page with its plot on the next
constexpr double kTitleHeight = 26;

/// Draws a plot (or a page-sized piece of a forest plot) inline in the document, as vectors.
class PlotObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit PlotObject(QList<PlotData> data) : m_data(std::move(data)) { }
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
        const PlotData &data = m_data.at(f.intProperty(PlotIndex)); // 0: the claim reported, then the others
        const auto kind = PlotKind(f.intProperty(Kind));
        if (kind == PlotKind::Forest)
            ForestPlot(data).paint(p, rect, f.intProperty(FirstRow), f.intProperty(RowCount));
        else if (kind == PlotKind::Funnel)
            FunnelPlot(data).paint(p, rect);
        else
            paintPlot(p, data, kind, rect);
    }

private:
    QList<PlotData> m_data;
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
    const SynthesisSettings s = effectiveSettings(review, claimId);
    const QString measure = QString::fromLatin1(synth::measureName(s.measure).data());
    QStringList columns;
    const QStringList &all = effectColumns();
    // the studies the synthesis reads: included, with data for the claim's outcome
    const Claim *claim = review.claim(claimId);
    const QHash<qint64, synth::StudyInput> outcomeData = review.data.value(claim ? claim->outcomeId : 0);
    QList<const Study *> included;
    for (const Study &st : review.studies)
        if (st.included && hasData(outcomeData.value(st.id)))
            included << &st;
    QStringList lines;
    lines << QStringLiteral("# Reproduces the synthesis in this report with R's metafor package.")
          << QStringLiteral("library(metafor)") << QString();
    QStringList labels;
    for (const Study *st : included)
        labels << QStringLiteral("\"%1\"").arg(QString(st->label())
                                                   .replace(QLatin1Char('\\'), QLatin1Char('/'))
                                                   .replace(QLatin1Char('"'), QLatin1Char('\'')));
    lines << QStringLiteral("dat <- data.frame(")
          << QStringLiteral("  study = c(%1),").arg(labels.join(QStringLiteral(", ")));
    for (int c = 0; c < all.size(); ++c) {
        bool any = false;
        QStringList values;
        for (const Study *st : included) {
            const double v = outcomeData.value(st->id).*synth::kStudyInputFields[std::size_t(c)].member;
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
    if (s.measure == synth::Measure::GEN)
        lines << QStringLiteral("dat <- escalc(measure = \"GEN\", yi = yi, %1, data = dat, slab = study)")
                     .arg(args.contains(QStringLiteral("vi = vi")) ? QStringLiteral("vi = vi")
                                                                   : QStringLiteral("sei = sei"));
    else
        lines << QStringLiteral("dat <- escalc(measure = \"%1\", %2, data = dat, slab = study)")
                     .arg(measure, args.join(QStringLiteral(", ")));
    lines << QStringLiteral("res <- rma(yi, vi, data = dat, method = \"%1\", test = \"%2\", level = %3,")
                 .arg(QString::fromLatin1(synth::methodName(s.method).data()),
                      QString::fromLatin1(synth::testName(s.test).data()), QString::number(s.level))
          << QStringLiteral("           control = list(threshold = 1e-10, tol = 1e-10))") << QStringLiteral("res")
          << QStringLiteral("confint(res)")
          << QStringLiteral("predict(res%1)")
                 .arg(synth::isRatioMeasure(s.measure) ? QStringLiteral(", transf = exp") : QString())
          << QStringLiteral("regtest(res)") << QStringLiteral("ranktest(res)") << QStringLiteral("trimfill(res)")
          << QStringLiteral("leave1out(res)") << QStringLiteral("forest(res)") << QStringLiteral("funnel(res)");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

/// One report, built in steps: the document's HTML section by section, the plots put in as vector objects,
/// the contents' page numbers written in, then the pages painted into the PDF.
class ReportWriter {
public:
    ReportWriter(const Review &review, const Claim &claim, const ReportOptions &options)
        : m_review(review), m_claim(claim), m_options(options),
          m_analysis(
              std::make_shared<ClaimAnalysis>(analyzeClaim(review, claim.id, effectiveSettings(review, claim.id)))),
          m_ok(m_analysis->ok() && m_analysis->analysis.fit.converged),
          m_grade(assessGrade(review, claim.id, *m_analysis, options.grade)),
          m_gold(review.goldStandard.value(claim.id)), m_proposed(m_gold.isEmpty()),
          m_ratio(m_ok && synth::isRatioMeasure(m_analysis->analysis.measure))
    {
        if (m_proposed)
            m_gold = proposeGoldStandard(review, claim.id, *m_analysis);
        PlotOptions plotOptions;
        plotOptions.columns = {PlotColumn::Year};
        using synth::Measure;
        if (const Measure m = m_analysis->settings.measure;
            m != Measure::GEN && m != Measure::COR && m != Measure::ZCOR)
            plotOptions.columns << PlotColumn::Intervention << PlotColumn::Comparator; // the arms' data, as RevMan
        m_plotData = makePlotData(m_analysis, plotOptions);
        // the review's other claims, each with its own outcome's synthesis, forest plot and certainty
        PlotOptions otherOptions;
        otherOptions.columns = {PlotColumn::Year};
        for (const Claim &c : review.claims) {
            if (c.id == claim.id)
                continue;
            OtherClaim o;
            o.claim = &c;
            o.analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(review, c.id, effectiveSettings(review, c.id)));
            o.ok = o.analysis->ok() && o.analysis->analysis.fit.converged;
            o.grade = assessGrade(review, c.id, *o.analysis, options.grade);
            if (o.ok)
                o.plotData = makePlotData(o.analysis, otherOptions);
            m_others.append(std::move(o));
        }
        // the summary of findings: every claim of the review, from the analyses above, in the review's order
        for (const Claim &c : review.claims) {
            if (c.id == claim.id) {
                m_sof << summaryOfFindingsRow(*m_analysis, m_grade);
                continue;
            }
            for (const OtherClaim &o : std::as_const(m_others))
                if (o.claim->id == c.id)
                    m_sof << summaryOfFindingsRow(*o.analysis, o.grade);
        }
    }

    bool write(const QString &path, QString &error);

private:
    QString nat(double x) const { return num(m_ratio ? std::exp(x) : x, m_ratio ? 2 : 3); }
    QStringList sectionNames() const;
    QString html(const QList<int> &tocPages) const;
    QString titlePage(const QList<int> &tocPages) const;
    QString claimSection() const;
    QString claimsTable() const;
    QString mechanismsSection() const;
    QString evidenceSection() const;
    QString synthesisSection() const;
    QString riskOfBiasPart() const; ///< the evidence section's risk-of-bias table and plots
    /// The claim's traffic-light plot in pieces that fit a page (one piece when it fits): the plot data with the
    /// appraisals of other rows left out.
    QList<PlotData> trafficLightPieces() const;
    QString resultsTable() const;
    QString subgroupsTable() const;
    QString leaveOneOutTable() const;
    QString gradeSection() const;
    QString goldStandardSection() const;
    QString otherClaimsSection() const;
    QString gradeTable(const GradeAssessment &grade) const;
    QString methodsSection() const;
    QString appendix() const;
    void insertPlots(QTextDocument &doc) const;
    void keepHeadingsWithNext(QTextDocument &doc) const;
    void writeContentsPages(QTextDocument &doc) const;
    bool paint(QTextDocument &doc, QPdfWriter &pdf, QString &error) const;

    const Review &m_review;
    const Claim &m_claim;
    const ReportOptions &m_options;
    std::shared_ptr<const ClaimAnalysis> m_analysis;
    bool m_ok;
    GradeAssessment m_grade;
    QList<GoldStandardItem> m_gold;
    bool m_proposed;
    bool m_ratio;
    PlotData m_plotData;
    struct OtherClaim {
        const Claim *claim = nullptr;
        std::shared_ptr<const ClaimAnalysis> analysis;
        bool ok = false;
        GradeAssessment grade;
        PlotData plotData;
    };
    QList<OtherClaim> m_others; ///< the review's other claims, in their order
    QList<SofRow> m_sof; ///< the summary of findings, a row per claim of the review
    QSizeF m_page, m_body;
};

QStringList ReportWriter::sectionNames() const
{
    QStringList names {ReportText::tr("The claim"),
                       ReportText::tr("Mechanisms"),
                       ReportText::tr("The evidence"),
                       ReportText::tr("Synthesis"),
                       ReportText::tr("Certainty of the evidence (GRADE)"),
                       ReportText::tr("Gold standard evidence needed"),
                       ReportText::tr("The review's other claims"),
                       ReportText::tr("Methods"),
                       ReportText::tr("Appendix: reproducing the numbers in R")};
    if (m_others.isEmpty()) // a section of its own only when the review has other claims
        names.removeAt(6);
    return names;
}

QString ReportWriter::html(const QList<int> &tocPages) const
{
    return QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt'>") + titlePage(tocPages)
        + claimSection() + mechanismsSection() + evidenceSection() + synthesisSection() + gradeSection()
        + goldStandardSection() + otherClaimsSection() + methodsSection() + appendix()
        + QStringLiteral("</body></html>");
}

QString ReportWriter::titlePage(const QList<int> &tocPages) const
{
    const QLocale l;
    QString h;
    h += QStringLiteral("<p style='font-size: 9pt; color: #555'>%1</p>")
             .arg(esc(ReportText::tr("EvidenceDesk report")));
    h += QStringLiteral("<h1 style='font-size: 20pt'>%1</h1>")
             .arg(esc(m_review.info.title.isEmpty() ? ReportText::tr("Evidence review") : m_review.info.title));
    h += QStringLiteral("<p style='font-size: 13pt'><b>%1</b></p>").arg(esc(m_claim.currentText()));
    h += QStringLiteral("<p>%1<br>%2</p>")
             .arg(esc(ReportText::tr("Report of %1").arg(l.toString(QDate::currentDate(), QLocale::LongFormat))),
                  esc(ReportText::tr("EvidenceDesk %1").arg(QCoreApplication::applicationVersion())));
    if (m_ok)
        h += QStringLiteral("<p>%1 <b>%2</b> %3</p>")
                 .arg(esc(ReportText::tr("Certainty of the evidence:")), esc(certaintyName(m_grade.certainty)),
                      certaintySymbols(m_grade.certainty));
    h += QStringLiteral("<p><i>%1</i></p>").arg(esc(m_grade.conclusion));
    const QStringList sections = sectionNames();
    h += QStringLiteral("<h2>%1</h2><table cellpadding='2' width='100%'>").arg(esc(ReportText::tr("Contents")));
    for (int i = 0; i < sections.size(); ++i)
        h += QStringLiteral("<tr><td>%1. %2</td><td align='right'>%3</td></tr>")
                 .arg(QString::number(i + 1), esc(sections[i]),
                      i < tocPages.size() ? QString::number(tocPages[i]) : QStringLiteral("00"));
    h += QStringLiteral("</table>");
    return h;
}

QString ReportWriter::claimSection() const
{
    const QLocale l;
    QString h;
    h += QStringLiteral("<h2 style='page-break-before: always'>1. %1</h2>").arg(esc(sectionNames()[0]));
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(ReportText::tr("Current claim:")), esc(m_claim.currentText()));
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(ReportText::tr("Original claim:")), esc(m_claim.originalText));
    if (const Outcome *o = m_review.outcome(m_claim.outcomeId))
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(ReportText::tr("Outcome:")),
                      esc(o->timePoint.isEmpty() ? o->name : ReportText::tr("%1, %2").arg(o->name, o->timePoint)));
    if (!m_claim.refinements.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(ReportText::tr("Why refined:")), esc(m_claim.refinements.last().rationale));
        h += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' "
                            "width='100%'><thead><tr><th>%2</th><th>%3</th><th>%4</th></tr></thead>")
                 .arg(esc(ReportText::tr("Refinement history")), esc(ReportText::tr("Version")),
                      esc(ReportText::tr("Why refined")), esc(ReportText::tr("Date")));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(m_claim.originalText), esc(ReportText::tr("Original claim")),
                      esc(l.toString(m_claim.createdAt.date(), QLocale::ShortFormat)));
        for (const Refinement &r : m_claim.refinements)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(r.text), esc(r.rationale), esc(l.toString(r.at.date(), QLocale::ShortFormat)));
        h += QStringLiteral("</table>");
    }
    h += claimsTable();
    const ReviewInfo &q = m_review.info;
    h += QStringLiteral("<h3>%1</h3><p>%2<br>%3<br>%4<br>%5</p>")
             .arg(esc(ReportText::tr("Review question")), labelled(esc(ReportText::tr("Population")), q.population),
                  labelled(esc(ReportText::tr("Intervention")), q.intervention),
                  labelled(esc(ReportText::tr("Comparator")), q.comparator),
                  labelled(esc(ReportText::tr("Outcome")), q.outcome));
    if (!q.notes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(q.notes));
    return h;
}

QString ReportWriter::claimsTable() const
{
    // every claim of the review with its outcome and what its synthesis says; this report details the first row
    if (m_review.claims.size() < 2)
        return {};
    QString h = QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>"
                               "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                    .arg(esc(ReportText::tr("Claims of this review")), esc(ReportText::tr("Claim")),
                         esc(ReportText::tr("Outcome")), esc(ReportText::tr("Studies")),
                         esc(ReportText::tr("Pooled effect [CI]")), esc(ReportText::tr("Certainty")));
    QList<const Claim *> claims {&m_claim};
    for (const Claim &c : m_review.claims)
        if (c.id != m_claim.id)
            claims << &c;
    for (const Claim *c : std::as_const(claims)) {
        const ClaimAnalysis a = analyzeClaim(m_review, c->id, effectiveSettings(m_review, c->id));
        const bool ok = a.ok() && a.analysis.fit.converged;
        const bool ratio = ok && synth::isRatioMeasure(a.analysis.measure);
        auto show = [&](double x) { return num(ratio ? std::exp(x) : x, ratio ? 2 : 3); };
        QString effect = ReportText::tr("not estimable");
        QString certainty = QStringLiteral("\u2013");
        if (ok) {
            const synth::Fit &fit = a.analysis.fit;
            effect = QStringLiteral("%1 %2 %3")
                         .arg(QString::fromLatin1(synth::measureName(a.analysis.measure).data()), show(fit.estimate),
                              intervalText(show(fit.ciLower), show(fit.ciUpper)));
            if (fit.level != 95) // the interval's level, where it is not the usual one
                effect += QLatin1Char(' ') + ReportText::tr("(%1 CI)").arg(percentText(QLocale().toString(fit.level)));
            const GradeAssessment g = assessGrade(m_review, c->id, a, m_options.grade);
            certainty = certaintySymbols(g.certainty) + QLatin1Char(' ') + esc(certaintyName(g.certainty));
        }
        const Outcome *o = m_review.outcome(c->outcomeId);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(c->currentText()), esc(o ? o->name : ReportText::tr("none")),
                      QString::number(ok ? a.analysis.fit.k : 0), esc(effect), certainty);
    }
    h += QStringLiteral("</table>"); // section 7 reports each of the others in full
    return h;
}

QString ReportWriter::mechanismsSection() const
{
    QString h = QStringLiteral("<h2>2. %1</h2>").arg(esc(sectionNames()[1]));
    if (!m_claim.mechanismOverview.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(m_claim.mechanismOverview));
    const QList<Mechanism> mechanisms = m_review.mechanisms.value(m_claim.id);
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
    return h;
}

QString ReportWriter::evidenceSection() const
{
    // Tables of one line per study (a row never breaks across pages; their header repeats on every page), the
    // excluded studies with why, then the full references as paragraphs that do not break.
    QString h = QStringLiteral("<h2>3. %1</h2>").arg(esc(sectionNames()[2]));
    QHash<qint64, int> number; // reference numbers, in the order the studies are listed
    QList<const Study *> referenced;
    auto cite = [&](const Study *s) {
        if (!number.contains(s->id)) {
            referenced << s;
            number.insert(s->id, int(referenced.size()));
        }
        return QStringLiteral("[%1] %2").arg(QString::number(number.value(s->id)), esc(s->label()));
    };
    const QString head
        = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>"
                         "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
              .arg(esc(ReportText::tr("Study")), esc(ReportText::tr("Year")), esc(ReportText::tr("Design")),
                   esc(ReportText::tr("Quality")), esc(ReportText::tr("Risk of bias")));
    const auto appraisals = m_review.risk.value(m_claim.outcomeId);
    auto riskText = [&](const Study *s) {
        const auto a = appraisals.constFind(s->id);
        if (a == appraisals.cend() || !a->isJudged())
            return QString();
        return esc(ReportText::tr("%1 (%2)").arg(robJudgementName(a->overallOrDerived()), robToolName(a->tool)));
    };
    for (Stance st : {Stance::Supporting, Stance::Contradicting, Stance::Neutral, Stance::Untagged}) {
        QList<const Study *> list;
        for (const Study &s : m_review.studies)
            if (s.included && m_review.stance(m_claim.id, s.id) == st)
                list << &s;
        if (list.isEmpty() && st != Stance::Supporting && st != Stance::Contradicting)
            continue;
        h += QStringLiteral("<h3>%1 (%2)</h3>")
                 .arg(esc(st == Stance::Untagged ? ReportText::tr("Not tagged") : stanceName(st)),
                      QString::number(list.size()));
        if (list.isEmpty())
            continue;
        h += head;
        for (const Study *s : list)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(cite(s), s->year > 0 ? QString::number(s->year) : QString(), esc(designName(s->design)),
                          std::isfinite(s->quality) ? num(s->quality, 1) : QString(), riskText(s));
        h += QStringLiteral("</table>");
    }
    QList<const Study *> excluded;
    for (const Study &s : m_review.studies)
        if (!s.included)
            excluded << &s;
    if (!excluded.isEmpty()) {
        h += QStringLiteral("<h3>%1 (%2)</h3>")
                 .arg(esc(ReportText::tr("Excluded from the synthesis")), QString::number(excluded.size()));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr><th>%1</th>"
                            "<th>%2</th></tr></thead>")
                 .arg(esc(ReportText::tr("Study")), esc(ReportText::tr("Why excluded")));
        for (const Study *s : excluded)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(
                         cite(s),
                         esc(s->exclusionReason.isEmpty() ? ReportText::tr("no reason recorded") : s->exclusionReason));
        h += QStringLiteral("</table>");
    }
    h += riskOfBiasPart();
    if (!referenced.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(ReportText::tr("References")));
        for (const Study *s : std::as_const(referenced)) {
            QStringList parts;
            for (const QString &part : {s->authors, s->title, s->journal})
                if (!part.trimmed().isEmpty())
                    parts << esc(part.trimmed());
            if (s->year > 0)
                parts << QString::number(s->year);
            if (!s->doi.isEmpty())
                parts << QStringLiteral("doi:%1").arg(esc(s->doi));
            h += QStringLiteral("<p class='reference'>[%1] %2</p>")
                     .arg(QString::number(number.value(s->id)), parts.join(QStringLiteral(". ")));
        }
    }
    return h;
}

QString ReportWriter::riskOfBiasPart() const
{
    // the appraisals of the synthesis' studies for the claim's outcome, as robvis plots them
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(ReportText::tr("Risk of bias")));
    int rob2 = 0, robins = 0;
    for (const RobPanel &panel : robPanels(m_plotData))
        (panel.tool == RobTool::Rob2 ? rob2 : robins) = int(panel.studies.size());
    const int k = int(m_plotData.studies.size());
    if (rob2 + robins == 0)
        return h
            + QStringLiteral("<p>%1</p>")
                  .arg(esc(ReportText::tr("No study of the synthesis has a risk-of-bias judgement for this outcome "
                                          "yet; GRADE's risk of bias is therefore not assessed.")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(ReportText::tr("%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: "
                                     "%2, ROBINS-I: %3).",
                                     nullptr, rob2 + robins)
                          .arg(k)
                          .arg(rob2)
                          .arg(robins)));
    return h + QStringLiteral("<p>[[ROBTRAFFIC]]</p><p>[[ROBSUMMARY]]</p>");
}

QList<PlotData> ReportWriter::trafficLightPieces() const
{
    const QSizeF natural = plotSize(m_plotData, PlotKind::RobTrafficLight);
    const QList<RobPanel> panels = robPanels(m_plotData);
    QList<qsizetype> rows;
    for (const RobPanel &panel : panels)
        rows << panel.studies;
    const double widthScale = std::min(1.0, m_body.width() / natural.width());
    const double room = m_body.height() * 0.85 / widthScale; // in the plot's own units
    if (rows.isEmpty() || natural.height() <= room)
        return {m_plotData};
    // the headers and the key take what they take whatever the rows; each piece holds the rows that fit the rest
    const double perRow = TrafficLightPlot::kRowHeight;
    const double overhead = natural.height() - perRow * double(rows.size());
    const auto per = std::max<qsizetype>(5, qsizetype((room - overhead) / perRow));
    QList<PlotData> pieces;
    for (qsizetype first = 0; first < rows.size(); first += per) {
        PlotData piece = m_plotData;
        const QSet<qsizetype> kept(rows.begin() + first, rows.begin() + std::min(rows.size(), first + per));
        for (qsizetype i = 0; i < piece.studies.size(); ++i)
            if (!kept.contains(i))
                piece.studies[i].risk = RobAssessment();
        pieces << piece;
    }
    return pieces;
}

QString ReportWriter::synthesisSection() const
{
    QString h = QStringLiteral("<h2 style='page-break-before: always'>4. %1</h2>").arg(esc(sectionNames()[3]));
    if (!m_ok) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(m_analysis->error && m_analysis->error->code() == synth::ErrorCode::NoStudies
                              ? ReportText::tr("No included study has %1 outcome data yet, so there is no synthesis.")
                                    .arg(measureDisplayName(m_analysis->settings.measure))
                              : ReportText::tr("The synthesis could not be computed.")));
        return h;
    }
    const synth::Analysis &a = m_analysis->analysis;
    const synth::Fit &f = a.fit;
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 ReportText::tr("%n stud(ies); %1; %2% confidence intervals (%3).", nullptr, int(f.k))
                     .arg(methodDescription(f.method), num(f.level, 0),
                          f.test == synth::Test::Knha ? ReportText::tr("Knapp-Hartung") : ReportText::tr("z test"))));
    h += resultsTable();
    for (const synth::Warning &w : a.warnings)
        h += QStringLiteral("<p style='color:#8a5a00'>%1</p>").arg(esc(describeWarning(w, m_analysis->labels)));
    h += QStringLiteral("<p>[[FOREST]]</p><p>[[FUNNEL]]</p>"); // each plot draws its heading
    return h + subgroupsTable() + leaveOneOutTable();
}

QString ReportWriter::resultsTable() const
{
    const synth::Analysis &a = m_analysis->analysis;
    const synth::Fit &f = a.fit;
    const QString measure = QString::fromLatin1(synth::measureName(a.measure).data());
    QString h = QStringLiteral(
                    "<table border='1' cellspacing='0' cellpadding='3'><thead><tr><th>%1</th><th>%2</th></tr></thead>")
                    .arg(esc(ReportText::tr("Result")), esc(ReportText::tr("Value")));
    auto row = [&](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(k), v);
    };
    row(ReportText::tr("Pooled %1").arg(measure),
        QStringLiteral("<b>%1</b> %2").arg(nat(f.estimate), intervalText(nat(f.ciLower), nat(f.ciUpper))));
    row(ReportText::tr("p (test of no effect)"), pval(f.pval));
    if (std::isfinite(f.piLower))
        row(ReportText::tr("Prediction interval"), intervalText(nat(f.piLower), nat(f.piUpper)));
    const auto &ci = a.heterogeneityCi;
    row(ReportText::tr("\u03c4\u00b2"),
        ci ? QStringLiteral("%1 %2").arg(num(f.tau2, 4), intervalText(num(ci->tau2Lower, 4), num(ci->tau2Upper, 4)))
           : num(f.tau2, 4));
    row(ReportText::tr("I\u00b2"),
        ci ? QStringLiteral("%1 %2").arg(
            percentText(num(f.I2, 1)), intervalText(percentText(num(ci->I2Lower, 1)), percentText(num(ci->I2Upper, 1))))
           : percentText(num(f.I2, 1)));
    row(ReportText::tr("Q (df), p"), QStringLiteral("%1 (%2), %3").arg(num(f.Q), num(f.Qdf, 0), pval(f.Qpval)));
    if (a.egger)
        row(ReportText::tr("Egger's regression test"),
            QStringLiteral("%1, p %2").arg(num(a.egger->stat), pValueClause(a.egger->pval).toHtmlEscaped()));
    if (a.begg)
        row(ReportText::tr("Begg's rank correlation"),
            QStringLiteral("\u03c4 = %1, p %2").arg(num(a.begg->tau, 3), pValueClause(a.begg->pval).toHtmlEscaped()));
    if (a.trimfill)
        row(ReportText::tr("Trim-and-fill (L0)"),
            esc(ReportText::tr("%1 imputed on the %2 side; %3 [%4, %5]")
                    .arg(QString::number(a.trimfill->k0),
                         a.trimfill->side == synth::Side::Left ? ReportText::tr("left") : ReportText::tr("right"),
                         nat(a.trimfill->filled.estimate), nat(a.trimfill->filled.ciLower),
                         nat(a.trimfill->filled.ciUpper))));
    return h + QStringLiteral("</table>");
}

QString ReportWriter::subgroupsTable() const
{
    const synth::Analysis &a = m_analysis->analysis;
    if (!a.subgroups)
        return {};
    const QString measure = QString::fromLatin1(synth::measureName(a.measure).data());
    QString h
        = QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' "
                         "cellpadding='3'><thead><tr><th>%2</th><th>k</th><th>%3</th><th>I\u00b2</th></tr></thead>")
              .arg(esc(ReportText::tr("Subgroups")), esc(ReportText::tr("Group")), esc(measure));
    for (const synth::SubgroupFit &g : a.subgroups->groups)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(m_analysis->groupName(g.group)), QString::number(g.studies.size()),
                      g.ok ? QStringLiteral("%1 %2").arg(nat(g.fit.estimate),
                                                         intervalText(nat(g.fit.ciLower), nat(g.fit.ciUpper)))
                           : esc(describeError(g.error)),
                      g.ok ? percentText(num(g.fit.I2, 1)) : QString());
    h += QStringLiteral("</table><p>%1</p>")
             .arg(esc(ReportText::tr("Test for subgroup differences: Q = %1, df = %2, p %3")
                          .arg(num(a.subgroups->Qbetween), num(a.subgroups->QbetweenDf, 0),
                               pValueClause(a.subgroups->QbetweenPval))));
    return h;
}

QString ReportWriter::leaveOneOutTable() const
{
    const synth::Analysis &a = m_analysis->analysis;
    if (!a.leave1out)
        return {};
    const QString measure = QString::fromLatin1(synth::measureName(a.measure).data());
    QString h = QStringLiteral(
                    "<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' "
                    "width='100%'><thead><tr><th>%2</th><th>%3</th><th>\u03c4\u00b2</th><th>I\u00b2</th></tr></thead>")
                    .arg(esc(ReportText::tr("Leave-one-out")), esc(ReportText::tr("Without")), esc(measure));
    for (std::size_t i = 0; i < a.leave1out->estimate.size(); ++i)
        h += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(m_analysis->labels.value(qsizetype(a.included[i]))), nat(a.leave1out->estimate[i]),
                      intervalText(nat(a.leave1out->ciLower[i]), nat(a.leave1out->ciUpper[i])),
                      num(a.leave1out->tau2[i], 4), percentText(num(a.leave1out->I2[i], 1)));
    return h + QStringLiteral("</table>");
}

QString ReportWriter::gradeSection() const
{
    QString h = QStringLiteral("<h2 style='page-break-before: always'>5. %1</h2>").arg(esc(sectionNames()[4]));
    h += QStringLiteral("<p><b>%1 %2</b></p><p>%3</p>")
             .arg(esc(certaintyName(m_grade.certainty)), certaintySymbols(m_grade.certainty), esc(m_grade.conclusion));
    h += QStringLiteral("<p>%1 %2</p>")
             .arg(esc(ReportText::tr("Starting level: %1.").arg(certaintyName(m_grade.start))),
                  esc(m_grade.startReason.describe()));
    h += gradeTable(m_grade);
    // the review's summary of findings, after the claim's certainty: a row per claim, as GRADEpro lays it out
    h += QStringLiteral("<h3>%1</h3>").arg(esc(ReportText::tr("Summary of findings")));
    h += summaryOfFindingsHtmlTable(m_sof);
    return h;
}

QString ReportWriter::gradeTable(const GradeAssessment &grade) const
{
    QString h;
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                        "width='100%'><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>")
             .arg(esc(ReportText::tr("Domain")), esc(ReportText::tr("Judgement")), esc(ReportText::tr("Reason")));
    for (const DomainAssessment &d : grade.domains) {
        const QString judgement
            = d.assessable || d.override ? judgementName(d.domain, d.value()) : ReportText::tr("not assessable");
        QString reason = esc(d.reason());
        if (d.override)
            reason += QStringLiteral("<br><i>%1</i>")
                          .arg(esc(ReportText::tr("Reviewer's judgement (suggested %1): %2")
                                       .arg(QString::number(d.suggested), d.justification)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(gradeDomainName(d.domain)), esc(judgement), reason);
    }
    return h + QStringLiteral("</table>");
}

QString ReportWriter::otherClaimsSection() const
{
    if (m_others.isEmpty())
        return {};
    QString h = QStringLiteral("<h2 style='page-break-before: always'>7. %1</h2>").arg(esc(sectionNames()[6]));
    h += QStringLiteral("<p>%1</p>")
             .arg(
                 esc(ReportText::tr("Each claim of the review with its outcome, its synthesis and the certainty of its "
                                    "evidence; the sections above report the first.")));
    for (qsizetype i = 0; i < m_others.size(); ++i) {
        const OtherClaim &o = m_others[i];
        h += QStringLiteral("<h3>%1</h3>").arg(esc(o.claim->currentText()));
        if (const Outcome *out = m_review.outcome(o.claim->outcomeId))
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(esc(ReportText::tr("Outcome:")),
                          esc(out->timePoint.isEmpty() ? out->name
                                                       : ReportText::tr("%1, %2").arg(out->name, out->timePoint)));
        if (!o.ok) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(ReportText::tr("No pooled estimate: %1")
                                  .arg(o.analysis->error ? describeError(o.analysis->error->code())
                                                         : ReportText::tr("not estimable"))));
            continue;
        }
        const synth::Fit &fit = o.analysis->analysis.fit;
        const bool ratio = synth::isRatioMeasure(o.analysis->analysis.measure);
        auto show = [&](double x) { return num(ratio ? std::exp(x) : x, ratio ? 2 : 3); };
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(
                     ReportText::tr("%n stud(ies); pooled %1 %2 %3 (%4 CI), p %5; I\u00b2 = %6.", nullptr, int(fit.k))
                         .arg(QString::fromLatin1(synth::measureName(o.analysis->analysis.measure).data()),
                              show(fit.estimate), intervalText(show(fit.ciLower), show(fit.ciUpper)),
                              percentText(QLocale().toString(fit.level)), pValueClause(fit.pval),
                              percentText(num(fit.I2, 1)))));
        h += QStringLiteral("<p>[[FOREST:%1]]</p>").arg(i + 1);
        h += QStringLiteral("<p><b>%1 %2</b> %3</p>")
                 .arg(esc(certaintyName(o.grade.certainty)), certaintySymbols(o.grade.certainty),
                      esc(o.grade.conclusion));
        h += gradeTable(o.grade);
    }
    return h;
}

QString ReportWriter::goldStandardSection() const
{
    QString h = QStringLiteral("<h2>6. %1</h2>").arg(esc(sectionNames()[5]));
    if (!m_claim.goldStandardNote.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(m_claim.goldStandardNote));
    if (m_proposed)
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(ReportText::tr("Proposed by EvidenceDesk from the review question and the gaps in the "
                                         "evidence; not yet edited by the reviewer.")));
    h += QStringLiteral("<ol>");
    for (const GoldStandardItem &g : m_gold)
        h += QStringLiteral("<li>%1<br>%2</li>")
                 .arg(labelled(QStringLiteral("<b>%1</b>").arg(esc(designName(g.design))), g.notes),
                      QStringList {labelled(esc(ReportText::tr("Population")), g.population),
                                   labelled(esc(ReportText::tr("Intervention")), g.intervention),
                                   labelled(esc(ReportText::tr("Comparison")), g.comparison),
                                   labelled(esc(ReportText::tr("Outcome and follow-up")),
                                            g.outcome + QStringLiteral(", ") + g.followUp)}
                          .join(esc(ReportText::tr("; ", "between the parts of a list"))));
    return h + QStringLiteral("</ol>");
}

QString ReportWriter::methodsSection() const
{
    QString h = QStringLiteral("<h2>%1. %2</h2>")
                    .arg(QString::number(sectionNames().size() - 1), esc(sectionNames()[sectionNames().size() - 2]));
    if (!m_ok)
        return h + QStringLiteral("<p>%1</p>").arg(esc(ReportText::tr("No synthesis was computed.")));
    const synth::Fit &f = m_analysis->analysis.fit;
    const Subgrouping &subgroup = m_analysis->settings.subgroup;
    const QString subgroupName = subgroup.kind == Subgrouping::Kind::Stance ? ReportText::tr("stance")
        : subgroup.kind == Subgrouping::Kind::Design                        ? ReportText::tr("design")
                                                                            : subgroup.column;
    return h
        + QStringLiteral("<p>%1</p>")
              .arg(esc(ReportText::tr(
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
                           .arg(measureDescription(m_analysis->analysis.measure), methodDescription(f.method),
                                f.test == synth::Test::Knha ? ReportText::tr(
                                    "the Knapp-Hartung adjustment (t distribution with k \u2212 1 degrees of freedom)")
                                                            : ReportText::tr("the normal distribution"),
                                num(f.level, 0),
                                subgroup.kind == Subgrouping::Kind::None
                                    ? QString()
                                    : ReportText::tr(" Subgroups (%1) were analysed separately and "
                                                     "compared with a test for subgroup differences.")
                                          .arg(subgroupName),
                                QCoreApplication::applicationVersion())));
}

QString ReportWriter::appendix() const
{
    // pre-wrap: the data lines are long and must wrap on the page
    return QStringLiteral("<h2 style='page-break-before: always'>%1. %2</h2>")
               .arg(QString::number(sectionNames().size()), esc(sectionNames().last()))
        + QStringLiteral("<p style='font-family: monospace; font-size: 8pt; white-space: pre-wrap'>%1</p>")
              .arg(esc(metaforScript(m_review, m_claim.id)));
}

void ReportWriter::insertPlots(QTextDocument &doc) const
{
    // the claim's forest and funnel plots, then each other claim's forest plot ("[[FOREST:i]]")
    QList<std::tuple<QString, PlotKind, int>> markers {{QStringLiteral("[[FOREST]]"), PlotKind::Forest, 0},
                                                       {QStringLiteral("[[FUNNEL]]"), PlotKind::Funnel, 0}};
    for (qsizetype i = 0; i < m_others.size(); ++i)
        markers.append({QStringLiteral("[[FOREST:%1]]").arg(i + 1), PlotKind::Forest, int(i + 1)});
    markers.append({QStringLiteral("[[ROBTRAFFIC]]"), PlotKind::RobTrafficLight, 0});
    markers.append({QStringLiteral("[[ROBSUMMARY]]"), PlotKind::RobSummary, 0});
    for (const auto &[marker, kind, index] : std::as_const(markers)) {
        QTextCursor found = doc.find(marker);
        if (found.isNull())
            continue;
        found.removeSelectedText();
        if (kind == PlotKind::RobTrafficLight || kind == PlotKind::RobSummary) {
            // at its own size, scaled down to the page's width; a traffic-light plot taller than a page in pieces
            // of whole rows, each with its headers and key (PlotIndex: after the other claims' plots)
            const QList<PlotData> pieces
                = kind == PlotKind::RobTrafficLight ? trafficLightPieces() : QList<PlotData> {m_plotData};
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                const QSizeF natural = plotSize(pieces[i], kind);
                const double scale
                    = std::min({1.0, m_body.width() / natural.width(), (m_body.height() * 0.85) / natural.height()});
                QTextCharFormat f;
                f.setObjectType(kPlotObject);
                f.setProperty(Kind, int(kind));
                f.setProperty(PlotIndex, kind == PlotKind::RobTrafficLight ? int(1 + m_others.size() + i) : 0);
                f.setProperty(Width, natural.width() * scale);
                f.setProperty(Height, natural.height() * scale);
                if (i == 0)
                    f.setProperty(Title,
                                  kind == PlotKind::RobTrafficLight ? ReportText::tr("Risk of bias of each study")
                                                                    : ReportText::tr("Risk of bias across studies"));
                else
                    found.insertBlock();
                found.insertText(QString(QChar::ObjectReplacementCharacter), f);
            }
            continue;
        }
        if (kind == PlotKind::Funnel) {
            QTextCharFormat f;
            f.setObjectType(kPlotObject);
            f.setProperty(Kind, int(kind));
            f.setProperty(PlotIndex, index);
            f.setProperty(Width, m_body.width());
            f.setProperty(Height, m_body.width() * 0.68);
            f.setProperty(Title, ReportText::tr("Funnel plot"));
            found.insertText(QString(QChar::ObjectReplacementCharacter), f);
            continue;
        }
        // a forest plot in page-sized pieces, each with its header and axis
        const ForestPlot forest(index == 0 ? m_plotData : m_others[index - 1].plotData);
        const int per = forest.rowsPerPage(m_body.height() * 0.92);
        for (int first = 0; first < forest.rows().size(); first += per) {
            const int count = std::min<int>(per, int(forest.rows().size()) - first);
            QTextCharFormat f;
            f.setObjectType(kPlotObject);
            f.setProperty(Kind, int(kind));
            f.setProperty(PlotIndex, index);
            f.setProperty(FirstRow, first);
            f.setProperty(RowCount, count);
            f.setProperty(Width, m_body.width());
            f.setProperty(Height, ForestPlot::kHeaderHeight + ForestPlot::kRowHeight * count + forest.footerHeight());
            if (first == 0)
                f.setProperty(Title, ReportText::tr("Forest plot"));
            else
                found.insertBlock();
            found.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
    }
}

void ReportWriter::keepHeadingsWithNext(QTextDocument &doc) const
{
    // A heading at the foot of a page with its text on the next one moves to the next page too. Each move
    // lays out the rest of the document again, so they are done in order, as few as there are such headings.
    auto pageOf = [&](double y) { return int((y + 2) / m_body.height()); };
    for (int guard = 0; guard < 200; ++guard) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || b.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            const QRectF heading = doc.documentLayout()->blockBoundingRect(b);
            // what follows: the next block, or the first row of the table that follows
            QTextBlock next = b.next();
            if (!next.isValid())
                break;
            const QRectF after = doc.documentLayout()->blockBoundingRect(next);
            double followTop = after.top();
            if (QTextTable *table = QTextCursor(next).currentTable())
                followTop = doc.documentLayout()->frameBoundingRect(table).top();
            if (pageOf(heading.top()) < pageOf(followTop + std::min(after.height(), 40.0))) {
                QTextCursor c(b);
                QTextBlockFormat f = b.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.setBlockFormat(f);
                // lay out again from here to the end: the layout's own update after a format change can stop short,
                // and the contents would then give pages from before the move
                doc.markContentsDirty(b.position(), doc.characterCount() - b.position());
                doc.pageCount();
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

void ReportWriter::writeContentsPages(QTextDocument &doc) const
{
    // the page of each numbered section, written over the placeholders in place (the same width, on the first
    // page: nothing after them moves)
    QList<int> toc;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 2 && !b.text().isEmpty() && b.text().at(0).isDigit())
            // pages count from 1; a heading moved to a new page sits a hair above the page boundary
            toc << int((doc.documentLayout()->blockBoundingRect(b).top() + 2) / m_body.height()) + 1;
    QTextCursor at = doc.find(ReportText::tr("Contents")); // the placeholders follow the contents heading
    for (int page : std::as_const(toc)) {
        at = doc.find(QStringLiteral("00"), at, QTextDocument::FindWholeWords);
        if (at.isNull())
            break;
        at.insertText(QString::number(page).rightJustified(2, QChar(0x2007))); // figure space keeps the width
    }
    if (doc.documentLayout()->blockBoundingRect(doc.lastBlock()).height() <= 0)
        doc.markContentsDirty(0, doc.characterCount()); // should an edit ever leave the layout short of the end
}

bool ReportWriter::paint(QTextDocument &doc, QPdfWriter &pdf, QString &error) const
{
    QPainter painter;
    if (!painter.begin(&pdf)) {
        error = ReportText::tr("cannot write the PDF");
        return false;
    }
    const int pages = doc.pageCount();
    QFont small;
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (m_options.progress && !m_options.progress(i, pages)) {
            painter.end();
            error = ReportText::tr("cancelled");
            return false;
        }
        if (i > 0)
            pdf.newPage();
        painter.save();
        painter.translate(kMargin, kMargin + kBand - i * m_body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        // 2 px short of the page: a line laid out a hair above the boundary belongs to the next page only
        ctx.clip = QRectF(0, i * m_body.height(), m_body.width(), m_body.height() - 2);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (i > 0) {
            painter.drawText(QRectF(kMargin, kMargin, m_body.width() * 0.75, 16), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(small).elidedText(m_review.info.title.isEmpty() ? m_claim.currentText()
                                                                                           : m_review.info.title,
                                                             Qt::ElideRight, m_body.width() * 0.75));
            painter.drawText(QRectF(kMargin, kMargin, m_body.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("EvidenceDesk"));
        }
        painter.drawText(QRectF(kMargin, m_page.height() - kMargin - 16, m_body.width(), 16),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         ReportText::tr("Page %1 of %2").arg(QString::number(i + 1), QString::number(pages)));
    }
    painter.end();
    return true;
}

bool ReportWriter::write(const QString &path, QString &error)
{
    // written to a new file of its own beside the target (created exclusively: nothing planted there, a link
    // to the review say, is written through) and renamed over the target at the end: never half a report
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = ReportText::tr("%1: cannot write the report: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = false;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(int(kDpi));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(ReportText::tr("EvidenceDesk report: %1").arg(m_claim.currentText()));
        pdf.setCreator(QStringLiteral("EvidenceDesk %1").arg(QCoreApplication::applicationVersion()));
        m_page = QSizeF(pdf.width(), pdf.height());
        m_body = QSizeF(m_page.width() - 2 * kMargin, m_page.height() - 2 * kMargin - 2 * kBand);

        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setPageSize(m_body);
        // The document is complete before it is laid out: contents with placeholder numbers, plots as inline
        // objects. Only then is the layout made, once.
        QList<PlotData> plots {m_plotData};
        for (const OtherClaim &o : m_others)
            plots << o.plotData;
        plots << trafficLightPieces();
        PlotObject handler(plots);
        // the handler first: a plot inserted while the layout does not know its size is laid out without height
        doc.documentLayout()->registerHandler(kPlotObject, &handler);
        doc.setHtml(html({}));
        insertPlots(doc);
        // laid out whole, once the plots are in: the layout's updates as each plot was inserted can leave later
        // blocks where they were, and the contents would give their pages from that
        doc.markContentsDirty(0, doc.characterCount());
        doc.pageCount();
        keepHeadingsWithNext(doc);
        writeContentsPages(doc);
        ok = paint(doc, pdf, error);
    }
    if (!ok) {
        file.cancelWriting();
        if (error != ReportText::tr("cancelled"))
            error = ReportText::tr("%1: %2").arg(path, error);
        return false;
    }
    if (!file.commit()) {
        error = ReportText::tr("%1: cannot write the report: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

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
    return ReportWriter(review, *claim, options).write(path, error);
}

} // namespace evidencedesk

#include "report.moc"
