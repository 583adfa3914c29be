// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing a user does with evidencedesk-cli can destroy a review (issue 19): no command writes over its input or
// any review, reading never writes (not even another review's -wal beside it), a FIFO does not hang a command,
// a read-only medium or a full disk is named as such, and every refusal is one line naming file, line and field.
#include "examples.h"
#include "pdftext.h"
#include "reviewfile.h"
#include "reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace evidencedesk;

namespace {

struct Run {
    int exitCode = -1; ///< -1: killed (it hung) or crashed
    QString out, err;
};

Run cli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(EVIDENCEDESK_CLI), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// A shell script run as root of a user and mount namespace of its own (tmpfs mounts without privileges);
/// nullopt where the system does not allow that.
std::optional<Run> inNamespace(const QString &script)
{
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return std::nullopt;
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    if (!p.waitForFinished(120000))
        return Run {};
    return Run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QString journalMode(const QString &path)
{
    QString mode;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
        d.setDatabaseName(QStringLiteral("file:%1?mode=ro").arg(path));
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
                mode = q.value(0).toString();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
    return mode;
}

QString sh(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

/// One line: a message on stderr and nothing else.
bool oneLine(const QString &err)
{
    return err.count(QLatin1Char('\n')) == 1 && err.endsWith(QLatin1Char('\n'));
}

} // namespace

class TestSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_review; ///< the BCG example, never changed by the tests
    QByteArray m_reviewHash;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(content);
        return path(name);
    }

