// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisformat.h"
#include "messages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads AnalysisFormatText::tr calls).
struct AnalysisFormatText {
    Q_DECLARE_TR_FUNCTIONS(AnalysisFormatText)
};

QJsonValue number(double x)
{
    return std::isfinite(x) ? QJsonValue(x) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double> &xs)
{
    QJsonArray a;
    for (double x : xs)
        a.append(number(x));
    return a;
}

QString latin1(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString sideName(synth::Side s)
{
    return s == synth::Side::Left ? QStringLiteral("left") : QStringLiteral("right");
}

/// Codes, never words: machine output reads the same in every interface language.
QJsonArray warningsToJson(const std::vector<synth::Warning> &list, const QStringList &labels)
{
    QJsonArray warnings;
    for (const synth::Warning &w : list) {
        QJsonObject wo {{QStringLiteral("code"), warningKey(w.code)}};
        if (warningNamesStudy(w.code)) {
            const auto i = static_cast<qsizetype>(w.value);
            wo[QStringLiteral("study")] = i >= 0 && i < labels.size() ? labels.at(i) : QString::number(i + 1);
            if (w.code == synth::WarningCode::StudyDropped) { // what is wrong with the row, and where
                wo[QStringLiteral("reason")] = errorKey(w.reason);
                wo[QStringLiteral("field")] = QString::fromStdString(w.field);
            }
        } else {
            wo[QStringLiteral("value")] = number(w.value);
        }
        warnings.append(wo);
    }
    return warnings;
}

QString rowLabel(std::size_t row, const QStringList &labels)
{
    return row < static_cast<std::size_t>(labels.size()) ? labels.at(static_cast<qsizetype>(row))
                                                         : QString::number(row + 1);
}

} // namespace

QStringList includedLabels(const synth::Analysis &a, const QStringList &labels)
{
    QStringList out;
    for (std::size_t i : a.included)
        out.append(i < static_cast<std::size_t>(labels.size()) ? labels.at(static_cast<qsizetype>(i))
                                                               : QString::number(i + 1));
    return out;
}

