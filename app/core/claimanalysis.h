// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include "synth/analysis.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace evidencedesk {

/// The synthesis of one claim of a review: its included studies under its settings. The window, the
/// CLI, the plots and the report all read this; none of them assembles an analysis of its own.
struct ClaimAnalysis {
    synth::Analysis analysis;
    std::optional<synth::Fit> fixedEffect; ///< the equal-effects fit beside a random-effects model
    QList<qint64> studyIds; ///< the analysis' input rows (the included studies)
    QStringList labels; ///< their labels
    QHash<qint64, qsizetype> analysed; ///< study id -> index into analysis.yi
    std::optional<synth::Error> error; ///< why there is no analysis (error.study() indexes studyIds)
    bool settingsValid = true;

    bool ok() const { return !error && settingsValid; }
    qsizetype analysedIndex(qint64 studyId) const { return analysed.value(studyId, -1); }
};

ClaimAnalysis analyzeClaim(const Review &review, qint64 claimId, const SynthesisSettings &settings,
                           const synth::AnalysisOptions *options = nullptr);

} // namespace evidencedesk
