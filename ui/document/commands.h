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
    EditStudiesCommand(ReviewDocument *doc, const QList<Study> &before, const QList<Study> &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    QList<Study> m_before, m_after;
};

class AddStudiesCommand : public QUndoCommand {
public:
    AddStudiesCommand(ReviewDocument *doc, const QList<Study> &studies, qint64 claimId, const QList<StanceTag> &tags,
                      const QString &text, std::function<bool(qsizetype)> progress = {});
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    QList<Study> m_studies; ///< ids filled in by the first redo and kept for the next ones
    qint64 m_claimId;
    QList<StanceTag> m_tags;
    std::function<bool(qsizetype)> m_progress; ///< for the first redo only (a large import)
};

class RemoveStudiesCommand : public QUndoCommand {
public:
    RemoveStudiesCommand(ReviewDocument *doc, const QList<qint64> &ids);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_doc;
    QList<Study> m_studies; ///< owned copies while removed
    QHash<qint64, QHash<qint64, StanceTag>> m_tags; ///< claim -> study -> tag, restored on undo (same transaction)
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