QJsonObject analysisToJson(const synth::Analysis &a, const QStringList &labels)
{
    const synth::Fit &f = a.fit;
    const bool ee = f.method == synth::Method::EE;
    QJsonObject o;
    o[QStringLiteral("k")] = static_cast<qint64>(f.k);
    o[QStringLiteral("measure")] = latin1(synth::measureName(a.measure));
    o[QStringLiteral("method")] = latin1(synth::methodName(f.method));
    o[QStringLiteral("test")] = latin1(synth::testName(f.test));
    o[QStringLiteral("level")] = f.level;
    o[QStringLiteral("estimate")] = number(f.estimate);
    o[QStringLiteral("se")] = number(f.se);
    o[QStringLiteral("stat")] = number(f.stat);
    o[QStringLiteral("pval")] = number(f.pval);
    o[QStringLiteral("ci_lb")] = number(f.ciLower);
    o[QStringLiteral("ci_ub")] = number(f.ciUpper);
    o[QStringLiteral("pi_lb")] = number(f.piLower);
    o[QStringLiteral("pi_ub")] = number(f.piUpper);
    o[QStringLiteral("tau2")] = number(f.tau2);
    o[QStringLiteral("tau2_se")] = number(f.tau2Se);
    const auto &ci = a.heterogeneityCi;
    o[QStringLiteral("tau2_ci_lb")] = ci ? number(ci->tau2Lower) : QJsonValue();
    o[QStringLiteral("tau2_ci_ub")] = ci ? number(ci->tau2Upper) : QJsonValue();
    o[QStringLiteral("I2")] = number(f.I2);
    o[QStringLiteral("I2_ci_lb")] = ci ? number(ci->I2Lower) : QJsonValue();
    o[QStringLiteral("I2_ci_ub")] = ci ? number(ci->I2Upper) : QJsonValue();
    o[QStringLiteral("H2")] = number(f.H2);
    o[QStringLiteral("Q")] = number(f.Q);
    o[QStringLiteral("Q_df")] = number(f.Qdf);
    o[QStringLiteral("Q_pval")] = number(f.Qpval);
    o[QStringLiteral("converged")] = f.converged;
    o[QStringLiteral("warnings")] = warningsToJson(a.warnings, labels);
    // yi, vi, each study's interval at the analysis level and study: one entry per input row, as escalc()
    // returns them (null where data are missing)
    QJsonArray yi, vi, ciLower, ciUpper, study;
    for (std::size_t i = 0; i < a.effects.size(); ++i) {
        yi.append(number(a.effects[i].yi));
        vi.append(number(a.effects[i].vi));
        const synth::Interval ci = synth::studyInterval(a.effects[i], f.level);
        ciLower.append(number(ci.lower));
        ciUpper.append(number(ci.upper));
        study.append(i < static_cast<std::size_t>(labels.size()) ? labels.at(static_cast<qsizetype>(i))
                                                                 : QString::number(i + 1));
    }
    o[QStringLiteral("study")] = study;
    o[QStringLiteral("yi")] = yi;
    o[QStringLiteral("vi")] = vi;
    o[QStringLiteral("study_ci_lb")] = ciLower;
    o[QStringLiteral("study_ci_ub")] = ciUpper;
    if (a.egger) {
        o[QStringLiteral("egger")] = QJsonObject {{QStringLiteral("stat"), number(a.egger->stat)},
                                                  {QStringLiteral("pval"), number(a.egger->pval)},
                                                  {QStringLiteral("limit_estimate"), number(a.egger->limitEstimate)}};
    } else {
        o[QStringLiteral("egger")] = QJsonValue();
    }
    if (a.begg) {
        o[QStringLiteral("begg")] = QJsonObject {{QStringLiteral("tau"), number(a.begg->tau)},
                                                 {QStringLiteral("pval"), number(a.begg->pval)}};
    } else {
        o[QStringLiteral("begg")] = QJsonValue();
    }
    if (a.trimfill) {
        const synth::TrimAndFill &t = *a.trimfill;
        o[QStringLiteral("trimfill")] = QJsonObject {{QStringLiteral("k0"), t.k0},
                                                     {QStringLiteral("side"), sideName(t.side)},
                                                     {QStringLiteral("estimate"), number(t.filled.estimate)},
                                                     {QStringLiteral("se"), number(t.filled.se)},
                                                     {QStringLiteral("tau2"), number(t.filled.tau2)}};
    } else {
        o[QStringLiteral("trimfill")] = QJsonValue();
    }
    if (a.leave1out) {
        const synth::LeaveOneOut &l = *a.leave1out;
        o[QStringLiteral("leave1out")]
            = QJsonObject {{QStringLiteral("estimate"), numbers(l.estimate)},
                           {QStringLiteral("tau2"), ee ? QJsonValue() : QJsonValue(numbers(l.tau2))},
                           {QStringLiteral("I2"), numbers(l.I2)}};
    } else {
        o[QStringLiteral("leave1out")] = QJsonValue();
    }
    if (a.cumulative) {
        const synth::Cumulative &c = *a.cumulative;
        QJsonArray order;
        for (std::size_t row : c.order)
            order.append(rowLabel(row, labels));
        o[QStringLiteral("cumulative")]
            = QJsonObject {{QStringLiteral("order"), order},
                           {QStringLiteral("estimate"), numbers(c.estimate)},
                           {QStringLiteral("ci_lb"), numbers(c.ciLower)},
                           {QStringLiteral("ci_ub"), numbers(c.ciUpper)},
                           {QStringLiteral("tau2"), ee ? QJsonValue() : QJsonValue(numbers(c.tau2))},
                           {QStringLiteral("I2"), numbers(c.I2)}};
    }
    if (a.influence) {
        const synth::Influence &in = *a.influence;
        QJsonArray flags;
        for (bool b : in.influential)
            flags.append(b);
        o[QStringLiteral("influence")] = QJsonObject {{QStringLiteral("rstudent"), numbers(in.rstudent)},
                                                      {QStringLiteral("dffits"), numbers(in.dffits)},
                                                      {QStringLiteral("cook_d"), numbers(in.cookD)},
                                                      {QStringLiteral("cov_r"), numbers(in.covRatio)},
                                                      {QStringLiteral("tau2_del"), numbers(in.tau2Deleted)},
                                                      {QStringLiteral("QE_del"), numbers(in.QDeleted)},
                                                      {QStringLiteral("hat"), numbers(in.hat)},
                                                      {QStringLiteral("weight"), numbers(in.weight)},
                                                      {QStringLiteral("inf"), flags}};
    }
    if (a.subgroups) {
        QJsonArray groups;
        for (const synth::SubgroupFit &g : a.subgroups->groups) {
            QJsonObject go {{QStringLiteral("group"), QString::fromStdString(g.group)},
                            {QStringLiteral("k"), static_cast<qint64>(g.studies.size())}};
            const bool ok = g.ok;
            go[QStringLiteral("estimate")] = ok ? number(g.fit.estimate) : QJsonValue();
            go[QStringLiteral("se")] = ok ? number(g.fit.se) : QJsonValue();
            go[QStringLiteral("ci_lb")] = ok ? number(g.fit.ciLower) : QJsonValue();
            go[QStringLiteral("ci_ub")] = ok ? number(g.fit.ciUpper) : QJsonValue();
            go[QStringLiteral("tau2")] = ok ? number(g.fit.tau2) : QJsonValue();
            go[QStringLiteral("I2")] = ok ? number(g.fit.I2) : QJsonValue();
            groups.append(go);
        }
        o[QStringLiteral("subgroups")] = groups;
        o[QStringLiteral("Q_between")] = number(a.subgroups->Qbetween);
        o[QStringLiteral("Q_between_df")] = number(a.subgroups->QbetweenDf);
        o[QStringLiteral("Q_between_pval")] = number(a.subgroups->QbetweenPval);
    }
    return o;
}

