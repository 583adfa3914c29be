// SPDX-License-Identifier: GPL-3.0-or-later
// What a review holds, as plain values. The store (reviewstore.h) reads and writes these; the GUI's
// document and undo commands, the importers and the report work on them. No SQL here.
#pragma once

#include "riskofbias.h"
#include "synth/effectsize.h"
#include "synth/model.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cmath>
#include <optional>

namespace evidencedesk {

/// Study designs, strongest first (the order GRADE starts from).
enum class Design {
    Unspecified,
    SystematicReview, ///< systematic review / meta-analysis
    Rct,
    NonRandomised,
    Cohort,
    CaseControl,
    CrossSectional,
    NarrativeReview,
    ExpertOpinion,
    Other,
};
QString designKey(Design d); ///< stable key stored in files ("rct", ...)
std::optional<Design> designFromKey(const QString &key); ///< also accepts common spellings ("RCT", "cohort study")
QString designName(Design d); ///< translated name for the UI
QList<Design> allDesigns();

enum class Stance { Untagged, Supporting, Contradicting, Neutral };
QString stanceKey(Stance s); ///< "supporting", "contradicting", "neutral", "untagged"
std::optional<Stance> stanceFromKey(const QString &key);
QString stanceName(Stance s);

/// What a claim asserts about the outcome, so stance can be judged from data.
enum class Assertion { Unspecified, Increases, Decreases, NoDifference };
QString assertionKey(Assertion a);
std::optional<Assertion> assertionFromKey(const QString &key);

/// What kind of data an outcome's studies report: the columns the data grid shows and the measures it takes.
enum class OutcomeType {
    Dichotomous, ///< events and totals in two groups (ai n1i ci n2i, or the four cells)
    Continuous, ///< mean, SD and n in two groups
    Correlation, ///< a correlation and its n
    Generic, ///< an effect estimate with its variance or standard error (as a paper reports it)
};
QString outcomeTypeKey(OutcomeType t); ///< stored in files ("dichotomous", ...)
std::optional<OutcomeType> outcomeTypeFromKey(const QString &key);
QString outcomeTypeName(OutcomeType t); ///< translated
QList<OutcomeType> allOutcomeTypes();
/// The escalc columns an outcome type's data are entered in, in the data grid's order.
QStringList outcomeColumns(OutcomeType t);
/// A column as a reviewer calls it ("Events (intervention)"), translated; the escalc name is its tooltip.
QString outcomeColumnName(const QString &column);
/// An escalc column of the study data by its name ("ai", "sd1i", ...), or nullptr.
const synth::StudyInputField *studyInputField(const QString &name);
/// The type of outcome a study's data are (2x2 -> dichotomous, means -> continuous, r -> correlation).
OutcomeType outcomeTypeOf(const synth::StudyInput &data);
/// The measures an outcome's data can be analysed with, the usual one first.
QList<synth::Measure> measuresFor(OutcomeType t);

/// One outcome of the review ("any fracture at 12 months"): claims are about an outcome, and each study's
/// outcome data are kept per outcome.
struct Outcome {
    qint64 id = 0;
    QString name;
    OutcomeType type = OutcomeType::Generic;
    QString timePoint;
    QString notes;
    bool operator==(const Outcome &) const = default;
};

struct Refinement {
    qint64 id = 0;
    QString text;
    QString rationale; ///< "why refined"
    QDateTime at;
    bool operator==(const Refinement &) const = default;
};

struct Claim {
    qint64 id = 0;
    QString originalText;
    Assertion assertion = Assertion::Unspecified;
    double equivalenceMargin = std::nan(""); ///< for NoDifference, on the analysis scale
    QString mechanismOverview; ///< plain-language synthesis of the mechanisms
    QString goldStandardNote; ///< the introduction of the gold-standard list
    QDateTime createdAt;
    /// What the forest plot's axis says under each side of the null; empty: the default wording (defaults.h)
    QString favoursLeft, favoursRight;
    qint64 outcomeId = 0; ///< the outcome the claim is about
    /// The summary of findings' risk with the comparator (a proportion, 0-1); NaN: the median control-group risk
    /// of the claim's studies
    double assumedRisk = std::nan("");
    QList<Refinement> refinements; ///< oldest first; the newest is the current claim

