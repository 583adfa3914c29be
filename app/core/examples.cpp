// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"
#include "defaults.h"
#include "importers.h"
#include "stance.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads ExamplesText::tr calls).
struct ExamplesText {
    Q_DECLARE_TR_FUNCTIONS(ExamplesText)
};

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/examples/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QStringList exampleNames()
{
    return {QStringLiteral("hypertrophy"), QStringLiteral("bcg")};
}

bool writeExample(const QString &name, ReviewStore &store, QString &error)
{
    if (!exampleNames().contains(name)) {
        error
            = ExamplesText::tr("unknown example '%1' (use %2)").arg(name, exampleNames().join(QStringLiteral(" or ")));
        return false;
    }
    const QJsonObject doc = QJsonDocument::fromJson(resource(name + QStringLiteral(".json"))).object();
    if (doc.isEmpty()) {
        error = ExamplesText::tr("the example '%1' is missing from this build").arg(name);
        return false;
    }
    const QJsonObject info = doc[QStringLiteral("info")].toObject();
    ReviewInfo ri {info[QStringLiteral("title")].toString(),        info[QStringLiteral("population")].toString(),
                   info[QStringLiteral("intervention")].toString(), info[QStringLiteral("comparator")].toString(),
                   info[QStringLiteral("outcome")].toString(),      info[QStringLiteral("notes")].toString()};
    if (!store.setInfo(ri)) {
        error = store.lastError();
        return false;
    }

    // studies: from the JSON or from a bundled CSV of outcome data
    QList<ImportedStudy> records;
    if (doc.contains(QStringLiteral("studies_csv"))) {
        const QString csv = doc[QStringLiteral("studies_csv")].toString();
        if (!parseCsvStudies(resource(csv), csv, records, error))
            return false;
    }
    const QJsonArray studies = doc[QStringLiteral("studies")].toArray();
    for (const QJsonValue &v : studies) {
        const QJsonObject o = v.toObject();
        ImportedStudy r;
        r.study.title = o[QStringLiteral("title")].toString();
        r.study.authors = o[QStringLiteral("authors")].toString();
        r.study.design = designFromKey(o[QStringLiteral("design")].toString()).value_or(Design::Unspecified);
        if (o.contains(QStringLiteral("quality")))
            r.study.quality = o[QStringLiteral("quality")].toDouble();
        r.study.notes = o[QStringLiteral("notes")].toString();
        r.stance = stanceFromKey(o[QStringLiteral("stance")].toString());
        records.append(r);
    }

    // one outcome, named as the review question names it, of the kind its data are
    QList<synth::StudyInput> data;
    data.reserve(records.size());
    for (const ImportedStudy &r : std::as_const(records))
        data.append(r.data);
    Outcome outcome;
    outcome.name = ri.outcome.isEmpty() ? ExamplesText::tr("Outcome") : ri.outcome;
    outcome.type = suggestedOutcomeType(data);
    outcome.id = store.addOutcome(outcome);
    if (outcome.id == 0) {
        error = store.lastError();
        return false;
    }

    const QJsonArray claims = doc[QStringLiteral("claims")].toArray();
    for (const QJsonValue &cv : claims) {
        const QJsonObject o = cv.toObject();
        Claim c;
        c.outcomeId = outcome.id;
        c.originalText = o[QStringLiteral("original")].toString();
        c.assertion = assertionFromKey(o[QStringLiteral("assertion")].toString()).value_or(Assertion::Unspecified);
        c.mechanismOverview = o[QStringLiteral("mechanism_overview")].toString();
        c.goldStandardNote = o[QStringLiteral("gold_standard_note")].toString();
        const QJsonArray refinements = o[QStringLiteral("refinements")].toArray();
        for (const QJsonValue &r : refinements)
            c.refinements.append(
                {0, r[QStringLiteral("text")].toString(), r[QStringLiteral("rationale")].toString(), {}});
        const qint64 id = store.addClaim(c);
        if (id == 0) {
            error = store.lastError();
            return false;
        }
        c.id = id;
        QList<Mechanism> mechanisms;
        const QJsonArray ms = o[QStringLiteral("mechanisms")].toArray();
        for (const QJsonValue &m : ms) {
            Mechanism x;
            x.mostProbable = m[QStringLiteral("most_probable")].toBool();
            x.summary = m[QStringLiteral("summary")].toString();
            const QJsonArray steps = m[QStringLiteral("steps")].toArray();
            for (const QJsonValue &s : steps)
                x.steps << s.toString();
            mechanisms.append(x);
        }
        const QJsonObject s = o[QStringLiteral("settings")].toObject();
        SynthesisSettings settings;
        settings.measure
            = synth::measureFromName(s[QStringLiteral("measure")].toString().toStdString()).value_or(settings.measure);
        settings.method
            = synth::methodFromName(s[QStringLiteral("method")].toString().toStdString()).value_or(settings.method);
        settings.test = synth::testFromName(s[QStringLiteral("test")].toString().toStdString()).value_or(settings.test);
        settings.level = s[QStringLiteral("level")].toDouble(settings.level);
        settings.subgroup = Subgrouping::fromKey(s[QStringLiteral("subgroup")].toString());
        if (!store.setMechanisms(id, mechanisms) || !store.setSettings(id, settings)) {
            error = store.lastError();
            return false;
        }
        // stances: as given, or suggested by each study's own effect
        QList<Study> list;
        QList<StanceTag> tags;
        for (const ImportedStudy &r : records) {
            list.append(r.study);
            Stance st = r.stance.value_or(Stance::Untagged);
            if (o[QStringLiteral("stances_from_data")].toBool()) {
                const synth::EffectSize es = synth::computeEffect(settings.measure, r.data);
                st = suggestStance(c, synth::studyInterval(es, settings.level));
            }
            tags.append({st, QStringLiteral("EvidenceDesk example"), {}});
        }
        ReviewStore::StudyExtras extras;
        extras.outcomeId = outcome.id;
        extras.data = data;
        if (!list.isEmpty() && store.studyCount() == 0 && store.addStudies(list, id, tags, {}, extras).isEmpty()) {
            error = store.lastError();
            return false;
        }
    }
    return true;
}

} // namespace evidencedesk
