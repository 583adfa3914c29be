// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdocument.h"
#include "commands.h"
#include "defaults.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace evidencedesk {

ReviewDocument::ReviewDocument(std::unique_ptr<ReviewStore> store, Review review)
    : m_store(std::move(store)), m_review(std::move(review))
{
    reindex();
    if (!m_review.claims.isEmpty())
        m_claimId = m_review.claims.first().id;
}

ReviewDocument::~ReviewDocument()
{
    m_undo.clear(); // commands refer to the document
}

std::unique_ptr<ReviewDocument> ReviewDocument::fromStore(std::unique_ptr<ReviewStore> store, QString &error)
{
    Review review;
    if (!store)
        return nullptr;
    if (!store->load(review)) {
        error = store->lastError();
        return nullptr;
    }
    return std::unique_ptr<ReviewDocument>(new ReviewDocument(std::move(store), std::move(review)));
}

std::unique_ptr<ReviewDocument> ReviewDocument::open(const QString &path, QString &error)
{
    return fromStore(ReviewStore::open(path, error), error);
}

std::unique_ptr<ReviewDocument> ReviewDocument::create(const QString &path, QString &error)
{
    return fromStore(ReviewStore::create(path, error), error);
}

void ReviewDocument::reindex()
{
    m_index.clear();
    m_index.reserve(m_review.studies.size());
    for (qsizetype i = 0; i < m_review.studies.size(); ++i)
        m_index.insert(m_review.studies[i].id, i);
}

bool ReviewDocument::failed()
{
    if (!m_undoing) // an undo reports its failure itself (undoFailed)
        emit writeFailed(m_store->lastError());
    return false;
}

void ReviewDocument::undoFailed()
{
    // The file still holds the edit that could not be undone, while the stack has stepped past it: the
    // history no longer matches the file, so it is dropped (after the stack has finished this undo).
    emit writeFailed(tr("The undo could not be written (%1). The review is unchanged; the undo history was "
                        "cleared so that it cannot undo the wrong edit.")
                         .arg(m_store->lastError()));
    QMetaObject::invokeMethod(
        this, [this] { m_undo.clear(); }, Qt::QueuedConnection);
}

void ReviewDocument::setCurrentClaim(qint64 claimId)
{
    if (claimId == m_claimId || !m_review.claim(claimId))
        return;
    m_claimId = claimId;
    emit currentClaimChanged(claimId);
    emit analysisInputsChanged();
}

SynthesisSettings ReviewDocument::settings() const
{
    return effectiveSettings(m_review, m_claimId);
}

qint64 ReviewDocument::currentOutcomeId() const
{
    if (const Claim *c = currentClaim())
        return c->outcomeId;
    return m_review.outcomes.isEmpty() ? 0 : m_review.outcomes.first().id;
}

const Study *ReviewDocument::study(qint64 id) const
{
    const qsizetype i = studyIndex(id);
    return i < 0 ? nullptr : &m_review.studies[i];
}

int ReviewDocument::count(Stance s) const
{
    const auto tags = m_review.stances.value(m_claimId);
    if (s == Stance::Untagged)
        return static_cast<int>(m_review.studies.size()) - static_cast<int>(tags.size());
    int n = 0;
    for (const StanceTag &t : tags)
        n += t.stance == s;
    return n;
}

QString ReviewDocument::userName() const
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? tr("reviewer") : user;
}

// --- facade ---------------------------------------------------------------------------------------

void ReviewDocument::tagStudies(const QList<qint64> &ids, Stance stance)
{
    if (m_claimId == 0 || ids.isEmpty())
        return;
    m_undo.push(new SetStancesCommand(this, m_claimId, ids, stance));
}

