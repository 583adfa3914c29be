// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded fuzzing of the importers (CSV, RIS, BibTeX): thousands of inputs mutated from the test corpus are read
// in-process. Every read ends (no abort, no exception), and a refusal is one line, "FILE:LINE: what" or
// "FILE:LINE:FIELD: what", with a line the input has. A sample of the refused inputs is imported into a review,
// which stays byte for byte as it was; a sample of the accepted ones adds exactly the records that are not
// duplicates; a few go through evidencedesk-cli, which exits with 0 or 2. The seed is fixed: a failure repeats.
#include "examples.h"
#include "importers.h"
#include "reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace evidencedesk;

namespace {

constexpr int kCasesPerFormat = 1500;
constexpr int kStoreSample = 25; // every 25th refused case also goes through the store (every 5th accepted one)
constexpr int kCliCases = 12; // per format, through the executable

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

/// Lines of `data` as the importers count them (LF, CRLF and CR each end one).
int lineCount(const QByteArray &data)
{
    int lines = 1;
    for (qsizetype i = 0; i < data.size(); ++i)
        if (data[i] == '\n' || (data[i] == '\r' && !(i + 1 < data.size() && data[i + 1] == '\n')))
            ++lines;
    return lines;
}

class Mutator {
public:
    explicit Mutator(quint32 seed) : m_random(seed) { }

    QByteArray mutate(const QList<QByteArray> &corpus)
    {
        QByteArray d = corpus[m_random.bounded(int(corpus.size()))];
        const int n = 1 + m_random.bounded(8);
        for (int i = 0; i < n; ++i) {
            const qsizetype at = d.isEmpty() ? 0 : m_random.bounded(int(d.size()));
            switch (m_random.bounded(8)) {
            case 0: // a byte changed to anything
                if (!d.isEmpty())
                    d[at] = char(m_random.bounded(256));
                break;
            case 1: // a token that means something to one of the formats
                d.insert(at, kTokens[m_random.bounded(int(std::size(kTokens)))]);
                break;
            case 2: // a range removed
                d.remove(at, m_random.bounded(64));
                break;
            case 3: { // a range repeated
                const QByteArray part = d.mid(at, m_random.bounded(200));
                d.insert(at, part.repeated(1 + m_random.bounded(20)));
                break;
            }
            case 4: // cut off
                d.truncate(at);
                break;
            case 5: { // part of another file of the corpus spliced in
                const QByteArray &other = corpus[m_random.bounded(int(corpus.size()))];
                if (!other.isEmpty())
                    d.insert(at, other.mid(m_random.bounded(int(other.size())), m_random.bounded(300)));
                break;
            }
            case 6: // every line end of one kind made another
                d.replace("\r\n", m_random.bounded(2) ? "\r" : "\n");
                break;
            default: // a run of a special character
                d.insert(at, QByteArray(1 + m_random.bounded(40), "\",{}@#\r\n\\%="[m_random.bounded(12)]));
                break;
            }
        }
        return d;
    }

private:
    static constexpr const char *kTokens[] = {"\"",
                                              "{",
                                              "}",
                                              "@string{a = a # a}",
                                              "@string{b = \"x\"}",
                                              "TY  - JOUR\n",
                                              "ER  - \n",
                                              "\r",
                                              "\r\n",
                                              "%1",
                                              "%2%3",
                                              "=cmd|' /C calc'!A0",
                                              "\xEF\xBB\xBF",
                                              "\xff",
                                              "\xc3\x28",
                                              "\xed\xa0\x80",
                                              "\0",
                                              ",,,,,,,,",
                                              "NA",
                                              "-1e308",
                                              "1e999",
                                              "@comment{",
                                              "\\\"{o}",
                                              "year = {20x1},",
                                              "yi,vi\n",
                                              "ai,bi,ci,di\n",
                                              "title,year,stance\n",
                                              "AU  - ",
                                              "PY  - 1999///\n"};
    QRandomGenerator m_random;
};

} // namespace

class TestFuzz : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_review;
    QByteArray m_reviewHash;

    QList<QByteArray> corpus(const QStringList &patterns)
    {
        QList<QByteArray> files;
        for (const QString &folder : {QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/import"),
                                      QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/import/malformed")}) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(patterns, QDir::Files)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    files << f.readAll();
            }
        }
        return files;
    }

