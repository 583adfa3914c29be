// SPDX-License-Identifier: GPL-3.0-or-later
// The review file survives a crash: a child process importing a large CSV is killed with SIGKILL at
// random moments; afterwards the file passes PRAGMA integrity_check and holds all of the import or none.
// Two imports of the same file at once add its studies once: duplicates are looked for inside the write
// transaction, which the second import waits for.
#include "reviewstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace evidencedesk;

namespace {

constexpr int kRows = 40000;
constexpr int kKills = 24;

QString integrity(const QString &path, int &studies)
{
    QString result;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        d.setDatabaseName(path);
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
            if (q.exec(QStringLiteral("SELECT count(*) FROM study")) && q.next())
                studies = q.value(0).toInt();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_csv, m_base;
    int m_baseCount = 0;

    QProcess *startImport(const QString &review)
    {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(EVIDENCEDESK_CLI), {QStringLiteral("import"), review, m_csv});
        p->waitForStarted();
        return p;
    }

private slots:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("large.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("study,authors,title,year,journal,design,quality,yi,vi,region\n");
        for (int i = 0; i < kRows; ++i)
            f.write(
                QStringLiteral(
                    "S%1,\"Author %1, A.; Other, B.\",Trial number %1 of a large import,%2,Journal,rct,%3,%4,%5,r%6\n")
                    .arg(i)
                    .arg(1990 + i % 30)
                    .arg(i % 100)
                    .arg((i % 17) / 10.0)
                    .arg(0.01 + (i % 13) / 100.0)
                    .arg(i % 4)
                    .toUtf8());
        f.close();
        m_base = m_dir.filePath(QStringLiteral("base.evidence"));
        QProcess demo;
        demo.start(QStringLiteral(EVIDENCEDESK_CLI),
                   {QStringLiteral("demo"), m_base, QStringLiteral("--example"), QStringLiteral("bcg")});
        QVERIFY(demo.waitForFinished() && demo.exitCode() == 0);
        QCOMPARE(integrity(m_base, m_baseCount), QStringLiteral("ok"));
        QCOMPARE(m_baseCount, 13);
    }

    void killedImportsAreAllOrNothing()
    {
        // how long an import takes when left alone
        const QString whole = m_dir.filePath(QStringLiteral("whole.evidence"));
        QVERIFY(QFile::copy(m_base, whole));
        QElapsedTimer timer;
        timer.start();
        QProcess *p = startImport(whole);
        QVERIFY(p->waitForFinished(120000));
        const qint64 duration = timer.elapsed();
        QCOMPARE(p->exitCode(), 0);
        int count = 0;
        QCOMPARE(integrity(whole, count), QStringLiteral("ok"));
        QCOMPARE(count, m_baseCount + kRows);

        QRandomGenerator random(20261129);
        int none = 0, all = 0;
        for (int i = 0; i < kKills; ++i) {
            const QString review = m_dir.filePath(QStringLiteral("kill%1.evidence").arg(i));
            QVERIFY(QFile::copy(m_base, review));
            QProcess *child = startImport(review);
            QThread::msleep(static_cast<unsigned long>(random.bounded(qMax<qint64>(2, duration * 11 / 10))));
            child->kill(); // SIGKILL
            QVERIFY(child->waitForFinished(10000));
            count = -1;
            QCOMPARE(integrity(review, count), QStringLiteral("ok"));
            QVERIFY2(count == m_baseCount || count == m_baseCount + kRows,
                     qPrintable(QStringLiteral("kill %1: %2 studies").arg(i).arg(count)));
            (count == m_baseCount ? none : all) += 1;
            // and the review still opens and is usable
            QString error;
            auto store = ReviewStore::open(review, error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->studyCount(), count);
        }
        qInfo("%d kills: %d left none of the import, %d all of it (an import takes %lld ms)", kKills, none, all,
              duration);
        QVERIFY(none > 0); // the kills did land during imports
    }

    void concurrentImportsAddOnce()
    {
        constexpr int kRounds = 12;
        int waited = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QString review = m_dir.filePath(QStringLiteral("concurrent%1.evidence").arg(round));
            QVERIFY(QFile::copy(m_base, review));
            QProcess *a = startImport(review);
            QProcess *b = startImport(review);
            QVERIFY(a->waitForFinished(120000) && b->waitForFinished(120000));
            QCOMPARE(a->exitCode(), 0);
            QCOMPARE(b->exitCode(), 0);
            int count = -1;
            QCOMPARE(integrity(review, count), QStringLiteral("ok"));
            QVERIFY2(count == m_baseCount + kRows,
                     qPrintable(QStringLiteral("round %1: %2 studies").arg(round).arg(count)));
            // one of the two added every study, the other skipped them all as duplicates
            const QString out = QString::fromUtf8(a->readAllStandardOutput() + b->readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("%1 records of").arg(kRows))
                         && out.contains(QStringLiteral(": %1 studies added").arg(kRows))
                         && out.contains(QStringLiteral(": 0 studies added")),
                     qPrintable(out.left(400)));
            waited += 1;
        }
        QCOMPARE(waited, kRounds);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