    QString currentText() const { return refinements.isEmpty() ? originalText : refinements.last().text; }
    bool operator==(const Claim &o) const;
};

struct Mechanism {
    qint64 id = 0;
    bool mostProbable = false;
    QString summary;
    QStringList steps; ///< in order
    bool operator==(const Mechanism &) const = default;
};

struct Study {
    qint64 id = 0;
    QString authors, title, journal, doi, pmid, url;
    int year = 0; ///< 0 = unknown
    Design design = Design::Unspecified;
    double quality = std::nan(""); ///< 0-100, NaN = not rated
    QString qualityTool;
    bool included = true; ///< included in the synthesis
    QString exclusionReason; ///< why a study is left out of the synthesis (the report lists it)
    QString notes;
    QVariantMap extra; ///< other imported columns (subgroup variables, ...)

    bool operator==(const Study &o) const;
    QString label() const; ///< "Authors (year)" or the title
};

struct StanceTag {
    Stance stance = Stance::Untagged;
    QString taggedBy;
    QDateTime at;
    bool operator==(const StanceTag &) const = default;
};

/// What the studies of a subgroup analysis are grouped by.
struct Subgrouping {
    enum class Kind { None, Stance, Design, Column };
    Kind kind = Kind::None;
    QString column; ///< the imported column, for Kind::Column
    QString key() const; ///< as stored in the review file: "", "stance", "design" or the column's name
    static Subgrouping fromKey(const QString &key);
    bool operator==(const Subgrouping &) const = default;
};

/// How a claim's studies are synthesised. Defaults (and the measure a new claim starts with) come from
/// defaults.h, never from a view.
struct SynthesisSettings {
    synth::Measure measure = synth::Measure::GEN;
    /// The measure follows the studies' data (defaults.h: suggestedMeasure) until the reviewer picks one;
    /// `measure` then holds the choice. Stored as "auto".
    bool automaticMeasure = false;
    synth::Method method = synth::Method::REML;
    synth::Test test = synth::Test::Z;
    double level = 95; ///< percent
    Subgrouping subgroup;
    bool operator==(const SynthesisSettings &) const = default;
    /// As the review file holds it: an automatic measure is not a choice, so none is kept.
    SynthesisSettings asStored() const
    {
        SynthesisSettings s = *this;
        if (s.automaticMeasure)
            s.measure = synth::Measure::GEN;
        return s;
    }
};

struct GoldStandardItem {
    qint64 id = 0;
    Design design = Design::Rct;
    QString population, intervention, comparison, outcome, followUp, notes;
    bool operator==(const GoldStandardItem &) const = default;
};

/// One GRADE domain judgement (the behaviour is another issue; the schema holds it now).
struct GradeJudgement {
    QString domain; ///< "risk_of_bias", "inconsistency", ...
    int suggested = 0; ///< 0, -1, -2 (or +1, +2 for upgrades)
    std::optional<int> override;
    QString suggestionReason, justification;
    bool operator==(const GradeJudgement &) const = default;
};

struct ReviewInfo {
    QString title, population, intervention, comparator, outcome, notes;
    bool operator==(const ReviewInfo &) const = default;
};

/// A whole review in memory.
/// Outcome data: outcome id -> study id -> the study's data for that outcome (absent: none entered).
using OutcomeData = QHash<qint64, QHash<qint64, synth::StudyInput>>;

/// True if any field of the data is given.
bool hasData(const synth::StudyInput &data);
bool sameData(const synth::StudyInput &a, const synth::StudyInput &b); ///< NaN equals NaN

struct Review {
    ReviewInfo info;
    QList<Outcome> outcomes; ///< in the order the reviewer sees them
    QList<Claim> claims;
    QList<Study> studies; ///< in entry order
    OutcomeData data; ///< outcome id -> study id -> outcome data
    QHash<qint64, QHash<qint64, StanceTag>> stances; ///< claim id -> study id -> tag
    QHash<qint64, QList<Mechanism>> mechanisms; ///< claim id -> most probable first
    QHash<qint64, SynthesisSettings> settings; ///< claim id -> settings
    QHash<qint64, QList<GoldStandardItem>> goldStandard; ///< claim id -> ordered items
    QHash<qint64, QList<GradeJudgement>> grade; ///< claim id -> judgements
    QHash<qint64, QString> conclusions; ///< claim id -> plain-language conclusion
    RiskOfBias risk; ///< outcome id -> study id -> risk-of-bias appraisal

    const Claim *claim(qint64 id) const;
    const Outcome *outcome(qint64 id) const;
    Stance stance(qint64 claimId, qint64 studyId) const;
    /// A study's data for an outcome (all fields missing when none were entered).
    synth::StudyInput dataOf(qint64 outcomeId, qint64 studyId) const;
    /// A study's appraisal for an outcome; when none is recorded, an empty one with the tool its design calls for.
    RobAssessment riskOfBias(qint64 outcomeId, qint64 studyId) const;
};

} // namespace evidencedesk
