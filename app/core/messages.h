// SPDX-License-Identifier: GPL-3.0-or-later
// libsynth speaks in codes; this is where they become words the reviewer reads (translatable).
#pragma once

#include "synth/error.h"

#include <QString>
#include <QStringList>

namespace evidencedesk {

QString describeError(synth::ErrorCode code);
/// `labels` names the studies (for warnings about one study).
QString describeWarning(const synth::Warning &warning, const QStringList &labels = {});

} // namespace evidencedesk
