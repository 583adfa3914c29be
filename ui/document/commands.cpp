// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "reviewdocument.h"

#include <QCoreApplication>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads CommandsText::tr calls).
struct CommandsText {
    Q_DECLARE_TR_FUNCTIONS(CommandsText)
};
} // namespace

SetStancesCommand::SetStancesCommand(ReviewDocument *doc, qint64 claimId, const QList<qint64> &ids, Stance stance)
    : m_doc(doc), m_claimId(claimId)
{
    const auto &current = doc->review().stances.value(claimId);
    const StanceTag tag {stance, doc->userName(), QDateTime::currentDateTimeUtc()};
    for (qint64 id : ids) {
        m_before.insert(id, current.value(id));
        m_after.insert(id, tag);
    }
    setText(ids.size() == 1
                ? CommandsText::tr("Tag %1 as %2")
                      .arg(doc->study(ids.first()) ? doc->study(ids.first())->label() : QString(),
                           stanceName(stance).toLower())
                : CommandsText::tr("Tag %n studies as %1", nullptr, int(ids.size())).arg(stanceName(stance).toLower()));
}

void SetStancesCommand::redo()
{
    setObsolete(!m_doc->applyStances(m_claimId, m_after));
}

void SetStancesCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    if (!m_doc->applyStances(m_claimId, m_before))
        m_doc->undoFailed();
}

EditStudiesCommand::EditStudiesCommand(ReviewDocument *doc, const QList<Study> &before, const QList<Study> &after,
                                       const QString &text, qint64 outcomeId,
                                       const QHash<qint64, synth::StudyInput> &dataBefore,
                                       const QHash<qint64, synth::StudyInput> &dataAfter)
    : QUndoCommand(text), m_doc(doc), m_before(before), m_after(after), m_outcomeId(outcomeId),
      m_dataBefore(dataBefore), m_dataAfter(dataAfter)
{ }

void EditStudiesCommand::redo()
{
    setObsolete(!m_doc->applyStudies(m_after, m_outcomeId, m_dataAfter));
}

void EditStudiesCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    if (!m_doc->applyStudies(m_before, m_outcomeId, m_dataBefore))
        m_doc->undoFailed();
}

AddStudiesCommand::AddStudiesCommand(ReviewDocument *doc, const QList<Study> &studies, qint64 claimId,
                                     const QList<StanceTag> &tags, const QString &text,
                                     std::function<bool(qsizetype)> progress, const ReviewStore::StudyExtras &extras)
    : QUndoCommand(text), m_doc(doc), m_studies(studies), m_claimId(claimId), m_tags(tags),
      m_progress(std::move(progress)), m_extras(extras)
{ }

void AddStudiesCommand::redo()
{
    // the ids are kept in m_studies for the next redo
    setObsolete(!m_doc->applyInsertStudies(m_studies, m_claimId, m_tags, m_extras, m_progress));
    m_progress = {};
}

void AddStudiesCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    QList<qint64> ids;
    for (const Study &s : std::as_const(m_studies))
        ids.append(s.id);
    if (!m_doc->applyRemoveStudies(ids))
        m_doc->undoFailed();
}

RemoveStudiesCommand::RemoveStudiesCommand(ReviewDocument *doc, const QList<qint64> &ids) : m_doc(doc)
{
    for (qint64 id : ids)
        if (const Study *s = doc->study(id))
            m_studies.append(*s);
    for (auto c = doc->review().stances.begin(); c != doc->review().stances.end(); ++c)
        for (qint64 id : ids)
            if (c->contains(id))
                m_extras.tags[c.key()].insert(id, c->value(id));
    for (auto o = doc->review().data.begin(); o != doc->review().data.end(); ++o)
        for (qint64 id : ids)
            if (o->contains(id))
                m_extras.outcomeData[o.key()].insert(id, o->value(id));
    for (auto o = doc->review().risk.begin(); o != doc->review().risk.end(); ++o)
        for (qint64 id : ids)
            if (o->contains(id))
                m_extras.risk[o.key()].insert(id, o->value(id));
    setText(m_studies.size() == 1 ? CommandsText::tr("Delete %1").arg(m_studies.first().label())
                                  : CommandsText::tr("Delete %n studies", nullptr, int(m_studies.size())));
}

void RemoveStudiesCommand::redo()
{
    QList<qint64> ids;
    for (const Study &s : std::as_const(m_studies))
        ids.append(s.id);
    setObsolete(!m_doc->applyRemoveStudies(ids));
}

void RemoveStudiesCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    if (!m_doc->applyInsertStudies(m_studies, 0, {}, m_extras))
        m_doc->undoFailed();
}

BatchCommand::BatchCommand(ReviewDocument *doc, const QString &text, Body redo, Body undo,
                           std::shared_ptr<bool> cancelled)
    : QUndoCommand(text), m_doc(doc), m_redo(std::move(redo)), m_undo(std::move(undo)),
      m_cancelled(std::move(cancelled))
{ }

void BatchCommand::redo()
{
    setObsolete(!m_doc->applyBatch(m_redo, m_cancelled.get()));
}

void BatchCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    if (!m_doc->applyBatch(m_undo))
        m_doc->undoFailed();
}

RefineClaimCommand::RefineClaimCommand(ReviewDocument *doc, qint64 claimId, const Refinement &refinement)
    : QUndoCommand(CommandsText::tr("Refine claim")), m_doc(doc), m_claimId(claimId), m_refinement(refinement)
{ }

void RefineClaimCommand::redo()
{
    setObsolete(!m_doc->applyAddRefinement(m_claimId, m_refinement));
}

void RefineClaimCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    if (!m_doc->applyRemoveRefinement(m_claimId, m_refinement.id))
        m_doc->undoFailed();
}

AddClaimCommand::AddClaimCommand(ReviewDocument *doc, const Claim &claim, const SynthesisSettings &settings)
    : QUndoCommand(CommandsText::tr("Add claim")), m_doc(doc), m_claim(claim), m_settings(settings)
{ }

void AddClaimCommand::redo()
{
    setObsolete(!m_doc->applyAddClaim(m_claim, m_settings));
}

void AddClaimCommand::undo()
{
    const ReviewDocument::UndoScope scope(m_doc);
    if (!m_doc->applyRemoveClaim(m_claim.id))
        m_doc->undoFailed();
}

} // namespace evidencedesk
