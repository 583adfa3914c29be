// SPDX-License-Identifier: GPL-3.0-or-later
// Importers: good files parse to the right fields; each malformed file stops the import with its line
// and field, exit status 2, and the review unchanged byte for byte; duplicates are skipped and
// reported; export then import gives the same studies.
#include "importers.h"
#include "reviewload.h"
#include "reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

const QString kData = QStringLiteral(EVIDENCEDESK_TEST_DATA_DIR "/import");

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(EVIDENCEDESK_CLI), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

/// Parses `content` as the type `file` names, in memory.
bool readAll(const QString &file, const QByteArray &content, QList<ImportedStudy> &out, QString &error)
{
    const auto reader = StudyReader::fromData(*importFormatFor(file), content, file);
    ImportedStudy r;
    out.clear();
    while (reader->next(r, error))
        out.append(r);
    return error.isEmpty();
}

QList<ImportedStudy> read(const QString &name)
{
    QList<ImportedStudy> out;
    QString error;
    if (!readStudies(kData + QLatin1Char('/') + name, out, error))
        qWarning("%s", qPrintable(error));
    return out;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    /// The data row's `content`, read as `file`, is refused with one short line starting with `where` (and saying
    /// `what`).
    void refusedAt(const QString &what = {})
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QList<ImportedStudy> out;
        QString error;
        QVERIFY(!readAll(file, content, out, error));
        QVERIFY2(error.startsWith(where) && error.contains(what) && error.size() < 200 && !error.contains(u'\n'),
                 qPrintable(error.left(300)));
    }

