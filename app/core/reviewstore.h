// SPDX-License-Identifier: GPL-3.0-or-later
// The review file: one SQLite database (*.evidence). All SQL of EvidenceDesk lives in reviewstore.cpp.
// - Opening reads only: the file is opened read-only (without locks and without making -wal/-shm files where
//   none are), validated (a regular file, SQLite header, integrity, application id, schema version, and a
//   -wal beside it that belongs to it), and a file that is not a review, is damaged, comes from a newer
//   EvidenceDesk or has another database's -wal beside it is refused and left untouched. Reading never
//   writes: a review on a read-only medium, in a read-only folder or on a full disk can be read.
// - The file is opened for writing at the first change; an older schema is migrated forward in that change's
//   transaction (read-only, an older file is read through a migrated copy in memory).
// - Every change operation is one transaction (BEGIN IMMEDIATE: a second writer waits for the first); the
//   journal is WAL, so a crash leaves the last committed state. The GUI's undo commands call these
//   operations; nothing else writes the file.
#pragma once

#include "importers.h"
#include "review.h"
#include "reviewfile.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace evidencedesk {

/// claim id -> study id -> tag
using StudyStanceTags = QHash<qint64, QHash<qint64, StanceTag>>;

/// Study id -> its appraisal for an outcome (none: remove it).
using RobChanges = QHash<qint64, std::optional<RobAssessment>>;

/// What ReviewStore::addStudies writes with new studies in the same transaction.
struct NewStudyExtras {
    qint64 outcomeId = 0; ///< the outcome `data` belongs to
    QList<synth::StudyInput> data; ///< one per study (in order), for `outcomeId`
    StudyStanceTags tags; ///< further tags of any claim, for studies whose ids are given (an undone delete)
    OutcomeData outcomeData; ///< outcome data of any outcome, for studies whose ids are given
    RiskOfBias risk; ///< appraisals of any outcome, for studies whose ids are given
    QList<std::optional<RobAssessment>> risks; ///< one per study (in order), for `outcomeId`
};

class ReviewStore {
public:
    static constexpr int kSchemaVersion = 5;
    static constexpr qint32 kApplicationId = 0x45764463; // "EvDc"

    enum class OpenError {
        None,
        NotFound,
        NotSqlite,
        NotAReview,
        Damaged,
        NewerVersion,
        CannotWrite,
        Exists,
        NotAFile, ///< a folder, FIFO or device (or one beside it as -wal, -shm)
        ForeignWal, ///< the -wal beside it belongs to another database
    };

    /// Opens an existing review for reading (it is opened for writing at the first change). Returns null and sets
    /// `error` (one line) on failure; the file and the files beside it are left as they were.
    static std::unique_ptr<ReviewStore> open(const QString &path, QString &error, OpenError *code = nullptr);
    /// Creates a new, empty review; refuses an existing file; a failed create leaves nothing behind. ":memory:"
    /// gives an in-memory review.
    static std::unique_ptr<ReviewStore> create(const QString &path, QString &error, OpenError *code = nullptr);

    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    static QString sqliteVersion(); ///< of the SQLite library reviews are written with

    QString path() const { return m_path; }
    /// The message of the last failed operation.
    QString lastError() const { return m_error; }

    /// Reads the whole review into `review`; false (and lastError) if any part of it cannot be read, and then
    /// `review` is untouched: a review is shown whole or not at all.
    bool load(Review &review) const;
    /// False until the first change opens the file for writing.
    bool isWritable() const { return m_access == Access::Write; }
    int studyCount() const;
    /// The claims' ids, in their order.
    QList<qint64> claimIds() const;
    /// The outcomes, in their order.
    QList<Outcome> outcomes() const;
    /// The outcome imported data go to: the one named `name` (case aside; a new one of that name, id 0, when there
    /// is none), else the claim's, else the review's first, else a new one named as the review question's outcome.
    Outcome importTarget(qint64 claimId, const QString &name = {}) const;
    /// Writes a consistent copy of the whole review to a new file (SQLite's VACUUM INTO); refuses an existing
    /// file, and leaves nothing behind on failure.
    bool saveCopy(const QString &path);