bool ReviewDocument::pushWithOutcome(QUndoCommand *command, const synth::StudyInput *data,
                                     const std::function<void(QUndoCommand *, qint64)> &prepare)
{
    const int before = m_undo.count();
    const qint64 current = currentOutcomeId();
    if (current > 0 || !data) {
        prepare(command, current);
        m_undo.push(command);
        return m_undo.count() > before; // an obsolete (unwritten) command is not kept
    }
    // the first data of a review start its first outcome (named as the review question's outcome): one step
    m_undo.beginMacro(command->text());
    Outcome o = m_store->importTarget(m_claimId);
    qint64 id = o.id;
    if (id > 0) { // the claim is about no outcome while the review has one: then it is about that one
        setClaimOutcome(m_claimId, id);
    } else {
        o.type = outcomeTypeOf(*data);
        id = addOutcome(o);
    }
    if (id > 0) {
        prepare(command, id);
        m_undo.push(command);
    } else {
        delete command;
    }
    m_undo.endMacro();
    auto *macro = const_cast<QUndoCommand *>(m_undo.command(m_undo.count() - 1));
    if (m_undo.count() > before && macro && macro->childCount() == 2)
        return true;
    if (m_undo.count() > before && macro) {
        // half of it was written: take that half back; the step is then obsolete, so a redo drops it
        m_undo.undo();
        macro->setObsolete(true);
    }
    return false;
}

void ReviewDocument::editStudy(const Study &after, const std::optional<synth::StudyInput> &data)
{
    const Study *before = study(after.id);
    if (!before)
        return;
    const bool newData = data && !sameData(*data, this->data(after.id));
    if (*before == after && !newData)
        return;
    auto *command = new EditStudiesCommand(this, {*before}, {after}, tr("Edit %1").arg(after.label()));
    pushWithOutcome(command, newData ? &*data : nullptr, [&](QUndoCommand *c, qint64 outcome) {
        if (newData && outcome > 0)
            static_cast<EditStudiesCommand *>(c)->setData(outcome, {{after.id, this->data(after.id)}},
                                                          {{after.id, *data}});
    });
}

bool ReviewDocument::setOutcomeData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &data, const QString &text)
{
    if (outcomeId != 0 && !m_review.outcome(outcomeId))
        return false;
    QHash<qint64, synth::StudyInput> before, after;
    const synth::StudyInput *first = nullptr;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!study(it.key()))
            continue;
        const synth::StudyInput current = m_review.dataOf(outcomeId, it.key());
        if (sameData(current, *it))
            continue;
        before.insert(it.key(), current);
        after.insert(it.key(), *it);
        if (!first && hasData(*it))
            first = &*it;
    }
    if (after.isEmpty())
        return true;
    auto outcome = std::make_shared<qint64>(outcomeId);
    auto *command = new ChangeValueCommand<QHash<qint64, synth::StudyInput>>(
        this, before, after,
        [this, outcome](const QHash<qint64, synth::StudyInput> &v) { return applyOutcomeData(*outcome, v); }, text);
    // with no outcome yet, the data start the review's first (pushWithOutcome); otherwise they go where they were sent
    if (outcomeId != 0) {
        const int count = m_undo.count();
        m_undo.push(command);
        return m_undo.count() > count;
    }
    return pushWithOutcome(command, first, [&](QUndoCommand *, qint64 id) { *outcome = id; });
}

bool ReviewDocument::setConvertedData(qint64 studyId, qint64 outcomeId, const synth::StudyInput &data,
                                      const QString &note)
{
    const Study *before = study(studyId);
    if (!before || !m_review.outcome(outcomeId))
        return false;
    Study after = *before;
    after.notes = after.notes.trimmed().isEmpty() ? note : after.notes.trimmed() + QLatin1Char('\n') + note;
    const int count = m_undo.count();
    m_undo.push(new EditStudiesCommand(this, {*before}, {after}, tr("Convert data of %1").arg(before->label()),
                                       outcomeId, {{studyId, m_review.dataOf(outcomeId, studyId)}}, {{studyId, data}}));
    return m_undo.count() > count;
}

qint64 ReviewDocument::addOutcome(const Outcome &outcome)
{
    auto added = std::make_shared<Outcome>(outcome);
    auto claims = std::make_shared<QList<qint64>>(); // claims about no outcome that now are about this one
    for (const Claim &c : m_review.claims)
        if (c.outcomeId == 0)
            claims->append(c.id);
    added->id = 0;
    m_undo.push(new BatchCommand(
        this, tr("Add outcome %1").arg(outcome.name),
        [this, added, claims] {
            added->id = m_store->addOutcome(*added);
            if (added->id == 0)
                return false;
            for (const Claim &c : m_review.claims)
                if (claims->contains(c.id)) {
                    Claim changed = c;
                    changed.outcomeId = added->id;
                    if (!m_store->updateClaim(changed))
                        return false;
                }
            return true;
        },
        [this, added] { return m_store->removeOutcome(added->id); }));
    return added->id; // set by the command's first redo, 0 when it was not written
}

