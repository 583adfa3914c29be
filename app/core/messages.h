// SPDX-License-Identifier: GPL-3.0-or-later
// libsynth speaks in codes; this is where they become words the reviewer reads (translatable).
#pragma once

#include "synth/effectsize.h"
#include "synth/error.h"
#include "synth/model.h"

#include <QString>
#include <QStringList>

namespace evidencedesk {

QString describeError(synth::ErrorCode code);
/// `labels` names the studies (for warnings about one study).
QString describeWarning(const synth::Warning &warning, const QStringList &labels = {});

/// A warning's stable key for files and --json ("zero_cell_correction"): never translated.
QString warningKey(synth::WarningCode code);
/// An error's stable key for files and --json ("negative_count"): never translated.
QString errorKey(synth::ErrorCode code);
/// True when the warning's value is a study (an input row), false when it is a count or a number.
bool warningNamesStudy(synth::WarningCode code);

/// Every measure, estimator and test, in the order the UI offers them.
QList<synth::Measure> allMeasures();
QList<synth::Method> allMethods();
/// The abbreviation with its name: "RR – risk ratio", "REML – restricted maximum likelihood".
QString measureDisplayName(synth::Measure m);
QString methodDisplayName(synth::Method m);
QString testDisplayName(synth::Test t);

} // namespace evidencedesk