    // --- change operations: each is one transaction; false (and lastError) on failure ----------
    /// Runs change operations as one transaction: all of them or none (false from `body` rolls back).
    bool batch(const std::function<bool()> &body);
    /// For a batch body that finds it must not go on: sets lastError() to `message` and returns false (the batch
    /// then rolls back).
    bool refuse(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool setInfo(const ReviewInfo &info);
    /// Adds a claim with its refinements and, if given, its synthesis settings, in one transaction; returns its
    /// id (0 on failure). A given id is kept (undo).
    qint64 addClaim(const Claim &claim, const std::optional<SynthesisSettings> &settings = {});
    /// Updates text, assertion, margin and notes of a claim (not its refinements).
    bool updateClaim(const Claim &claim);
    bool removeClaim(qint64 claimId);
    qint64 addRefinement(qint64 claimId, const Refinement &refinement);
    bool removeRefinement(qint64 refinementId);

    /// Reports how many studies are written so far; returning false cancels (everything is rolled back).
    using Progress = std::function<bool(qsizetype done)>;
    using StanceTags = StudyStanceTags;
    using StudyExtras = NewStudyExtras;
    /// Adds studies (ids given are kept: undo of a deletion), with optional stances toward `claimId` (one per
    /// study) and `extras`, all in one transaction: all or nothing. Returns the ids in order, empty on failure
    /// or cancellation.
    QList<qint64> addStudies(const QList<Study> &studies, qint64 claimId = 0, const QList<StanceTag> &stances = {},
                             const Progress &progress = {}, const StudyExtras &extras = {});
    /// Replaces these studies' fields (matched by id), and their data for `outcomeId`, all in one transaction.
    bool updateStudies(const QList<Study> &studies, qint64 outcomeId = 0,
                       const QHash<qint64, synth::StudyInput> &data = {});

    /// Adds an outcome (a given id is kept: undo); its id, 0 on failure.
    qint64 addOutcome(const Outcome &outcome);
    bool updateOutcome(const Outcome &outcome);
    /// Removes an outcome with its data; claims about it are then about none.
    bool removeOutcome(qint64 outcomeId);
    /// Replaces these studies' data for an outcome (a study without any field given has no data), one transaction.
    bool setOutcomeData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &data);
    struct ImportSummary {
        qsizetype read = 0; ///< records in the file
        QList<qint64> ids; ///< the studies added, in file order
        QList<qint64> updated; ///< studies of the review whose empty fields or data the file filled
        QList<SkippedDuplicate> filled; ///< the records that filled them: line, study, how it was matched
        QList<SkippedDuplicate> skipped;
        bool stancesGiven = false; ///< a record had a stance
        bool malformed = false; ///< the import stopped at a malformed record (lastError() is the reader's message)
        bool conflict = false; ///< the import stopped at a conflicting field (lastError() names line and field)
    };
    /// Imports `reader`'s records in one transaction. A record that is a study of the review (its study_id, or a
    /// duplicate by DuplicateIndex) fills that study's empty fields, data and untagged stance (importmerge.h); a
    /// field holding a different value stops the import (summary.conflict) unless `overwrite`. A record that repeats
    /// an earlier one, or brings nothing new, is skipped and listed; the others are added with their stance toward
    /// `claimId`.
    /// Duplicates are looked for inside the transaction, so a concurrent import waits and then sees these
    /// studies. All or nothing: false with lastError() at the first malformed record (the reader's message), on
    /// a failed write, or when `progress` (called with the records read) cancels.
    /// The records' outcome data go to `outcome`; an outcome without an id is added (in the same transaction,
    /// of the type the first record's data are; claims about no outcome are then about it) when a record has data.
    bool importStudies(StudyReader &reader, qint64 claimId, Outcome &outcome, const QString &taggedBy,
                       ImportSummary &summary, const Progress &progress = {}, bool overwrite = false);
    bool removeStudies(const QList<qint64> &studyIds);
    /// Sets tags of one claim; Untagged removes the tag.
    bool setStances(qint64 claimId, const QHash<qint64, StanceTag> &tags);

    /// Replaces a claim's mechanisms; new ones (id 0) get their ids written back into `mechanisms`.
    /// Replaces the appraisals of the given studies for an outcome; an assessment's tool is kept even when nothing
    /// is judged yet.
    bool setRiskOfBias(qint64 outcomeId, const RobChanges &assessments);
    bool setMechanisms(qint64 claimId, QList<Mechanism> &mechanisms);
    bool setSettings(qint64 claimId, const SynthesisSettings &settings);
    /// Replaces a claim's gold-standard list; new items (id 0) get their ids written back into `items`.
    bool setGoldStandard(qint64 claimId, QList<GoldStandardItem> &items);
    bool setGrade(qint64 claimId, const QList<GradeJudgement> &judgements, const QString &conclusion);

private:
    enum class Access {
        Read, ///< read-only, in place
        Immutable, ///< read-only without locks (no -wal was there): reopened if the file changes
        Copy, ///< a copy in memory or in a private folder (an older schema, or a -wal without its -shm)
        Write,
    };
    struct Reading;
    explicit ReviewStore(QString path, QString connection, Access access);
    bool exec(const QString &sql);
    template<typename F>
    bool transaction(F body);
    bool migrate(int from);
    bool writeSettings(qint64 claimId, const SynthesisSettings &settings); ///< inside a transaction
    bool initialise();
    /// Opens the file for writing (at the first change).
    bool makeWritable();
    /// Before a read on an Immutable connection: reopens it if the file changed since.
    void refresh() const;
    /// Migration and the review's identity, in the first write transaction.
    bool prepareForWriting();
    int m_depth = 0; ///< transactions open (a change operation inside batch() joins its transaction)

    QString m_path;
    QString m_connection;
    mutable QString m_error;
    Access m_access = Access::Write;
    int m_version = kSchemaVersion; ///< the file's schema version (older: migrated at the first change)
    bool m_prepared = false;
    FileState m_state; ///< of the file when an Immutable connection opened it
    std::unique_ptr<QTemporaryDir> m_copy;
};

} // namespace evidencedesk
