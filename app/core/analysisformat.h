// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/analysis.h"

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

} // namespace evidencedesk
