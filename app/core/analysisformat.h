// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/analysis.h"
#include "synth/regression.h"
#include "synth/tables.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evidencedesk {

/// The names of the analysed studies (Analysis::included) from the names of all input rows.
QStringList includedLabels(const synth::Analysis &analysis, const QStringList &labels);

/// The analysis as the CLI's --json contract: values on the analysis scale, null where undefined.
/// `labels` name every input row (warnings refer to input rows).
QJsonObject analysisToJson(const synth::Analysis &analysis, const QStringList &labels);

/// A readable summary in the manner of metafor's print(); ratio measures also on the natural scale.
QString analysisToText(const synth::Analysis &analysis, const QStringList &labels);

/// Mantel-Haenszel or Peto pooling as the CLI's --json contract: k measure method test level estimate se stat pval
/// ci_lb ci_ub Q Q_df Q_pval I2 H2 cmh{stat,pval} tarone{stat,pval} (null but for MH OR) warnings study yi vi.
QJsonObject poolingToJson(const synth::TablePooling &pooling, const QStringList &labels);
/// The same as text, in the manner of metafor's print() of rma.mh and rma.peto.
QString poolingToText(const synth::TablePooling &pooling, const QStringList &labels);

/// A meta-regression as the CLI's --json contract: k measure method test level mods{names[], estimate[], se[],
/// stat[], pval[], ci_lb[], ci_ub[]} tau2 tau2_se I2 H2 QE QE_df QE_pval QM QM_df[] QM_pval R2 warnings
/// (names as metafor's; QM_df is [m, null] for z and [m, k - p] for Knapp-Hartung's F).
QJsonObject metaRegressionToJson(const synth::MetaRegression &model, synth::Measure measure,
                                 const std::vector<synth::Warning> &warnings, const QStringList &labels);
/// The same as text, in the manner of metafor's print() of a mixed-effects model.
QString metaRegressionToText(const synth::MetaRegression &model, const std::vector<synth::Warning> &warnings,
                             const QStringList &labels);

/// A p-value as reviewers read it, in the UI locale: "0.042", "< 0.001", or "\u2013" when undefined.
QString pValueText(double p);
/// The same to follow a "p": "= 0.042", "< 0.001" (plain text; escape it for rich text).
QString pValueClause(double p);
/// An interval as "[lower, upper]"; where the UI locale writes decimal commas, "[lower; upper]", so that
/// "[0,13; 1,26]" cannot be read as four numbers. The bounds come formatted.
QString intervalText(const QString &lower, const QString &upper);
/// A study's effect with its interval as the tables show it, on the natural scale for a ratio measure, two
/// decimals in the UI locale: "0.41 [0.13, 1.26]"; empty for an unavailable effect.
QString studyEffectText(const synth::EffectSize &effect, const synth::Interval &ci, synth::Measure measure);
/// A formatted number as a percentage the way the UI language writes it ("92.2%", "92,2 %").
QString percentText(const QString &number);

} // namespace evidencedesk