namespace {

QString fmt(double x, int digits = 4)
{
    if (!std::isfinite(x))
        return QStringLiteral("NA");
    return QString::number(x, 'f', digits);
}

QString pvalue(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("NA");
    return p < 1e-4 ? QStringLiteral("<.0001") : QString::number(p, 'f', 4);
}

QString row(const QStringList &cells, int width = 10)
{
    QString s;
    for (const QString &c : cells)
        s += c.rightJustified(width);
    return s;
}

template<typename T>
QString unavailable(const synth::Part<T> &part)
{
    if (part.skipped)
        return AnalysisFormatText::tr("skipped");
    return part.error ? describeError(*part.error) : AnalysisFormatText::tr("not available");
}

} // namespace

QString analysisToText(const synth::Analysis &a, const QStringList &labels)
{
    const synth::Fit &f = a.fit;
    const bool ee = f.method == synth::Method::EE;
    const bool ratio = synth::isRatioMeasure(a.measure);
    const QString statName = f.test == synth::Test::Knha ? QStringLiteral("tval") : QStringLiteral("zval");
    QString out;
    QTextStream s(&out);
    if (ee)
        s << AnalysisFormatText::tr("Equal-Effects Model (k = %1)").arg(f.k) << "\n\n";
    else
        s << AnalysisFormatText::tr("Random-Effects Model (k = %1; tau^2 estimator: %2)")
                 .arg(f.k)
                 .arg(latin1(synth::methodName(f.method)))
          << "\n\n";
    const auto &ci = a.heterogeneityCi;
    if (!ee) {
        s << AnalysisFormatText::tr("tau^2 (estimated amount of total heterogeneity): %1 (SE = %2)")
                 .arg(fmt(f.tau2), fmt(f.tau2Se));
        if (ci)
            s << AnalysisFormatText::tr(", %1% CI [%2, %3]").arg(f.level).arg(fmt(ci->tau2Lower), fmt(ci->tau2Upper));
        s << '\n';
        s << AnalysisFormatText::tr("tau (square root of estimated tau^2 value):      %1").arg(fmt(std::sqrt(f.tau2)))
          << '\n';
    }
    s << AnalysisFormatText::tr("I^2 (total heterogeneity / total variability):   %1%").arg(fmt(f.I2, 2));
    if (ci)
        s << AnalysisFormatText::tr(", %1% CI [%2%, %3%]").arg(f.level).arg(fmt(ci->I2Lower, 2), fmt(ci->I2Upper, 2));
    s << '\n';
    s << AnalysisFormatText::tr("H^2 (total variability / sampling variability):  %1").arg(fmt(f.H2, 2)) << "\n\n";
    s << AnalysisFormatText::tr("Test for Heterogeneity:") << '\n';
    s << AnalysisFormatText::tr("Q(df = %1) = %2, p-val %3").arg(f.Qdf).arg(fmt(f.Q), pvalue(f.Qpval)) << "\n\n";
    s << AnalysisFormatText::tr("Model Results:") << "\n\n";
    s << row({QStringLiteral("estimate"), QStringLiteral("se"), statName, QStringLiteral("pval"),
              QStringLiteral("ci.lb"), QStringLiteral("ci.ub")})
      << '\n';
    s << row({fmt(f.estimate), fmt(f.se), fmt(f.stat), pvalue(f.pval), fmt(f.ciLower), fmt(f.ciUpper)}) << "\n\n";
    if (!ee)
        s << AnalysisFormatText::tr("Prediction interval: [%1, %2]").arg(fmt(f.piLower), fmt(f.piUpper)) << '\n';
    if (ratio) {
        s << AnalysisFormatText::tr("On the ratio scale: %1 [%2, %3]")
                 .arg(fmt(std::exp(f.estimate)), fmt(std::exp(f.ciLower)), fmt(std::exp(f.ciUpper)));
        if (!ee)
            s << AnalysisFormatText::tr("; prediction interval [%1, %2]")
                     .arg(fmt(std::exp(f.piLower)), fmt(std::exp(f.piUpper)));
        s << '\n';
    }
    s << '\n';
    s << AnalysisFormatText::tr("Egger's regression test for funnel plot asymmetry: ");
    if (a.egger)
        s << AnalysisFormatText::tr("%1 = %2, p = %3; limit estimate %4")
                 .arg(statName, fmt(a.egger->stat), pvalue(a.egger->pval), fmt(a.egger->limitEstimate));
    else
        s << unavailable(a.egger);
    s << '\n' << AnalysisFormatText::tr("Begg's rank correlation test: ");
    if (a.begg)
        s << AnalysisFormatText::tr("Kendall's tau = %1, p = %2%3")
                 .arg(fmt(a.begg->tau), pvalue(a.begg->pval),
                      a.begg->exact ? AnalysisFormatText::tr(" (exact)") : QString());
    else
        s << unavailable(a.begg);
    s << '\n' << AnalysisFormatText::tr("Trim-and-fill (L0): ");
    if (a.trimfill)
        s << AnalysisFormatText::tr("%n stud(ies) imputed on the %1 side; estimate %2 (SE = %3)", nullptr,
                                    a.trimfill->k0)
                 .arg(a.trimfill->side == synth::Side::Left ? AnalysisFormatText::tr("left")
                                                            : AnalysisFormatText::tr("right"),
                      fmt(a.trimfill->filled.estimate), fmt(a.trimfill->filled.se));
    else
        s << unavailable(a.trimfill);
    s << "\n\n";
    if (a.leave1out) {
        s << AnalysisFormatText::tr("Leave-one-out:") << "\n\n";
        s << QStringLiteral("%1").arg(AnalysisFormatText::tr("study"), -30)
          << row({QStringLiteral("estimate"), QStringLiteral("ci.lb"), QStringLiteral("ci.ub"), QStringLiteral("tau2"),
                  QStringLiteral("I2")})
          << '\n';
        const synth::LeaveOneOut &l = *a.leave1out;
        const QStringList names = includedLabels(a, labels);
        for (std::size_t i = 0; i < l.estimate.size(); ++i) {
            const QString &label = names.at(static_cast<qsizetype>(i));
            s << QStringLiteral("%1").arg(label.left(29), -30)
              << row({fmt(l.estimate[i]), fmt(l.ciLower[i]), fmt(l.ciUpper[i]), fmt(l.tau2[i]), fmt(l.I2[i], 2)})
              << '\n';
        }
        s << '\n';
    }
    if (a.cumulative) {
        s << AnalysisFormatText::tr("Cumulative meta-analysis:") << "\n\n";
        s << QStringLiteral("%1").arg(AnalysisFormatText::tr("study"), -30)
          << row({QStringLiteral("estimate"), QStringLiteral("ci.lb"), QStringLiteral("ci.ub"), QStringLiteral("tau2"),
                  QStringLiteral("I2")})
          << '\n';
        const synth::Cumulative &c = *a.cumulative;
        for (std::size_t i = 0; i < c.order.size(); ++i)
            s << QStringLiteral("%1").arg(rowLabel(c.order[i], labels).left(29), -30)
              << row({fmt(c.estimate[i]), fmt(c.ciLower[i]), fmt(c.ciUpper[i]),
                      ee ? QStringLiteral("NA") : fmt(c.tau2[i]), fmt(c.I2[i], 2)})
              << '\n';
        s << '\n';
    }
    if (a.influence) {
        s << AnalysisFormatText::tr("Influence diagnostics:") << "\n\n";
        s << QStringLiteral("%1").arg(AnalysisFormatText::tr("study"), -30)
          << row({QStringLiteral("rstudent"), QStringLiteral("dffits"), QStringLiteral("cook.d"),
                  QStringLiteral("cov.r"), QStringLiteral("tau2.del"), QStringLiteral("QE.del"), QStringLiteral("hat"),
                  QStringLiteral("weight"), QStringLiteral("inf")})
          << '\n';
        const synth::Influence &in = *a.influence;
        const QStringList names = includedLabels(a, labels);
        for (std::size_t i = 0; i < in.rstudent.size(); ++i)
            s << QStringLiteral("%1").arg(names.at(static_cast<qsizetype>(i)).left(29), -30)
              << row({fmt(in.rstudent[i]), fmt(in.dffits[i]), fmt(in.cookD[i]), fmt(in.covRatio[i]),
                      fmt(in.tau2Deleted[i]), fmt(in.QDeleted[i]), fmt(in.hat[i]), fmt(in.weight[i], 2),
                      in.influential[i] ? QStringLiteral("*") : QString()})
              << '\n';
        s << '\n';
    }
    if (a.subgroups) {
        s << AnalysisFormatText::tr("Subgroups:") << "\n\n";
        s << QStringLiteral("%1").arg(AnalysisFormatText::tr("group"), -20)
          << row({QStringLiteral("k"), QStringLiteral("estimate"), QStringLiteral("se"), QStringLiteral("ci.lb"),
                  QStringLiteral("ci.ub"), QStringLiteral("tau2"), QStringLiteral("I2")})
          << '\n';
        for (const synth::SubgroupFit &g : a.subgroups->groups) {
            s << QStringLiteral("%1").arg(QString::fromStdString(g.group).left(19), -20)
              << QString::number(g.studies.size()).rightJustified(10);
            if (g.ok)
                s << row({fmt(g.fit.estimate), fmt(g.fit.se), fmt(g.fit.ciLower), fmt(g.fit.ciUpper), fmt(g.fit.tau2),
                          fmt(g.fit.I2, 2)});
            else
                s << "  " << describeError(g.error);
            s << '\n';
        }
        s << '\n'
          << AnalysisFormatText::tr("Test for subgroup differences: Q(df = %1) = %2, p-val %3")
                 .arg(a.subgroups->QbetweenDf)
                 .arg(fmt(a.subgroups->Qbetween), pvalue(a.subgroups->QbetweenPval))
          << "\n\n";
    }
    if (!a.warnings.empty()) {
        s << AnalysisFormatText::tr("Warnings:") << '\n';
        for (const synth::Warning &w : a.warnings)
            s << "- " << describeWarning(w, labels) << '\n';
    }
    s.flush();
    return out;
}

