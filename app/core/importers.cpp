// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers.h"
#include "csvtable.h"
#include "effectdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads ImportText::tr calls).
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

QString where(const QString &file, int line, const QString &field)
{
    return field.isEmpty() ? QStringLiteral("%1:%2: ").arg(file).arg(line)
                           : ImportText::tr("%1:%2: field %3: ").arg(file).arg(line).arg(field);
}

QString decodeUtf8(const QByteArray &data, const QString &fileName, bool &ok, QString &error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    ok = !decoder.hasError();
    if (!ok)
        error = ImportText::tr("%1: the file is not valid UTF-8 text").arg(fileName);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

/// A year field: the first four digits (RIS "2001///", "2001/05/01", BibTeX "{2001}").
std::optional<int> parseYear(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    return (y >= 1000 && y <= 2200) ? std::optional<int>(y) : std::nullopt;
}

QString normaliseDoi(QString doi)
{
    doi = doi.trimmed();
    if (doi.isEmpty() || doi.startsWith(QLatin1String("10.")))
        return doi; // the usual form: no prefix to strip
    static const QRegularExpression prefix(QStringLiteral("^(https?://(dx\\.)?doi\\.org/|doi:\\s*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    doi.remove(prefix);
    return doi;
}

// ---------------------------------------------------------------------------------------------- CSV

const QStringList &numericColumns()
{
    return effectColumns();
}

} // namespace

std::optional<ImportFormat> importFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("ris"))
        return ImportFormat::Ris;
    if (suffix == QLatin1String("bib") || suffix == QLatin1String("bibtex"))
        return ImportFormat::Bibtex;
    return std::nullopt;
}