void ReviewDocument::editOutcome(const Outcome &after)
{
    const Outcome *before = m_review.outcome(after.id);
    if (!before || *before == after)
        return;
    m_undo.push(new ChangeValueCommand<Outcome>(
        this, *before, after, [this](const Outcome &o) { return applyOutcome(o); }, tr("Edit outcome")));
}

void ReviewDocument::setClaimOutcome(qint64 claimId, qint64 outcomeId)
{
    const Claim *c = m_review.claim(claimId);
    if (!c || c->outcomeId == outcomeId || !m_review.outcome(outcomeId))
        return;
    Claim after = *c;
    after.outcomeId = outcomeId;
    m_undo.push(new ChangeValueCommand<Claim>(
        this, *c, after, [this](const Claim &v) { return applyClaim(v); },
        tr("Claim about %1").arg(m_review.outcome(outcomeId)->name)));
}

void ReviewDocument::setIncluded(const QList<qint64> &ids, bool included, const QString &reason)
{
    QList<Study> before, after;
    for (qint64 id : ids) {
        const Study *s = study(id);
        if (!s)
            continue;
        const QString why = included ? QString() : reason.trimmed();
        if (s->included == included && (included || why.isEmpty() || s->exclusionReason == why))
            continue;
        before.append(*s);
        after.append(*s);
        after.last().included = included;
        if (included || !why.isEmpty())
            after.last().exclusionReason = why; // an included study has no reason to be excluded
    }
    if (!before.isEmpty())
        m_undo.push(new EditStudiesCommand(this, before, after,
                                           included ? tr("Include %n stud(ies)", nullptr, int(before.size()))
                                                    : tr("Exclude %n stud(ies)", nullptr, int(before.size()))));
}

void ReviewDocument::removeStudies(const QList<qint64> &ids)
{
    if (!ids.isEmpty())
        m_undo.push(new RemoveStudiesCommand(this, ids));
}

bool ReviewDocument::planImport(const QString &file, bool overwrite, ImportPreview &preview, QString &error,
                                const QString &outcomeName)
{
    ImportPreview p;
    p.file = file;
    p.overwrite = overwrite;
    if (!readStudies(file, p.records, error, &p.notes))
        return false;
    p.outcome = m_store->importTarget(m_claimId, outcomeName);
    if (p.outcome.id == 0) { // a new outcome, of the type of the first record with data
        for (const ImportedStudy &r : std::as_const(p.records))
            if (hasData(r.data)) {
                p.outcome.type = outcomeTypeOf(r.data);
                break;
            }
    }
    p.plan = evidencedesk::planImport(m_review, p.records, m_claimId, p.outcome.id, overwrite);
    preview = std::move(p);
    return true;
}