QJsonObject poolingToJson(const synth::TablePooling &p, const QStringList &labels)
{
    QJsonObject o;
    o[QStringLiteral("k")] = static_cast<qint64>(p.k);
    o[QStringLiteral("measure")] = latin1(synth::measureName(p.measure));
    o[QStringLiteral("method")] = latin1(synth::tableMethodName(p.method));
    o[QStringLiteral("test")] = QStringLiteral("z");
    o[QStringLiteral("level")] = p.level;
    o[QStringLiteral("estimate")] = number(p.estimate);
    o[QStringLiteral("se")] = number(p.se);
    o[QStringLiteral("stat")] = number(p.stat);
    o[QStringLiteral("pval")] = number(p.pval);
    o[QStringLiteral("ci_lb")] = number(p.ciLower);
    o[QStringLiteral("ci_ub")] = number(p.ciUpper);
    o[QStringLiteral("Q")] = number(p.Q);
    o[QStringLiteral("Q_df")] = number(p.Qdf);
    o[QStringLiteral("Q_pval")] = number(p.Qpval);
    o[QStringLiteral("I2")] = number(p.I2);
    o[QStringLiteral("H2")] = number(p.H2);
    auto test = [](const std::optional<synth::ChiSquareTest> &t) {
        return t ? QJsonValue(
                   QJsonObject {{QStringLiteral("stat"), number(t->stat)}, {QStringLiteral("pval"), number(t->pval)}})
                 : QJsonValue();
    };
    o[QStringLiteral("cmh")] = test(p.cmh);
    o[QStringLiteral("tarone")] = test(p.tarone);
    o[QStringLiteral("warnings")] = warningsToJson(p.warnings, labels);
    QJsonArray yi, vi, study;
    for (std::size_t i = 0; i < p.effects.size(); ++i) {
        yi.append(number(p.effects[i].yi));
        vi.append(number(p.effects[i].vi));
        study.append(rowLabel(i, labels));
    }
    o[QStringLiteral("study")] = study;
    o[QStringLiteral("yi")] = yi;
    o[QStringLiteral("vi")] = vi;
    return o;
}

