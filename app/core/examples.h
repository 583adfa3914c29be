// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewstore.h"

#include <QString>
#include <QStringList>

namespace evidencedesk {

/// The bundled examples ("hypertrophy", the seed page's claim, is the default; "bcg").
QStringList exampleNames();
/// Writes example `name` into an empty review. False with `error` on failure (nothing half-written:
/// the caller creates the file and removes it on failure).
bool writeExample(const QString &name, ReviewStore &store, QString &error);

} // namespace evidencedesk
