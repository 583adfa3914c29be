// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands: every edit of a review is one of these, pushed on the document's undo stack.
// Each holds the values before and after, so undo and redo write the review file the same way.
// A command whose write fails when pushed becomes obsolete, so the stack never holds an edit that did not
// happen. Ownership: commands own copies of the studies, claims and tags they remove; redo gives the ids back
// to the store, so an undone deletion restores the same ids (and the tags that point to them).
#pragma once

#include "review.h"
#include "reviewdocument.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace evidencedesk {

class SetStancesCommand : public QUndoCommand {
public:
    SetStancesCommand(ReviewDocument *doc, qint64 claimId, const QList<qint64> &ids, Stance stance);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    qint64 m_claimId;
    QHash<qint64, StanceTag> m_before, m_after;
};

class EditStudiesCommand : public QUndoCommand {
public:
    /// The studies' fields, and (when `outcomeId` is given) their data for that outcome.
    EditStudiesCommand(ReviewDocument *doc, const QList<Study> &before, const QList<Study> &after, const QString &text,
                       qint64 outcomeId = 0, const QHash<qint64, synth::StudyInput> &dataBefore = {},
                       const QHash<qint64, synth::StudyInput> &dataAfter = {});
    void setData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &before,
                 const QHash<qint64, synth::StudyInput> &after)
    {
        m_outcomeId = outcomeId;
        m_dataBefore = before;
        m_dataAfter = after;
    }
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    QList<Study> m_before, m_after;
    qint64 m_outcomeId;
    QHash<qint64, synth::StudyInput> m_dataBefore, m_dataAfter;
};

class AddStudiesCommand : public QUndoCommand {
public:
    AddStudiesCommand(ReviewDocument *doc, const QList<Study> &studies, qint64 claimId, const QList<StanceTag> &tags,
                      const QString &text, std::function<bool(qsizetype)> progress = {},
                      const ReviewStore::StudyExtras &extras = {});
    void setExtras(const ReviewStore::StudyExtras &extras) { m_extras = extras; }
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    QList<Study> m_studies; ///< ids filled in by the first redo and kept for the next ones
    qint64 m_claimId;
    QList<StanceTag> m_tags;
    std::function<bool(qsizetype)> m_progress; ///< for the first redo only (a large import)
    ReviewStore::StudyExtras m_extras; ///< their outcome data
};

class RemoveStudiesCommand : public QUndoCommand {
public:
    RemoveStudiesCommand(ReviewDocument *doc, const QList<qint64> &ids);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    QList<Study> m_studies; ///< owned copies while removed
    /// every claim's tags and every outcome's data of the studies, restored on undo (same transaction)
    ReviewStore::StudyExtras m_extras;
};

/// An edit made of store changes that redo and undo run as one transaction each (an import that adds studies
/// and fills others in; adding an outcome).
class BatchCommand : public QUndoCommand {
public:
    using Body = std::function<bool()>;
    /// `cancelled`, when given, is set by `redo` when the reviewer cancelled it (a progress callback).
    BatchCommand(ReviewDocument *doc, const QString &text, Body redo, Body undo, std::shared_ptr<bool> cancelled = {});
    void redo() override;
    void undo() override;
    bool cancelled() const { return m_cancelled && *m_cancelled; }

private:
    ReviewDocument *m_doc;
    Body m_redo, m_undo;
    std::shared_ptr<bool> m_cancelled;
};

class RefineClaimCommand : public QUndoCommand {
public:
    RefineClaimCommand(ReviewDocument *doc, qint64 claimId, const Refinement &refinement);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    qint64 m_claimId;
    Refinement m_refinement;
};

class AddClaimCommand : public QUndoCommand {
public:
    AddClaimCommand(ReviewDocument *doc, const Claim &claim, const SynthesisSettings &settings);
    void redo() override;
    void undo() override;
    qint64 claimId() const { return m_claim.id; }

private:
    ReviewDocument *m_doc;
    Claim m_claim;
    SynthesisSettings m_settings;
};

/// A value of the review replaced by another: claim fields, mechanisms, settings, PICO.
template<typename Value>
class ChangeValueCommand : public QUndoCommand {
public:
    using Apply = std::function<bool(const Value &)>;
    ChangeValueCommand(ReviewDocument *doc, Value before, Value after, Apply apply, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
          m_apply(std::move(apply))
    { }
    void redo() override { setObsolete(!m_apply(m_after)); } // a failed write is not kept on the stack
    void undo() override
    {
        const ReviewDocument::UndoScope scope(m_doc);
        if (!m_apply(m_before))
            m_doc->undoFailed();
    }

private:
    ReviewDocument *m_doc;
    Value m_before, m_after;
    Apply m_apply;
};

} // namespace evidencedesk
