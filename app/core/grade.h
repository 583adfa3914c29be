// SPDX-License-Identifier: GPL-3.0-or-later
// GRADE certainty of the evidence for a claim: a starting level from the designs, five downgrade domains
// and three upgrade domains, each suggested from the numbers with a reason, and overridable by the
// reviewer with a required justification (both kept).
#pragma once

#include "claimanalysis.h"
#include "review.h"

#include <QList>
#include <QString>

#include <optional>

namespace evidencedesk {

enum class GradeDomain {
    RiskOfBias,
    Inconsistency,
    Indirectness,
    Imprecision,
    PublicationBias,
    LargeEffect,
    DoseResponse,
    Confounding,
};
QList<GradeDomain> allGradeDomains();
QString gradeDomainKey(GradeDomain d); ///< stored in the review file ("risk_of_bias", ...)
QString gradeDomainName(GradeDomain d);
bool isUpgradeDomain(GradeDomain d);

enum class Certainty { VeryLow = 1, Low = 2, Moderate = 3, High = 4 };
QString certaintyName(Certainty c);
QString certaintySymbols(Certainty c); ///< the four-symbol notation: ⊕⊕⊕⊕, ⊕⊕⊕◯, ⊕⊕◯◯, ⊕◯◯◯

struct GradeSettings {
    /// On the analysis scale; NaN = not set (then a no-difference claim's equivalence margin is used).
    double minimalImportantDifference = std::nan("");
    double lowQualityBelow = 50; ///< quality scores below this count as low quality
};

struct DomainAssessment {
    GradeDomain domain = GradeDomain::RiskOfBias;
    int suggested = 0; ///< 0, -1, -2 (downgrades) or 0, +1, +2 (upgrades)
    QString reason; ///< why, in words
    bool assessable = true;
    std::optional<int> override; ///< the reviewer's judgement
    QString justification; ///< required with an override
    int value() const { return override.value_or(suggested); }
};

struct GradeAssessment {
    Certainty start = Certainty::High;
    QString startReason;
    QList<DomainAssessment> domains;
    Certainty certainty = Certainty::High;
    QString conclusion; ///< plain-language statement worded by certainty (the stored one if edited)
    bool conclusionEdited = false;
};

/// Suggests every domain for the claim's current analysis and applies the reviewer's stored judgements.
GradeAssessment assessGrade(const Review &review, qint64 claimId, const ClaimAnalysis &analysis,
                            const GradeSettings &settings = {});

/// The judgements as stored in the review file (suggestions with reasons, overrides with justifications).
QList<GradeJudgement> toJudgements(const GradeAssessment &a);

/// The statement a certainty calls for: "probably reduces", "may make little or no difference", ...
QString plainConclusion(const Claim &claim, const ClaimAnalysis &analysis, Certainty certainty, const QString &outcome);

} // namespace evidencedesk