QString poolingToText(const synth::TablePooling &p, const QStringList &labels)
{
    QString out;
    QTextStream s(&out);
    s << AnalysisFormatText::tr("Equal-Effects Model (k = %1)").arg(p.k) << '\n';
    s << (p.method == synth::TableMethod::MH ? AnalysisFormatText::tr("Mantel-Haenszel method")
                                             : AnalysisFormatText::tr("Peto's method"))
      << "\n\n";
    s << AnalysisFormatText::tr("I^2 (total heterogeneity / total variability):   %1%").arg(fmt(p.I2, 2)) << '\n';
    s << AnalysisFormatText::tr("H^2 (total variability / sampling variability):  %1").arg(fmt(p.H2, 2)) << "\n\n";
    s << AnalysisFormatText::tr("Test for Heterogeneity:") << '\n';
    s << AnalysisFormatText::tr("Q(df = %1) = %2, p-val %3").arg(p.Qdf).arg(fmt(p.Q), pvalue(p.Qpval)) << "\n\n";
    s << AnalysisFormatText::tr("Model Results:") << "\n\n";
    s << row({QStringLiteral("estimate"), QStringLiteral("se"), QStringLiteral("zval"), QStringLiteral("pval"),
              QStringLiteral("ci.lb"), QStringLiteral("ci.ub")})
      << '\n';
    s << row({fmt(p.estimate), fmt(p.se), fmt(p.stat), pvalue(p.pval), fmt(p.ciLower), fmt(p.ciUpper)}) << "\n\n";
    if (synth::isRatioMeasure(p.measure))
        s << AnalysisFormatText::tr("On the ratio scale: %1 [%2, %3]")
                 .arg(fmt(std::exp(p.estimate)), fmt(std::exp(p.ciLower)), fmt(std::exp(p.ciUpper)))
          << "\n\n";
    if (p.cmh)
        s << AnalysisFormatText::tr("Cochran-Mantel-Haenszel Test:    CMH = %1, df = 1, p-val %2")
                 .arg(fmt(p.cmh->stat), pvalue(p.cmh->pval))
          << '\n';
    if (p.tarone)
        s << AnalysisFormatText::tr("Tarone's Test for Heterogeneity: X^2 = %1, df = %2, p-val %3")
                 .arg(fmt(p.tarone->stat), fmt(p.tarone->df, 0), pvalue(p.tarone->pval))
          << "\n\n";
    if (!p.warnings.empty()) {
        s << AnalysisFormatText::tr("Warnings:") << '\n';
        for (const synth::Warning &w : p.warnings)
            s << "- " << describeWarning(w, labels) << '\n';
    }
    s.flush();
    return out;
}