bool readStudies(const QString &path, QList<ImportedStudy> &out, QString &error)
{
    const auto format = importFormatFor(path);
    if (!format) {
        error = ImportText::tr("%1: unknown file type (use .csv, .ris or .bib)").arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = ImportText::tr("%1: cannot open: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    switch (*format) {
    case ImportFormat::Csv:
        return parseCsvStudies(data, path, out, error);
    case ImportFormat::Ris:
        return parseRis(data, path, out, error);
    case ImportFormat::Bibtex:
        return parseBibtex(data, path, out, error);
    }
    return false;
}

QStringList exportColumns()
{
    QStringList c {QStringLiteral("study"),   QStringLiteral("authors"),      QStringLiteral("title"),
                   QStringLiteral("year"),    QStringLiteral("journal"),      QStringLiteral("doi"),
                   QStringLiteral("pmid"),    QStringLiteral("url"),          QStringLiteral("design"),
                   QStringLiteral("quality"), QStringLiteral("quality_tool"), QStringLiteral("included"),
                   QStringLiteral("stance"),  QStringLiteral("notes")};
    c << effectColumns();
    return c;
}

bool parseCsvStudies(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error)
{
    out.clear();
    CsvTable t;
    if (!parseCsv(data, fileName, t, error))
        return false;
    const QStringList known = exportColumns();
    // column positions, looked up once
    QHash<QString, qsizetype> index;
    for (const QString &name : known)
        index.insert(name, t.column(name));
    auto col = [&](const char *name) { return index.value(QLatin1String(name), -1); };
    const QStringList &numeric = numericColumns();
    QList<qsizetype> numericIndex;
    for (const QString &name : numeric)
        numericIndex.append(t.column(name));
    QList<qsizetype> extraIndex;
    for (qsizetype c = 0; c < t.header.size(); ++c)
        if (!known.contains(t.header[c]) && !t.header[c].isEmpty())
            extraIndex.append(c);
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows[r];
        const int line = t.lines[r];
        auto cell = [&](qsizetype c) { return c >= 0 ? row[c].trimmed() : QString(); };
        ImportedStudy rec;
        rec.line = line;
        Study &s = rec.study;
        s.authors = cell(col("authors"));
        s.title = cell(col("title"));
        if (s.title.isEmpty())
            s.title = cell(col("study"));
        s.journal = cell(col("journal"));
        s.doi = normaliseDoi(cell(col("doi")));
        s.pmid = cell(col("pmid"));
        s.url = cell(col("url"));
        s.qualityTool = cell(col("quality_tool"));
        s.notes = cell(col("notes"));
        if (s.title.isEmpty() && s.authors.isEmpty() && s.doi.isEmpty()) {
            error = where(fileName, line, QStringLiteral("title"))
                + ImportText::tr("the study has no title, study label, authors or DOI");
            return false;
        }
        if (const QString y = cell(col("year")); !y.isEmpty() && y != QLatin1String("NA")) {
            bool ok = false;
            const int year = y.toInt(&ok);
            if (!ok || year < 1000 || year > 2200) {
                error = where(fileName, line, QStringLiteral("year")) + ImportText::tr("'%1' is not a year").arg(y);
                return false;
            }
            s.year = year;
        }
        if (const QString d = cell(col("design")); !d.isEmpty()) {
            const auto design = designFromKey(d);
            if (!design) {
                error = where(fileName, line, QStringLiteral("design"))
                    + ImportText::tr(
                          "unknown design '%1' (use systematic_review, rct, non_randomised, cohort, case_control, "
                          "cross_sectional, narrative_review, expert_opinion or other)")
                          .arg(d);
                return false;
            }
            s.design = *design;
        }
        if (const QString q = cell(col("quality")); !q.isEmpty() && q != QLatin1String("NA")) {
            bool ok = false;
            const double quality = q.toDouble(&ok);
            if (!ok || !(quality >= 0 && quality <= 100)) {
                error = where(fileName, line, QStringLiteral("quality"))
                    + ImportText::tr("'%1' is not a score from 0 to 100").arg(q);
                return false;
            }
            s.quality = quality;
        }
        if (const QString st = cell(col("stance")); !st.isEmpty()) {
            const auto stance = stanceFromKey(st);
            if (!stance) {
                error = where(fileName, line, QStringLiteral("stance"))
                    + ImportText::tr("unknown stance '%1' (use supporting, contradicting, neutral or untagged)")
                          .arg(st);
                return false;
            }
            rec.stance = *stance;
        }
        if (const QString inc = cell(col("included")).toLower(); !inc.isEmpty()) {
            if (inc == QLatin1String("yes") || inc == QLatin1String("true") || inc == QLatin1String("1"))
                s.included = true;
            else if (inc == QLatin1String("no") || inc == QLatin1String("false") || inc == QLatin1String("0"))
                s.included = false;
            else {
                error = where(fileName, line, QStringLiteral("included"))
                    + ImportText::tr("'%1' is not yes or no").arg(inc);
                return false;
            }
        }
        for (qsizetype i = 0; i < numeric.size(); ++i) {
            const QString v = cell(numericIndex[i]);
            if (v.isEmpty() || v == QLatin1String("NA"))
                continue;
            bool ok = false;
            const double x = v.toDouble(&ok); // C locale, whatever the UI language
            if (!ok || !std::isfinite(x)) {
                error = where(fileName, line, numeric[i]) + ImportText::tr("'%1' is not a number").arg(v);
                return false;
            }
            s.data.*synth::kStudyInputFields[std::size_t(i)].member = x;
        }
        // Outcome data that no measure could use are refused here, not at analysis time.
        const synth::StudyInput &d = s.data;
        auto bad = [&](bool condition, const char *field, const QString &what) {
            if (condition)
                error = where(fileName, line, QLatin1String(field)) + what;
            return condition;
        };
        for (const auto &[f, x] : {std::pair {"ai", d.ai},
                                   {"bi", d.bi},
                                   {"ci", d.ci},
                                   {"di", d.di},
                                   {"n1i", d.n1i},
                                   {"n2i", d.n2i},
                                   {"ni", d.ni}}) {
            if (bad(x < 0, f, ImportText::tr("a count cannot be negative")))
                return false;
        }
        if (bad(d.ai > d.n1i, "ai", ImportText::tr("more events than participants (n1i)"))
            || bad(d.ci > d.n2i, "ci", ImportText::tr("more events than participants (n2i)"))
            || bad(d.sd1i <= 0, "sd1i", ImportText::tr("a standard deviation must be greater than 0"))
            || bad(d.sd2i <= 0, "sd2i", ImportText::tr("a standard deviation must be greater than 0"))
            || bad(d.vi < 0, "vi", ImportText::tr("a sampling variance cannot be negative"))
            || bad(d.sei < 0, "sei", ImportText::tr("a standard error cannot be negative"))
            || bad(std::abs(d.ri) > 1, "ri", ImportText::tr("a correlation must lie between -1 and 1")))
            return false;
        for (qsizetype c : std::as_const(extraIndex))
            if (const QString v = row[c].trimmed(); !v.isEmpty())
                s.extra.insert(t.header[c], v);
        out.append(rec);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------- RIS

bool parseRis(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error)
{
    out.clear();
    bool ok = false;
    const QString text = decodeUtf8(data, fileName, ok, error);
    if (!ok)
        return false;
    static const QRegularExpression tagLine(QStringLiteral("^([A-Z][A-Z0-9])  -(?: (.*))?$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inRecord = false;
    int recordLine = 0;
    QList<QPair<QString, QString>> fields;
    QList<int> fieldLines;

    auto finish = [&]() -> bool {
        ImportedStudy rec;
        rec.line = recordLine;
        Study &s = rec.study;
        QStringList authors;
        QString title, journal, year;
        int yearLine = recordLine;
        QString yearTag;
        QStringList notes;
        bool pubmed = false;
        QString accession;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString &tag = fields[i].first;
            const QString value = fields[i].second.trimmed();
            if (value.isEmpty())
                continue;
            if (tag == QLatin1String("AU") || tag == QLatin1String("A1"))
                authors << value;
            else if ((tag == QLatin1String("TI") || tag == QLatin1String("T1")) && title.isEmpty())
                title = value;
            else if ((tag == QLatin1String("PY") || tag == QLatin1String("Y1")) && year.isEmpty()) {
                year = value;
                yearLine = fieldLines[i];
                yearTag = tag;
            } else if ((tag == QLatin1String("JO") || tag == QLatin1String("JF") || tag == QLatin1String("T2")
                        || tag == QLatin1String("JA"))
                       && journal.isEmpty())
                journal = value;
            else if (tag == QLatin1String("DO"))
                s.doi = normaliseDoi(value);
            else if (tag == QLatin1String("AN"))
                accession = value;
            else if (tag == QLatin1String("DB") && value.contains(QLatin1String("PubMed"), Qt::CaseInsensitive))
                pubmed = true;
            else if (tag == QLatin1String("UR") && s.url.isEmpty())
                s.url = value;
            else if (tag == QLatin1String("N1"))
                notes << value;
            else if (tag == QLatin1String("AB"))
                s.extra.insert(QStringLiteral("abstract"), value);
        }
        static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
        if (!accession.isEmpty()) {
            if (pubmed || digits.match(accession).hasMatch())
                s.pmid = accession;
            else
                s.extra.insert(QStringLiteral("accession"), accession);
        }
        if (title.isEmpty()) {
            error = where(fileName, recordLine, QStringLiteral("TI"))
                + ImportText::tr("the record has no title (TI or T1)");
            return false;
        }
        if (!year.isEmpty()) {
            const auto y = parseYear(year);
            if (!y) {
                error = where(fileName, yearLine, yearTag) + ImportText::tr("'%1' is not a year").arg(year);
                return false;
            }
            s.year = *y;
        }
        s.authors = authors.join(QStringLiteral("; "));
        s.title = title;
        s.journal = journal;
        s.notes = notes.join(QLatin1Char('\n'));
        out.append(rec);
        return true;
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = static_cast<int>(i) + 1;
        const QRegularExpressionMatch m = tagLine.match(line);
        if (!inRecord) {
            if (line.trimmed().isEmpty())
                continue;
            if (!m.hasMatch() || m.captured(1) != QLatin1String("TY")) {
                error = where(fileName, number, QString()) + ImportText::tr("expected a record to start with 'TY  - '");
                return false;
            }
            inRecord = true;
            recordLine = number;
            fields.clear();
            fieldLines.clear();
            fields.append({QStringLiteral("TY"), m.captured(2)});
            fieldLines.append(number);
            continue;
        }
        if (m.hasMatch()) {
            if (m.captured(1) == QLatin1String("ER")) {
                if (!finish())
                    return false;
                inRecord = false;
                continue;
            }
            if (m.captured(1) == QLatin1String("TY")) {
                error = where(fileName, number, QStringLiteral("TY"))
                    + ImportText::tr("a new record starts before the record of line %1 ended (ER)").arg(recordLine);
                return false;
            }
            fields.append({m.captured(1), m.captured(2)});
            fieldLines.append(number);
        } else if (!line.trimmed().isEmpty()) {
            fields.last().second += QLatin1Char(' ') + line.trimmed(); // continuation of the previous tag
        }
    }
    if (inRecord) {
        error = where(fileName, recordLine, QStringLiteral("ER")) + ImportText::tr("the record has no end (ER)");
        return false;
    }
    return true;
}

// ------------------------------------------------------------------------------------------- BibTeX

QString decodeLatex(const QString &in)
{
    static const QHash<QChar, QChar> accents {{u'"', QChar(0x0308)}, {u'\'', QChar(0x0301)}, {u'`', QChar(0x0300)},
                                              {u'^', QChar(0x0302)}, {u'~', QChar(0x0303)},  {u'=', QChar(0x0304)},
                                              {u'.', QChar(0x0307)}, {u'u', QChar(0x0306)},  {u'v', QChar(0x030C)},
                                              {u'H', QChar(0x030B)}, {u'c', QChar(0x0327)},  {u'k', QChar(0x0328)},
                                              {u'r', QChar(0x030A)}, {u'd', QChar(0x0323)},  {u'b', QChar(0x0331)}};
    static const QHash<QString, QString> symbols {{QStringLiteral("ss"), QStringLiteral("\u00df")},
                                                  {QStringLiteral("o"), QStringLiteral("\u00f8")},
                                                  {QStringLiteral("O"), QStringLiteral("\u00d8")},
                                                  {QStringLiteral("aa"), QStringLiteral("\u00e5")},
                                                  {QStringLiteral("AA"), QStringLiteral("\u00c5")},
                                                  {QStringLiteral("ae"), QStringLiteral("\u00e6")},
                                                  {QStringLiteral("AE"), QStringLiteral("\u00c6")},
                                                  {QStringLiteral("oe"), QStringLiteral("\u0153")},
                                                  {QStringLiteral("OE"), QStringLiteral("\u0152")},
                                                  {QStringLiteral("l"), QStringLiteral("\u0142")},
                                                  {QStringLiteral("L"), QStringLiteral("\u0141")},
                                                  {QStringLiteral("i"), QStringLiteral("\u0131")},
                                                  {QStringLiteral("j"), QStringLiteral("\u0237")},
                                                  {QStringLiteral("textendash"), QStringLiteral("\u2013")},
                                                  {QStringLiteral("textemdash"), QStringLiteral("\u2014")}};
    QString out;
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in.at(i);
        if (c == u'{' || c == u'}')
            continue;
        if (c == u'~') {
            out.append(QLatin1Char(' '));
            continue;
        }
        if (c == u'-' && i + 1 < n && in.at(i + 1) == u'-') {
            if (i + 2 < n && in.at(i + 2) == u'-') {
                out.append(QChar(0x2014));
                i += 2;
            } else {
                out.append(QChar(0x2013));
                i += 1;
            }
            continue;
        }
        if (c != u'\\' || i + 1 >= n) {
            out.append(c);
            continue;
        }
        const QChar next = in.at(i + 1);
        if (QStringLiteral("&%$_#{}").contains(next)) {
            out.append(next);
            ++i;
            continue;
        }
        // accent command: \"a, \"{a}, \c{c}, \v c (a letter command needs a brace or a space: \cdots is a word)
        const bool letterCommand = next.isLetter();
        if (accents.contains(next)) {
            qsizetype j = i + 2;
            bool argument = true;
            if (letterCommand) {
                if (j < n && in.at(j) == u' ')
                    ++j;
                else if (!(j < n && in.at(j) == u'{'))
                    argument = false;
            }
            if (argument) {
                while (j < n && in.at(j) == u'{')
                    ++j;
                QString base;
                if (j + 1 < n && in.at(j) == u'\\' && (in.at(j + 1) == u'i' || in.at(j + 1) == u'j')) {
                    base = in.at(j + 1) == u'i' ? QStringLiteral("i") : QStringLiteral("j");
                    j += 2;
                } else if (j < n) {
                    base = in.at(j);
                    ++j;
                }
                while (j < n && in.at(j) == u'}')
                    ++j;
                out.append((base + accents.value(next)).normalized(QString::NormalizationForm_C));
                i = j - 1;
                continue;
            }
        }
        if (letterCommand) {
            qsizetype j = i + 1;
            while (j < n && in.at(j).isLetter())
                ++j;
            const QString name = in.mid(i + 1, j - i - 1);
            if (symbols.contains(name)) {
                out.append(symbols.value(name));
                if (j < n && in.at(j) == u' ')
                    ++j; // the space ending a control word
                i = j - 1;
                continue;
            }
            i = j - 1; // unknown command: dropped, its argument (in braces) is kept
            continue;
        }
        out.append(next);
        ++i;
    }
    return out.simplified();
}

namespace {

class BibParser {
public:
    BibParser(const QString &text, const QString &file) : m_t(text), m_file(file) { }

    bool parse(QList<ImportedStudy> &out, QString &error)
    {
        while (skipTo(u'@')) {
            const int entryLine = m_line;
            ++m_pos;
            const QString type = identifier().toLower();
            skipSpace();
            if (m_pos >= m_t.size() || (m_t.at(m_pos) != u'{' && m_t.at(m_pos) != u'(')) {
                error = where(m_file, m_line, QString()) + ImportText::tr("expected '{' after @%1").arg(type);
                return false;
            }
            const QChar close = m_t.at(m_pos) == u'{' ? u'}' : u')';
            ++m_pos;
            if (type == QLatin1String("comment") || type == QLatin1String("preamble")) {
                if (!skipBalanced(close, entryLine, error))
                    return false;
                continue;
            }
            if (type == QLatin1String("string")) {
                QString name, value;
                if (!field(name, value, error) || !expect(close, entryLine, error))
                    return false;
                m_macros.insert(name.toLower(), value);
                continue;
            }
            skipSpace();
            const QString key = readUntil(u',');
            if (m_pos >= m_t.size()) {
                error = where(m_file, entryLine, QString()) + ImportText::tr("the entry @%1 is not closed").arg(type);
                return false;
            }
            ++m_pos; // ','
            QHash<QString, QString> fields;
            QHash<QString, int> lines;
            QString lastField;
            for (;;) {
                skipSpace();
                if (m_pos >= m_t.size()) {
                    // Mostly a brace opened in a field and never closed, which swallowed the rest: point there.
                    error = lastField.isEmpty() ? where(m_file, entryLine, QString())
                            + ImportText::tr("the entry '%1' is not closed").arg(key.trimmed())
                                                : where(m_file, lines.value(lastField), lastField)
                            + ImportText::tr("the entry '%1' does not end after this field: are its braces balanced?")
                                  .arg(key.trimmed());
                    return false;
                }
                if (m_t.at(m_pos) == close) {
                    ++m_pos;
                    break;
                }
                QString name, value;
                const int line = m_line;
                if (!field(name, value, error))
                    return false;
                fields.insert(name.toLower(), value);
                lines.insert(name.toLower(), line);
                lastField = name.toLower();
                skipSpace();
                if (m_pos < m_t.size() && m_t.at(m_pos) == u',')
                    ++m_pos;
                else if (m_pos < m_t.size() && m_t.at(m_pos) != close) {
                    error = where(m_file, m_line, name)
                        + ImportText::tr("expected ',' or the end of the entry after the field");
                    return false;
                }
            }
            if (!toStudy(type, key.trimmed(), entryLine, fields, lines, out, error))
                return false;
        }
        return true;
    }

private:
    bool toStudy(const QString &type, const QString &key, int line, const QHash<QString, QString> &f,
                 const QHash<QString, int> &lines, QList<ImportedStudy> &out, QString &error)
    {
        ImportedStudy rec;
        rec.line = line;
        Study &s = rec.study;
        s.title = decodeLatex(f.value(QStringLiteral("title")));
        if (s.title.isEmpty()) {
            error
                = where(m_file, line, QStringLiteral("title")) + ImportText::tr("the entry '%1' has no title").arg(key);
            return false;
        }
        QStringList authors;
        static const QRegularExpression andSplit(QStringLiteral("\\s+and\\s+"));
        for (const QString &a : f.value(QStringLiteral("author")).split(andSplit, Qt::SkipEmptyParts))
            authors << decodeLatex(a);
        s.authors = authors.join(QStringLiteral("; "));
        if (const QString y = f.value(QStringLiteral("year")).trimmed(); !y.isEmpty()) {
            const auto year = parseYear(decodeLatex(y));
            if (!year) {
                error = where(m_file, lines.value(QStringLiteral("year"), line), QStringLiteral("year"))
                    + ImportText::tr("'%1' is not a year").arg(y);
                return false;
            }
            s.year = *year;
        }
        s.journal = decodeLatex(f.value(QStringLiteral("journal"), f.value(QStringLiteral("booktitle"))));
        s.doi = normaliseDoi(decodeLatex(f.value(QStringLiteral("doi"))));
        s.pmid = decodeLatex(f.value(QStringLiteral("pmid")));
        s.url = f.value(QStringLiteral("url")).trimmed();
        s.notes = decodeLatex(f.value(QStringLiteral("note")));
        if (f.contains(QStringLiteral("abstract")))
            s.extra.insert(QStringLiteral("abstract"), decodeLatex(f.value(QStringLiteral("abstract"))));
        s.extra.insert(QStringLiteral("bibtex_key"), key);
        if (type == QLatin1String("book") || type == QLatin1String("inbook"))
            s.design = Design::Unspecified;
        out.append(rec);
        return true;
    }

    bool field(QString &name, QString &value, QString &error)
    {
        skipSpace();
        name = identifier();
        if (name.isEmpty()) {
            error = where(m_file, m_line, QString()) + ImportText::tr("expected a field name");
            return false;
        }
        skipSpace();
        if (m_pos >= m_t.size() || m_t.at(m_pos) != u'=') {
            error = where(m_file, m_line, name) + ImportText::tr("expected '=' after the field name");
            return false;
        }
        ++m_pos;
        value.clear();
        for (;;) {
            skipSpace();
            if (m_pos >= m_t.size()) {
                error = where(m_file, m_line, name) + ImportText::tr("the value is missing");
                return false;
            }
            const QChar c = m_t.at(m_pos);
            const int start = m_line;
            if (c == u'{') {
                ++m_pos;
                QString part;
                if (!balanced(u'}', part)) {
                    error = where(m_file, start, name) + ImportText::tr("a '{' is not closed");
                    return false;
                }
                value += part;
            } else if (c == u'"') {
                ++m_pos;
                QString part;
                if (!balanced(u'"', part)) {
                    error = where(m_file, start, name) + ImportText::tr("a '\"' is not closed");
                    return false;
                }
                value += part;
            } else if (c.isDigit()) {
                while (m_pos < m_t.size() && m_t.at(m_pos).isDigit())
                    value += m_t.at(m_pos++);
            } else {
                const QString macro = identifier().toLower();
                static const QHash<QString, QString> months {{QStringLiteral("jan"), QStringLiteral("January")},
                                                             {QStringLiteral("feb"), QStringLiteral("February")},
                                                             {QStringLiteral("mar"), QStringLiteral("March")},
                                                             {QStringLiteral("apr"), QStringLiteral("April")},
                                                             {QStringLiteral("may"), QStringLiteral("May")},
                                                             {QStringLiteral("jun"), QStringLiteral("June")},
                                                             {QStringLiteral("jul"), QStringLiteral("July")},
                                                             {QStringLiteral("aug"), QStringLiteral("August")},
                                                             {QStringLiteral("sep"), QStringLiteral("September")},
                                                             {QStringLiteral("oct"), QStringLiteral("October")},
                                                             {QStringLiteral("nov"), QStringLiteral("November")},
                                                             {QStringLiteral("dec"), QStringLiteral("December")}};
                if (m_macros.contains(macro))
                    value += m_macros.value(macro);
                else if (months.contains(macro))
                    value += months.value(macro);
                else {
                    error = where(m_file, start, name)
                        + (macro.isEmpty() ? ImportText::tr("unexpected '%1' in the value").arg(c)
                                           : ImportText::tr("unknown macro '%1'").arg(macro));
                    return false;
                }
            }
            skipSpace();
            if (m_pos < m_t.size() && m_t.at(m_pos) == u'#') {
                ++m_pos;
                continue;
            }
            return true;
        }
    }

    // Reads up to `close` outside any braces: '}' ends a braced value, '"' a quoted one, ')' an entry in
    // parentheses. Escaped characters are kept as they are.
    bool balanced(QChar close, QString &out)
    {
        int depth = 0;
        while (m_pos < m_t.size()) {
            const QChar c = m_t.at(m_pos++);
            if (c == u'\n')
                ++m_line;
            if (c == u'\\' && m_pos < m_t.size()) {
                out += c;
                out += m_t.at(m_pos++);
                continue;
            }
            if (c == u'{')
                ++depth;
            else if (c == close && depth == 0)
                return true;
            else if (c == u'}')
                --depth;
            out += c;
        }
        return false;
    }

    bool skipBalanced(QChar close, int line, QString &error)
    {
        QString ignored;
        if (!balanced(close, ignored)) {
            error = where(m_file, line, QString()) + ImportText::tr("the entry is not closed");
            return false;
        }
        return true;
    }

    bool expect(QChar c, int line, QString &error)
    {
        skipSpace();
        if (m_pos < m_t.size() && m_t.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        error = where(m_file, line, QString()) + ImportText::tr("expected '%1'").arg(c);
        return false;
    }

    bool skipTo(QChar c)
    {
        while (m_pos < m_t.size() && m_t.at(m_pos) != c) {
            if (m_t.at(m_pos) == u'\n')
                ++m_line;
            ++m_pos;
        }
        return m_pos < m_t.size();
    }

    void skipSpace()
    {
        while (m_pos < m_t.size() && m_t.at(m_pos).isSpace()) {
            if (m_t.at(m_pos) == u'\n')
                ++m_line;
            ++m_pos;
        }
    }

    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_t.size()
               && (m_t.at(m_pos).isLetterOrNumber() || QStringLiteral("_-:.+/").contains(m_t.at(m_pos))))
            ++m_pos;
        return m_t.mid(start, m_pos - start);
    }

    QString readUntil(QChar c)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_t.size() && m_t.at(m_pos) != c) {
            if (m_t.at(m_pos) == u'\n')
                ++m_line;
            ++m_pos;
        }
        return m_t.mid(start, m_pos - start);
    }

    const QString &m_t;
    QString m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, QString> m_macros;
};

} // namespace

