// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryoffindings.h"
#include "analysisformat.h"
#include "csvtable.h"
#include "defaults.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads SofText::tr calls).
struct SofText {
    Q_DECLARE_TR_FUNCTIONS(SofText)
};

constexpr const char *kDash = "\u2014";

QString dash()
{
    return QString::fromUtf8(kDash);
}

QString num(double x, int decimals = 2)
{
    return QLocale().toString(x, 'f', decimals);
}

bool isRisk(synth::Measure m)
{
    return m == synth::Measure::RR || m == synth::Measure::OR;
}

} // namespace

QString sofEffectKey(SofEffect e)
{
    switch (e) {
    case SofEffect::NotEstimable:
        break;
    case SofEffect::Risk:
        return QStringLiteral("risk");
    case SofEffect::RiskDifference:
        return QStringLiteral("risk_difference");
    case SofEffect::MeanDifference:
        return QStringLiteral("mean_difference");
    case SofEffect::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("not_estimable");
}

double interventionRisk(synth::Measure measure, double ratio, double acr)
{
    if (!(acr >= 0 && acr <= 1) || !(ratio >= 0))
        return std::nan("");
    if (measure == synth::Measure::RR)
        return acr * ratio;
    if (measure == synth::Measure::OR)
        return acr * ratio / (1 - acr + acr * ratio);
    return std::nan("");
}

double riskDifferencePer1000(synth::Measure measure, double ratio, double acr)
{
    if (measure == synth::Measure::RR && acr >= 0 && acr <= 1 && ratio >= 0)
        return acr * (ratio - 1) * 1000; // as written, not through the risk: no cancellation for a ratio near 1
    return (interventionRisk(measure, ratio, acr) - acr) * 1000;
}

QString SofFootnote::text() const
{
    const QString name = gradeDomainName(domain), judgement = judgementName(domain, value);
    if (byReviewer)
        return SofText::tr("%1, %2 (the reviewer's judgement): %3").arg(name, judgement, justification);
    QStringList words;
    for (const GradeReason &r : reasons)
        words << r.describe();
    return SofText::tr("%1, %2: %3").arg(name, judgement, words.join(QLatin1Char(' ')));
}

SofRow summaryOfFindingsRow(const ClaimAnalysis &c, const GradeAssessment &grade)
{
    SofRow row;
    row.claimId = c.claimId;
    row.claim = c.claim.currentText();
    row.outcomeId = c.outcomeId;
    row.outcome = c.outcome.name;
    row.timePoint = c.outcome.timePoint;
    row.certainty = grade.certainty;
    row.measure = c.analysis.measure;
    row.level = c.settings.level;
    for (const DomainAssessment &d : grade.domains) {
        // a domain that moved the certainty: an upgrade GRADE does not count (something is downgraded) did not
        const bool uncounted = std::any_of(d.reasons.cbegin(), d.reasons.cend(), [](const GradeReason &r) {
            return r.code == GradeReason::Code::UpgradeNotCounted;
        });
        if (d.value() == 0 || (isUpgradeDomain(d.domain) && uncounted))
            continue;
        SofFootnote f;
        f.domain = d.domain;
        f.value = d.value();
        f.reasons = d.reasons;
        f.byReviewer = d.override.has_value();
        f.justification = d.justification;
        row.footnotes << f;
    }
    const bool ok = c.ok() && c.analysis.fit.converged && c.analysis.fit.k > 0;
    if (!ok)
        return row;
    const synth::Fit &fit = c.analysis.fit;
    const synth::Measure m = c.analysis.measure;
    row.studies = int(fit.k);
    row.level = fit.level;
    double participants = 0;
    for (const AnalysedStudy *s : c.analysedStudies())
        participants += s ? s->participants : std::nan("");
    row.participants = participants;
    const bool ratio = synth::isRatioMeasure(m);
    auto natural = [ratio](double x) { return ratio ? std::exp(x) : x; };
    row.estimate = natural(fit.estimate);
    row.ciLower = natural(fit.ciLower);
    row.ciUpper = natural(fit.ciUpper);
    if (m == synth::Measure::MD || m == synth::Measure::SMD) {
        row.effect = SofEffect::MeanDifference;
        return row;
    }
    if (!isRisk(m) && m != synth::Measure::RD) {
        row.effect = SofEffect::Other;
        return row;
    }
    row.effect = m == synth::Measure::RD ? SofEffect::RiskDifference : SofEffect::Risk;
    row.medianRisk = medianComparatorRisk(c);
    const double reviewerRisk = c.claim.assumedRisk;
    row.assumedRiskByReviewer = reviewerRisk >= 0 && reviewerRisk <= 1;
    row.assumedRisk = row.assumedRiskByReviewer ? reviewerRisk : row.medianRisk;
    const double acr = row.assumedRisk;
    if (m == synth::Measure::RD) {
        // the pooled difference is the absolute effect; the risk with the intervention follows from the assumed risk
        row.differencePer1000 = 1000 * row.estimate;
        row.differenceLower = 1000 * row.ciLower;
        row.differenceUpper = 1000 * row.ciUpper;
        if (std::isfinite(acr)) {
            row.riskWithIntervention = acr + row.estimate;
            row.riskLower = acr + row.ciLower;
            row.riskUpper = acr + row.ciUpper;
        }
        return row;
    }
    // each end of the interval from the same end of the ratio's (both are increasing in the ratio)
    row.riskWithIntervention = interventionRisk(m, row.estimate, acr);
    row.riskLower = interventionRisk(m, row.ciLower, acr);
    row.riskUpper = interventionRisk(m, row.ciUpper, acr);
    row.differencePer1000 = riskDifferencePer1000(m, row.estimate, acr);
    row.differenceLower = riskDifferencePer1000(m, row.ciLower, acr);
    row.differenceUpper = riskDifferencePer1000(m, row.ciUpper, acr);
    return row;
}

QList<SofRow> summaryOfFindings(const Review &review, const GradeSettings &settings)
{
    QList<SofRow> rows;
    synth::AnalysisOptions options;
    options.leave1out = false; // GRADE reads the fit, Egger and trim-and-fill; leave-one-out shows nowhere here
    for (const Claim &claim : review.claims) {
        const ClaimAnalysis a = analyzeClaim(review, claim.id, effectiveSettings(review, claim.id), &options);
        rows << summaryOfFindingsRow(a, assessGrade(review, claim.id, a, settings));
    }
    return rows;
}

// ------------------------------------------------------------------------------------------ laid out

QList<SofColumn> allSofColumns()
{
    return {SofColumn::Outcome,        SofColumn::Participants,   SofColumn::Certainty,
            SofColumn::RelativeEffect, SofColumn::ComparatorRisk, SofColumn::AbsoluteEffect};
}

double sofCommonLevel(const QList<SofRow> &rows)
{
    if (rows.isEmpty())
        return 95;
    for (const SofRow &r : rows)
        if (r.level != rows.first().level)
            return std::nan("");
    return rows.first().level;
}

namespace {

QString ciName(double level)
{
    return SofText::tr("%1 CI").arg(percentText(QLocale().toString(level)));
}

} // namespace

QString sofColumnTitle(SofColumn column, double level)
{
    const QString ci = std::isfinite(level) ? ciName(level) : SofText::tr("CI");
    switch (column) {
    case SofColumn::Outcome:
        return SofText::tr("Outcome");
    case SofColumn::Participants:
        return SofText::tr("\u2116 of participants (studies)");
    case SofColumn::Certainty:
        return SofText::tr("Certainty of the evidence (GRADE)");
    case SofColumn::RelativeEffect:
        return SofText::tr("Relative effect (%1)").arg(ci);
    case SofColumn::ComparatorRisk:
        return SofText::tr("Risk with the comparator");
    case SofColumn::AbsoluteEffect:
        return SofText::tr("Difference with the intervention (%1)").arg(ci);
    }
    return {};
}

namespace {

QString per1000()
{
    return QLocale().toString(1000);
}

/// "9 fewer per 1,000", "3 more per 1,000"
QString differenceText(double x)
{
    const int n = int(std::lround(std::abs(x)));
    return x < 0 ? SofText::tr("%Ln fewer per %1", nullptr, n).arg(per1000())
                 : SofText::tr("%Ln more per %1", nullptr, n).arg(per1000());
}

/// an end of its interval: "10 fewer", "2 more"
QString differenceEnd(double x)
{
    const int n = int(std::lround(std::abs(x)));
    return x < 0 ? SofText::tr("%Ln fewer", "an end of an interval of differences per 1,000", n)
                 : SofText::tr("%Ln more", "an end of an interval of differences per 1,000", n);
}

/// a difference in means: "4.72 lower", "0.30 higher"
QString meanEnd(double x)
{
    return x < 0 ? SofText::tr("%1 lower").arg(num(-x)) : SofText::tr("%1 higher").arg(num(x));
}

QString levelSuffix(const SofRow &row, double commonLevel)
{
    return std::isfinite(commonLevel) ? QString() : QLatin1Char(' ') + SofText::tr("(%1)").arg(ciName(row.level));
}

} // namespace

QString sofCellText(const SofRow &row, SofColumn column, double commonLevel)
{
    const QString measure = QString::fromLatin1(synth::measureName(row.measure).data());
    switch (column) {
    case SofColumn::Outcome: {
        const QString name = row.outcome.isEmpty() ? row.claim : row.outcome;
        return row.timePoint.isEmpty() ? name
                                       : SofText::tr("%1 (%2)", "an outcome (its time point)").arg(name, row.timePoint);
    }
    case SofColumn::Participants:
        if (row.studies == 0)
            return dash();
        if (!std::isfinite(row.participants))
            return SofText::tr("not reported (%n stud(ies))", nullptr, row.studies);
        return SofText::tr("%1 (%n stud(ies))", nullptr, row.studies).arg(QLocale().toString(row.participants, 'f', 0));
    case SofColumn::Certainty:
        if (row.effect == SofEffect::NotEstimable)
            return dash(); // no body of evidence to rate (as GRADEpro leaves it)
        return certaintySymbols(row.certainty) + QLatin1Char(' ') + certaintyName(row.certainty);
    case SofColumn::RelativeEffect:
        if (row.effect == SofEffect::NotEstimable)
            return SofText::tr("not estimable");
        if (row.effect != SofEffect::Risk && row.effect != SofEffect::Other)
            return dash();
        return SofText::tr("%1 %2 (%3 to %4)", "measure, estimate, interval")
                   .arg(measure, num(row.estimate), num(row.ciLower), num(row.ciUpper))
            + levelSuffix(row, commonLevel);
    case SofColumn::ComparatorRisk:
        if (!std::isfinite(row.assumedRisk))
            return dash();
        return SofText::tr("%1 per %2", "a risk per 1,000")
                   .arg(QLocale().toString(double(std::lround(row.assumedRisk * 1000)), 'f', 0), per1000())
            + (row.assumedRiskByReviewer ? QStringLiteral(" \u2020") : QString());
    case SofColumn::AbsoluteEffect:
        if (row.effect == SofEffect::MeanDifference)
            return SofText::tr("%1 %2 (%3 to %4)", "measure, difference, interval")
                       .arg(measure, meanEnd(row.estimate), meanEnd(row.ciLower), meanEnd(row.ciUpper))
                + levelSuffix(row, commonLevel);
        if ((row.effect != SofEffect::Risk && row.effect != SofEffect::RiskDifference)
            || !std::isfinite(row.differencePer1000))
            return dash();
        return SofText::tr("%1 (from %2 to %3)", "a difference per 1,000 and its interval")
                   .arg(differenceText(row.differencePer1000), differenceEnd(row.differenceLower),
                        differenceEnd(row.differenceUpper))
            + levelSuffix(row, commonLevel);
    }
    return {};
}

QString sofFootnoteMark(int index)
{
    QString mark;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        mark.prepend(QLatin1Char(char('a' + (i - 1) % 26)));
    return mark;
}

QString sofExplanation()
{
    return SofText::tr("The risk with the comparator is the median risk in the comparator groups of the included "
                       "studies, or the reviewer's (marked \u2020). The difference with the intervention and its "
                       "interval follow from that risk and the pooled relative effect with its interval; a risk "
                       "difference or a mean difference is as pooled. Certainty of the evidence (GRADE): "
                       "\u2295\u2295\u2295\u2295 high, \u2295\u2295\u2295\u25ef moderate, \u2295\u2295\u25ef\u25ef "
                       "low, \u2295\u25ef\u25ef\u25ef very low.");
}

// ------------------------------------------------------------------------------------------------ CSV

QByteArray summaryOfFindingsCsv(const QList<SofRow> &rows)
{
    QStringList header {QStringLiteral("claim_id"),
                        QStringLiteral("claim"),
                        QStringLiteral("outcome_id"),
                        QStringLiteral("outcome"),
                        QStringLiteral("time_point"),
                        QStringLiteral("studies"),
                        QStringLiteral("participants"),
                        QStringLiteral("certainty"),
                        QStringLiteral("effect"),
                        QStringLiteral("measure"),
                        QStringLiteral("level"),
                        QStringLiteral("estimate"),
                        QStringLiteral("ci_lb"),
                        QStringLiteral("ci_ub"),
                        QStringLiteral("median_risk"),
                        QStringLiteral("assumed_risk"),
                        QStringLiteral("assumed_risk_source"),
                        QStringLiteral("risk_intervention"),
                        QStringLiteral("risk_intervention_lb"),
                        QStringLiteral("risk_intervention_ub"),
                        QStringLiteral("rd_per_1000"),
                        QStringLiteral("rd_per_1000_lb"),
                        QStringLiteral("rd_per_1000_ub")};
    for (GradeDomain d : allGradeDomains())
        header << gradeDomainKey(d) << gradeDomainKey(d) + QStringLiteral("_reasons");
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const SofRow &r : rows) {
        const bool estimable = r.effect != SofEffect::NotEstimable;
        QStringList cells {QString::number(r.claimId),
                           csvField(r.claim),
                           r.outcomeId > 0 ? QString::number(r.outcomeId) : QString(),
                           csvField(r.outcome),
                           csvField(r.timePoint),
                           QString::number(r.studies),
                           csvNumber(r.participants),
                           estimable ? certaintyKey(r.certainty) : QString(),
                           sofEffectKey(r.effect),
                           estimable ? QString::fromLatin1(synth::measureName(r.measure).data()) : QString(),
                           csvNumber(r.level),
                           csvNumber(r.estimate),
                           csvNumber(r.ciLower),
                           csvNumber(r.ciUpper),
                           csvNumber(r.medianRisk),
                           csvNumber(r.assumedRisk),
                           !std::isfinite(r.assumedRisk) ? QString()
                               : r.assumedRiskByReviewer ? QStringLiteral("reviewer")
                                                         : QStringLiteral("median"),
                           csvNumber(r.riskWithIntervention),
                           csvNumber(r.riskLower),
                           csvNumber(r.riskUpper),
                           csvNumber(r.differencePer1000),
                           csvNumber(r.differenceLower),
                           csvNumber(r.differenceUpper)};
        for (GradeDomain d : allGradeDomains()) {
            const SofFootnote *f = nullptr;
            for (const SofFootnote &x : r.footnotes)
                if (x.domain == d)
                    f = &x;
            QStringList codes;
            if (f) {
                if (f->byReviewer)
                    codes << GradeReason::key(GradeReason::Code::ReviewerJudgement);
                for (const GradeReason &reason : f->reasons)
                    codes << GradeReason::key(reason.code);
            }
            cells << (f ? QString::number(f->value) : QString()) << codes.join(QLatin1Char('|'));
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

// ----------------------------------------------------------------------------------------------- HTML

QString summaryOfFindingsHtmlTable(const QList<SofRow> &rows)
{
    const double level = sofCommonLevel(rows);
    QString h = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
    for (SofColumn c : allSofColumns())
        h += QStringLiteral("<th>%1</th>").arg(sofColumnTitle(c, level).toHtmlEscaped());
    h += QStringLiteral("</tr></thead><tbody>");
    QStringList notes;
    for (const SofRow &r : rows) {
        h += QStringLiteral("<tr>");
        for (SofColumn c : allSofColumns()) {
            QString cell = sofCellText(r, c, level).toHtmlEscaped();
            if (c == SofColumn::Certainty && !r.footnotes.isEmpty()) {
                QStringList marks;
                for (const SofFootnote &f : r.footnotes) {
                    marks << sofFootnoteMark(int(notes.size()));
                    notes << QStringLiteral("<sup>%1</sup> %2").arg(marks.last(), f.text().toHtmlEscaped());
                }
                cell += QStringLiteral("<sup>%1</sup>").arg(marks.join(QLatin1Char(',')));
            }
            h += QStringLiteral("<td>%1</td>").arg(cell);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>");
    h += QStringLiteral("<p><small>%1</small></p>").arg(sofExplanation().toHtmlEscaped());
    if (!notes.isEmpty())
        h += QStringLiteral("<p><small>%1</small></p>").arg(notes.join(QStringLiteral("<br>")));
    return h;
}

QString summaryOfFindingsHtml(const Review &review, const QList<SofRow> &rows)
{
    const ReviewInfo &q = review.info;
    const QString title
        = q.title.isEmpty() ? SofText::tr("Summary of findings") : SofText::tr("Summary of findings: %1").arg(q.title);
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang='%1'><head><meta charset='utf-8'><title>%2</title>"
                               "<style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse}"
                               "th,td{vertical-align:top;text-align:left}</style></head><body>\n")
                    .arg(QLocale().bcp47Name(), title.toHtmlEscaped());
    h += QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    const QList<QPair<QString, QString>> question {{SofText::tr("Population"), q.population},
                                                   {SofText::tr("Intervention"), q.intervention},
                                                   {SofText::tr("Comparison"), q.comparator}};
    for (const auto &[label, value] : question)
        if (!value.isEmpty())
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(SofText::tr("%1: %2", "a label and its value")
                              .arg(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()), value.toHtmlEscaped()));
    h += summaryOfFindingsHtmlTable(rows);
    return h + QStringLiteral("\n</body></html>\n");
}

bool writeSummaryOfFindings(const Review &review, const QList<SofRow> &rows, const QString &path, bool html,
                            QString &error)
{
    QSaveFile f(path); // written to a temporary file and renamed: never half a file
    if (!f.open(QIODevice::WriteOnly)) {
        error = location(path) + SofText::tr("cannot write: %1").arg(f.errorString());
        return false;
    }
    f.write(html ? summaryOfFindingsHtml(review, rows).toUtf8() : summaryOfFindingsCsv(rows));
    if (!f.commit()) {
        error = location(path) + SofText::tr("cannot write: %1").arg(f.errorString());
        return false;
    }
    return true;
}

} // namespace evidencedesk
