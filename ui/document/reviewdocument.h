// SPDX-License-Identifier: GPL-3.0-or-later
// The open review: the only way the GUI changes one. It owns the store (every change is written at once,
// one transaction per undoable edit) and the undo stack; views read it through const accessors and
// follow its signals. Changes are made by pushing undo commands (commands.h); the facade functions below
// build and push them.
#pragma once

#include "importers.h"
#include "importmerge.h"
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
    /// The outcome the current claim is about (the review's first while there is no claim); 0 while there is none.
    qint64 currentOutcomeId() const;
    const Outcome *currentOutcome() const { return m_review.outcome(currentOutcomeId()); }
    /// A study's data for the current outcome (all missing when none were entered).
    synth::StudyInput data(qint64 studyId) const { return m_review.dataOf(currentOutcomeId(), studyId); }
    qsizetype studyIndex(qint64 id) const { return m_index.value(id, -1); }
    int count(Stance s) const; ///< studies with this stance toward the current claim

    // --- edits (each one undoable command) ---------------------------------------------------------
    void tagStudies(const QList<qint64> &ids, Stance stance);
    /// Edits a study's fields and, if given, its data for the current outcome: one undo step.
    void editStudy(const Study &after, const std::optional<synth::StudyInput> &data = {});
    /// Replaces studies' data for an outcome (the data grid: a typed cell, a paste): one undo step; false if
    /// nothing was written.
    bool setOutcomeData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &data, const QString &text);
    /// A study's data for an outcome replaced by converted values, with `note` (what was converted and how)
    /// added to the study's notes: one undo step.
    bool setConvertedData(qint64 studyId, qint64 outcomeId, const synth::StudyInput &data, const QString &note);
    /// Adds an outcome (undoable); its id, 0 on failure. A claim about no outcome is then about it.
    qint64 addOutcome(const Outcome &outcome);
    /// Renames an outcome or changes its time point or notes (its type is fixed by its data).
    void editOutcome(const Outcome &after);
    /// Makes a claim about another outcome of the review.
    void setClaimOutcome(qint64 claimId, qint64 outcomeId);
    /// Includes or excludes studies; `reason` (why they are excluded) is kept with them and the report lists it.
    void setIncluded(const QList<qint64> &ids, bool included, const QString &reason = {});
    void removeStudies(const QList<qint64> &ids);
    /// What importing a file would do, before anything is written (importmerge.h).
    struct ImportPreview {
        QString file;
        QList<ImportedStudy> records;
        Outcome outcome; ///< the records' data go to it (id 0: a new outcome of that name)
        bool overwrite = false;
        ImportPlan plan;
        QStringList notes; ///< what the reader noticed (importers.h: StudyReader::notes)
    };
    /// Reads `file` completely and plans its import into the current claim's outcome (or the outcome named
    /// `outcomeName`); false with the message (file, line, field) on a malformed record. Changes nothing.
    bool planImport(const QString &file, bool overwrite, ImportPreview &preview, QString &error,
                    const QString &outcomeName = {});
    /// Applies a plan as one undoable step: new studies added, matched ones filled in (or overwritten, if the
    /// plan says so). Refuses a plan with conflicts it does not overwrite. `progress` may cancel the writing; then
    /// nothing is imported and `error` says "cancelled".
    bool applyImport(const ImportPreview &preview, QString &error, const ReviewStore::Progress &progress = {});
    /// planImport and applyImport in one go: a conflict stops the import (error names file, line and field).
    bool importFile(const QString &file, QString &error, QList<SkippedDuplicate> *skipped = nullptr,
                    const ReviewStore::Progress &progress = {});
    /// One undoable step; false if nothing was written (cancelled through `progress`, or the write failed).
    /// `data`, one per study when given, are their data for the current outcome.
    bool addStudies(const QList<Study> &studies, const QList<Stance> &stances, const QString &text,
                    const ReviewStore::Progress &progress = {}, const QList<synth::StudyInput> &data = {});
    void refineClaim(const QString &text, const QString &rationale);
    qint64 addClaim(const QString &text, Assertion assertion);
    void editClaim(const Claim &after);
    /// The summary of findings' risk with the comparator of a claim (a proportion 0-1; NaN: the median of its
    /// studies' comparator risks): one undo step.
    void setAssumedRisk(qint64 claimId, double risk);
    void setMechanisms(const QList<Mechanism> &mechanisms, const QString &text);
    void setSettings(const SynthesisSettings &settings);
    void setInfo(const ReviewInfo &info);
    /// GRADE judgements (suggestions with their reasons, overrides with justifications) and the conclusion.
    void setGrade(const QList<GradeJudgement> &judgements, const QString &conclusion);
    void setGoldStandard(const QList<GoldStandardItem> &items, const QString &text);
    /// A study's risk-of-bias appraisal for an outcome: one undo step; false if nothing was written.
    bool setRiskOfBias(qint64 outcomeId, qint64 studyId, const RobAssessment &assessment, const QString &text);
    /// A study's appraisal for the current outcome (an empty one of its design's tool when none is recorded).
    RobAssessment riskOfBias(qint64 studyId) const { return m_review.riskOfBias(currentOutcomeId(), studyId); }

    // --- used by the undo commands only: write the store, then the copy in memory, then signal ------
    bool applyStances(qint64 claimId, const QHash<qint64, StanceTag> &tags);
    /// The studies' fields and their data for `outcomeId`: one transaction.
    bool applyStudies(const QList<Study> &studies, qint64 outcomeId = 0,
                      const QHash<qint64, synth::StudyInput> &data = {});
    /// The studies, their tags toward `claimId` and `extras` (data, other tags), in one transaction.
    bool applyInsertStudies(QList<Study> &studies, qint64 claimId, const QList<StanceTag> &tags,
                            const ReviewStore::StudyExtras &extras = {}, const ReviewStore::Progress &progress = {});
    bool applyOutcomeData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &data);
    bool applyOutcome(const Outcome &outcome);
    /// Runs store changes as one transaction, then reads the review again (imports and their undo).
    bool applyBatch(const std::function<bool()> &body, bool *cancelled = nullptr);
    ReviewStore *store() { return m_store.get(); }
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
    bool applyRiskOfBias(qint64 outcomeId, const RobChanges &assessments);
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
    /// Outcomes were added, renamed or removed, or a claim changed its outcome.
    void outcomesChanged();
    void currentClaimChanged(qint64 claimId);
    void mechanismsChanged();
    void settingsChanged();
    void infoChanged();
    void gradeChanged();
    void goldStandardChanged();
    /// These studies' risk-of-bias appraisals changed (for any outcome).
    void riskOfBiasChanged(const QList<qint64> &studyIds);
    /// Emitted after any change that can alter the analysis.
    void analysisInputsChanged();
    /// Emitted when writing the review file failed; the edit did not happen.
    void writeFailed(const QString &message);

private:
    ReviewDocument(std::unique_ptr<ReviewStore> store, Review review);
    static std::unique_ptr<ReviewDocument> fromStore(std::unique_ptr<ReviewStore> store, QString &error);
    void reindex();
    /// Reads the whole review again from the store (after a batch of changes); keeps the current claim.
    bool reload();
    /// Pushes `command` after `prepare` gave it the outcome its `data` go to; when the review has no outcome yet and
    /// `data` are given, the outcome they start is added first, in the same undo step. False if nothing was written.
    bool pushWithOutcome(QUndoCommand *command, const synth::StudyInput *data,
                         const std::function<void(QUndoCommand *, qint64)> &prepare);
    bool failed();

    std::unique_ptr<ReviewStore> m_store;
    Review m_review;
    QHash<qint64, qsizetype> m_index;
    QUndoStack m_undo;
    qint64 m_claimId = 0;
    bool m_undoing = false;
};

} // namespace evidencedesk
