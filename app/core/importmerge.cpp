// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmerge.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads MergeText::tr calls).
struct MergeText {
    Q_DECLARE_TR_FUNCTIONS(MergeText)
};

QString numberText(double x)
{
    return std::isnan(x) ? QString() : QString::number(x, 'g', QLocale::FloatingPointShortest);
}

bool sameValue(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

/// Walks the fields of one record over one study: fills, compares, records conflicts.
/// The same letters and digits, case aside ("Smith, J." and "SMITH J").
bool sameLetters(const QString &a, const QString &b)
{
    auto letters = [](const QString &s) {
        QString out;
        for (const QChar c : s)
            if (c.isLetterOrNumber())
                out += c.toCaseFolded();
        return out;
    };
    return letters(a) == letters(b);
}

/// The same title as duplicate detection sees it (case, punctuation and spacing aside).
bool sameTitle(const QString &a, const QString &b)
{
    return DuplicateKeys::of(QString(), a, 1).title == DuplicateKeys::of(QString(), b, 1).title;
}

/// The same DOI however written ("https://doi.org/10.1/X" and "10.1/x").
bool sameDoi(const QString &a, const QString &b)
{
    return normaliseDoi(a).compare(normaliseDoi(b), Qt::CaseInsensitive) == 0;
}

class Merger {
public:
    Merger(MergedStudy &out, bool overwrite) : m_out(out), m_overwrite(overwrite) { }

    /// `same`: values written differently that are the same (a DOI with its prefix, a title's punctuation).
    void text(const QString &field, QString &current, const QString &incoming,
              bool (*same)(const QString &, const QString &) = nullptr)
    {
        if (incoming.isEmpty() || incoming == current || (same && !current.isEmpty() && same(current, incoming)))
            return;
        if (!current.isEmpty() && !conflict(field, current, incoming))
            return;
        current = incoming;
        m_out.changed = true;
    }
    void number(const QString &field, double &current, double incoming)
    {
        if (std::isnan(incoming) || (!std::isnan(current) && sameValue(current, incoming)))
            return;
        if (!std::isnan(current) && !conflict(field, numberText(current), numberText(incoming)))
            return;
        current = incoming;
        m_out.changed = true;
    }
    template<typename T, typename Name>
    void value(const QString &field, T &current, const T &incoming, const T &none, Name name)
    {
        if (incoming == none || incoming == current)
            return;
        if (current != none && !conflict(field, name(current), name(incoming)))
            return;
        current = incoming;
        m_out.changed = true;
    }
    /// Records a conflict; true if the incoming value wins.
    bool conflict(const QString &field, const QString &current, const QString &incoming)
    {
        m_out.conflicts.append({field, current, incoming});
        return m_overwrite;
    }

private:
    MergedStudy &m_out;
    bool m_overwrite;
};
} // namespace

MergedStudy mergeRecord(const Study &current, const synth::StudyInput &currentData, Stance currentStance,
                        const std::optional<RobAssessment> &currentRisk, const ImportedStudy &record, bool overwrite)
{
    MergedStudy out;
    out.study = current;
    out.data = currentData;
    Merger m(out, overwrite);
    const Study &r = record.study;
    Study &s = out.study;
    m.text(QStringLiteral("authors"), s.authors, r.authors, sameLetters);
    if (!record.labelOnly) // a short label ("Smith 2001") is not the paper's title
        m.text(QStringLiteral("title"), s.title, r.title, sameTitle);
    m.value(QStringLiteral("year"), s.year, r.year, 0, [](int y) { return QString::number(y); });
    m.text(QStringLiteral("journal"), s.journal, r.journal);
    m.text(QStringLiteral("doi"), s.doi, r.doi, sameDoi);
    m.text(QStringLiteral("pmid"), s.pmid, r.pmid);
    m.text(QStringLiteral("url"), s.url, r.url);
    m.value(QStringLiteral("design"), s.design, r.design, Design::Unspecified, [](Design d) { return designKey(d); });
    m.number(QStringLiteral("quality"), s.quality, r.quality);
    m.text(QStringLiteral("quality_tool"), s.qualityTool, r.qualityTool);
    if (record.includedGiven && r.included != s.included) {
        auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
        if (m.conflict(QStringLiteral("included"), yesNo(s.included), yesNo(r.included))) {
            s.included = r.included;
            out.changed = true;
        }
    }
    m.text(QStringLiteral("notes"), s.notes, r.notes);
    for (auto it = r.extra.cbegin(); it != r.extra.cend(); ++it) {
        const QString incoming = it.value().toString();
        QString value = s.extra.value(it.key()).toString();
        const QString before = value;
        m.text(it.key(), value, incoming);
        if (value != before)
            s.extra.insert(it.key(), value);
    }
    for (const synth::StudyInputField &f : synth::kStudyInputFields)
        m.number(QString::fromLatin1(f.name.data(), qsizetype(f.name.size())), out.data.*f.member,
                 record.data.*f.member);
    if (const Stance incoming = record.stance.value_or(Stance::Untagged); incoming != Stance::Untagged
        && incoming != currentStance
        && (currentStance == Stance::Untagged
            || m.conflict(QStringLiteral("stance"), stanceKey(currentStance), stanceKey(incoming)))) {
        out.stance = incoming;
        out.changed = true;
    }
    if (record.risk) {
        const RobAssessment &in = *record.risk;
        const RobAssessment before
            = currentRisk && !currentRisk->isEmpty() ? *currentRisk : RobAssessment::empty(in.tool);
        RobAssessment a = before;
        if (a.tool != in.tool) {
            // named by the overall column of the tool the file uses, the tools by their names
            if (m.conflict(robColumn(in.tool, -1), robToolName(a.tool), robToolName(in.tool)))
                a = in;
        } else {
            auto judgement = [&](const QString &field, RobJudgement &current, RobJudgement incoming) {
                if (incoming == RobJudgement::NotAssessed || incoming == current
                    || (current != RobJudgement::NotAssessed
                        && !m.conflict(field, robJudgementKey(current), robJudgementKey(incoming))))
                    return;
                current = incoming;
            };
            for (int d = 0; d < a.domains.size(); ++d)
                judgement(robColumn(a.tool, d), a.domains[d], in.domains[d]);
            judgement(robColumn(a.tool, -1), a.overall, in.overall);
            for (qsizetype d = 0; d < a.support.size(); ++d)
                m.text(robSupportColumn(d + 1 == a.support.size() ? -1 : int(d)), a.support[d], in.support[d]);
        }
        if (!(a == before)) {
            out.risk = a;
            out.changed = true;
        }
    }
    return out;
}

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::StudyId:
        return MergeText::tr("same study_id");
    case MatchKind::Doi:
        return MergeText::tr("same DOI");
    case MatchKind::TitleYear:
        break;
    }
    return MergeText::tr("same title and year");
}