bool ReviewDocument::applyImport(const ImportPreview &preview, QString &error, const ReviewStore::Progress &progress)
{
    const ImportPlan &plan = preview.plan;
    if (!plan.conflicts.isEmpty() && !preview.overwrite) {
        const ImportPlan::Conflict &c = plan.conflicts.first();
        error = conflictMessage(preview.file, c.line, c.label, c.conflict);
        return false;
    }
    const qint64 claim = m_claimId;
    const QString user = userName();
    // what redo writes: the new studies with their data and tags, the matched ones as merged
    struct Change {
        Outcome outcome;
        bool newOutcome = false;
        QList<Study> added;
        QList<synth::StudyInput> addedData;
        QList<StanceTag> addedTags;
        QList<Study> before, after;
        QHash<qint64, synth::StudyInput> dataBefore, dataAfter;
        QHash<qint64, StanceTag> tagsBefore, tagsAfter;
        QList<std::optional<RobAssessment>> addedRisk;
        RobChanges riskBefore, riskAfter;
        QList<qint64> addedIds;
    };
    auto change = std::make_shared<Change>();
    change->outcome = preview.outcome;
    bool anyData = false;
    for (qsizetype i : plan.added) {
        const ImportedStudy &r = preview.records[i];
        change->added.append(r.study);
        change->addedData.append(r.data);
        change->addedTags.append({r.stance.value_or(Stance::Untagged), user, {}});
        change->addedRisk.append(r.risk);
        anyData = anyData || hasData(r.data) || r.risk;
    }
    for (const ImportPlan::Match &m : plan.matched) {
        if (!m.merged.changed)
            continue;
        const Study *s = study(m.studyId);
        if (!s)
            continue;
        change->before.append(*s);
        change->after.append(m.merged.study);
        change->dataBefore.insert(m.studyId, m_review.dataOf(preview.outcome.id, m.studyId));
        change->dataAfter.insert(m.studyId, m.merged.data);
        anyData = anyData || hasData(m.merged.data) || m.merged.risk;
        if (m.merged.risk) {
            const auto &held = m_review.risk.value(preview.outcome.id);
            change->riskBefore.insert(m.studyId,
                                      held.contains(m.studyId) ? std::optional<RobAssessment>(held.value(m.studyId))
                                                               : std::nullopt);
            change->riskAfter.insert(m.studyId, m.merged.risk);
        }
        if (m.merged.stance && claim > 0) {
            change->tagsBefore.insert(m.studyId, m_review.stances.value(claim).value(m.studyId));
            change->tagsAfter.insert(m.studyId, {*m.merged.stance, user, {}});
        }
    }
    if (change->added.isEmpty() && change->after.isEmpty())
        return true; // nothing new: the summary says so
    change->newOutcome = change->outcome.id == 0 && anyData;
    auto cancelled = std::make_shared<bool>(false);
    auto first = std::make_shared<ReviewStore::Progress>(progress);
    const QString file = preview.file;
    auto redo = [this, change, claim, cancelled, first, file] {
        // the plan matched the records against the review as this window knows it; inside the write
        // transaction, a review another program has added studies to since then is not written over
        if (m_store->studyCount() != m_review.studies.size())
            return m_store->refuse(tr("%1: the review changed since the import was planned (another program added "
                                      "studies); nothing was imported. Reopen the review and import the file again.")
                                       .arg(QFileInfo(file).fileName()));
        if (change->newOutcome) {
            change->outcome.id = m_store->addOutcome(change->outcome);
            if (change->outcome.id == 0)
                return false;
            for (const Claim &c : m_review.claims)
                if (c.outcomeId == 0) {
                    Claim about = c;
                    about.outcomeId = change->outcome.id;
                    if (!m_store->updateClaim(about))
                        return false;
                }
        }
        if (!change->added.isEmpty()) {
            ReviewStore::StudyExtras extras;
            extras.outcomeId = change->outcome.id;
            if (extras.outcomeId > 0) {
                extras.data = change->addedData;
                extras.risks = change->addedRisk;
            }
            const ReviewStore::Progress watch = *first ? ReviewStore::Progress([&](qsizetype done) {
                *cancelled = !(*first)(done);
                return !*cancelled;
            })
                                                       : ReviewStore::Progress();
            QList<Study> studies = change->added;
            for (Study &s : studies)
                s.id = 0;
            // an undone import comes back with the same ids
            for (qsizetype i = 0; i < studies.size() && i < change->addedIds.size(); ++i)
                studies[i].id = change->addedIds[i];
            const QList<qint64> ids = m_store->addStudies(studies, claim, change->addedTags, watch, extras);
            *first = {};
            if (ids.size() != studies.size())
                return false;
            change->addedIds = ids;
        }
        if (!change->after.isEmpty() && !m_store->updateStudies(change->after, change->outcome.id, change->dataAfter))
            return false;
        if (!change->riskAfter.isEmpty() && !m_store->setRiskOfBias(change->outcome.id, change->riskAfter))
            return false;
        return change->tagsAfter.isEmpty() || m_store->setStances(claim, change->tagsAfter);
    };
    auto undo = [this, change, claim] {
        if (!change->addedIds.isEmpty() && !m_store->removeStudies(change->addedIds))
            return false;
        if (!change->before.isEmpty()
            && !m_store->updateStudies(change->before, change->outcome.id, change->dataBefore))
            return false;
        if (!change->riskBefore.isEmpty() && !m_store->setRiskOfBias(change->outcome.id, change->riskBefore))
            return false;
        if (!change->tagsBefore.isEmpty() && !m_store->setStances(claim, change->tagsBefore))
            return false;
        return !change->newOutcome || m_store->removeOutcome(change->outcome.id);
    };
    const int count = m_undo.count();
    auto *command
        = new BatchCommand(this, tr("Import %1").arg(QFileInfo(preview.file).fileName()), redo, undo, cancelled);
    m_undo.push(command);
    if (m_undo.count() > count)
        return true;
    error = *cancelled ? tr("cancelled") : m_store->lastError();
    return false;
}

