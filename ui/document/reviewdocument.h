// SPDX-License-Identifier: GPL-3.0-or-later
// The open review: the only way the GUI changes one. It owns the store (every change is written at once,
// one transaction per undoable edit) and the undo stack; views read it through const accessors and
// follow its signals. Changes are made by pushing undo commands (commands.h); the facade functions below
// build and push them.
#pragma once

#include "importers.h"
#include "review.h"
#include "reviewstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace evidencedesk {

class ReviewDocument : public QObject {
    Q_OBJECT

public:
    static std::unique_ptr<ReviewDocument> open(const QString &path, QString &error);
    static std::unique_ptr<ReviewDocument> create(const QString &path, QString &error);
    ~ReviewDocument() override;

    QString path() const { return m_store->path(); }
    /// A consistent copy of the whole review in a new file; false with lastError() on failure.
    bool saveCopy(const QString &path) { return m_store->saveCopy(path); }
    QString lastError() const { return m_store->lastError(); }
    const Review &review() const { return m_review; }
    QUndoStack *undoStack() { return &m_undo; }

    qint64 currentClaimId() const { return m_claimId; }
    const Claim *currentClaim() const { return m_review.claim(m_claimId); }
    void setCurrentClaim(qint64 claimId);
    /// The current claim's synthesis settings, or the defaults (defaults.h) while it has none.
    SynthesisSettings settings() const;
    QList<Mechanism> mechanisms() const { return m_review.mechanisms.value(m_claimId); }
    Stance stance(qint64 studyId) const { return m_review.stance(m_claimId, studyId); }
    const Study *study(qint64 id) const;
    qsizetype studyIndex(qint64 id) const { return m_index.value(id, -1); }
    int count(Stance s) const; ///< studies with this stance toward the current claim

    // --- edits (each one undoable command) ---------------------------------------------------------
    void tagStudies(const QList<qint64> &ids, Stance stance);
    void editStudy(const Study &after);
    /// Includes or excludes studies; `reason` (why they are excluded) is kept with them and the report lists it.
    void setIncluded(const QList<qint64> &ids, bool included, const QString &reason = {});
    void removeStudies(const QList<qint64> &ids);
    /// Reads `file` completely first; on a malformed record returns false with the message and changes
    /// nothing. Duplicates are skipped and listed in `skipped`.
    /// `progress` may cancel the writing; then nothing is imported and `error` says "cancelled".
    bool importFile(const QString &file, QString &error, QList<SkippedDuplicate> *skipped = nullptr,
                    const ReviewStore::Progress &progress = {});
    /// One undoable step; false if nothing was written (cancelled through `progress`, or the write failed).
    bool addStudies(const QList<Study> &studies, const QList<Stance> &stances, const QString &text,
                    const ReviewStore::Progress &progress = {});
    void refineClaim(const QString &text, const QString &rationale);
    qint64 addClaim(const QString &text, Assertion assertion);
    void editClaim(const Claim &after);
    void setMechanisms(const QList<Mechanism> &mechanisms, const QString &text);
    void setSettings(const SynthesisSettings &settings);
    void setInfo(const ReviewInfo &info);
    /// GRADE judgements (suggestions with their reasons, overrides with justifications) and the conclusion.
    void setGrade(const QList<GradeJudgement> &judgements, const QString &conclusion);
    void setGoldStandard(const QList<GoldStandardItem> &items, const QString &text);

    // --- used by the undo commands only: write the store, then the copy in memory, then signal ------
    bool applyStances(qint64 claimId, const QHash<qint64, StanceTag> &tags);
    bool applyStudies(const QList<Study> &studies); ///< one transaction
    /// The studies, their tags toward `claimId` and `otherTags`, in one transaction.
    bool applyInsertStudies(QList<Study> &studies, qint64 claimId, const QList<StanceTag> &tags,
                            const ReviewStore::StanceTags &otherTags = {}, const ReviewStore::Progress &progress = {});
    bool applyRemoveStudies(const QList<qint64> &ids);
    bool applyAddRefinement(qint64 claimId, Refinement &refinement);
    bool applyRemoveRefinement(qint64 claimId, qint64 refinementId);
    bool applyAddClaim(Claim &claim, const SynthesisSettings &settings);
    bool applyRemoveClaim(qint64 claimId);
    bool applyClaim(const Claim &claim);
    bool applyMechanisms(qint64 claimId, QList<Mechanism> mechanisms);
    bool applySettings(qint64 claimId, const SynthesisSettings &settings);
    bool applyInfo(const ReviewInfo &info);
    bool applyGrade(qint64 claimId, const QList<GradeJudgement> &judgements, const QString &conclusion);
    bool applyGoldStandard(qint64 claimId, QList<GoldStandardItem> items);
    /// An undo command could not write its "before" state: says so (once) and drops the undo history.
    void undoFailed();
    /// Held by an undo command while it undoes: a failed write is then reported by undoFailed() alone.
    class UndoScope {
    public:
        explicit UndoScope(ReviewDocument *doc) : m_doc(doc) { m_doc->m_undoing = true; }
        ~UndoScope() { m_doc->m_undoing = false; }
        UndoScope(const UndoScope &) = delete;
        UndoScope &operator=(const UndoScope &) = delete;

    private:
        ReviewDocument *m_doc;
    };
    QString userName() const;

signals:
    /// Emitted when studies were added or removed (models reset).
    void studiesReset();
    /// Emitted when these studies' fields, inclusion or stance changed.
    void studiesChanged(const QList<qint64> &ids);
    void claimsChanged();
    void currentClaimChanged(qint64 claimId);
    void mechanismsChanged();
    void settingsChanged();
    void infoChanged();
    void gradeChanged();
    void goldStandardChanged();
    /// Emitted after any change that can alter the analysis.
    void analysisInputsChanged();
    /// Emitted when writing the review file failed; the edit did not happen.
    void writeFailed(const QString &message);

private:
    ReviewDocument(std::unique_ptr<ReviewStore> store, Review review);
    static std::unique_ptr<ReviewDocument> fromStore(std::unique_ptr<ReviewStore> store, QString &error);
    void reindex();
    bool failed();

    std::unique_ptr<ReviewStore> m_store;
    Review m_review;
    QHash<qint64, qsizetype> m_index;
    QUndoStack m_undo;
    qint64 m_claimId = 0;
    bool m_undoing = false;
};

} // namespace evidencedesk
