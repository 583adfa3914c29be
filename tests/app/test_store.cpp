// SPDX-License-Identifier: GPL-3.0-or-later
// The review file: every field round-trips (in memory and on disk), older files migrate, newer ones and
// files that are not reviews are refused and left byte-for-byte untouched.
#include "reviewstore.h"
#include "reviewload.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

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
    double *d = &s.data.ai;
    for (int i = 0; i < 15; ++i)
        d[i] = 1.5 + i;
    s.included = false;
    s.notes = QStringLiteral("n");
    s.extra = {{QStringLiteral("region"), QStringLiteral("north")}};
    Study t; // mostly empty: NaNs and empty strings must survive too
    t.title = QStringLiteral("Second");
    r.studies = {s, t};
    return r;
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
    const qint64 claimId = store.addClaim(in.claims.first());
    const QList<qint64> ids = store.addStudies(
        in.studies, claimId,
        {{Stance::Contradicting, QStringLiteral("me"), QDateTime(QDate(2026, 4, 1), QTime(2, 0), Qt::UTC)},
         {Stance::Untagged, {}, {}}});
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
    Q_UNUSED(ids);
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
        c.id = 0;
        QCOMPARE(c, in.claims.first());
        QCOMPARE(out.studies.size(), 2);
        for (int i = 0; i < 2; ++i) {
            Study s = out.studies[i];
            QVERIFY(s.id > 0);
            s.id = 0;
            QCOMPARE(s, in.studies[i]);
        }
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
    }

    void changes()
    {
        QString error;
        auto store = ReviewStore::create(QStringLiteral(":memory:"), error);
        Review r = writeAndLoad(*store, fullReview());
        const qint64 claimId = r.claims.first().id;
        Study s = r.studies[1];
        s.year = 1999;
        s.data.yi = 0.25;
        QVERIFY(store->updateStudies({s}));
        QCOMPARE(loaded(*store).studies[1], s);
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
        QCOMPARE(r.studies.first().data.ai, 4.0);
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
            for (int i = 0; i < 400; ++i) {
                Study s;
                s.title = QStringLiteral("Study number %1 with a long enough title to fill pages").arg(i);
                s.data.yi = i;
                many.append(s);
            }
            store->addStudies(many);
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