private slots:
    void risZoteroCrlf()
    {
        const QList<ImportedStudy> r = read(QStringLiteral("zotero_crlf.ris"));
        QCOMPARE(r.size(), 2);
        const Study &a = r[0].study;
        QCOMPARE(a.authors, QStringLiteral("Schoenfeld, Brad J.; Grgic, Jozo"));
        QCOMPARE(a.title,
                 QStringLiteral("Loading recommendations for muscle strength, hypertrophy, and local endurance: "
                                "a re-examination of the repetition continuum")); // continuation line joined
        QCOMPARE(a.year, 2021);
        QCOMPARE(a.journal, QStringLiteral("Sports"));
        QCOMPARE(a.doi, QStringLiteral("10.3390/sports9020032"));
        QCOMPARE(a.url, QStringLiteral("https://www.mdpi.com/2075-4663/9/2/32"));
        QCOMPARE(a.extra.value(QStringLiteral("abstract")).toString(),
                 QStringLiteral("Training to failure with light or heavy loads."));
        const Study &b = r[1].study;
        QCOMPARE(b.authors, QStringLiteral("Lasevicius, Thiago"));
        QCOMPARE(b.year, 2018);
        QCOMPARE(b.journal, QStringLiteral("European Journal of Sport Science"));
        QCOMPARE(b.pmid, QStringLiteral("29359641"));
        QCOMPARE(r[1].line, 13);
    }

    void risEndnoteBom()
    {
        const QList<ImportedStudy> r = read(QStringLiteral("endnote_bom.ris"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].study.authors, QStringLiteral("M\u00fcller, J\u00fcrgen"));
        QCOMPARE(r[0].study.journal, QStringLiteral("Deutsche Zeitschrift f\u00fcr Sportmedizin"));
        QCOMPARE(r[0].study.year, 2019);
    }

    void bibtex()
    {
        const QList<ImportedStudy> r = read(QStringLiteral("library.bib"));
        QCOMPARE(r.size(), 3); // @comment and @string are not entries
        QCOMPARE(r[0].study.authors, QStringLiteral("Schoenfeld, Brad J.; Ogborn, Dan; Krieger, James W."));
        QCOMPARE(r[0].study.title,
                 QStringLiteral("Effects of Resistance Training Frequency on Measures of Muscle Hypertrophy: "
                                "A Systematic Review and Meta-Analysis"));
        QCOMPARE(r[0].study.year, 2016);
        QCOMPARE(r[0].study.doi, QStringLiteral("10.1007/s40279-016-0543-8"));
        QCOMPARE(r[1].study.authors, QStringLiteral("Lasevi\u010dius, Thiago; Ugrinowitsch, Carlos"));
        QCOMPARE(r[1].study.journal, QStringLiteral("European Journal of Sport Science")); // @string macro
        QCOMPARE(r[1].study.pmid, QStringLiteral("29359641"));
        QCOMPARE(
            r[2].study.authors,
            QStringLiteral(
                "S\u00f8rensen, \u00c5se; Garc\u00eda, Jos\u00e9; M\u00fcller, J\u00fcrgen; Fran\u00e7ois, L\u00e9a"));
        QCOMPARE(r[2].study.title, QStringLiteral("The \u00d6sterreich study \u2013 pilot results")); // # concatenation
        QCOMPARE(r[2].study.journal, QStringLiteral("Proceedings of the Nordic Congress"));
        QCOMPARE(r[2].study.notes, QStringLiteral("R&D report, 50% sample"));
        QCOMPARE(r[2].line, 23);
    }

    void latex_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("latex/umlaut") << QStringLiteral("M\\\"uller") << QStringLiteral("M\u00fcller");
        QTest::newRow("latex/braced accent") << QStringLiteral("{\\'e}t{\\'{e}}") << QStringLiteral("\u00e9t\u00e9");
        QTest::newRow("latex/cedilla") << QStringLiteral("Fran\\c{c}ois") << QStringLiteral("Fran\u00e7ois");
        QTest::newRow("latex/caron space") << QStringLiteral("\\v c") << QStringLiteral("\u010d");
        QTest::newRow("latex/dotless i") << QStringLiteral("Garc\\'{\\i}a") << QStringLiteral("Garc\u00eda");
        QTest::newRow("latex/symbols") << QStringLiteral("\\ss{} \\o{} \\AA{} \\ae")
                                       << QStringLiteral("\u00df \u00f8 \u00c5 \u00e6");
        QTest::newRow("latex/escapes") << QStringLiteral("50\\% \\& \\$5 a\\_b") << QStringLiteral("50% & $5 a_b");
        QTest::newRow("latex/dashes") << QStringLiteral("1--2 a---b") << QStringLiteral("1\u20132 a\u2014b");
        QTest::newRow("latex/protecting braces")
            << QStringLiteral("{DNA} of {{The}} Title") << QStringLiteral("DNA of The Title");
        QTest::newRow("latex/unknown command") << QStringLiteral("\\emph{very} big") << QStringLiteral("very big");
    }

    void latex()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(decodeLatex(in), out);
    }

    void csvWithCitationColumns()
    {
        const QList<ImportedStudy> r = read(QStringLiteral("studies.csv"));
        QCOMPARE(r.size(), 3);
        for (const ImportedStudy &s : r)
            QCOMPARE(s.study.design, Design::Rct); // "rct", "RCT", "randomized controlled trial"
        QCOMPARE(r[0].study.quality, 62.0);
        QVERIFY(std::isnan(r[2].study.quality));
        QCOMPARE(r[0].stance, std::optional<Stance>(Stance::Supporting));
        QCOMPARE(r[2].stance, std::optional<Stance>(Stance::Contradicting));
        QCOMPARE(r[0].data.sd2i, 3.4);
        QCOMPARE(r[0].study.doi, QStringLiteral("10.1152/japplphysiol.00307.2012"));
        QCOMPARE(r[1].study.extra.value(QStringLiteral("training_status")).toString(), QStringLiteral("trained"));
        QCOMPARE(r[2].line, 4);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QFile f(kData + QStringLiteral("/malformed/EXPECTED"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (l.startsWith(QLatin1Char('#')))
                continue;
            const QStringList p = l.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QTest::newRow(qPrintable(QStringLiteral("malformed/") + p[0]))
                << p[0] << p[1].toInt() << (p[2] == QLatin1String("-") ? QString() : p[2]);
            ++rows;
        }
        QVERIFY(rows >= 20);
        // every file of the corpus has its expectation
        QCOMPARE(QDir(kData + QStringLiteral("/malformed"))
                     .entryList({QStringLiteral("*.csv"), QStringLiteral("*.ris"), QStringLiteral("*.bib")})
                     .size(),
                 rows);
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, field);
        const QString review = m_dir.filePath(file + QStringLiteral(".evidence"));
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const QByteArray before = hashOf(review);
        const QString path = kData + QStringLiteral("/malformed/") + file;
        const Run r = cli({QStringLiteral("import"), review, path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        // FILE:LINE: what, or FILE:LINE:FIELD: what
        const QString where = QStringLiteral("%1:%2:").arg(path, QString::number(line));
        QVERIFY2(r.err.contains(field.isEmpty() ? where + QLatin1Char(' ') : where + field + QStringLiteral(": ")),
                 qPrintable(r.err));
        QCOMPARE(hashOf(review), before);
        // into a review that does not exist: nothing is created
        const QString absent = m_dir.filePath(file + QStringLiteral(".new.evidence"));
        QCOMPARE(cli({QStringLiteral("import"), absent, path}).exitCode, 2);
        QVERIFY(!QFile::exists(absent));
    }

    void lineNumbersWithEveryLineEnd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where"); // FILE:LINE:FIELD:
        QTest::newRow("ris/CR only")
            << QStringLiteral("a.ris")
            << QByteArray("TY  - JOUR\rTI  - A\rPY  - 2001\rER  - \r\rTY  - JOUR\rTI  - B\rPY  - nope\rER  - \r")
            << QStringLiteral("a.ris:8:PY:");
        QTest::newRow("bibtex/CR only") << QStringLiteral(
            "a.bib") << QByteArray("@article{a,\r title={A},\r year={2001}}\r@article{b,\r title={B},\r year={20x1}}\r")
                                        << QStringLiteral("a.bib:6:year:");
        QTest::newRow("bibtex/CRLF") << QStringLiteral("a.bib")
                                     << QByteArray("@article{a,\r\n title={A},\r\n year={2001}}\r\n@article{b,\r\n "
                                                   "title={B},\r\n year={20x1}}\r\n")
                                     << QStringLiteral("a.bib:6:year:");
        QTest::newRow("csv/CR only, a line break in a field")
            << QStringLiteral("a.csv") << QByteArray("title,year\r\"A\rmulti\",2001\rB,20x1\r")
            << QStringLiteral("a.csv:4:year:");
        QTest::newRow("csv/CRLF in a field")
            << QStringLiteral("a.csv") << QByteArray("title,year\r\n\"A\r\nB\",2001\r\nC,x\r\n")
            << QStringLiteral("a.csv:4:year:");
    }

    void lineNumbersWithEveryLineEnd() { refusedAt(); }

    void invalidUtf8NamesItsLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("csv") << QStringLiteral("a.csv") << QByteArray("title\nA\nM\xfcller\n")
                             << QStringLiteral("a.csv:3: ");
        QTest::newRow("csv/in a quoted field")
            << QStringLiteral("a.csv") << QByteArray("title\n\"A\n\xc3\x28\"\n") << QStringLiteral("a.csv:3: ");
        QTest::newRow("ris") << QStringLiteral("a.ris")
                             << QByteArray("TY  - JOUR\nTI  - A\nER  - \n\nTY  - JOUR\nAU  - M\xfcller\n")
                             << QStringLiteral("a.ris:6: ");
        QTest::newRow("bibtex") << QStringLiteral("a.bib")
                                << QByteArray("@article{a,\n title={A},\n author={M\xed\xa0\x80}}\n")
                                << QStringLiteral("a.bib:3: ");
    }

    void invalidUtf8NamesItsLine() { refusedAt(QStringLiteral("UTF-8")); }

    void byteOrderMarkIsNotPartOfAName()
    {
        // a header whose first name carries a byte-order mark that was not the file's first (a file saved twice
        // with one), or inside quotes: the column is "study" all the same
        for (const QByteArray &csv : {QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFstudy,yi,vi\nA,1,0.1\n"),
                                      QByteArray("\xEF\xBB\xBF\"\xEF\xBB\xBFstudy\",yi,vi\nA,1,0.1\n")}) {
            QList<ImportedStudy> out;
            QString error;
            QVERIFY2(parseCsvStudies(csv, QStringLiteral("bom.csv"), out, error), qPrintable(error));
            QCOMPARE(out.size(), 1);
            QCOMPARE(out[0].study.title, QStringLiteral("A"));
            QVERIFY(out[0].study.extra.isEmpty()); // not a second, unknown "study" column
        }
    }

    void exportQuotesEveryCellAndDefusesFormulas()
    {
        // Column names and values with commas, quotes and line breaks are quoted (RFC 4180) in the header too;
        // a cell a spreadsheet would run as a formula is written with an apostrophe, and all read back unchanged.
        Review review;
        const QStringList values {QStringLiteral("=1+2"),        QStringLiteral("+SUM(A1:A2)"), QStringLiteral("-2+3"),
                                  QStringLiteral("@cmd"),        QStringLiteral("'=quoted"),    QStringLiteral("-0.5"),
                                  QStringLiteral("a, \"b\"\nc"), QStringLiteral("'plain")};
        for (qsizetype i = 0; i < values.size(); ++i) {
            Study s;
            s.id = i + 1;
            s.title = values[i] + QStringLiteral(" title");
            s.notes = values[i];
            s.extra.insert(QStringLiteral("dose, mg"), values[i]);
            s.extra.insert(QStringLiteral("arm \"A\""), values[(i + 1) % values.size()]);
            s.extra.insert(QStringLiteral("=formula column"), QStringLiteral("x"));
            review.studies.append(s);
        }
        const QString csv = m_dir.filePath(QStringLiteral("quoted.csv"));
        QString error;
        QVERIFY2(exportStudiesCsv(review, 0, 0, csv, error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("\"dose, mg\""));
        QVERIFY(text.contains("\"arm \"\"A\"\"\""));
        QVERIFY(text.contains(",'=formula column"));
        QVERIFY(text.contains(",'=1+2,"));
        QVERIFY(text.contains(",'@cmd,"));
        QVERIFY(text.contains(",-0.5,")); // a number is a number
        QList<ImportedStudy> back;
        QVERIFY2(parseCsvStudies(text, csv, back, error), qPrintable(error));
        QCOMPARE(back.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QCOMPARE(back[i].study.notes, values[i]);
            QCOMPARE(back[i].study.title, values[i].trimmed() + QStringLiteral(" title"));
            QCOMPARE(back[i].study.extra, review.studies[i].extra);
        }
    }

    void bibtexStringBombIsBounded()
    {
        // @string{s1 = s0 # s0} ... thirty levels would need gigabytes: the value's limit stops it with a line
        QByteArray bib("@string{s0 = \"0123456789abcdef\"}\n");
        for (int i = 1; i <= 31; ++i)
            bib += QStringLiteral("@string{s%1 = s%2 # s%2}\n").arg(i).arg(i - 1).toUtf8();
        bib += "@article{a, title = s31}\n";
        const QString path = m_dir.filePath(QStringLiteral("bomb.bib"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bib);
        f.close();
        const QString review = m_dir.filePath(QStringLiteral("bomb.evidence"));
        const Run r = cli({QStringLiteral("import"), review, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1 && r.err.contains(path + QStringLiteral(":")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("longer than")), qPrintable(r.err));
        QVERIFY(!QFile::exists(review));
    }

    void overlongFieldIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        const QByteArray big(5 << 20, 'x');
        QTest::newRow("csv") << QStringLiteral("a.csv") << QByteArray("title\nA\n\"") + big + "\"\n"
                             << QStringLiteral("a.csv:3: ");
        QTest::newRow("ris") << QStringLiteral("a.ris") << QByteArray("TY  - JOUR\nTI  - ") + big + "\nER  - \n"
                             << QStringLiteral("a.ris:2: ");
        QTest::newRow("bibtex/a long line")
            << QStringLiteral("a.bib") << QByteArray("@article{a,\n title={") + big + "}}\n"
            << QStringLiteral("a.bib:2: ");
        QByteArray lines;
        for (int i = 0; i < 60000; ++i)
            lines += QByteArray(99, 'y') + '\n';
        QTest::newRow("bibtex/many lines")
            << QStringLiteral("a.bib") << QByteArray("@article{a,\n title={") + lines + "}}\n"
            << QStringLiteral("a.bib:2:title: ");
    }

    void overlongFieldIsAnError() { refusedAt(QStringLiteral("longer than")); }

    void titleKeys()
    {
        // accents, compatibility forms, case and punctuation set aside, as NFKD would
        const auto key = [](const QString &title) { return DuplicateKeys::of({}, title, 2001).title; };
        QCOMPARE(key(QStringLiteral("Caf\u00e9 \ufb01ndings: THE study!")),
                 key(QStringLiteral("cafe findings the study")));
        QCOMPARE(key(QStringLiteral("Cafe\u0301")), key(QStringLiteral("Caf\u00e9")));
        QCOMPARE(key(QStringLiteral("x\u00b2")), key(QStringLiteral("x2")));
        QVERIFY(key(QStringLiteral("Trial A")) != key(QStringLiteral("Trial B")));
        QCOMPARE(key(QStringLiteral("...")), QString()); // no letters: no key
        // a bounded prefix: what follows kTitleKeyLength letters does not make a study another one
        const QString longTitle = QString(kTitleKeyLength, QChar(0x00e9));
        QCOMPARE(key(longTitle + QStringLiteral("one")), key(longTitle + QStringLiteral("two")));
        QVERIFY(key(longTitle).size() <= kTitleKeyLength + 6);
        QCOMPARE(DuplicateKeys::of(QStringLiteral("https://doi.org/10.1/ABC"), {}, 0).doi, QStringLiteral("10.1/abc"));
    }

    void pubmedCsvHeaders()
    {
        // PubMed's own CSV export: capitalised names, "Journal/Book" and "Publication Year"
        QList<ImportedStudy> out;
        QString error;
        QVERIFY2(parseCsvStudies("PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,"
                                 "PMCID,NIHMS ID,DOI\n"
                                 "31234567,Vitamin D and fractures,\"Smith J, Jones K\",BMJ. 2019;1:2,Smith J,BMJ,2019,"
                                 "2019/06/01,,,10.1136/bmj.l1\n",
                                 QStringLiteral("pubmed.csv"), out, error),
                 qPrintable(error));
        QCOMPARE(out.size(), 1);
        const Study &s = out[0].study;
        QCOMPARE(s.title, QStringLiteral("Vitamin D and fractures"));
        QCOMPARE(s.authors, QStringLiteral("Smith J, Jones K"));
        QCOMPARE(s.journal, QStringLiteral("BMJ"));
        QCOMPARE(s.year, 2019);
        QCOMPARE(s.pmid, QStringLiteral("31234567"));
        QCOMPARE(s.doi, QStringLiteral("10.1136/bmj.l1"));
        QCOMPARE(s.extra.value(QStringLiteral("Citation")).toString(), QStringLiteral("BMJ. 2019;1:2"));
        // and escalc's columns, whatever their case
        QVERIFY2(parseCsvStudies("Title,YI,VI\nA,0.5,0.1\n", QStringLiteral("upper.csv"), out, error),
                 qPrintable(error));
        QCOMPARE(out[0].data.yi, 0.5);
    }

    void delimitersAndDecimalCommas()
    {
        // what Excel writes where the decimal sign is a comma: semicolons, and "0,25"
        auto reader = StudyReader::fromData(ImportFormat::Csv, "title;yi;vi;quality\nA;0,25;0,1;72,5\nB;-1;0,5;\n",
                                            QStringLiteral("excel.csv"));
        QVERIFY(reader);
        ImportedStudy r;
        QString error;
        QVERIFY2(reader->next(r, error), qPrintable(error));
        QCOMPARE(r.data.yi, 0.25);
        QCOMPARE(r.data.vi, 0.1);
        QCOMPARE(r.study.quality, 72.5);
        QVERIFY(reader->next(r, error));
        QCOMPARE(r.data.yi, -1.0);
        QVERIFY(!reader->next(r, error) && error.isEmpty());
        QVERIFY2(reader->notes().join(QLatin1Char(' ')).contains(QStringLiteral("semicolon")),
                 qPrintable(reader->notes().join(QLatin1Char(' '))));
        // tab-separated (a spreadsheet's text export)
        QList<ImportedStudy> out;
        QVERIFY2(parseCsvStudies("title\tyi\tsei\nA, with a comma\t0.3\t0.2\n", QStringLiteral("tabs.csv"), out, error),
                 qPrintable(error));
        QCOMPARE(out[0].study.title, QStringLiteral("A, with a comma"));
        QCOMPARE(out[0].data.sei, 0.2);
        // a comma-separated file keeps the decimal point: "0,25" there is two fields
        QVERIFY(!parseCsvStudies("title,yi,vi\nA,0,25,0.1\n", QStringLiteral("commas.csv"), out, error));
    }

    void halfAnEffectIsNoted()
    {
        // yi without vi or sei is imported (the variance may come later) but said, with the first line
        auto reader = StudyReader::fromData(ImportFormat::Csv, "title,yi,vi\nA,0.2,0.1\nB,0.3,\nC,0.4,\n",
                                            QStringLiteral("half.csv"));
        ImportedStudy r;
        QString error;
        while (reader->next(r, error))
            ;
        QVERIFY(error.isEmpty());
        const QString notes = reader->notes().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("half.csv")) && notes.contains(QStringLiteral("yi without vi or sei"))
                     && notes.contains(QStringLiteral("line 3")),
                 qPrintable(notes));
        // and the CLI says so
        const QString review = m_dir.filePath(QStringLiteral("half.evidence"));
        const QString csv = m_dir.filePath(QStringLiteral("half.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,yi,vi\nA,0.2,0.1\nB,0.3,\n");
        f.close();
        const Run run = cli({QStringLiteral("import"), review, csv});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("note: ")) && run.out.contains(QStringLiteral("yi without vi")),
                 qPrintable(run.out));
    }

    void exportWritesShortestNumbers()
    {
        Review review;
        Study s;
        s.id = 1;
        s.title = QStringLiteral("A");
        s.quality = 0.1 + 0.2; // 0.30000000000000004: shortest is all 17 digits
        review.studies << s;
        review.outcomes << Outcome {1, QStringLiteral("O"), OutcomeType::Generic, {}, {}};
        review.data[1][1].yi = 0.1;
        review.data[1][1].vi = 1e-300;
        const QString csv = m_dir.filePath(QStringLiteral("shortest.csv"));
        QString error;
        QVERIFY2(exportStudiesCsv(review, 0, 1, csv, error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains(",0.1,") && !text.contains("0.10000000000000001"), text.constData());
        QVERIFY(text.contains(",1e-300,"));
        QList<ImportedStudy> back;
        QVERIFY2(parseCsvStudies(text, csv, back, error), qPrintable(error));
        QCOMPARE(back[0].data.yi, 0.1); // reads back to the same double
        QCOMPARE(back[0].study.quality, 0.1 + 0.2);
    }

    void medlineNbib()
    {
        // PubMed's "Send to: Citation manager" file: tags padded to four characters, continuation lines
        QList<ImportedStudy> out;
        QString error;
        QVERIFY2(readStudies(kData + QStringLiteral("/pubmed.nbib"), out, error), qPrintable(error));
        QCOMPARE(out.size(), 2);
        const Study &a = out[0].study;
        QCOMPARE(a.pmid, QStringLiteral("33456789"));
        QCOMPARE(a.title,
                 QStringLiteral("Vitamin D supplementation and fractures in adults over 65: a randomised "
                                "controlled trial."));
        QCOMPARE(a.authors, QStringLiteral("Smith, John; Jones, Kate"));
        QCOMPARE(a.year, 2021);
        QCOMPARE(a.journal, QStringLiteral("BMJ (Clinical research ed.)"));
        QCOMPARE(a.doi, QStringLiteral("10.1136/bmj.n100"));
        QCOMPARE(a.design, Design::Rct);
        QVERIFY(a.extra.value(QStringLiteral("abstract")).toString().endsWith(QStringLiteral("No difference.")));
        QCOMPARE(out[1].line, 25); // the second record's PMID line
        QCOMPARE(out[1].study.authors, QStringLiteral("Lee A"));
        QCOMPARE(out[1].study.journal, QStringLiteral("Lancet"));
        // a malformed line is named
        const QString bad = m_dir.filePath(QStringLiteral("bad.nbib"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PMID- 1\nTI  - A title\nthis is not a tag line\n");
        f.close();
        QVERIFY(!readStudies(bad, out, error));
        QVERIFY2(error.startsWith(bad + QStringLiteral(":3:")), qPrintable(error));
    }

    void percentSignsAreNotFormats()
    {
        // user text is never a format string: "%1" in authors stays "%1"
        Study s;
        s.authors = QStringLiteral("%1, A.; %2, B.");
        s.year = 1969;
        QCOMPARE(s.label(), QStringLiteral("%1 et al. (1969)"));
    }

    void duplicatesSkipped()
    {
        const QString review = m_dir.filePath(QStringLiteral("dups.evidence"));
        const QString csv = kData + QStringLiteral("/studies.csv");
        Run r = cli({QStringLiteral("import"), review, csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("3 records of")) && r.out.contains(QStringLiteral(": 3 studies added")),
                 qPrintable(r.out));
        // the RIS holds the Lasevicius trial again (same title and year) and a new study
        r = cli({QStringLiteral("import"), review, kData + QStringLiteral("/zotero_crlf.ris")});
        QCOMPARE(r.exitCode, 0);
        // (the reference fills in what the CSV left empty, as a reference manager's record does)
        QVERIFY2(r.out.contains(QStringLiteral("2 records of")) && r.out.contains(QStringLiteral(": 1 study added"))
                     && r.out.contains(QStringLiteral(", 1 updated")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("filled in: "))
                     && r.out.contains(QStringLiteral("zotero_crlf.ris:13: Lasevicius (2018) (same title and year)")),
                 qPrintable(r.out));
        // a DOI written differently is the same DOI
        const QString again = m_dir.filePath(QStringLiteral("again.csv"));
        QFile f(again);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("doi,year\nHTTPS://DOI.ORG/10.3390/SPORTS9020032,2021\nhttps://doi.org/10.3390/sports9020032,2021\n"
                "10.1/new,2020\n");
        f.close();
        r = cli({QStringLiteral("import"), review, again});
        QVERIFY2(r.out.contains(QStringLiteral(": 1 study added"))
                     && r.out.contains(QStringLiteral("already in the review"))
                     && r.out.contains(QStringLiteral("the same study as line 2")),
                 qPrintable(r.out));
        // the same DOI with another title is the same study holding a different value: a conflict, nothing changes
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,doi\nAnother title,HTTPS://DOI.ORG/10.3390/SPORTS9020032\nReally new,10.1/newer\n");
        f.close();
        r = cli({QStringLiteral("import"), review, again});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("again.csv:2:title:")), qPrintable(r.err));
        QString error;
        auto store = ReviewStore::open(review, error);
        QCOMPARE(store->studyCount(), 5);
    }

    void stanceGoesToTheClaim()
    {
        const QString review = m_dir.filePath(QStringLiteral("stance.evidence"));
        QCOMPARE(cli({QStringLiteral("demo"), review}).exitCode, 0); // hypertrophy: one claim
        QCOMPARE(cli({QStringLiteral("import"), review, kData + QStringLiteral("/studies.csv"),
                      QStringLiteral("--claim"), QStringLiteral("999")})
                     .exitCode,
                 2);
        const Run r = cli({QStringLiteral("import"), review, kData + QStringLiteral("/studies.csv")});
        QCOMPARE(r.exitCode, 0);
        QString error;
        auto store = ReviewStore::open(review, error);
        const Review rv = loaded(*store);
        const qint64 claim = rv.claims.first().id;
        int supporting = 0;
        for (const Study &s : rv.studies)
            supporting += rv.stance(claim, s.id) == Stance::Supporting;
        QCOMPARE(supporting, 3 + 2); // the page's three and the CSV's two
        // the stored analysis of the claim reads the imported outcome data (SMD)
        store.reset();
        const Run a = cli({QStringLiteral("analyze"), review, QStringLiteral("--json")});
        QCOMPARE(a.exitCode, 0);
        QVERIFY2(a.out.contains(QStringLiteral("\"k\": 3")), qPrintable(a.out));
    }

    void riskOfBiasColumnsAreRead()
    {
        QList<ImportedStudy> out;
        QString error;
        QVERIFY2(readAll(QStringLiteral("rob.csv"),
                         "title,design,rob2_d1,rob2_d3,rob2_overall,rob_support_d1,robins_d7,robins_overall\n"
                         "A,rct,low,Some Concerns,high,Sealed envelopes,,\n"
                         "B,cohort,,,,,critical,serious\n"
                         "C,rct,,,,,,\n"
                         "D,cohort,,,,Only a note,,\n",
                         out, error),
                 qPrintable(error));
        QCOMPARE(out.size(), 4);
        QVERIFY(out[0].risk);
        QCOMPARE(out[0].risk->tool, RobTool::Rob2);
        QCOMPARE(out[0].risk->domains[0], RobJudgement::Low);
        QCOMPARE(out[0].risk->domains[2], RobJudgement::SomeConcerns); // the words as well as the key
        QCOMPARE(out[0].risk->overall, RobJudgement::High);
        QCOMPARE(out[0].risk->support[0], QStringLiteral("Sealed envelopes"));
        QCOMPARE(out[1].risk->tool, RobTool::RobinsI);
        QCOMPARE(out[1].risk->domains[6], RobJudgement::Critical);
        QCOMPARE(out[1].risk->overall, RobJudgement::Serious);
        QVERIFY(!out[2].risk); // nothing given: nothing recorded
        QCOMPARE(out[3].risk->tool, RobTool::RobinsI); // support alone: the design's tool
        QCOMPARE(out[3].risk->support[0], QStringLiteral("Only a note"));
    }

    void riskOfBiasRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("RoB 2 judgement unknown")
            << QStringLiteral("r.csv") << QByteArray("title,rob2_d2\nA,low\nB,medium\n")
            << QStringLiteral("r.csv:3:rob2_d2: ");
        QTest::newRow("a ROBINS-I judgement in RoB 2")
            << QStringLiteral("r.csv") << QByteArray("title,rob2_overall\nA,serious\n")
            << QStringLiteral("r.csv:2:rob2_overall: ");
        QTest::newRow("both tools") << QStringLiteral("r.csv") << QByteArray("title,rob2_d1,robins_d1\nA,low,low\n")
                                    << QStringLiteral("r.csv:2:robins_d1: ");
        QTest::newRow("support beyond RoB 2's domains")
            << QStringLiteral("r.csv") << QByteArray("title,rob2_d1,rob_support_d6\nA,low,why\n")
            << QStringLiteral("r.csv:2:rob_support_d6: ");
    }
    void riskOfBiasRefused() { refusedAt(); }

    void riskOfBiasMergedOntoStudies()
    {
        // judgements typed in a spreadsheet beside the exported studies come back onto them, judgement by judgement;
        // a different judgement is a conflict (file, line, field; the review unchanged) unless --overwrite
        const QString review = m_dir.filePath(QStringLiteral("rob.evidence"));
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const QString judged = m_dir.filePath(QStringLiteral("rob.csv"));
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        };
        QString error;
        qint64 first = 0, second = 0;
        QString firstLabel, secondLabel;
        {
            auto store = ReviewStore::open(review, error);
            const Review r = loaded(*store);
            first = r.studies[0].id;
            second = r.studies[1].id;
            firstLabel = r.studies[0].label();
            secondLabel = r.studies[1].label();
        }
        QVERIFY(write(judged,
                      QStringLiteral("study_id,study,rob2_d1,rob2_d2,rob2_overall,rob_support_overall\n"
                                     "%1,\"%2\",low,high,high,Open label\n%3,\"%4\",some,,some,\n")
                          .arg(first)
                          .arg(firstLabel)
                          .arg(second)
                          .arg(secondLabel)
                          .toUtf8()));
        Run r = cli({QStringLiteral("import"), review, judged});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto check = [&](RobJudgement d1OfFirst) {
            auto store = ReviewStore::open(review, error);
            const Review rv = loaded(*store);
            const qint64 outcome = rv.claims.first().outcomeId;
            const RobAssessment a = rv.riskOfBias(outcome, first);
            QCOMPARE(a.tool, RobTool::Rob2);
            QCOMPARE(a.domains[0], d1OfFirst);
            QCOMPARE(a.domains[1], RobJudgement::High);
            QCOMPARE(a.overall, RobJudgement::High);
            QCOMPARE(a.support.last(), QStringLiteral("Open label"));
            QCOMPARE(rv.riskOfBias(outcome, second).overall, RobJudgement::SomeConcerns);
            QCOMPARE(rv.studies.size(), 13); // filled in, nothing added
        };
        check(RobJudgement::Low);
        // the same file again: nothing new
        r = cli({QStringLiteral("import"), review, judged});
        QCOMPARE(r.exitCode, 0);
        // a conflicting judgement stops the import, naming the line and the column
        QVERIFY(write(judged,
                      QStringLiteral("study_id,study,rob2_d1\n%1,\"%2\",high\n").arg(first).arg(firstLabel).toUtf8()));
        const QByteArray before = hashOf(review);
        r = cli({QStringLiteral("import"), review, judged});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(judged + QStringLiteral(":2:rob2_d1: ")), qPrintable(r.err));
        QCOMPARE(hashOf(review), before);
        r = cli({QStringLiteral("import"), review, judged, QStringLiteral("--overwrite")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        check(RobJudgement::High);
        // another tool over an appraised study: a conflict named by the file's column, the tools by their names
        QVERIFY(write(judged,
                      QStringLiteral("study_id,study,robins_d1\n%1,\"%2\",low\n").arg(first).arg(firstLabel).toUtf8()));
        r = cli({QStringLiteral("import"), review, judged});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(judged + QStringLiteral(":2:robins_overall: "))
                     && r.err.contains(QStringLiteral("RoB 2")) && r.err.contains(QStringLiteral("ROBINS-I")),
                 qPrintable(r.err));
        check(RobJudgement::High);
        // export writes the judgements; a review made from the export has them
        const QString csv = m_dir.filePath(QStringLiteral("rob-export.csv"));
        QCOMPARE(cli({QStringLiteral("export"), review, QStringLiteral("--csv"), csv}).exitCode, 0);
        const QString fresh = m_dir.filePath(QStringLiteral("rob-fresh.evidence"));
        {
            auto store = ReviewStore::create(fresh, error);
            Claim c;
            c.originalText = QStringLiteral("BCG vaccination reduces the risk of tuberculosis.");
            store->addClaim(c);
        }
        r = cli({QStringLiteral("import"), fresh, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto a = ReviewStore::open(review, error);
        auto b = ReviewStore::open(fresh, error);
        const Review ra = loaded(*a), rb = loaded(*b);
        QCOMPARE(rb.riskOfBias(rb.claims.first().outcomeId, rb.studies[0].id),
                 ra.riskOfBias(ra.claims.first().outcomeId, first));
        QCOMPARE(rb.risk.value(rb.claims.first().outcomeId).size(), 2);
    }

    void exportImportRoundTrip()
    {
        const QString review = m_dir.filePath(QStringLiteral("bcg.evidence"));
        QCOMPARE(cli({QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")}).exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("bcg-export.csv"));
        QCOMPARE(cli({QStringLiteral("export"), review, QStringLiteral("--csv"), csv}).exitCode, 0);
        const QString copy = m_dir.filePath(QStringLiteral("copy.evidence"));
        QCOMPARE(
            cli({QStringLiteral("demo"), copy, QStringLiteral("--example"), QStringLiteral("hypertrophy")}).exitCode,
            0);
        // a fresh review with one claim to receive the stances
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.evidence"));
        QString error;
        {
            auto store = ReviewStore::create(fresh, error);
            Claim c;
            c.originalText = QStringLiteral("BCG vaccination reduces the risk of tuberculosis.");
            store->addClaim(c);
        }
        QCOMPARE(cli({QStringLiteral("import"), fresh, csv}).exitCode, 0);
        auto a = ReviewStore::open(review, error);
        auto b = ReviewStore::open(fresh, error);
        const Review ra = loaded(*a), rb = loaded(*b);
        QCOMPARE(rb.studies.size(), ra.studies.size());
        for (qsizetype i = 0; i < ra.studies.size(); ++i) {
            Study x = ra.studies[i], y = rb.studies[i];
            x.id = y.id = 0;
            QCOMPARE(y, x);
            QCOMPARE(rb.stance(rb.claims.first().id, rb.studies[i].id),
                     ra.stance(ra.claims.first().id, ra.studies[i].id));
        }
        // and the analysis of the copy is the analysis of the original
        b.reset();
        a.reset();
        {
            auto s = ReviewStore::open(fresh, error);
            s->setSettings(rb.claims.first().id, ra.settings.value(ra.claims.first().id));
        }
        QCOMPARE(cli({QStringLiteral("analyze"), fresh, QStringLiteral("--json")}).out,
                 cli({QStringLiteral("analyze"), review, QStringLiteral("--json")}).out);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