bool parseBibtex(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error)
{
    out.clear();
    bool ok = false;
    const QString text = decodeUtf8(data, fileName, ok, error);
    if (!ok)
        return false;
    return BibParser(text, fileName).parse(out, error);
}

// ------------------------------------------------------------------------------------- duplicates

namespace {
/// Title without case, accents, spaces and punctuation, with the year: "effectsofx|2001".
QString titleKey(const QString &title, int year)
{
    bool ascii = true;
    for (QChar c : title)
        ascii = ascii && c.unicode() < 128;
    const QString source = ascii ? title : title.normalized(QString::NormalizationForm_KD);
    QString k;
    k.reserve(source.size() + 6);
    for (QChar c : source) {
        if (ascii ? (c.isLetterOrNumber() && c.unicode() < 128) : c.isLetterOrNumber())
            k.append(c.toLower());
    }
    if (k.isEmpty())
        return {};
    k.append(QLatin1Char('|'));
    k.append(QString::number(year));
    return k;
}
} // namespace

QList<ImportedStudy> withoutDuplicates(const QList<ImportedStudy> &records, const QList<Study> &existing,
                                       QList<SkippedDuplicate> &skipped)
{
    // key -> the first holder: an existing study (index >= 0) or a record (-1 - index)
    QHash<QString, qsizetype> dois, titles;
    dois.reserve(existing.size() + records.size());
    titles.reserve(existing.size() + records.size());
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const Study &s = existing[i];
        if (!s.doi.isEmpty())
            dois.insert(normaliseDoi(s.doi).toLower(), i);
        if (const QString k = titleKey(s.title, s.year); !k.isEmpty())
            titles.insert(k, i);
    }
    auto label
        = [&](qsizetype holder) { return holder >= 0 ? existing[holder].label() : records[-1 - holder].study.label(); };
    QList<ImportedStudy> kept;
    kept.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ImportedStudy &r = records[i];
        const QString doi = normaliseDoi(r.study.doi).toLower();
        const QString key = titleKey(r.study.title, r.study.year);
        if (!doi.isEmpty()) {
            if (const auto it = dois.constFind(doi); it != dois.cend()) {
                skipped.append({r.line, r.study.label(), ImportText::tr("same DOI as %1").arg(label(*it))});
                continue;
            }
        }
        if (!key.isEmpty()) {
            if (const auto it = titles.constFind(key); it != titles.cend()) {
                skipped.append({r.line, r.study.label(), ImportText::tr("same title and year as %1").arg(label(*it))});
                continue;
            }
        }
        if (!doi.isEmpty())
            dois.insert(doi, -1 - i);
        if (!key.isEmpty())
            titles.insert(key, -1 - i);
        kept.append(r);
    }
    return kept;
}