QJsonObject metaRegressionToJson(const synth::MetaRegression &m, synth::Measure measure,
                                 const std::vector<synth::Warning> &warnings, const QStringList &labels)
{
    QJsonObject o;
    o[QStringLiteral("k")] = static_cast<qint64>(m.k);
    o[QStringLiteral("measure")] = latin1(synth::measureName(measure));
    o[QStringLiteral("method")] = latin1(synth::methodName(m.method));
    o[QStringLiteral("test")] = latin1(synth::testName(m.test));
    o[QStringLiteral("level")] = m.level;
    QJsonArray names;
    for (const std::string &n : m.names)
        names.append(QString::fromStdString(n));
    o[QStringLiteral("mods")] = QJsonObject {{QStringLiteral("names"), names},
                                             {QStringLiteral("estimate"), numbers(m.estimate)},
                                             {QStringLiteral("se"), numbers(m.se)},
                                             {QStringLiteral("stat"), numbers(m.stat)},
                                             {QStringLiteral("pval"), numbers(m.pval)},
                                             {QStringLiteral("ci_lb"), numbers(m.ciLower)},
                                             {QStringLiteral("ci_ub"), numbers(m.ciUpper)}};
    o[QStringLiteral("tau2")] = number(m.tau2);
    o[QStringLiteral("tau2_se")] = number(m.tau2Se);
    o[QStringLiteral("I2")] = number(m.I2);
    o[QStringLiteral("H2")] = number(m.H2);
    o[QStringLiteral("QE")] = number(m.QE);
    o[QStringLiteral("QE_df")] = number(m.QEdf);
    o[QStringLiteral("QE_pval")] = number(m.QEpval);
    o[QStringLiteral("QM")] = number(m.QM);
    o[QStringLiteral("QM_df")] = QJsonArray {number(m.QMdf), number(m.QMdf2)};
    o[QStringLiteral("QM_pval")] = number(m.QMpval);
    o[QStringLiteral("R2")] = number(m.R2);
    o[QStringLiteral("converged")] = m.converged;
    o[QStringLiteral("warnings")] = warningsToJson(warnings, labels);
    return o;
}

