// SPDX-License-Identifier: GPL-3.0-or-later
// Reads tests/data/reference (metafor's results for public datasets: input CSV + expected JSON) for the Qt
// tests (test_cli, test_plots); the engine's own tests read the same files through reference.h, without Qt.
#pragma once

#include "tolerance.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace evidencedesk::test {

struct ReferenceCase {
    QString dataset; ///< e.g. "bcg_rr"
    QString measure; ///< e.g. "RR"
    QString csvPath;
    QJsonObject json; ///< the whole expected file
};

/// Every NAME.json with its NAME.csv under the reference directory (or `dir`), sorted by name.
QList<ReferenceCase> referenceCases(const QString &dir = {});
/// The engine's edge cases (dominant weights, extreme scales, a cycling fit): tests/data/reference-edges.
QString referenceEdgesDir();
QString referenceDir();

/// Compares `actual` with `expected` recursively: every key `expected` has must be in `actual`,
/// numbers within the tolerance `toleranceFor(path)` gives, null where expected is null.
/// Returns one line per mismatch, naming the path ("egger.pval", "leave1out.I2[3]").
QStringList compareJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                        const std::function<Tolerance(const QString &)> &toleranceFor);

} // namespace evidencedesk::test
