// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdocument.h"
#include "commands.h"
#include "defaults.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    QMetaObject::invokeMethod(this, [this] { m_undo.clear(); }, Qt::QueuedConnection);
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

void ReviewDocument::editStudy(const Study &after)
{
    const Study *before = study(after.id);
    if (!before || *before == after)
        return;
    m_undo.push(new EditStudiesCommand(this, {*before}, {after}, tr("Edit %1").arg(after.label())));
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

bool ReviewDocument::importFile(const QString &file, QString &error, QList<SkippedDuplicate> *skipped,
                                const ReviewStore::Progress &progress)
{
    QList<ImportedStudy> records;
    if (!readStudies(file, records, error))
        return false;
    QList<SkippedDuplicate> dups;
    const QList<ImportedStudy> kept = withoutDuplicates(records, m_review.studies, dups);
    if (skipped)
        *skipped = dups;
    QList<Study> studies;
    QList<Stance> stances;
    for (const ImportedStudy &r : kept) {
        studies.append(r.study);
        stances.append(r.stance.value_or(Stance::Untagged));
    }
    if (!studies.isEmpty()
        && !addStudies(studies, stances, tr("Import %1").arg(QFileInfo(file).fileName()), progress)) {
        error = m_store->lastError();
        return false;
    }
    return true;
}

bool ReviewDocument::addStudies(const QList<Study> &studies, const QList<Stance> &stances, const QString &text,
                                const ReviewStore::Progress &progress)
{
    QList<StanceTag> tags;
    for (Stance s : stances)
        tags.append({s, userName(), {}});
    const int before = m_undo.count();
    m_undo.push(new AddStudiesCommand(this, studies, m_claimId, tags, text, progress));
    return m_undo.count() > before; // an obsolete (unwritten) command is not kept
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
    auto *command = new AddClaimCommand(this, c, newClaimSettings(m_review.studies));
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

void ReviewDocument::setMechanisms(const QList<Mechanism> &mechanisms, const QString &text)
{
    const qint64 claim = m_claimId;
    if (claim == 0 || mechanisms == this->mechanisms())
        return;
    m_undo.push(new ChangeValueCommand<QList<Mechanism>>(
        this, this->mechanisms(), mechanisms, [this, claim](const QList<Mechanism> &m) { return applyMechanisms(claim, m); },
        text));
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
        this, before, items, [this, claim](const QList<GoldStandardItem> &v) { return applyGoldStandard(claim, v); }, text));
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

bool ReviewDocument::applyStudies(const QList<Study> &studies)
{
    QList<qint64> ids;
    for (const Study &s : studies) {
        if (studyIndex(s.id) < 0)
            return false;
        ids.append(s.id);
    }
    if (!m_store->updateStudies(studies))
        return failed();
    for (const Study &s : studies)
        m_review.studies[studyIndex(s.id)] = s;
    emit studiesChanged(ids);
    emit analysisInputsChanged();
    return true;
}

bool ReviewDocument::applyInsertStudies(QList<Study> &studies, qint64 claimId, const QList<StanceTag> &tags,
                                        const ReviewStore::StanceTags &otherTags, const ReviewStore::Progress &progress)
{
    bool cancelled = false;
    const ReviewStore::Progress watch = progress ? ReviewStore::Progress([&](qsizetype done) {
        cancelled = !progress(done);
        return !cancelled;
    })
                                                 : ReviewStore::Progress();
    // the studies and every tag they carry: one transaction
    const QList<qint64> ids = m_store->addStudies(studies, claimId, tags, watch, otherTags);
    if (ids.size() != studies.size())
        return cancelled ? false : failed(); // a cancellation is the reviewer's choice, not an error
    for (qsizetype i = 0; i < studies.size(); ++i) {
        studies[i].id = ids[i];
        if (claimId > 0 && i < tags.size() && tags[i].stance != Stance::Untagged)
            m_review.stances[claimId].insert(ids[i], tags[i]);
    }
    for (auto c = otherTags.begin(); c != otherTags.end(); ++c)
        for (auto t = c->begin(); t != c->end(); ++t)
            if (t->stance != Stance::Untagged)
                m_review.stances[c.key()].insert(t.key(), *t);
    m_review.studies.append(studies);
    std::sort(m_review.studies.begin(), m_review.studies.end(),
              [](const Study &a, const Study &b) { return a.id < b.id; });
    reindex();
    emit studiesReset();
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
    for (Claim &c : m_review.claims)
        if (c.id == claim.id) {
            const QList<Refinement> refinements = c.refinements;
            c = claim;
            c.refinements = refinements;
        }
    emit claimsChanged();
    emit studiesReset();
    emit analysisInputsChanged(); // suggested stances depend on what the claim asserts
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
