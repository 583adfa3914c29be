// SPDX-License-Identifier: GPL-3.0-or-later
// The document and its undo commands against the file: after every edit, undo and redo the review in
// memory is the review on disk (read through a connection of its own); several studies and an undone
// delete are each one transaction; a failed undo is reported and the history dropped; a review that cannot
// be read whole is refused, never shown in part.
#include "defaults.h"
#include "examples.h"
#include "reviewdocument.h"
#include "reviewload.h"
#include "settingsof.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

/// A review with the empty containers removed: memory may hold an empty list where the file holds nothing.
Review normalised(Review r)
{
    auto dropEmpty = [](auto &hash) {
        for (auto it = hash.begin(); it != hash.end();)
            it = it->isEmpty() ? hash.erase(it) : std::next(it);
    };
    dropEmpty(r.stances);
    dropEmpty(r.mechanisms);
    dropEmpty(r.goldStandard);
    dropEmpty(r.grade);
    dropEmpty(r.conclusions);
    return r;
}

Review onDisk(const QString &path)
{
    QString error;
    auto store = ReviewStore::open(path, error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return loaded(*store);
}

/// The places where memory and file differ, in words (empty when they agree).
QStringList drift(const Review &memory, const Review &file)
{
    const Review a = normalised(memory), b = normalised(file);
    QStringList out;
    if (a.info != b.info)
        out << QStringLiteral("info");
    if (a.claims != b.claims)
        out << QStringLiteral("claims");
    if (a.studies != b.studies)
        out << QStringLiteral("studies");
    if (a.stances != b.stances)
        out << QStringLiteral("stances");
    if (a.mechanisms != b.mechanisms)
        out << QStringLiteral("mechanisms");
    if (a.settings != b.settings)
        out << QStringLiteral("settings");
    if (a.goldStandard != b.goldStandard)
        out << QStringLiteral("gold standard");
    if (a.grade != b.grade)
        out << QStringLiteral("grade");
    if (a.conclusions != b.conclusions)
        out << QStringLiteral("conclusions");
    return out;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    QString example(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.evidence").arg(name).arg(++m_files));
        QString error;
        auto store = ReviewStore::create(path, error);
        if (!store || !writeExample(name, *store, error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private slots:
    void memoryIsTheFile()
    {
        const QString path = example(QStringLiteral("bcg"));
        QString error;
        auto doc = ReviewDocument::open(path, error);
        QVERIFY2(doc, qPrintable(error));
        QStringList steps;
        auto check = [&](const QString &step) {
            const QStringList d = drift(doc->review(), onDisk(path));
            if (!d.isEmpty())
                steps << QStringLiteral("%1: %2").arg(step, d.join(QStringLiteral(", ")));
        };
        const Review original = doc->review();
        const QList<Study> studies = doc->review().studies;
        doc->tagStudies({studies[0].id, studies[1].id}, Stance::Neutral);
        check(QStringLiteral("tag"));
        doc->setIncluded({studies[2].id, studies[3].id}, false);
        check(QStringLiteral("exclude two"));
        doc->removeStudies({studies[4].id, studies[5].id});
        check(QStringLiteral("delete two"));
        doc->refineClaim(QStringLiteral("BCG reduces tuberculosis in children"), QStringLiteral("narrower"));
        check(QStringLiteral("refine"));
        doc->setMechanisms({{0, true, QStringLiteral("Immunity"), {QStringLiteral("a"), QStringLiteral("b")}}},
                           QStringLiteral("mechanisms"));
        check(QStringLiteral("mechanisms"));
        doc->setGoldStandard({{0, Design::Rct, QStringLiteral("p"), {}, {}, {}, {}, {}}}, QStringLiteral("gold"));
        check(QStringLiteral("gold standard"));
        doc->setGrade({{QStringLiteral("imprecision"), -1, 0, QStringLiteral("[]"), QStringLiteral("why")}},
                      QStringLiteral("conclusion"));
        check(QStringLiteral("grade"));
        doc->setSettings(settingsOf(synth::Measure::OR, synth::Method::DL));
        check(QStringLiteral("settings"));
        SynthesisSettings automatic = settingsOf(synth::Measure::RR, synth::Method::PM);
        automatic.automaticMeasure = true; // follows the data: stored as "auto"
        doc->setSettings(automatic);
        check(QStringLiteral("automatic measure"));
        QCOMPARE(doc->settings().measure, synth::Measure::RR); // BCG's 2x2 tables call for RR
        const qint64 claim = doc->addClaim(QStringLiteral("A second claim"), Assertion::Increases);
        QVERIFY(claim > 0);
        check(QStringLiteral("add claim"));
        doc->setGrade({{QStringLiteral("inconsistency"), 0, -1, QStringLiteral("[]"), QStringLiteral("why")}},
                      QStringLiteral("second"));
        doc->setGoldStandard({{0, Design::Cohort, {}, {}, {}, {}, {}, {}}}, QStringLiteral("gold"));
        check(QStringLiteral("second claim's grade and gold standard"));
        QUndoStack *undo = doc->undoStack();
        const int edits = undo->count();
        for (int i = 0; i < edits; ++i) {
            undo->undo();
            check(QStringLiteral("undo %1").arg(i + 1));
        }
        QCOMPARE(drift(doc->review(), original), QStringList()); // back where it started
        for (int i = 0; i < edits; ++i) {
            undo->redo();
            check(QStringLiteral("redo %1").arg(i + 1));
        }
        QCOMPARE(doc->review().claims.size(), 2);
        // a claim removed with its GRADE judgements, conclusion and gold standard: gone from memory as from the file
        QVERIFY(!doc->review().grade.value(claim).isEmpty());
        QVERIFY(doc->applyRemoveClaim(claim));
        check(QStringLiteral("remove a claim with its judgements"));
        QVERIFY2(steps.isEmpty(), qPrintable(steps.join(QLatin1Char('\n'))));
    }

    void newClaimsFollowTheData()
    {
        // a claim stated before any data: its measure follows what the studies hold once they come
        const QString path = m_dir.filePath(QStringLiteral("new.evidence"));
        QString error;
        auto doc = ReviewDocument::create(path, error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->addClaim(QStringLiteral("Vitamin D prevents fractures"), Assertion::Decreases) > 0);
        QCOMPARE(doc->settings().measure, synth::Measure::GEN); // nothing to go by yet
        QList<Study> studies;
        QList<synth::StudyInput> data;
        for (int i = 0; i < 3; ++i) {
            Study s;
            s.title = QStringLiteral("Trial %1").arg(i);
            synth::StudyInput d;
            d.ai = 10 + i;
            d.n1i = 100;
            d.ci = 15;
            d.n2i = 100;
            studies << s;
            data << d;
        }
        QVERIFY(doc->addStudies(studies, {Stance::Untagged, Stance::Untagged, Stance::Untagged}, QStringLiteral("add"),
                                {}, data));
        // the first data started the review's outcome (named as the question's), and the claim is about it
        QCOMPARE(doc->review().outcomes.size(), 1);
        QCOMPARE(doc->currentOutcome()->type, OutcomeType::Dichotomous);
        QCOMPARE(doc->currentClaim()->outcomeId, doc->review().outcomes.first().id);
        QCOMPARE(doc->undoStack()->count(), 2); // the claim, then the studies with their outcome: one step
        QCOMPARE(doc->settings().measure, synth::Measure::RR); // 2x2 data: risk ratios
        QCOMPARE(effectiveSettings(onDisk(path), doc->currentClaimId()).measure,
                 synth::Measure::RR); // CLI, report alike
        // a measure the reviewer picks is kept whatever the data
        SynthesisSettings picked = doc->settings();
        picked.measure = synth::Measure::OR;
        picked.automaticMeasure = false;
        doc->setSettings(picked);
        QCOMPARE(effectiveSettings(onDisk(path), doc->currentClaimId()).measure, synth::Measure::OR);
    }

    void importPlannedOnAStaleReviewIsRefused()
    {
        // the window plans an import from what it knows; another program adds a study before it is written: the
        // import is refused inside the write transaction (it could otherwise add a study twice)
        const QString path = m_dir.filePath(QStringLiteral("stale.evidence"));
        QString error;
        auto doc = ReviewDocument::create(path, error);
        QVERIFY2(doc, qPrintable(error));
        const QString csv = m_dir.filePath(QStringLiteral("stale.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,year\nA trial,2001\n");
        f.close();
        ReviewDocument::ImportPreview preview;
        QVERIFY2(doc->planImport(csv, false, preview, error), qPrintable(error));
        QCOMPARE(preview.plan.added.size(), 1);
        {
            auto other = ReviewStore::open(path, error);
            QVERIFY2(other, qPrintable(error));
            Study s;
            s.title = QStringLiteral("A trial");
            s.year = 2001;
            QCOMPARE(other->addStudies({s}).size(), 1);
        }
        QVERIFY(!doc->applyImport(preview, error));
        QVERIFY2(error.contains(QStringLiteral("changed since")), qPrintable(error));
        QCOMPARE(onDisk(path).studies.size(), 1); // only the other program's
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void severalStudiesAreOneTransaction()
    {
        QString error;
        auto store = ReviewStore::open(example(QStringLiteral("bcg")), error);
        QVERIFY(store);
        const Review r = loaded(*store);
        Study first = r.studies[0], missing = r.studies[1];
        first.title = QStringLiteral("changed");
        missing.id = 99999; // not in the file: the batch fails, and the first edit with it
        QVERIFY(!store->updateStudies({first, missing}));
        QCOMPARE(loaded(*store).studies[0].title, r.studies[0].title);
        // an undone delete restores the studies and all their tags at once, or nothing
        const qint64 claim = r.claims.first().id;
        QVERIFY(store->removeStudies({r.studies[0].id}));
        ReviewStore::StudyExtras extras;
        extras.tags[claim].insert(r.studies[0].id, r.stances[claim].value(r.studies[0].id));
        extras.tags[424242].insert(r.studies[0].id, {Stance::Neutral, {}, {}}); // no such claim: cannot be written
        QVERIFY(store->addStudies({r.studies[0]}, 0, {}, {}, extras).isEmpty());
        QCOMPARE(loaded(*store).studies.size(), r.studies.size() - 1); // the study did not come back alone
        extras.tags.remove(424242);
        QCOMPARE(store->addStudies({r.studies[0]}, 0, {}, {}, extras), QList<qint64> {r.studies[0].id});
        QCOMPARE(loaded(*store).stance(claim, r.studies[0].id), r.stance(claim, r.studies[0].id));
    }

    void failedUndoIsReported()
    {
        const QString path = example(QStringLiteral("bcg"));
        QString error;
        auto doc = ReviewDocument::open(path, error);
        QVERIFY(doc);
        Study s = doc->review().studies.first();
        s.title = QStringLiteral("Edited");
        doc->editStudy(s);
        QCOMPARE(doc->undoStack()->count(), 1);
        { // another program deletes the study from the file: the undo cannot write it back
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM study WHERE id = %1").arg(s.id)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QSignalSpy failed(doc.get(), &ReviewDocument::writeFailed);
        doc->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("undo")));
        QTRY_COMPARE(doc->undoStack()->count(), 0); // the history no longer matches the file: dropped
        QCOMPARE(doc->review().studies.first().title, QStringLiteral("Edited")); // memory unchanged, as the file
    }

    void unreadableReviewIsRefusedWhole()
    {
        const QString path = example(QStringLiteral("bcg"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE synthesis_settings SET measure = 'XYZ'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QString error;
        QVERIFY(!ReviewDocument::open(path, error));
        QVERIFY2(error.contains(QStringLiteral("XYZ")), qPrintable(error));
        auto store = ReviewStore::open(path, error);
        QVERIFY(store);
        Review r;
        r.info.title = QStringLiteral("untouched");
        QVERIFY(!store->load(r));
        QCOMPARE(r.info.title, QStringLiteral("untouched")); // nothing of it was read into the review
    }
};

QTEST_MAIN(TestDocument)
#include "test_document.moc"
