// SPDX-License-Identifier: GPL-3.0-or-later
// Data onto the references that are already there: an imported record that is a study of the review (the same
// study_id, DOI, or normalised title and year) fills that study's empty fields and outcome data instead of being
// skipped as a duplicate. A field that already holds a different value is a conflict: the import stops there
// unless the reviewer chose to overwrite. The rule lives here once; ReviewStore::importStudies (the CLI, streamed)
// and planImport (the window's preview) both apply it.
#pragma once

#include "duplicates.h"
#include "importers.h"
#include "review.h"

#include <optional>

namespace evidencedesk {

/// A field the review and the file both give, differently.
struct MergeConflict {
    QString field; ///< the CSV column ("doi", "ai", an extra column's name)
    QString current; ///< as the review holds it
    QString incoming; ///< as the file gives it
};

/// A record laid over the study it matches.
struct MergedStudy {
    Study study; ///< the study afterwards
    synth::StudyInput data; ///< its data for the outcome afterwards
    std::optional<Stance> stance; ///< a tag toward the claim the record gives where the study had none (or overwrites)
    std::optional<RobAssessment> risk; ///< the study's appraisal for the outcome afterwards, when the record changes it
    bool changed = false; ///< anything differs from before
    QList<MergeConflict> conflicts; ///< in column order; the record's values won only if `overwrite`
};

/// Fills the study's empty fields and missing data from the record; where both hold different values, a conflict
/// (and the record's value when `overwrite`). Numbers equal to 12 significant digits are the same value (a value
/// written by export and read back).
/// Risk of bias merges judgement by judgement when the tools agree; another tool over a study already appraised
/// is a conflict on the file's overall column ("robins_overall": "RoB 2" in the review, "ROBINS-I" in the file).
MergedStudy mergeRecord(const Study &current, const synth::StudyInput &currentData, Stance currentStance,
                        const std::optional<RobAssessment> &currentRisk, const ImportedStudy &record, bool overwrite);

/// How a record was found to be a study of the review.
enum class MatchKind { StudyId, Doi, TitleYear };
QString matchKindName(MatchKind kind); ///< translated ("same DOI", ...)

/// The one-line message of a conflict that stopped an import: "FILE:LINE:FIELD: the review holds ..., the file ...".
QString conflictMessage(const QString &file, int line, const QString &studyLabel, const MergeConflict &conflict);

/// What importing records into a review would do, before anything is written (the window's preview).
struct ImportPlan {
    struct Match {
        qsizetype record = 0; ///< index into the records
        qint64 studyId = 0;
        MatchKind by = MatchKind::Doi;
        MergedStudy merged;
    };
    struct Conflict {
        qsizetype record = 0;
        int line = 0;
        qint64 studyId = 0;
        QString label; ///< the study's
        MergeConflict conflict;
    };
    QList<qsizetype> added; ///< records that are new studies
    QList<Match> matched; ///< records that are studies of the review (changed or not)
    QList<SkippedDuplicate> skipped; ///< records that repeat an earlier record of the file
    QList<Conflict> conflicts; ///< every conflict of the matched records
    qsizetype updatedCount() const; ///< matched records that change their study
};

/// Plans importing `records` into `review`: their data for `outcomeId`, their stances toward `claimId`.
ImportPlan planImport(const Review &review, const QList<ImportedStudy> &records, qint64 claimId, qint64 outcomeId,
                      bool overwrite);

} // namespace evidencedesk