    /// A fresh copy of the BCG review.
    QString review(const QString &name)
    {
        const QString p = path(name);
        QFile::remove(p);
        if (!QFile::copy(m_review, p))
            qFatal("cannot copy the review");
        return p;
    }

private slots:
    void initTestCase()
    {
        m_review = path(QStringLiteral("bcg.evidence"));
        QCOMPARE(cli({QStringLiteral("demo"), m_review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode,
                 0);
        m_reviewHash = hashOf(m_review);
    }

    void outputsNeverOverwriteAReview_data()
    {
        QTest::addColumn<QStringList>("args"); // REVIEW, OTHER and OUT are replaced by paths
        QTest::addColumn<QString>("target");
        const QString R = QStringLiteral("REVIEW"), O = QStringLiteral("OTHER");
        QTest::newRow("export over its review")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), R} << R;
        QTest::newRow("export over its review's -wal")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), R + QStringLiteral("-wal")}
            << R + QStringLiteral("-wal");
        QTest::newRow("export over another review")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), O} << O;
        QTest::newRow("export over a review named .csv")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), QStringLiteral("CSVREVIEW")}
            << QStringLiteral("CSVREVIEW");
        QTest::newRow("export through a link to its review")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), QStringLiteral("LINK")}
            << QStringLiteral("LINK");
        QTest::newRow("export over its review by another path")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), QStringLiteral("DOTTED")}
            << QStringLiteral("DOTTED");
        QTest::newRow("export to a new *.evidence")
            << QStringList {QStringLiteral("export"), R, QStringLiteral("--csv"), QStringLiteral("NEWREVIEW")}
            << QStringLiteral("NEWREVIEW");
        QTest::newRow("report over its review")
            << QStringList {QStringLiteral("report"), R, QStringLiteral("-o"), R} << R;
        QTest::newRow("report over another review")
            << QStringList {QStringLiteral("report"), R, QStringLiteral("-o"), O} << O;
        QTest::newRow("report over a review named .pdf")
            << QStringList {QStringLiteral("report"), R, QStringLiteral("-o"), QStringLiteral("PDFREVIEW")}
            << QStringLiteral("PDFREVIEW");
        QTest::newRow("plot over a review named .png")
            << QStringList {QStringLiteral("plot"), R, QStringLiteral("--forest"), QStringLiteral("-o"),
                            QStringLiteral("PNGREVIEW")}
            << QStringLiteral("PNGREVIEW");
    }

    void outputsNeverOverwriteAReview()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, target);
        const QString r = review(QStringLiteral("r.evidence")), o = review(QStringLiteral("other.evidence"));
        QHash<QString, QString> names {
            {QStringLiteral("REVIEW"), r},
            {QStringLiteral("OTHER"), o},
            {QStringLiteral("CSVREVIEW"), review(QStringLiteral("review.csv"))},
            {QStringLiteral("PDFREVIEW"), review(QStringLiteral("review.pdf"))},
            {QStringLiteral("PNGREVIEW"), review(QStringLiteral("review.png"))},
            {QStringLiteral("LINK"), path(QStringLiteral("link.csv"))},
            {QStringLiteral("DOTTED"), m_dir.path() + QStringLiteral("/./sub/../r.evidence")},
            {QStringLiteral("NEWREVIEW"), path(QStringLiteral("new.evidence"))}};
        QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
        QFile::remove(path(QStringLiteral("link.csv")));
        QVERIFY(QFile::link(r, path(QStringLiteral("link.csv"))));
        QFile::remove(path(QStringLiteral("new.evidence")));
        QHash<QString, QByteArray> before;
        for (const QString &p : names)
            before.insert(p, hashOf(p));
        for (QString &a : args) {
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                if (a.startsWith(it.key()))
                    a = it.value() + a.mid(it.key().size());
        }
        const QString out = names.value(target, r + QStringLiteral("-wal"));
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err) && run.err.contains(out), qPrintable(run.err));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(hashOf(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY(!QFile::exists(path(QStringLiteral("new.evidence"))));
    }

    void reportWantsPdf()
    {
        const QString out = write(QStringLiteral("notes.txt"), "my notes");
        const Run run = cli({QStringLiteral("report"), m_review, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err) && run.err.contains(QStringLiteral(".pdf")), qPrintable(run.err));
        QCOMPARE(hashOf(out), QCryptographicHash::hash("my notes", QCryptographicHash::Sha256));
    }

    void outputsAreReplacedWhole_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("REVIEW"),
                                                QStringLiteral("--csv"), QStringLiteral("OUT")}
                                << QStringLiteral("out.csv");
        QTest::newRow("report") << QStringList {QStringLiteral("report"), QStringLiteral("REVIEW"),
                                                QStringLiteral("-o"), QStringLiteral("OUT")}
                                << QStringLiteral("out.pdf");
        QTest::newRow("plot") << QStringList {QStringLiteral("plot"), QStringLiteral("REVIEW"),
                                              QStringLiteral("--funnel"), QStringLiteral("-o"), QStringLiteral("OUT")}
                              << QStringLiteral("out.png");
    }

    void outputsAreReplacedWhole()
    {
        // An output that exists is replaced by a new file (written beside it, then renamed over it), never
        // truncated and rewritten in place: a second name (hard link) of the old file keeps the old content.
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        const QString o = write(out, "the old file");
        const QString second = path(out + QStringLiteral(".old"));
        QFile::remove(second);
        QCOMPARE(::link(QFile::encodeName(o).constData(), QFile::encodeName(second).constData()), 0);
        args.replaceInStrings(QStringLiteral("REVIEW"), m_review).replaceInStrings(QStringLiteral("OUT"), o);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(hashOf(second), QCryptographicHash::hash("the old file", QCryptographicHash::Sha256));
        QVERIFY(QFileInfo(o).size() > 100);
        QCOMPARE(QDir(m_dir.path()).entryList({out + QStringLiteral("*")}, QDir::Files | QDir::Hidden).size(), 2);
    }

    void readingWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("analyze") << QStringList {QStringLiteral("analyze"), QStringLiteral("REVIEW")};
        QTest::newRow("analyze --json") << QStringList {QStringLiteral("analyze"), QStringLiteral("REVIEW"),
                                                        QStringLiteral("--json")};
        QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("REVIEW"),
                                                QStringLiteral("--csv"), QStringLiteral("OUT.csv")};
        QTest::newRow("plot") << QStringList {QStringLiteral("plot"), QStringLiteral("REVIEW"),
                                              QStringLiteral("--forest"), QStringLiteral("-o"),
                                              QStringLiteral("OUT.svg")};
        QTest::newRow("report") << QStringList {QStringLiteral("report"), QStringLiteral("REVIEW"),
                                                QStringLiteral("-o"), QStringLiteral("OUT.pdf")};
    }

    void readingWritesNothing()
    {
        // A review in the rollback-journal mode another program may leave it in: a command that reads it leaves
        // it byte for byte as it was, in its journal mode, with no file beside it.
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString r = dir.filePath(QStringLiteral("r.evidence"));
        QVERIFY(QFile::copy(m_review, r));
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("delete"));
            d.setDatabaseName(r);
            QVERIFY(d.open());
            QVERIFY(QSqlQuery(d).exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("delete"));
        const QByteArray before = hashOf(r);
        const qint64 modified = QFileInfo(r).lastModified().toMSecsSinceEpoch();
        args.replaceInStrings(QStringLiteral("REVIEW"), r)
            .replaceInStrings(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("read-out")));
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(hashOf(r), before);
        QCOMPARE(QFileInfo(r).lastModified().toMSecsSinceEpoch(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("r.evidence")});
        QCOMPARE(journalMode(r), QStringLiteral("delete"));
    }

    void anotherReviewsWalIsRefused()
    {
        // a -wal of another review beside this one (copied or restored without its partner): reading refuses it
        // and leaves both files as they were; nothing of the other review appears
        const QString r = review(QStringLiteral("stale.evidence"));
        const QString other = path(QStringLiteral("live.evidence"));
        QFile::remove(other);
        QString error;
        auto live = ReviewStore::create(other, error);
        QVERIFY2(live && writeExample(QStringLiteral("hypertrophy"), *live, error), qPrintable(error));
        QVERIFY(QFile::copy(walOf(other), walOf(r)));
        live.reset();
        const QByteArray review = hashOf(r), wal = hashOf(walOf(r));
        for (const QStringList &args :
             {QStringList {QStringLiteral("analyze"), r}, QStringList {QStringLiteral("analyze"), r},
              QStringList {QStringLiteral("export"), r, QStringLiteral("--csv"), path(QStringLiteral("stale.csv"))},
              QStringList {QStringLiteral("import"), r, write(QStringLiteral("one.csv"), "title\nOne\n")}}) {
            const Run run = cli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(oneLine(run.err) && run.err.contains(walOf(r)), qPrintable(run.err));
            QVERIFY(!run.out.contains(QStringLiteral("hypertrophy"), Qt::CaseInsensitive));
            QCOMPARE(hashOf(r), review);
            QCOMPARE(hashOf(walOf(r)), wal);
        }
    }

    void fifoDoesNotHang_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("analyze") << QStringList {QStringLiteral("analyze"), QStringLiteral("FIFO")};
        QTest::newRow("import") << QStringList {QStringLiteral("import"), QStringLiteral("FIFO"),
                                                QStringLiteral("CSV")};
        QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("FIFO"),
                                                QStringLiteral("--csv"), QStringLiteral("OUT")};
        QTest::newRow("report") << QStringList {QStringLiteral("report"), QStringLiteral("FIFO"), QStringLiteral("-o"),
                                                QStringLiteral("OUT.pdf")};
        QTest::newRow("demo") << QStringList {QStringLiteral("demo"), QStringLiteral("FIFO")};
    }

    void fifoDoesNotHang()
    {
        QFETCH(QStringList, args);
        const QString fifo = path(QStringLiteral("fifo.evidence"));
        if (!QFileInfo::exists(fifo))
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        args.replaceInStrings(QStringLiteral("FIFO"), fifo)
            .replaceInStrings(QStringLiteral("CSV"), write(QStringLiteral("fifo-in.csv"), "title\nOne\n"))
            .replaceInStrings(QStringLiteral("OUT"), path(QStringLiteral("fifo-out.csv")));
        const Run run = cli(args, 20000);
        QCOMPARE(run.exitCode, 2); // -1 if it hung and was killed
        QVERIFY2(oneLine(run.err) && run.err.contains(fifo), qPrintable(run.err));
    }

    void readOnlyMediumAndFullDisk()
    {
        // A healthy review on a read-only file system can be read; changing it is refused with what is true.
        // On a full disk an import fails saying so and changes nothing, and a review cannot be created there,
        // leaving nothing behind.
        const QString mnt = path(QStringLiteral("mnt"));
        QDir().mkpath(mnt);
        const QString csv = write(QStringLiteral("many.csv"), [] {
            QByteArray b("title,year,abstract\n");
            for (int i = 0; i < 4000; ++i)
                b += QStringLiteral("Trial %1,2001,%2\n").arg(i).arg(QString(200, QLatin1Char('x'))).toUtf8();
            return b;
        }());
        const QString cliPath = sh(QStringLiteral(EVIDENCEDESK_CLI)), r = sh(mnt + QStringLiteral("/r.evidence"));
        const auto run = inNamespace(
            QStringLiteral("mount -t tmpfs -o size=2m tmpfs %1 && cp %2 %3 && mount -o remount,ro %1 && "
                           "%4 analyze %3 >/dev/null; echo \"analyze $?\"; %4 import %3 %5; echo \"import $?\"; "
                           "%4 demo %1/new.evidence; echo \"demo $?\"; sha256sum %3")
                .arg(sh(mnt), sh(m_review), r, cliPath, sh(csv)));
        if (!run)
            QSKIP("no user namespaces here: unshare -rm is refused");
        QVERIFY2(run->out.contains(QStringLiteral("analyze 0")), qPrintable(run->out + run->err));
        QVERIFY2(run->out.contains(QStringLiteral("import 2")) && run->out.contains(QStringLiteral("demo 2")),
                 qPrintable(run->out));
        QVERIFY2(run->err.contains(QStringLiteral("read-only")) && !run->err.contains(QStringLiteral("damaged")),
                 qPrintable(run->err));
        QVERIFY(run->out.contains(QString::fromLatin1(m_reviewHash.toHex())));

        const auto full = inNamespace(
            QStringLiteral("mount -t tmpfs -o size=1m tmpfs %1 && cp %2 %3 && sha256sum %3 && "
                           "(dd if=/dev/zero of=%1/fill bs=4k 2>/dev/null; true) && "
                           "%4 import %3 %5; echo \"import $?\"; %4 analyze %3 >/dev/null; echo \"analyze $?\"; "
                           "sha256sum %3; ls %1; rm %1/fill; dd if=/dev/zero of=%1/fill bs=4k count=8 2>/dev/null; "
                           "(dd if=/dev/zero of=%1/fill2 bs=1k 2>/dev/null; true); "
                           "%4 demo %1/new.evidence; echo \"demo $?\"; ls %1")
                .arg(sh(mnt), sh(m_review), r, cliPath, sh(csv)));
        QVERIFY(full);
        QVERIFY2(full->out.contains(QStringLiteral("import 2")) && full->out.contains(QStringLiteral("analyze 0"))
                     && full->out.contains(QStringLiteral("demo 2")),
                 qPrintable(full->out + full->err));
        QVERIFY2(full->err.contains(QStringLiteral("disk is full")) && !full->err.contains(QStringLiteral("damaged")),
                 qPrintable(full->err));
        QCOMPARE(full->out.count(QString::fromLatin1(m_reviewHash.toHex())), 2); // before and after the import
        QVERIFY2(!full->out.contains(QStringLiteral("new.evidence")), qPrintable(full->out)); // nor its -wal, -shm
    }

    void readOnlyFolderAndFile()
    {
        // As a user who may not write the folder (or the file): reading works, a change is refused saying why.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup));
        const QString folder = dir.filePath(QStringLiteral("ro")), writable = dir.filePath(QStringLiteral("rw"));
        QVERIFY(QDir().mkpath(folder) && QDir().mkpath(writable));
        const QString inFolder = folder + QStringLiteral("/r.evidence"),
                      readOnly = writable + QStringLiteral("/r.evidence");
        QVERIFY(QFile::copy(m_review, inFolder) && QFile::copy(m_review, readOnly));
        const QString csv = dir.filePath(QStringLiteral("ro.csv"));
        QVERIFY(QFile::copy(write(QStringLiteral("ro.csv"), "title\nOne\n"), csv));
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(csv, everyone));
        QVERIFY(QFile::setPermissions(inFolder, everyone) && QFile::setPermissions(readOnly, everyone));
        QVERIFY(QFile::setPermissions(
            folder, everyone | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(writable,
                                      everyone | QFileDevice::WriteOther | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                          | QFileDevice::ExeOther));
        auto asNobody = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral("setpriv"),
                    QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), QStringLiteral(EVIDENCEDESK_CLI)}
                        + args);
            p.waitForFinished(60000);
            return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        };
        const Run probe = asNobody({QStringLiteral("--version")});
        if (probe.exitCode != 0)
            QSKIP("cannot run evidencedesk-cli as another user here (setpriv)");
        for (const QString &r : {inFolder, readOnly}) {
            QCOMPARE(asNobody({QStringLiteral("analyze"), r}).exitCode, 0);
            const Run import = asNobody({QStringLiteral("import"), r, csv});
            QCOMPARE(import.exitCode, 2);
            QVERIFY2(oneLine(import.err) && import.err.contains(QStringLiteral("read-only"))
                         && !import.err.contains(QStringLiteral("damaged")),
                     qPrintable(import.err));
            QCOMPARE(hashOf(r), m_reviewHash);
        }
        QVERIFY(asNobody({QStringLiteral("import"), inFolder, csv}).err.contains(QStringLiteral("folder")));
        QVERIFY(asNobody({QStringLiteral("import"), readOnly, csv}).err.contains(QStringLiteral("file is read-only")));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("r.evidence")});
    }

    void messagesNameTheRowAndFitOnALine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("where");
        const QStringList gen {QStringLiteral("--measure"), QStringLiteral("GEN")};
        QTest::newRow("engine error names the row")
            << QStringLiteral("zero.csv") << QByteArray("study,yi,vi\nA,0.1,0.04\nB,0.3,0\nC,0.2,0.1\n") << gen
            << QStringLiteral("zero.csv:3:vi: ");
        QTest::newRow("a long value is shortened")
            << QStringLiteral("long.csv") << QByteArray("study,yi,vi\nA,") + QByteArray(1 << 20, '7') + "x,0.1\n"
            << gen << QStringLiteral("long.csv:2:yi: ");
        QTest::newRow("a line break in a value")
            << QStringLiteral("break.csv") << QByteArray("study,yi,vi\nA,\"1\n2\",0.1\n") << gen
            << QStringLiteral("break.csv:2:yi: ");
        QTest::newRow("percent signs in the file name")
            << QStringLiteral("trial%1%2.csv") << QByteArray("study,yi,vi\nA,0.1,0.1\nB,x,0.1\n") << gen
            << QStringLiteral("trial%1%2.csv:3:yi: ");
        QTest::newRow("import: percent signs in the file name")
            << QStringLiteral("trial%1.csv") << QByteArray("title,year\nA,2001\nB,20x1\n")
            << QStringList {QStringLiteral("import"), QStringLiteral("REVIEW")}
            << QStringLiteral("trial%1.csv:3:year: ");
        QTest::newRow("import: invalid UTF-8")
            << QStringLiteral("latin1.csv") << QByteArray("title,year\nA,2001\nM\xfcller,2002\n")
            << QStringList {QStringLiteral("import"), QStringLiteral("REVIEW")} << QStringLiteral("latin1.csv:3: ");
    }

    void messagesNameTheRowAndFitOnALine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, args);
        QFETCH(QString, where);
        const QString p = write(file, content);
        const QString r = review(QStringLiteral("messages.evidence"));
        const Run run = args.first() == QLatin1String("import")
            ? cli({QStringLiteral("import"), r, p})
            : cli(QStringList {QStringLiteral("analyze"), p} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err), qPrintable(run.err.left(500)));
        QVERIFY2(run.err.startsWith(QStringLiteral("evidencedesk-cli: ") + m_dir.filePath(where)),
                 qPrintable(run.err.left(500)));
        QVERIFY2(run.err.size() < 300, qPrintable(run.err.left(500)));
        QCOMPARE(hashOf(r), m_reviewHash);
    }

    void percentSignsInUserTextStayAsWritten()
    {
        // a subgroup named "%1" is a name, not a place for the next number (report and analysis)
        const QString r = review(QStringLiteral("percent.evidence"));
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("percent"));
            d.setDatabaseName(r);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("UPDATE study SET extra = json_object('arm', CASE WHEN id % 2 = 0 THEN "
                                          "'%1' ELSE 'arm %2' END)")));
            QVERIFY(q.exec(QStringLiteral("UPDATE synthesis_settings SET subgroup = 'arm'")));
            q = QSqlQuery();
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("percent"));
        const Run analysis = cli({QStringLiteral("analyze"), r});
        QCOMPARE(analysis.exitCode, 0);
        QVERIFY2(analysis.out.contains(QStringLiteral("\n%1 ")) && analysis.out.contains(QStringLiteral("arm %2")),
                 qPrintable(analysis.out));
        const QString pdf = path(QStringLiteral("percent.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), r, QStringLiteral("-o"), pdf}).exitCode, 0);
        const QString text = pdfPageTexts(pdf).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("%1 ")) && text.contains(QStringLiteral("arm %2")), qPrintable(text));
    }

    void hugeForestImageIsRefused()
    {
        // a forest plot of 20,000 studies as a 300 dpi PNG would need gigabytes: refused before it is drawn
        QByteArray csv("study,ai,n1i,ci,n2i\n"); // risk ratios, as the BCG claim's settings
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("S%1,%2,100,%3,100\n")
                       .arg(QString::number(i), QString::number(1 + i % 30), QString::number(1 + i % 23))
                       .toUtf8();
        const QString r = path(QStringLiteral("large.evidence"));
        QFile::remove(r);
        QCOMPARE(cli({QStringLiteral("demo"), r, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), r, write(QStringLiteral("large.csv"), csv)}).exitCode, 0);
        const Run run = cli({QStringLiteral("plot"), r, QStringLiteral("--forest"), QStringLiteral("-o"),
                             path(QStringLiteral("large.png")), QStringLiteral("--dpi"), QStringLiteral("300")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err) && run.err.contains(QStringLiteral("PDF")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("large.png"))));
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "test_safety.moc"