bool ReviewDocument::importFile(const QString &file, QString &error, QList<SkippedDuplicate> *skipped,
                                const ReviewStore::Progress &progress)
{
    ImportPreview preview;
    if (!planImport(file, false, preview, error))
        return false;
    if (skipped)
        *skipped = preview.plan.skipped;
    return applyImport(preview, error, progress);
}

bool ReviewDocument::addStudies(const QList<Study> &studies, const QList<Stance> &stances, const QString &text,
                                const ReviewStore::Progress &progress, const QList<synth::StudyInput> &data)
{
    QList<StanceTag> tags;
    for (Stance s : stances)
        tags.append({s, userName(), {}});
    const auto given = std::find_if(data.begin(), data.end(), [](const synth::StudyInput &d) { return hasData(d); });
    auto *command = new AddStudiesCommand(this, studies, m_claimId, tags, text, progress);
    return pushWithOutcome(command, given == data.end() ? nullptr : &*given, [&](QUndoCommand *c, qint64 outcome) {
        ReviewStore::StudyExtras extras;
        extras.outcomeId = outcome;
        if (outcome > 0)
            extras.data = data;
        static_cast<AddStudiesCommand *>(c)->setExtras(extras);
    });
}

void ReviewDocument::refineClaim(const QString &text, const QString &rationale)
{
    if (m_claimId == 0)
        return;
    m_undo.push(new RefineClaimCommand(this, m_claimId, {0, text, rationale, QDateTime::currentDateTimeUtc()}));
}

qint64 ReviewDocument::addClaim(const QString &text, Assertion assertion)
{
    Claim c;
    c.originalText = text;
    c.assertion = assertion;
    c.createdAt = QDateTime::currentDateTimeUtc();
    // a new claim starts with the user's preferred synthesis, written with it (preferences.h)
    c.outcomeId = currentOutcomeId(); // about the outcome in view (the reviewer may switch it)
    const Outcome *o = m_review.outcome(c.outcomeId);
    auto *command = new AddClaimCommand(this, c, newClaimSettings(o ? o->type : OutcomeType::Generic));
    m_undo.push(command);
    return command->claimId();
}

void ReviewDocument::editClaim(const Claim &after)
{
    const Claim *before = m_review.claim(after.id);
    if (!before || *before == after)
        return;
    m_undo.push(new ChangeValueCommand<Claim>(
        this, *before, after, [this](const Claim &c) { return applyClaim(c); }, tr("Edit claim")));
}

void ReviewDocument::setAssumedRisk(qint64 claimId, double risk)
{
    const Claim *before = m_review.claim(claimId);
    if (!before || (!(risk >= 0 && risk <= 1) && !std::isnan(risk)))
        return;
    Claim after = *before;
    after.assumedRisk = risk;
    if (*before == after)
        return;
    m_undo.push(new ChangeValueCommand<Claim>(
        this, *before, after, [this](const Claim &c) { return applyClaim(c); },
        std::isnan(risk) ? tr("Use the median risk with the comparator") : tr("Set the risk with the comparator")));
}

void ReviewDocument::setMechanisms(const QList<Mechanism> &mechanisms, const QString &text)
{
    const qint64 claim = m_claimId;
    if (claim == 0 || mechanisms == this->mechanisms())
        return;
    m_undo.push(new ChangeValueCommand<QList<Mechanism>>(
        this, this->mechanisms(), mechanisms,
        [this, claim](const QList<Mechanism> &m) { return applyMechanisms(claim, m); }, text));
}