private slots:
    void initTestCase()
    {
        m_review = m_dir.filePath(QStringLiteral("fuzz.evidence"));
        QString error;
        auto store = ReviewStore::create(m_review, error);
        QVERIFY2(store && writeExample(QStringLiteral("bcg"), *store, error), qPrintable(error));
        store.reset();
        m_reviewHash = hashOf(m_review);
    }

    void importers_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("fuzz/csv") << QStringLiteral("csv") << QStringList {QStringLiteral("*.csv")} << 19u;
        QTest::newRow("fuzz/ris") << QStringLiteral("ris") << QStringList {QStringLiteral("*.ris")} << 20u;
        QTest::newRow("fuzz/bibtex") << QStringLiteral("bib") << QStringList {QStringLiteral("*.bib")} << 21u;
    }

    void importers()
    {
        QFETCH(QString, suffix);
        QFETCH(QStringList, patterns);
        QFETCH(quint32, seed);
        const QList<QByteArray> files = corpus(patterns);
        QVERIFY(files.size() >= 3);
        const QString name = QStringLiteral("fuzz.") + suffix;
        static const QRegularExpression where(QStringLiteral("^fuzz\\.[a-z]+:(\\d+):(\\S*:)? "));
        Mutator mutator(seed);
        int refused = 0, accepted = 0, refusedThroughStore = 0, acceptedThroughStore = 0, throughCli = 0;
        for (int i = 0; i < kCasesPerFormat; ++i) {
            const QByteArray data = mutator.mutate(files);
            const auto reader = StudyReader::fromData(*importFormatFor(name), data, name);
            QList<ImportedStudy> records;
            ImportedStudy r;
            QString error;
            while (reader->next(r, error))
                records.append(r);
            const QByteArray shown = QByteArray::number(i) + ": " + error.left(300).toUtf8();
            if (!error.isEmpty()) {
                ++refused;
                QVERIFY2(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')), shown.constData());
                const QRegularExpressionMatch m = where.match(error);
                QVERIFY2(m.hasMatch(), shown.constData());
                const int line = m.captured(1).toInt();
                QVERIFY2(line >= 1 && line <= lineCount(data), shown.constData());
                QVERIFY2(error.size() < 600, shown.constData());
            } else {
                ++accepted;
            }
            // a sample of each outcome also goes through the store
            const bool throughStore = error.isEmpty() ? accepted % 5 == 1 : refused % kStoreSample == 1;
            const bool throughCliNow = i % (kCasesPerFormat / kCliCases) == 1;
            if (!throughStore && !throughCliNow)
                continue;
            const QString file = m_dir.filePath(name);
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(data);
            f.close();
            if (throughStore) {
                const QString review = m_dir.filePath(QStringLiteral("copy.evidence"));
                QFile::remove(review);
                QVERIFY(QFile::copy(m_review, review));
                QString e;
                auto store = ReviewStore::open(review, e);
                QVERIFY2(store, qPrintable(e));
                auto fileReader = StudyReader::open(file, e); // null: refused before the first record
                QVERIFY2(fileReader || !error.isEmpty(), qPrintable(e));
                ReviewStore::ImportSummary summary;
                Outcome outcome;
                const bool ok
                    = fileReader && store->importStudies(*fileReader, 0, outcome, QStringLiteral("fuzz"), summary);
                const int studies = store->studyCount();
                store.reset();
                QCOMPARE(ok, error.isEmpty());
                if (!ok) {
                    QCOMPARE(hashOf(review), m_reviewHash); // nothing of a refused import reaches the review
                    ++refusedThroughStore;
                } else {
                    QCOMPARE(summary.read, records.size());
                    QCOMPARE(summary.ids.size() + summary.skipped.size(), records.size());
                    QCOMPARE(studies, 13 + summary.ids.size());
                    ++acceptedThroughStore;
                }
            }
            if (throughCliNow) {
                const QString review = m_dir.filePath(QStringLiteral("cli.evidence"));
                QFile::remove(review);
                QVERIFY(QFile::copy(m_review, review));
                QProcess p;
                p.start(QStringLiteral(EVIDENCEDESK_CLI), {QStringLiteral("import"), review, file});
                QVERIFY(p.waitForFinished(60000));
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                QCOMPARE(p.exitCode(), error.isEmpty() ? 0 : 2);
                if (!error.isEmpty()) {
                    QCOMPARE(p.readAllStandardError().count('\n'), 1);
                    QCOMPARE(hashOf(review), m_reviewHash);
                }
                ++throughCli;
            }
        }
        qInfo("%s: %d refused, %d accepted; through the store %d refused, %d accepted; %d through the CLI",
              qPrintable(suffix), refused, accepted, refusedThroughStore, acceptedThroughStore, throughCli);
        // the mutations reach both outcomes, and both are checked through the store
        QVERIFY(refused > kCasesPerFormat / 10 && accepted > kCasesPerFormat / 50);
        QVERIFY(refusedThroughStore > 5 && acceptedThroughStore > 5);
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "test_fuzz.moc"