QString metaRegressionToText(const synth::MetaRegression &m, const std::vector<synth::Warning> &warnings,
                             const QStringList &labels)
{
    const bool ee = m.method == synth::Method::EE;
    const bool knha = m.test == synth::Test::Knha;
    QString out;
    QTextStream s(&out);
    s << AnalysisFormatText::tr("Mixed-Effects Model (k = %1; tau^2 estimator: %2)")
             .arg(m.k)
             .arg(latin1(synth::methodName(m.method)))
      << "\n\n";
    if (!ee) {
        s << AnalysisFormatText::tr("tau^2 (estimated amount of residual heterogeneity):     %1 (SE = %2)")
                 .arg(fmt(m.tau2), fmt(m.tau2Se))
          << '\n';
        s << AnalysisFormatText::tr("I^2 (residual heterogeneity / unaccounted variability): %1%").arg(fmt(m.I2, 2))
          << '\n';
        s << AnalysisFormatText::tr("H^2 (unaccounted variability / sampling variability):   %1").arg(fmt(m.H2, 2))
          << '\n';
        s << AnalysisFormatText::tr("R^2 (amount of heterogeneity accounted for):            %1%").arg(fmt(m.R2, 2))
          << "\n\n";
    }
    s << AnalysisFormatText::tr("Test for Residual Heterogeneity:") << '\n';
    s << AnalysisFormatText::tr("QE(df = %1) = %2, p-val %3").arg(m.QEdf).arg(fmt(m.QE), pvalue(m.QEpval)) << "\n\n";
    s << AnalysisFormatText::tr("Test of Moderators (coefficients 2:%1):").arg(m.p) << '\n';
    if (knha)
        s << AnalysisFormatText::tr("F(df1 = %1, df2 = %2) = %3, p-val %4")
                 .arg(m.QMdf)
                 .arg(m.QMdf2)
                 .arg(fmt(m.QM), pvalue(m.QMpval));
    else
        s << AnalysisFormatText::tr("QM(df = %1) = %2, p-val %3").arg(m.QMdf).arg(fmt(m.QM), pvalue(m.QMpval));
    s << "\n\n" << AnalysisFormatText::tr("Model Results:") << "\n\n";
    s << QStringLiteral("%1").arg(QString(), -20)
      << row({QStringLiteral("estimate"), QStringLiteral("se"), knha ? QStringLiteral("tval") : QStringLiteral("zval"),
              QStringLiteral("pval"), QStringLiteral("ci.lb"), QStringLiteral("ci.ub")})
      << '\n';
    for (std::size_t j = 0; j < m.names.size(); ++j)
        s << QStringLiteral("%1").arg(QString::fromStdString(m.names[j]).left(19), -20)
          << row({fmt(m.estimate[j]), fmt(m.se[j]), fmt(m.stat[j]), pvalue(m.pval[j]), fmt(m.ciLower[j]),
                  fmt(m.ciUpper[j])})
          << '\n';
    s << '\n';
    if (!warnings.empty()) {
        s << AnalysisFormatText::tr("Warnings:") << '\n';
        for (const synth::Warning &w : warnings)
            s << "- " << describeWarning(w, labels) << '\n';
    }
    s.flush();
    return out;
}

