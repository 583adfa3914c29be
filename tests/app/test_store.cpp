// SPDX-License-Identifier: GPL-3.0-or-later
// The review file: every field round-trips (in memory and on disk), older files migrate, newer ones and
// files that are not reviews are refused and left byte-for-byte untouched.
#include "examples.h"
#include "reviewload.h"
#include "reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

#include <sys/stat.h>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs SQL statements on `path` directly (not through the store), as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery q(d);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

/// A database built from an SQL script (a review file of an older format).
bool buildFixture(const QString &script, const QString &path)
{
    QFile sql(script);
    if (!sql.open(QIODevice::ReadOnly))
        return false;
    bool ok = true;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture-script"));
        d.setDatabaseName(path);
        ok = d.open();
        QSqlQuery q(d);
        for (QString s : QString::fromUtf8(sql.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            s = s.trimmed();
            while (s.startsWith(QLatin1String("--")))
                s = s.section(QLatin1Char('\n'), 1).trimmed();
            if (ok && !s.isEmpty() && !q.exec(s)) {
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture-script"));
    return ok;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The files in `dir` (to see that nothing was left beside a review).
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::System, QDir::Name);
}

/// A review with every field set to something other than its default.
Review fullReview()
{
    Review r;
    r.info = {QStringLiteral("T\u00eftle"), QStringLiteral("P"), QStringLiteral("I"),
              QStringLiteral("C"),          QStringLiteral("O"), QStringLiteral("Notes\nwith a line break")};
    Claim c;
    c.originalText = QStringLiteral("Original claim");
    c.assertion = Assertion::NoDifference;
    c.equivalenceMargin = 0.2;
    c.mechanismOverview = QStringLiteral("Overview");
    c.goldStandardNote = QStringLiteral("Ideal evidence");
    c.assumedRisk = 0.125;
    c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    c.refinements = {{0, QStringLiteral("Refined once"), QStringLiteral("Why once"),
                      QDateTime(QDate(2026, 2, 1), QTime(1, 0), Qt::UTC)},
                     {0, QStringLiteral("Refined twice"), QStringLiteral("Why twice"),
                      QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC)}};
    r.claims = {c};
    Study s;
    s.authors = QStringLiteral("S\u00f8rensen, \u00c5se; Garc\u00eda, Jos\u00e9");
    s.title = QStringLiteral("A \"quoted\", comma'd title");
    s.journal = QStringLiteral("J");
    s.doi = QStringLiteral("10.1000/xyz");
    s.pmid = QStringLiteral("123");
    s.url = QStringLiteral("https://example.org/a");
    s.year = 2020;
    s.design = Design::CaseControl;
    s.quality = 73.5;
    s.qualityTool = QStringLiteral("RoB 2");
    s.included = false;
    s.notes = QStringLiteral("n");
    s.extra = {{QStringLiteral("region"), QStringLiteral("north")}};
    Study t; // mostly empty: NaNs and empty strings must survive too
    t.title = QStringLiteral("Second");
    r.studies = {s, t};
    r.outcomes = {{0, QStringLiteral("Any fracture"), OutcomeType::Dichotomous, QStringLiteral("12 months"),
                   QStringLiteral("Outcome notes")}};
    return r;
}

/// Outcome data with every field set (the first study's in fullReview).
synth::StudyInput fullData()
{
    synth::StudyInput data;
    double value = 1.5;
    for (const synth::StudyInputField &f : synth::kStudyInputFields)
        data.*f.member = value++;
    return data;
}

/// A RoB 2 appraisal with every domain, the overall judgement and support texts (the first study's in fullReview).
RobAssessment fullRob2()
{
    RobAssessment a = RobAssessment::empty(RobTool::Rob2);
    a.domains = {RobJudgement::Low, RobJudgement::SomeConcerns, RobJudgement::High, RobJudgement::NotAssessed,
                 RobJudgement::Low};
    a.overall = RobJudgement::High;
    a.support = {QStringLiteral("Central randomisation"),           {}, QStringLiteral("30% lost, \"unbalanced\""),
                 QStringLiteral("Support without a judgement yet"), {}, QStringLiteral("Domain 3")};
    return a;
}

SynthesisSettings storedSettings()
{
    SynthesisSettings s;
    s.measure = synth::Measure::SMD;
    s.method = synth::Method::PM;
    s.test = synth::Test::Knha;
    s.level = 90;
    s.subgroup = Subgrouping::fromKey(QStringLiteral("stance"));
    return s;
}

Review writeAndLoad(ReviewStore &store, const Review &in)
{
    store.setInfo(in.info);
    const qint64 outcomeId = store.addOutcome(in.outcomes.first());
    Claim claim = in.claims.first();
    claim.outcomeId = outcomeId;
    const qint64 claimId = store.addClaim(claim);
    ReviewStore::StudyExtras extras;
    extras.outcomeId = outcomeId;
    extras.data = {fullData(), {}};
    const QList<qint64> ids = store.addStudies(
        in.studies, claimId,
        {{Stance::Contradicting, QStringLiteral("me"), QDateTime(QDate(2026, 4, 1), QTime(2, 0), Qt::UTC)},
         {Stance::Untagged, {}, {}}},
        {}, extras);
    QList<Mechanism> mechanisms {{0, true, QStringLiteral("Most probable"), {QStringLiteral("a"), QStringLiteral("b")}},
                                 {0, false, QStringLiteral("Alternative"), {}},
                                 {0, false, QStringLiteral("Another"), {QStringLiteral("c")}}};
    store.setMechanisms(claimId, mechanisms);
    store.setSettings(claimId, storedSettings());
    QList<GoldStandardItem> gold {{0, Design::Rct, QStringLiteral("p"), QStringLiteral("i"), QStringLiteral("c"),
                                   QStringLiteral("o"), QStringLiteral("12 weeks"), QStringLiteral("n")},
                                  {0, Design::Cohort, {}, {}, {}, {}, {}, {}}};
    store.setGoldStandard(claimId, gold);
    GradeJudgement g {QStringLiteral("inconsistency"), -1, -2, QStringLiteral("I2 = 80%"),
                      QStringLiteral("overridden")};
    store.setGrade(claimId, {g, {QStringLiteral("imprecision"), 0, std::nullopt, {}, {}}},
                   QStringLiteral("May make little or no difference"));
    // the second study: ROBINS-I chosen, nothing judged yet (the tool is kept)
    store.setRiskOfBias(outcomeId,
                        {{ids.value(0), fullRob2()}, {ids.value(1), RobAssessment::empty(RobTool::RobinsI)}});
    return loaded(store);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("onDisk");
        QTest::newRow("store/:memory:") << false;
        QTest::newRow("store/file") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, onDisk);
        const QString path = onDisk ? m_dir.filePath(QStringLiteral("round.evidence")) : QStringLiteral(":memory:");
        QString error;
        auto store = ReviewStore::create(path, error);
        QVERIFY2(store, qPrintable(error));
        const Review in = fullReview();
        Review out = writeAndLoad(*store, in);
        if (onDisk) { // and again after closing and reopening the file
            store.reset();
            store = ReviewStore::open(path, error);
            QVERIFY2(store, qPrintable(error));
            out = loaded(*store);
        }
        QCOMPARE(out.info, in.info);
        QCOMPARE(out.claims.size(), 1);
        Claim c = out.claims.first();
        QVERIFY(c.id > 0);
        QCOMPARE(c.currentText(), QStringLiteral("Refined twice"));
        QCOMPARE(c.refinements.size(), 2);
        for (Refinement &r : c.refinements) {
            QVERIFY(r.id > 0);
            r.id = 0;
        }
        QCOMPARE(out.outcomes.size(), 1);
        Outcome o = out.outcomes.first();
        QVERIFY(o.id > 0);
        QCOMPARE(c.outcomeId, o.id);
        o.id = 0;
        QCOMPARE(o, in.outcomes.first());
        c.id = 0;
        c.outcomeId = 0;
        QCOMPARE(c, in.claims.first());
        QCOMPARE(out.studies.size(), 2);
        for (int i = 0; i < 2; ++i) {
            Study s = out.studies[i];
            QVERIFY(s.id > 0);
            s.id = 0;
            QCOMPARE(s, in.studies[i]);
        }
        // every data field survives; a study without data has none
        QVERIFY(sameData(out.dataOf(out.outcomes.first().id, out.studies[0].id), fullData()));
        QVERIFY(!out.data.value(out.outcomes.first().id).contains(out.studies[1].id));
        const qint64 claimId = out.claims.first().id;
        QCOMPARE(out.stance(claimId, out.studies[0].id), Stance::Contradicting);
        QCOMPARE(out.stances[claimId][out.studies[0].id].taggedBy, QStringLiteral("me"));
        QCOMPARE(out.stance(claimId, out.studies[1].id), Stance::Untagged);
        const QList<Mechanism> m = out.mechanisms.value(claimId);
        QCOMPARE(m.size(), 3);
        QVERIFY(m[0].mostProbable && !m[1].mostProbable);
        QCOMPARE(m[0].steps, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(m[2].summary, QStringLiteral("Another"));
        QVERIFY(out.settings.value(claimId) == storedSettings());
        QCOMPARE(out.goldStandard.value(claimId).size(), 2);
        QCOMPARE(out.goldStandard.value(claimId)[0].followUp, QStringLiteral("12 weeks"));
        QCOMPARE(out.goldStandard.value(claimId)[1].design, Design::Cohort);
        QCOMPARE(out.grade.value(claimId).size(), 2);
        QCOMPARE(out.grade.value(claimId)[0].override, std::optional<int>(-2));
        QCOMPARE(out.grade.value(claimId)[1].override, std::optional<int>());
        QCOMPARE(out.conclusions.value(claimId), QStringLiteral("May make little or no difference"));
        const qint64 outcomeId = out.outcomes.first().id;
        QCOMPARE(out.risk.size(), 1);
        QCOMPARE(out.risk.value(outcomeId).value(out.studies[0].id), fullRob2());
        QCOMPARE(out.riskOfBias(outcomeId, out.studies[1].id), RobAssessment::empty(RobTool::RobinsI));
        QVERIFY(out.risk.value(outcomeId).contains(out.studies[1].id));
    }

    void riskOfBiasChanges()
    {
        QString error;
        auto store = ReviewStore::create(QStringLiteral(":memory:"), error);
        QVERIFY2(store, qPrintable(error));
        const qint64 outcomeId = store->addOutcome({0, QStringLiteral("Pain"), OutcomeType::Continuous, {}, {}});
        Study s;
        s.title = QStringLiteral("Cohort");
        s.design = Design::Cohort;
        const qint64 id = store->addStudies({s}).value(0);
        QVERIFY(id > 0);
        // none recorded: an empty appraisal of the tool the design calls for
        QCOMPARE(loaded(*store).riskOfBias(outcomeId, id), RobAssessment::empty(RobTool::RobinsI));
        RobAssessment a = RobAssessment::empty(RobTool::RobinsI);
        a.domains[6] = RobJudgement::Critical;
        a.domains[0] = RobJudgement::NoInformation;
        a.support[7] = QStringLiteral("Overall support");
        QVERIFY2(store->setRiskOfBias(outcomeId, {{id, a}}), qPrintable(store->lastError()));
        QCOMPARE(loaded(*store).riskOfBias(outcomeId, id), a);
        QCOMPARE(a.overallOrDerived(), RobJudgement::Critical); // the most severe domain decides
        // a judgement the tool does not have is refused by the file itself
        RobAssessment wrong = RobAssessment::empty(RobTool::Rob2);
        wrong.domains.removeLast();
        QVERIFY(!store->setRiskOfBias(outcomeId, {{id, wrong}}));
        QCOMPARE(loaded(*store).riskOfBias(outcomeId, id), a); // nothing half-written
        // removed: none recorded again; deleting the study takes its appraisal with it
        QVERIFY(store->setRiskOfBias(outcomeId, {{id, std::nullopt}}));
        QVERIFY(loaded(*store).risk.value(outcomeId).isEmpty());
        QVERIFY(store->setRiskOfBias(outcomeId, {{id, a}}));
        QVERIFY(store->removeStudies({id}));
        QVERIFY(loaded(*store).risk.value(outcomeId).isEmpty());
    }

    void migratesVersion4()
    {
        // file format 4 had no risk of bias and no assumed risk: nothing appraised, the assumed risk the default
        const QString path = m_dir.filePath(QStringLiteral("v4.evidence"));
        QVERIFY(buildFixture(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/review_v4.sql"), path));
        const QByteArray before = fileBytes(path);
        QString error;
        auto store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        const Review r = loaded(*store);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(r.outcomes.size(), 1);
        QCOMPARE(r.outcomes.first().timePoint, QStringLiteral("12 months"));
        QCOMPARE(r.claims.size(), 2);
        for (const Claim &c : r.claims)
            QVERIFY(std::isnan(c.assumedRisk));
        QVERIFY(r.risk.isEmpty());
        QCOMPARE(r.dataOf(1, 10).ai, 12.0);
        QCOMPARE(r.stance(4, 10), Stance::Supporting);
        // the first edit migrates the file; an appraisal and an assumed risk are then kept
        QVERIFY2(store->setRiskOfBias(1, {{10, fullRob2()}}), qPrintable(store->lastError()));
        Claim c = r.claims.first();
        c.assumedRisk = 0.04;
        QVERIFY(store->updateClaim(c));
        store.reset();
        store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        const Review again = loaded(*store);
        QCOMPARE(again.riskOfBias(1, 10), fullRob2());
        QCOMPARE(again.claims.first().assumedRisk, 0.04);
        QCOMPARE(again.studies, r.studies);
    }

    void changes()
    {
        QString error;
        auto store = ReviewStore::create(QStringLiteral(":memory:"), error);
        Review r = writeAndLoad(*store, fullReview());
        const qint64 claimId = r.claims.first().id;
        Study s = r.studies[1];
        s.year = 1999;
        const qint64 outcomeId = r.outcomes.first().id;
        synth::StudyInput data;
        data.yi = 0.25;
        QVERIFY(store->updateStudies({s}, outcomeId, {{s.id, data}}));
        QCOMPARE(loaded(*store).studies[1], s);
        QVERIFY(sameData(loaded(*store).dataOf(outcomeId, s.id), data));
        // deleting a study removes its tags; restoring it with its id (undo) brings the study back
        const Study first = r.studies[0];
        QVERIFY(store->removeStudies({first.id}));
        QCOMPARE(loaded(*store).stance(claimId, first.id), Stance::Untagged);
        QCOMPARE(store->addStudies({first}), QList<qint64> {first.id});
        QCOMPARE(loaded(*store).studies[0], first);
        // Untagged removes a tag
        QVERIFY(store->setStances(claimId, {{first.id, {Stance::Supporting, QStringLiteral("x"), {}}}}));
        QCOMPARE(loaded(*store).stance(claimId, first.id), Stance::Supporting);
        QVERIFY(store->setStances(claimId, {{first.id, {Stance::Untagged, {}, {}}}}));
        QVERIFY(loaded(*store).stances.value(claimId).isEmpty());
        // refinements can be removed (undo of "Refine claim")
        QVERIFY(store->removeRefinement(r.claims.first().refinements.last().id));
        QCOMPARE(loaded(*store).claims.first().currentText(), QStringLiteral("Refined once"));
        // removing a claim removes everything that hangs on it
        QVERIFY(store->removeClaim(claimId));
        const Review after = loaded(*store);
        QVERIFY(after.claims.isEmpty() && after.mechanisms.isEmpty() && after.settings.isEmpty()
                && after.goldStandard.isEmpty());
        QCOMPARE(after.studies.size(), 2);
        // a failing change leaves nothing behind: a study id that exists already aborts the whole batch
        Study dup = after.studies[0];
        Study fresh;
        fresh.title = QStringLiteral("fresh");
        QVERIFY(store->addStudies({fresh, dup}).isEmpty());
        QVERIFY(!store->lastError().isEmpty());
        QCOMPARE(loaded(*store).studies.size(), 2);
    }

    void cancelledAddRollsBack()
    {
        QString error;
        auto store = ReviewStore::create(QStringLiteral(":memory:"), error);
        QList<Study> many;
        for (int i = 0; i < 5000; ++i) {
            Study s;
            s.title = QStringLiteral("Study %1").arg(i);
            many.append(s);
        }
        int calls = 0;
        const QList<qint64> ids = store->addStudies(many, 0, {}, [&](qsizetype done) {
            ++calls;
            return done < 3000; // the reviewer cancels part way
        });
        QVERIFY(ids.isEmpty());
        QCOMPARE(calls, 3);
        QCOMPARE(store->studyCount(), 0); // rolled back: nothing of it stays
        QCOMPARE(store->addStudies(many).size(), 5000);
    }

    void migratesVersion3()
    {
        // file format 3 kept outcome data on the study: they become one outcome's, in one transaction
        const QString path = m_dir.filePath(QStringLiteral("v3.evidence"));
        QVERIFY(buildFixture(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/review_v3.sql"), path));
        const QByteArray before = fileBytes(path);
        QString error;
        auto store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        const Review r = loaded(*store);
        QCOMPARE(fileBytes(path), before); // reading migrates a copy; the file changes only with the first edit
        QCOMPARE(r.outcomes.size(), 1);
        const Outcome &o = r.outcomes.first();
        QCOMPARE(o.name, QStringLiteral("Any fracture")); // named as the review question's outcome
        QCOMPARE(o.type, OutcomeType::Dichotomous);
        QCOMPARE(r.claims.size(), 2);
        for (const Claim &c : r.claims)
            QCOMPARE(c.outcomeId, o.id); // every claim is about it
        QCOMPARE(r.claims.first().favoursLeft, QStringLiteral("Favours D"));
        QCOMPARE(r.studies.size(), 3);
        const synth::StudyInput a = r.dataOf(o.id, 10);
        QCOMPARE(a.ai, 12.0);
        QCOMPARE(a.n1i, 500.0);
        QCOMPARE(a.ci, 20.0);
        QCOMPARE(a.n2i, 498.0);
        QVERIFY(std::isnan(a.bi));
        QCOMPARE(r.dataOf(o.id, 11).yi, -0.2);
        QCOMPARE(r.dataOf(o.id, 11).vi, 0.04);
        QVERIFY(!r.data.value(o.id).contains(12)); // a reference without data has none
        QCOMPARE(r.studies.first().qualityTool, QStringLiteral("RoB 2"));
        QCOMPARE(r.stance(4, 10), Stance::Supporting);
        QCOMPARE(r.settings.value(4).measure, synth::Measure::RR);
        // the first edit writes the migration, and the file then opens as the current format
        QVERIFY(store->setInfo(r.info));
        store.reset();
        store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        const Review again = loaded(*store);
        QCOMPARE(again.outcomes, r.outcomes);
        QVERIFY(sameData(again.dataOf(o.id, 10), a));
    }

    void migratesVersion1()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.evidence"));
        {
            QFile sql(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/review_v1.sql"));
            QVERIFY(sql.open(QIODevice::ReadOnly));
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            d.setDatabaseName(path);
            QVERIFY(d.open());
            QSqlQuery q(d);
            const QStringList statements
                = QString::fromUtf8(sql.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
            for (QString s : statements) {
                s = s.trimmed();
                while (s.startsWith(QLatin1String("--")))
                    s = s.section(QLatin1Char('\n'), 1).trimmed();
                if (!s.isEmpty())
                    QVERIFY2(q.exec(s), qPrintable(s));
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        QString error;
        auto store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        const Review r = loaded(*store);
        QCOMPARE(r.info.title, QStringLiteral("Old review"));
        QCOMPARE(r.claims.size(), 1);
        QCOMPARE(r.claims.first().id, 7);
        QCOMPARE(r.claims.first().currentText(), QStringLiteral("Old claim, refined"));
        QCOMPARE(r.mechanisms.value(7).first().steps.size(), 2);
        QCOMPARE(r.studies.size(), 1);
        // (schema 1 kept data on the study: they are the data of one outcome, named as the review's outcome)
        QCOMPARE(r.outcomes.size(), 1);
        QCOMPARE(r.claims.first().outcomeId, r.outcomes.first().id);
        QCOMPARE(r.dataOf(r.outcomes.first().id, r.studies.first().id).ai, 4.0);
        QCOMPARE(r.studies.first().qualityTool, QString());
        QCOMPARE(r.stance(7, 3), Stance::Supporting);
        QCOMPARE(r.settings.value(7).method, synth::Method::DL);
        QCOMPARE(r.goldStandard.value(7).first().followUp, QStringLiteral("10 years"));
        // the new tables work
        QVERIFY(store->setGrade(7, {{QStringLiteral("risk_of_bias"), -1, std::nullopt, {}, {}}}, QStringLiteral("c")));
        QCOMPARE(loaded(*store).grade.value(7).size(), 1);
        store.reset();
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), ReviewStore::kSchemaVersion);
        d.close();
        q = QSqlQuery();
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void refusesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("refuse/newer version") << QStringLiteral("newer") << int(ReviewStore::OpenError::NewerVersion)
                                              << QStringLiteral("newer EvidenceDesk");
        QTest::newRow("refuse/text file") << QStringLiteral("text") << int(ReviewStore::OpenError::NotSqlite)
                                          << QStringLiteral("not an EvidenceDesk review");
        QTest::newRow("refuse/empty file") << QStringLiteral("empty") << int(ReviewStore::OpenError::NotSqlite)
                                           << QStringLiteral("not an EvidenceDesk review");
        QTest::newRow("refuse/other database")
            << QStringLiteral("other") << int(ReviewStore::OpenError::NotAReview) << QStringLiteral("another program");
        QTest::newRow("refuse/truncated")
            << QStringLiteral("truncated") << int(ReviewStore::OpenError::Damaged) << QStringLiteral("damaged");
        QTest::newRow("refuse/corrupt pages")
            << QStringLiteral("corrupt") << int(ReviewStore::OpenError::Damaged) << QStringLiteral("damaged");
        QTest::newRow("refuse/missing") << QStringLiteral("missing") << int(ReviewStore::OpenError::NotFound)
                                        << QStringLiteral("no such file");
    }

    void refusesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".evidence"));
        QString error;
        // a real review with enough studies to span many pages
        auto makeReview = [&] {
            auto store = ReviewStore::create(path, error);
            QList<Study> many;
            ReviewStore::StudyExtras extras;
            extras.outcomeId = store->addOutcome({0, QStringLiteral("Outcome"), OutcomeType::Generic, {}, {}});
            for (int i = 0; i < 400; ++i) {
                Study s;
                s.title = QStringLiteral("Study number %1 with a long enough title to fill pages").arg(i);
                many.append(s);
                synth::StudyInput d;
                d.yi = i;
                extras.data.append(d);
            }
            store->addStudies(many, 0, {}, {}, extras);
        };
        if (kind == QLatin1String("newer")) {
            makeReview();
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            d.setDatabaseName(path);
            d.open();
            QSqlQuery(d).exec(QStringLiteral("PRAGMA user_version = 99"));
            d.close();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("study,yi,vi\nA,1,2\n");
        } else if (kind == QLatin1String("other")) {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            d.setDatabaseName(path);
            d.open();
            QSqlQuery(d).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
            d.close();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("corrupt")) {
            makeReview();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(size / 2));
            } else { // two whole pages of the study table overwritten
                f.seek((size / 2) / 4096 * 4096);
                f.write(QByteArray(8192, '\x5a'));
            }
        }
        const QByteArray before = hashOf(path);
        const bool walBefore = QFile::exists(path + QStringLiteral("-wal"));
        ReviewStore::OpenError why = ReviewStore::OpenError::None;
        auto store = ReviewStore::open(path, error, &why);
        QVERIFY(!store);
        QCOMPARE(int(why), code);
        QVERIFY2(error.contains(message) && error.contains(path), qPrintable(error));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QFile::exists(path + QStringLiteral("-wal")), walBefore); // no files left beside it either
    }

    void openingReadsOnly()
    {
        // A review in another journal mode than EvidenceDesk's, as another program may leave it: opening and
        // reading it changes not a byte and leaves no file beside it; only the first change writes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.evidence"));
        QString error;
        {
            auto store = ReviewStore::create(path, error);
            QVERIFY2(store && writeExample(QStringLiteral("bcg"), *store, error), qPrintable(error));
        }
        rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
        const QByteArray before = hashOf(path);
        const QStringList files = filesIn(dir.path());
        {
            auto store = ReviewStore::open(path, error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(!store->isWritable());
            QCOMPARE(loaded(*store).studies.size(), 13);
            QCOMPARE(filesIn(dir.path()), files); // no -wal, no -shm while it is open
        }
        QCOMPARE(hashOf(path), before);
        QCOMPARE(filesIn(dir.path()), files);
        // the first change opens it for writing
        auto store = ReviewStore::open(path, error);
        QVERIFY(store->setInfo({QStringLiteral("Changed"), {}, {}, {}, {}, {}}));
        QVERIFY(store->isWritable());
        QCOMPARE(loaded(*store).info.title, QStringLiteral("Changed"));
    }

    void foreignWalIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wal/another review's") << QStringLiteral("review");
        QTest::newRow("wal/another database's") << QStringLiteral("database");
        QTest::newRow("wal/another review's, with its -shm") << QStringLiteral("review+shm");
    }

    void foreignWalIsRefusedAndLeftAlone()
    {
        // A -wal beside a review that is not its own (copied or restored without its partner): applying it would
        // put another review's pages into this one. It is refused, and the review and the -wal stay as they are.
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.evidence"));
        const QString other = dir.filePath(QStringLiteral("other.evidence"));
        QString error;
        {
            auto store = ReviewStore::create(path, error);
            QVERIFY2(store && writeExample(QStringLiteral("bcg"), *store, error), qPrintable(error));
        }
        // the other file, held open so that its -wal still holds its pages
        std::unique_ptr<ReviewStore> otherReview;
        if (kind == QLatin1String("database")) {
            rawSql(other, {QStringLiteral("PRAGMA journal_mode = WAL")});
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            d.setDatabaseName(other);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('note number %1')").arg(i)));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            q = QSqlQuery();
            d.close();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            otherReview = ReviewStore::create(other, error); // a review of its own (its own identity)
            QVERIFY2(otherReview && writeExample(QStringLiteral("hypertrophy"), *otherReview, error),
                     qPrintable(error));
            // copied while it is open: its -wal holds every page of it
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            if (kind == QLatin1String("review+shm"))
                QVERIFY(QFile::copy(other + QStringLiteral("-shm"), path + QStringLiteral("-shm")));
        }
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const QByteArray review = hashOf(path), wal = hashOf(path + QStringLiteral("-wal"));
        const QStringList files = filesIn(dir.path());
        ReviewStore::OpenError why = ReviewStore::OpenError::None;
        QVERIFY(!ReviewStore::open(path, error, &why));
        QCOMPARE(why, ReviewStore::OpenError::ForeignWal);
        QVERIFY2(error.contains(path + QStringLiteral("-wal")) && !error.contains(QLatin1Char('\n')),
                 qPrintable(error));
        QCOMPARE(hashOf(path), review);
        QCOMPARE(hashOf(path + QStringLiteral("-wal")), wal);
        QCOMPARE(filesIn(dir.path()), files);
        otherReview.reset();
        // moved away, the review opens as it was last saved
        QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
        QFile::remove(path + QStringLiteral("-shm"));
        auto store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(loaded(*store).claims.first().originalText,
                 QStringLiteral("BCG vaccination reduces the risk of tuberculosis."));
    }

    void ownWalIsRead()
    {
        // The -wal a crash leaves (here: a writer that has not checkpointed) is the review's own: it is read,
        // not refused, and not written back by a reader.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.evidence"));
        QString error;
        auto writer = ReviewStore::create(path, error);
        QVERIFY2(writer && writeExample(QStringLiteral("bcg"), *writer, error), qPrintable(error));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const QByteArray before = hashOf(path);
        auto reader = ReviewStore::open(path, error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(loaded(*reader).studies.size(), 13);
        reader.reset();
        QCOMPARE(hashOf(path), before); // a reader does not checkpoint
        // the same -wal without its -shm (copied with the review, the -shm left behind) is read as well
        const QString copy = dir.filePath(QStringLiteral("copy.evidence"));
        QVERIFY(QFile::copy(path, copy) && QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        const QStringList files = filesIn(dir.path());
        reader = ReviewStore::open(copy, error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(loaded(*reader).studies.size(), 13);
        reader.reset();
        QCOMPARE(filesIn(dir.path()), files);
    }

    void identityOfACopyIsItsOwn()
    {
        // Save a Copy gives the copy an identity of its own, so the original's -wal beside the copy is refused.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.evidence")),
                      copy = dir.filePath(QStringLiteral("c.evidence"));
        QString error;
        auto store = ReviewStore::create(path, error);
        QVERIFY2(store && writeExample(QStringLiteral("bcg"), *store, error), qPrintable(error));
        QVERIFY2(store->saveCopy(copy), qPrintable(store->lastError()));
        QVERIFY(!store->saveCopy(copy)); // never over an existing file
        QVERIFY(!store->saveCopy(path)); // nor over itself
        rawSql(path, {QStringLiteral("PRAGMA wal_autocheckpoint = 0")});
        QVERIFY(store->setInfo({QStringLiteral("After the copy"), {}, {}, {}, {}, {}}));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        ReviewStore::OpenError why = ReviewStore::OpenError::None;
        QVERIFY(!ReviewStore::open(copy, error, &why));
        QCOMPARE(why, ReviewStore::OpenError::ForeignWal);
    }

    void notARegularFile()
    {
        // a FIFO named like a review would block every command that reads it: refused at once
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifo.evidence"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QString error;
        ReviewStore::OpenError why = ReviewStore::OpenError::None;
        QVERIFY(!ReviewStore::open(path, error, &why));
        QCOMPARE(why, ReviewStore::OpenError::NotAFile);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!ReviewStore::open(dir.path(), error, &why)); // a folder
        QCOMPARE(why, ReviewStore::OpenError::NotAFile);
    }

    void concurrentImportSeesTheFirst()
    {
        // Duplicates are looked for inside the import's write transaction: the same records imported by another
        // connection while the first import holds the write lock wait for it, and are then all skipped.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.evidence"));
        QString error;
        QByteArray csv("title,year,doi\n");
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("Trial %1,2001,10.1/%1\n").arg(i).toUtf8();
        ReviewStore::create(path, error).reset();
        auto first = ReviewStore::open(path, error);
        QVERIFY(first);
        ReviewStore::ImportSummary a, b;
        std::atomic<bool> started = false, secondOk = false;
        QString secondError;
        QThread *second = QThread::create([&] { // a connection belongs to its thread: the store is made there
            QString e;
            auto store = ReviewStore::open(path, e);
            auto other = StudyReader::fromData(ImportFormat::Csv, csv, QStringLiteral("b.csv"));
            started = true;
            Outcome outcome;
            secondOk = store && store->importStudies(*other, 0, outcome, QStringLiteral("t"), b);
            secondError = store ? store->lastError() : e;
        });
        bool overlapped = false;
        auto reader = StudyReader::fromData(ImportFormat::Csv, csv, QStringLiteral("a.csv"));
        Outcome outcome;
        QVERIFY2(first->importStudies(*reader, 0, outcome, QStringLiteral("t"), a,
                                      [&](qsizetype done) {
                                          if (done == 1000) { // the first import holds the write lock
                                              second->start();
                                              while (!started)
                                                  QThread::yieldCurrentThread();
                                              QThread::msleep(50);
                                          }
                                          if (done == 3000) // still holding it: the second cannot have written
                                              overlapped = !second->isFinished();
                                          return true;
                                      }),
                 qPrintable(first->lastError()));
        QVERIFY(second->wait(60000));
        delete second;
        QVERIFY(overlapped);
        QVERIFY2(secondOk, qPrintable(secondError));
        QCOMPARE(a.ids.size(), 3000);
        QCOMPARE(b.ids.size(), 0);
        QCOMPARE(b.skipped.size(), 3000);
        QCOMPARE(first->studyCount(), 3000);
    }

    void readsAnOlderFileWithoutMigratingIt()
    {
        // a version 1 file is read as it is (through a migrated copy in memory); the first change migrates it
        const QString path = m_dir.filePath(QStringLiteral("v1-read.evidence"));
        QFile sql(QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/review_v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        QStringList statements;
        for (QString s : QString::fromUtf8(sql.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            s = s.trimmed();
            while (s.startsWith(QLatin1String("--")))
                s = s.section(QLatin1Char('\n'), 1).trimmed();
            if (!s.isEmpty())
                statements << s;
        }
        rawSql(path, statements);
        const QByteArray before = hashOf(path);
        QString error;
        auto store = ReviewStore::open(path, error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(loaded(*store).claims.first().currentText(), QStringLiteral("Old claim, refined"));
        store.reset();
        QCOMPARE(hashOf(path), before);
    }

    void createRefusesExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.evidence"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        QString error;
        QVERIFY(!ReviewStore::create(path, error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void createWhereNothingCanBeWritten()
    {
        // a folder that does not exist: SQLite cannot create the file (root cannot either)
        const QString path = m_dir.filePath(QStringLiteral("no such folder/new.evidence"));
        QString error;
        ReviewStore::OpenError why = ReviewStore::OpenError::None;
        QVERIFY(!ReviewStore::create(path, error, &why));
        QCOMPARE(why, ReviewStore::OpenError::CannotWrite);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList {}); // the failed connection is not left behind
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