void ReviewDocument::setSettings(const SynthesisSettings &s)
{
    const qint64 claim = m_claimId;
    if (claim == 0 || s == settings())
        return;
    m_undo.push(new ChangeValueCommand<SynthesisSettings>(
        this, settings(), s, [this, claim](const SynthesisSettings &v) { return applySettings(claim, v); },
        tr("Change synthesis settings")));
}

void ReviewDocument::setInfo(const ReviewInfo &info)
{
    if (info == m_review.info)
        return;
    m_undo.push(new ChangeValueCommand<ReviewInfo>(
        this, m_review.info, info, [this](const ReviewInfo &v) { return applyInfo(v); }, tr("Edit review question")));
}

void ReviewDocument::setGrade(const QList<GradeJudgement> &judgements, const QString &conclusion)
{
    const qint64 claim = m_claimId;
    using Value = QPair<QList<GradeJudgement>, QString>;
    const Value before {m_review.grade.value(claim), m_review.conclusions.value(claim)}, after {judgements, conclusion};
    if (claim == 0 || before == after)
        return;
    m_undo.push(new ChangeValueCommand<Value>(
        this, before, after, [this, claim](const Value &v) { return applyGrade(claim, v.first, v.second); },
        tr("Change GRADE judgement")));
}

void ReviewDocument::setGoldStandard(const QList<GoldStandardItem> &items, const QString &text)
{
    const qint64 claim = m_claimId;
    const QList<GoldStandardItem> before = m_review.goldStandard.value(claim);
    if (claim == 0 || before == items)
        return;
    m_undo.push(new ChangeValueCommand<QList<GoldStandardItem>>(
        this, before, items, [this, claim](const QList<GoldStandardItem> &v) { return applyGoldStandard(claim, v); },
        text));
}

// --- applied by commands --------------------------------------------------------------------------