QString intervalText(const QString &lower, const QString &upper)
{
    const bool decimalComma = QLocale().decimalPoint() == QLatin1String(",");
    return (decimalComma ? QStringLiteral("[%1; %2]") : QStringLiteral("[%1, %2]")).arg(lower, upper);
}

QString studyEffectText(const synth::EffectSize &effect, const synth::Interval &ci, synth::Measure measure)
{
    if (!effect.available())
        return {};
    const bool ratio = synth::isRatioMeasure(measure);
    auto nat = [&](double x) { return QLocale().toString(ratio ? std::exp(x) : x, 'f', 2); };
    return QStringLiteral("%1 %2").arg(nat(effect.yi), intervalText(nat(ci.lower), nat(ci.upper)));
}

QString percentText(const QString &number)
{
    return AnalysisFormatText::tr("%1%", "a percentage: 92.2%").arg(number);
}

QString pValueText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("\u2013");
    const QLocale l;
    return p < 0.001 ? QStringLiteral("< %1").arg(l.toString(0.001, 'f', 3)) : l.toString(p, 'f', 3);
}

QString pValueClause(double p)
{
    return std::isfinite(p) && p >= 0.001 ? QStringLiteral("= ") + pValueText(p) : pValueText(p);
}

} // namespace evidencedesk