QString conflictMessage(const QString &file, int line, const QString &studyLabel, const MergeConflict &c)
{
    return location(file, line, c.field)
        + MergeText::tr("%1 holds '%2' in the review, the file says '%3'")
              .arg(shortened(studyLabel), shortened(c.current), shortened(c.incoming));
}

qsizetype ImportPlan::updatedCount() const
{
    qsizetype n = 0;
    for (const Match &m : matched)
        n += m.merged.changed ? 1 : 0;
    return n;
}

ImportPlan planImport(const Review &review, const QList<ImportedStudy> &records, qint64 claimId, qint64 outcomeId,
                      bool overwrite)
{
    ImportPlan plan;
    // holders: a study of the review (its index, >= 0) or a record of the file (-1 - index)
    const qsizetype n = review.studies.size();
    std::vector<DuplicateKeys> keys;
    keys.reserve(std::size_t(n + records.size()));
    QHash<qint64, qsizetype> byId;
    byId.reserve(n);
    DuplicateIndex index;
    index.reserve(n + records.size());
    for (qsizetype i = 0; i < n; ++i) {
        keys.push_back(DuplicateKeys::of(review.studies[i]));
        index.add(keys.back(), i);
        byId.insert(review.studies[i].id, i);
    }
    auto at = [&](qint64 holder) { return holder >= 0 ? std::size_t(holder) : std::size_t(n + (-1 - holder)); };
    auto label = [&](qint64 holder) {
        return holder >= 0 ? review.studies[holder].label() : records[-1 - holder].study.label();
    };
    const QHash<qint64, synth::StudyInput> noData;
    const auto dataIt = review.data.constFind(outcomeId);
    const QHash<qint64, synth::StudyInput> &data = dataIt != review.data.cend() ? *dataIt : noData;
    const QHash<qint64, StanceTag> tags = review.stances.value(claimId);
    const QHash<qint64, RobAssessment> appraisals = review.risk.value(outcomeId);
    auto risk = [&](qint64 studyId) {
        const auto a = appraisals.constFind(studyId);
        return a == appraisals.cend() ? std::optional<RobAssessment>() : std::optional<RobAssessment>(*a);
    };
    QHash<qsizetype, qsizetype> matchedBy; // study index -> the record that matched it first

    for (qsizetype i = 0; i < records.size(); ++i) {
        const ImportedStudy &r = records[i];
        keys.push_back(r.labelOnly ? DuplicateKeys::of(r.study.doi, QString(), 0) : DuplicateKeys::of(r.study));
        qint64 holder = -1;
        MatchKind by = MatchKind::StudyId;
        // a study_id this review does not have (a file exported from another review) matches nothing by itself:
        // the record is matched by DOI or title and year as any other
        if (r.studyId > 0)
            holder = byId.value(r.studyId, -1);
        if (holder < 0) {
            const auto match = index.find(
                keys.back(), [&](qint64 h) -> const DuplicateKeys & { return keys[at(h)]; }, holder);
            if (match == DuplicateIndex::Match::None) {
                index.add(keys.back(), -1 - i);
                plan.added.append(i);
                continue;
            }
            if (holder < 0) { // an earlier record of the file
                plan.skipped.append({r.line, r.study.label(), DuplicateIndex::reason(match, label(holder))});
                continue;
            }
            by = match == DuplicateIndex::Match::Doi ? MatchKind::Doi : MatchKind::TitleYear;
        }
        if (const auto first = matchedBy.constFind(holder); first != matchedBy.cend()) {
            plan.skipped.append(
                {r.line, r.study.label(), MergeText::tr("the same study as line %1").arg(records[*first].line)});
            continue;
        }
        matchedBy.insert(holder, i);
        const Study &s = review.studies[holder];
        ImportPlan::Match m {i, s.id, by,
                             mergeRecord(s, data.value(s.id), tags.value(s.id).stance, risk(s.id), r, overwrite)};
        for (const MergeConflict &c : std::as_const(m.merged.conflicts))
            plan.conflicts.append({i, r.line, s.id, s.label(), c});
        plan.matched.append(std::move(m));
    }
    return plan;
}

} // namespace evidencedesk