// ----------------------------------------------------------------------------------------- export

namespace {
QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}
QString number(double x)
{
    return std::isfinite(x) ? QString::number(x, 'g', 17) : QString();
}
} // namespace

bool exportStudiesCsv(const Review &review, qint64 claimId, const QString &path, QString &error)
{
    QStringList extraColumns;
    for (const Study &s : review.studies)
        for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
            if (!extraColumns.contains(it.key()))
                extraColumns << it.key();
    extraColumns.sort();
    QSaveFile f(path); // written to a temporary file and renamed: never half a file
    if (!f.open(QIODevice::WriteOnly)) {
        error = ImportText::tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    QStringList header = exportColumns();
    header << extraColumns;
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Study &s : review.studies) {
        QStringList row {csvField(s.label()),
                         csvField(s.authors),
                         csvField(s.title),
                         s.year > 0 ? QString::number(s.year) : QString(),
                         csvField(s.journal),
                         csvField(s.doi),
                         csvField(s.pmid),
                         csvField(s.url),
                         designKey(s.design),
                         number(s.quality),
                         csvField(s.qualityTool),
                         s.included ? QStringLiteral("yes") : QStringLiteral("no"),
                         claimId > 0 ? stanceKey(review.stance(claimId, s.id)) : QString(),
                         csvField(s.notes)};
        for (const synth::StudyInputField &field : synth::kStudyInputFields)
            row << number(s.data.*field.member);
        for (const QString &c : extraColumns)
            row << csvField(s.extra.value(c).toString());
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    f.write(out);
    if (!f.commit()) {
        error = ImportText::tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace evidencedesk
