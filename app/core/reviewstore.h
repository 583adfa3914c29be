// SPDX-License-Identifier: GPL-3.0-or-later
// The review file: one SQLite database (*.evidence). All SQL of EvidenceDesk lives in reviewstore.cpp.
// - Opening validates read-only first (SQLite header, integrity, application id, schema version): a file
//   that is not a review, is damaged or comes from a newer EvidenceDesk is refused and left untouched.
// - Older schemas are migrated forward on open, in one transaction.
// - Every change operation is one transaction; the journal is WAL, so a crash leaves the last committed
//   state. The GUI's undo commands call these operations; nothing else writes the file.
#pragma once

#include "review.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace evidencedesk {

class ReviewStore {
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr qint32 kApplicationId = 0x45764463; // "EvDc"

    enum class OpenError { None, NotFound, NotSqlite, NotAReview, Damaged, NewerVersion, CannotWrite, Exists };

    /// Opens an existing review (migrating an older schema). Returns null and sets `error` on failure.
    static std::unique_ptr<ReviewStore> open(const QString &path, QString &error, OpenError *code = nullptr);
    /// Creates a new, empty review; refuses an existing file. ":memory:" gives an in-memory review.
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
    int studyCount() const;
    /// Writes a consistent copy of the whole review to a new file (SQLite's VACUUM INTO); refuses an existing
    /// file, and leaves nothing behind on failure.
    bool saveCopy(const QString &path);

    // --- change operations: each is one transaction; false (and lastError) on failure ----------
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
    /// claim id -> study id -> tag
    using StanceTags = QHash<qint64, QHash<qint64, StanceTag>>;
    /// Adds studies (ids given are kept: undo of a deletion), with optional stances toward `claimId` (one per
    /// study) and further tags of any claim (`otherTags`, for studies whose ids are given), all in one
    /// transaction: all or nothing. Returns the ids in order, empty on failure or cancellation.
    QList<qint64> addStudies(const QList<Study> &studies, qint64 claimId = 0, const QList<StanceTag> &stances = {},
                             const Progress &progress = {}, const StanceTags &otherTags = {});
    /// Replaces these studies' fields (matched by id), all in one transaction.
    bool updateStudies(const QList<Study> &studies);
    bool removeStudies(const QList<qint64> &studyIds);
    /// Sets tags of one claim; Untagged removes the tag.
    bool setStances(qint64 claimId, const QHash<qint64, StanceTag> &tags);

    /// Replaces a claim's mechanisms; new ones (id 0) get their ids written back into `mechanisms`.
    bool setMechanisms(qint64 claimId, QList<Mechanism> &mechanisms);
    bool setSettings(qint64 claimId, const SynthesisSettings &settings);
    /// Replaces a claim's gold-standard list; new items (id 0) get their ids written back into `items`.
    bool setGoldStandard(qint64 claimId, QList<GoldStandardItem> &items);
    bool setGrade(qint64 claimId, const QList<GradeJudgement> &judgements, const QString &conclusion);

private:
    explicit ReviewStore(QString path, QString connection);
    bool exec(const QString &sql);
    template<typename F>
    bool transaction(F body);
    bool migrate(int from);
    bool writeSettings(qint64 claimId, const SynthesisSettings &settings); ///< inside a transaction
    bool initialise();

    QString m_path;
    QString m_connection;
    mutable QString m_error;
};

} // namespace evidencedesk
