// SPDX-License-Identifier: GPL-3.0-or-later
// GRADE certainty of the evidence for a claim: a starting level from the designs, five downgrade domains
// and three upgrade domains, each suggested from the numbers with a reason, and overridable by the
// reviewer with a required justification (both kept).
#pragma once

#include "claimanalysis.h"
#include "review.h"

#include <QJsonObject>
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
/// A domain's judgement in words: "not serious", "serious (−1)", "very serious (−2)"; upgrades "no upgrade",
/// "+1 level", "+2 levels".
QString judgementName(GradeDomain d, int value);
QString certaintySymbols(Certainty c); ///< the four-symbol notation: ⊕⊕⊕⊕, ⊕⊕⊕◯, ⊕⊕◯◯, ⊕◯◯◯

struct GradeSettings {
    double lowQualityBelow = 50; ///< quality scores below this count as low quality (when no study has a RoB judgement)
};

/// Why GRADE suggests what it does: a code and the numbers it cites. Stored as codes (encodeReasons), worded
/// only when shown (describe), so the file and --json read the same in every language.
struct GradeReason {
    enum class Code {
        NoSynthesis,
        DesignsNotRecorded,
        RandomisedWeight, ///< values: percent of the weight from randomised evidence
        ObservationalWeight, ///< values: percent of the weight from observational studies
        LowQualityWeight, ///< values: percent of the weight below the threshold, the threshold
        UnratedWeight, ///< values: percent of the weight without a quality rating
        NotAssessableWithoutSynthesis,
        SingleStudy,
        VeryHighHeterogeneity, ///< values: I2
        SubstantialHeterogeneity, ///< values: I2, tau2
        PredictionCrossesNull,
        PredictionCrossesNullOnly,
        LittleHeterogeneity, ///< values: I2
        IndirectnessByJudgement,
        ImportantEffectsBothWays,
        CrossesMinimalImportantDifference, ///< values: the difference on the natural scale
        IncludesNoEffect,
        ExcludesNoEffect,
        BelowInformationSize, ///< values: participants, optimal information size (infinite: no effect)
        AboveInformationSize, ///< values: participants, optimal information size
        TooFewForFunnelTests, ///< values: k
        EggerSmallStudyEffects, ///< values: p
        TrimAndFillImputes, ///< values: studies imputed, 1 when the adjusted interval includes no effect
        NoSmallStudyEffects, ///< values: Egger's p (NaN when not computed)
        UpgradeObservationalOnly,
        VeryLargeEffect, ///< values: the ratio
        LargeEffect, ///< values: the ratio
        EffectNotLarge, ///< values: the ratio
        RatioMeasuresOnly,
        ReviewerJudgement,
        UpgradeNotCounted,
        RiskOfBiasNotAssessed, ///< no study is appraised: not assessed, no downgrade
        LowQualityRatedWeight, ///< values: percent of the rated weight below the threshold, the threshold
        NoThresholdSet, ///< no minimal important difference and no default for the measure
        DefaultThreshold, ///< values: lower and upper threshold on the natural scale, 1 for a ratio measure
        ClaimThreshold, ///< values: lower and upper threshold on the natural scale, 1 for a ratio measure
        ExcludesImportantEffects, ///< the interval lies within the thresholds
        WhollyImportantEffect, ///< the interval lies wholly beyond a threshold
        /// values: percent of the appraised weight at low risk, at some concerns / moderate, at high / serious, at
        /// critical risk (RoB 2 or ROBINS-I overall judgements)
        RiskOfBiasWeights,
        RiskOfBiasUnjudgedWeight, ///< values: percent of the weight without a risk-of-bias judgement
    };
    Code code = Code::NoSynthesis;
    QList<double> values;
    bool operator==(const GradeReason &) const = default;

    QString describe() const; ///< in words, translated
    static QString key(Code code); ///< stable key ("includes_no_effect")
    static std::optional<Code> fromKey(const QString &key);
};

/// Reasons as stored in the review file (a JSON array of {code, values}); and back (false if not so stored).
QString encodeReasons(const QList<GradeReason> &reasons);
bool decodeReasons(const QString &text, QList<GradeReason> &reasons);

struct DomainAssessment {
    GradeDomain domain = GradeDomain::RiskOfBias;
    int suggested = 0; ///< 0, -1, -2 (downgrades) or 0, +1, +2 (upgrades)
    QList<GradeReason> reasons; ///< why
    bool assessable = true;
    std::optional<int> override; ///< the reviewer's judgement
    QString justification; ///< required with an override
    int value() const { return override.value_or(suggested); }
    QString reason() const; ///< the reasons in words
};

struct GradeAssessment {
    Certainty start = Certainty::High;
    GradeReason startReason;
    QList<DomainAssessment> domains;
    Certainty certainty = Certainty::High;
    QString conclusion; ///< plain-language statement worded by certainty (the stored one if edited)
    bool conclusionEdited = false;
};

/// Suggests every domain from the claim's analysis (its numbers and its snapshot of the studies; nothing is
/// looked up in the live review but the reviewer's own judgements and conclusion) and applies those judgements.
/// An analysis of another claim counts as no synthesis.
GradeAssessment assessGrade(const Review &review, qint64 claimId, const ClaimAnalysis &analysis,
                            const GradeSettings &settings = {});

/// The judgements as stored in the review file (suggestions with reasons, overrides with justifications).
QList<GradeJudgement> toJudgements(const GradeAssessment &a);

/// Stable keys for --json: "high", "moderate", "low", "very_low".
QString certaintyKey(Certainty c);
/// The assessment as `analyze --json` prints it: {start, certainty, domains{risk_of_bias, inconsistency,
/// indirectness, imprecision, publication_bias, large_effect, dose_response, confounding}}, each domain
/// {suggested, judgement, reason_code, reason_codes} with -2..+2 (null when not assessable and not judged by the
/// reviewer). Codes, never words: the same in every interface language.
QJsonObject gradeToJson(const GradeAssessment &a);

/// The statement a certainty calls for: "probably reduces", "may make little or no difference", ...
QString plainConclusion(const Claim &claim, const ClaimAnalysis &analysis, Certainty certainty, const QString &outcome);

} // namespace evidencedesk
