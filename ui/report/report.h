// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report of a claim: title page, contents, the claim and its history, the mechanisms, the evidence,
// the synthesis with forest and funnel plots (vectors), GRADE, the gold-standard list, methods, and the
// metafor script that reproduces the numbers. Text is real text; plots are vector graphics.
#pragma once

#include "grade.h"
#include "review.h"

#include <QString>

#include <functional>

namespace evidencedesk {

struct ReportOptions {
    GradeSettings grade;
    /// Called before each page is written; returning false cancels (no file is left behind).
    std::function<bool(int page, int pages)> progress;
};

/// Writes the report of `claimId` (0: the first claim) to `path` (PDF). False with `error` on failure;
/// never half a file.
bool writeReport(const Review &review, qint64 claimId, const QString &path, QString &error,
                 const ReportOptions &options = {});

/// The R script (metafor) that reproduces the claim's synthesis from its included studies.
QString metaforScript(const Review &review, qint64 claimId);

} // namespace evidencedesk