bool ReviewDocument::applyStances(qint64 claimId, const QHash<qint64, StanceTag> &tags)
{
    if (!m_store->setStances(claimId, tags))
        return failed();
    auto &map = m_review.stances[claimId];
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it->stance == Stance::Untagged)
            map.remove(it.key());
        else
            map.insert(it.key(), *it);
    }
    emit studiesChanged(tags.keys());
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyStudies(const QList<Study> &studies, qint64 outcomeId,
                                  const QHash<qint64, synth::StudyInput> &data)
{
    QList<qint64> ids;
    for (const Study &s : studies) {
        if (studyIndex(s.id) < 0)
            return false;
        ids.append(s.id);
    }
    if (!m_store->updateStudies(studies, outcomeId, data))
        return failed();
    for (const Study &s : studies)
        m_review.studies[studyIndex(s.id)] = s;
    if (outcomeId > 0)
        for (auto d = data.begin(); d != data.end(); ++d) {
            if (hasData(*d))
                m_review.data[outcomeId].insert(d.key(), *d);
            else
                m_review.data[outcomeId].remove(d.key());
        }
    emit studiesChanged(ids);
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyInsertStudies(QList<Study> &studies, qint64 claimId, const QList<StanceTag> &tags,
                                        const ReviewStore::StudyExtras &extras, const ReviewStore::Progress &progress)
{
    bool cancelled = false;
    const ReviewStore::Progress watch = progress ? ReviewStore::Progress([&](qsizetype done) {
        cancelled = !progress(done);
        return !cancelled;
    })
                                                 : ReviewStore::Progress();
    // the studies and every tag they carry: one transaction
    const QList<qint64> ids = m_store->addStudies(studies, claimId, tags, watch, extras);
    if (ids.size() != studies.size())
        return cancelled ? false : failed(); // a cancellation is the reviewer's choice, not an error
    for (qsizetype i = 0; i < studies.size(); ++i) {
        studies[i].id = ids[i];
        if (claimId > 0 && i < tags.size() && tags[i].stance != Stance::Untagged)
            m_review.stances[claimId].insert(ids[i], tags[i]);
    }
    for (auto c = extras.tags.begin(); c != extras.tags.end(); ++c)
        for (auto t = c->begin(); t != c->end(); ++t)
            if (t->stance != Stance::Untagged)
                m_review.stances[c.key()].insert(t.key(), *t);
    if (extras.outcomeId > 0)
        for (qsizetype i = 0; i < extras.data.size() && i < ids.size(); ++i)
            if (hasData(extras.data[i]))
                m_review.data[extras.outcomeId].insert(ids[i], extras.data[i]);
    for (auto o = extras.outcomeData.begin(); o != extras.outcomeData.end(); ++o)
        for (auto d = o->begin(); d != o->end(); ++d)
            if (hasData(*d))
                m_review.data[o.key()].insert(d.key(), *d);
    for (auto o = extras.risk.begin(); o != extras.risk.end(); ++o)
        for (auto a = o->begin(); a != o->end(); ++a)
            m_review.risk[o.key()].insert(a.key(), *a);
    m_review.studies.append(studies);
    std::sort(m_review.studies.begin(), m_review.studies.end(),
              [](const Study &a, const Study &b) { return a.id < b.id; });
    reindex();
    emit studiesReset();
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::setRiskOfBias(qint64 outcomeId, qint64 studyId, const RobAssessment &assessment,
                                   const QString &text)
{
    if (!m_review.outcome(outcomeId) || !study(studyId))
        return false;
    const auto &held = m_review.risk.value(outcomeId);
    const std::optional<RobAssessment> before
        = held.contains(studyId) ? std::optional<RobAssessment>(held.value(studyId)) : std::nullopt;
    if (before && *before == assessment)
        return true;
    if (!before && assessment == RobAssessment::empty(assessment.tool)
        && assessment.tool == m_review.riskOfBias(outcomeId, studyId).tool)
        return true; // nothing judged, the tool its design calls for: nothing to record
    const int count = m_undo.count();
    m_undo.push(new ChangeValueCommand<RobChanges>(
        this, {{studyId, before}}, {{studyId, assessment}},
        [this, outcomeId](const RobChanges &v) { return applyRiskOfBias(outcomeId, v); }, text));
    return m_undo.count() > count;
}

bool ReviewDocument::applyRiskOfBias(qint64 outcomeId, const RobChanges &assessments)
{
    if (!m_store->setRiskOfBias(outcomeId, assessments))
        return failed();
    auto &held = m_review.risk[outcomeId];
    for (auto it = assessments.begin(); it != assessments.end(); ++it) {
        if (*it)
            held.insert(it.key(), **it);
        else
            held.remove(it.key());
    }
    emit riskOfBiasChanged(assessments.keys());
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyRemoveStudies(const QList<qint64> &ids)
{
    if (!m_store->removeStudies(ids))
        return failed();
    const QSet<qint64> gone(ids.begin(), ids.end());
    m_review.studies.removeIf([&](const Study &s) { return gone.contains(s.id); });
    for (auto &tags : m_review.stances)
        for (qint64 id : ids)
            tags.remove(id);
    for (auto &data : m_review.data)
        for (qint64 id : ids)
            data.remove(id);
    for (auto &risk : m_review.risk)
        for (qint64 id : ids)
            risk.remove(id);
    reindex();
    emit studiesReset();
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyAddRefinement(qint64 claimId, Refinement &r)
{
    const qint64 id = m_store->addRefinement(claimId, r);
    if (id == 0)
        return failed();
    r.id = id;
    for (Claim &c : m_review.claims)
        if (c.id == claimId)
            c.refinements.append(r);
    emit claimsChanged();
    return true;
}

bool ReviewDocument::applyRemoveRefinement(qint64 claimId, qint64 refinementId)
{
    if (!m_store->removeRefinement(refinementId))
        return failed();
    for (Claim &c : m_review.claims)
        if (c.id == claimId)
            c.refinements.removeIf([&](const Refinement &r) { return r.id == refinementId; });
    emit claimsChanged();
    return true;
}

bool ReviewDocument::applyAddClaim(Claim &claim, const SynthesisSettings &settings)
{
    const qint64 id = m_store->addClaim(claim, settings);
    if (id == 0)
        return failed();
    claim.id = id;
    m_review.claims.append(claim);
    m_review.settings.insert(id, settings.asStored());
    emit claimsChanged();
    setCurrentClaim(id);
    return true;
}

bool ReviewDocument::applyRemoveClaim(qint64 claimId)
{
    if (!m_store->removeClaim(claimId))
        return failed();
    // everything the file deletes with the claim (ON DELETE CASCADE) goes from memory too
    m_review.claims.removeIf([&](const Claim &c) { return c.id == claimId; });
    m_review.stances.remove(claimId);
    m_review.mechanisms.remove(claimId);
    m_review.settings.remove(claimId);
    m_review.goldStandard.remove(claimId);
    m_review.grade.remove(claimId);
    m_review.conclusions.remove(claimId);
    if (m_claimId == claimId) {
        m_claimId = m_review.claims.isEmpty() ? 0 : m_review.claims.first().id;
        emit currentClaimChanged(m_claimId);
    }
    emit claimsChanged();
    emit studiesReset();
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyClaim(const Claim &claim)
{
    if (!m_store->updateClaim(claim))
        return failed();
    bool outcomeChanged = false;
    for (Claim &c : m_review.claims)
        if (c.id == claim.id) {
            const QList<Refinement> refinements = c.refinements;
            outcomeChanged = c.outcomeId != claim.outcomeId;
            c = claim;
            c.refinements = refinements;
        }
    emit claimsChanged();
    if (outcomeChanged)
        emit outcomesChanged();
    emit studiesReset();
    emit analysisInputsChanged(); // suggested stances depend on what the claim asserts
    return true;
}

bool ReviewDocument::applyOutcomeData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &data)
{
    if (!m_store->setOutcomeData(outcomeId, data))
        return failed();
    auto &values = m_review.data[outcomeId];
    for (auto d = data.begin(); d != data.end(); ++d) {
        if (hasData(*d))
            values.insert(d.key(), *d);
        else
            values.remove(d.key());
    }
    emit studiesChanged(data.keys());
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyOutcome(const Outcome &outcome)
{
    if (!m_store->updateOutcome(outcome))
        return failed();
    for (Outcome &o : m_review.outcomes)
        if (o.id == outcome.id)
            o = outcome;
    emit outcomesChanged();
    emit analysisInputsChanged(); // the report and plots name the outcome
    return true;
}

bool ReviewDocument::applyBatch(const std::function<bool()> &body, bool *cancelled)
{
    if (!m_store->batch(body) || !reload())
        return cancelled && *cancelled ? false : failed(); // a cancellation is the reviewer's choice, not an error
    return true;
}

bool ReviewDocument::reload()
{
    Review review;
    if (!m_store->load(review))
        return false;
    m_review = std::move(review);
    reindex();
    if (!m_review.claim(m_claimId))
        m_claimId = m_review.claims.isEmpty() ? 0 : m_review.claims.first().id;
    emit claimsChanged();
    emit outcomesChanged();
    emit currentClaimChanged(m_claimId);
    emit studiesReset();
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyMechanisms(qint64 claimId, QList<Mechanism> mechanisms)
{
    if (!m_store->setMechanisms(claimId, mechanisms)) // with the ids the store gave
        return failed();
    m_review.mechanisms.insert(claimId, mechanisms);
    emit mechanismsChanged();
    return true;
}

bool ReviewDocument::applySettings(qint64 claimId, const SynthesisSettings &settings)
{
    if (!m_store->setSettings(claimId, settings))
        return failed();
    m_review.settings.insert(claimId, settings.asStored());
    emit settingsChanged();
    emit studiesReset(); // effect sizes shown in the table depend on the measure
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyGrade(qint64 claimId, const QList<GradeJudgement> &judgements, const QString &conclusion)
{
    if (!m_store->setGrade(claimId, judgements, conclusion))
        return failed();
    m_review.grade.insert(claimId, judgements);
    if (conclusion.isEmpty())
        m_review.conclusions.remove(claimId);
    else
        m_review.conclusions.insert(claimId, conclusion);
    emit gradeChanged();
    return true;
}

bool ReviewDocument::applyGoldStandard(qint64 claimId, QList<GoldStandardItem> items)
{
    if (!m_store->setGoldStandard(claimId, items)) // with the ids the store gave
        return failed();
    m_review.goldStandard.insert(claimId, items);
    emit goldStandardChanged();
    return true;
}

bool ReviewDocument::applyInfo(const ReviewInfo &info)
{
    if (!m_store->setInfo(info))
        return failed();
    m_review.info = info;
    emit infoChanged();
    return true;
}

} // namespace evidencedesk
