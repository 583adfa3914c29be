// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers.h"
#include "csvtable.h"
#include "effectdata.h"
#include "textfile.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads ImportText::tr calls).
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

/// The longest value (characters) a field may hold, and a whole record.
constexpr qsizetype kMaxValue = kMaxFieldBytes;
constexpr qsizetype kMaxRecord = 4 * kMaxValue;

QString tooLong()
{
    return ImportText::tr("the value is longer than %1 million characters").arg(kMaxValue >> 20);
}

/// A year field: the first four digits (RIS "2001///", "2001/05/01", BibTeX "{2001}").
std::optional<int> parseYear(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() < 4)
        return std::nullopt;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
        const char16_t c = v.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        y = 10 * y + (c - u'0');
    }
    return (y >= 1000 && y <= 2200) ? std::optional<int>(y) : std::nullopt;
}

bool allDigits(const QString &s, qsizetype maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (QChar c : s)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return true;
}

// ---------------------------------------------------------------------------------------------- CSV

/// A column name as the importer matches it: case aside, and the names of PubMed's own CSV export ("Title",
/// "Authors", "Journal/Book", "Publication Year", "PMID", "DOI") as ours.
QString canonicalColumn(const QString &name)
{
    static const QHash<QString, QString> pubmed {{QStringLiteral("publication year"), QStringLiteral("year")},
                                                 {QStringLiteral("journal/book"), QStringLiteral("journal")}};
    const QString lower = name.trimmed().toLower();
    return pubmed.value(lower, lower);
}

class CsvStudyReader : public StudyReader {
public:
    bool start(QString &error)
    {
        if (!readCsvHeader(m_in, m_header, error))
            return false;
        m_known = exportColumns() + riskOfBiasColumns();
        QHash<QString, qsizetype> byName; // the first column of each canonical name
        for (qsizetype c = m_header.size() - 1; c >= 0; --c)
            byName.insert(canonicalColumn(m_header[c]), c);
        for (const QString &name : std::as_const(m_known))
            m_index.insert(name, byName.value(name, -1));
        for (const QString &name : effectColumns())
            m_numeric.append(byName.value(name, -1));
        const QSet<QString> known(m_known.cbegin(), m_known.cend());
        for (qsizetype c = 0; c < m_header.size(); ++c)
            if (!known.contains(canonicalColumn(m_header[c])) && !m_header[c].isEmpty())
                m_extra.append(c);
        // a semicolon-separated file is what a spreadsheet writes where the decimal sign is a comma
        m_decimalComma = m_in.delimiter() == ';';
        if (m_in.delimiter() != ',')
            m_notes << ImportText::tr("%1: read as a %2-separated file%3")
                           .arg(m_in.fileName(), delimiterName(m_in.delimiter()),
                                m_decimalComma ? ImportText::tr(", decimal commas as decimal points") : QString());
        for (std::size_t i = 0; i < std::size(kTextColumns); ++i)
            m_columns[i] = m_index.value(QLatin1String(kTextColumns[i]), -1);
        for (const QString &name : riskOfBiasColumns())
            if (const qsizetype c = m_index.value(name, -1); c >= 0)
                m_robColumns.append({name, c});
        return true;
    }
    CsvReader &input() { return m_in; }
    QStringList notes() const override
    {
        QStringList out = m_notes;
        if (m_halfEffects > 0)
            out << ImportText::tr("%1: %n record(s) give yi without vi or sei (the first on line %2); they have no "
                                  "effect size until a variance or standard error is added",
                                  nullptr, m_halfEffects)
                       .arg(m_in.fileName(), QString::number(m_firstHalfEffect));
        return out;
    }
    qint64 position() const override { return m_in.position(); }
    qint64 total() const override { return m_in.total(); }

    bool next(ImportedStudy &rec, QString &error) override
    {
        if (!m_in.next(error))
            return false;
        if (m_in.size() != m_header.size()) {
            error = csvFieldCountError(m_in, m_header.size());
            return false;
        }
        const int line = m_in.line();
        auto cell = [&](Column column) {
            const qsizetype c = m_columns[column];
            return c >= 0 ? fromSpreadsheetSafe(m_in.text(c)) : QString();
        };
        auto fail = [&](const char *field, const QString &what) {
            error = location(m_in.fileName(), line, QLatin1String(field)) + what;
            return false;
        };
        rec = ImportedStudy();
        rec.line = line;
        Study &s = rec.study;
        s.authors = cell(Authors);
        s.title = cell(Title);
        if (s.title.isEmpty()) {
            s.title = cell(StudyLabel);
            rec.labelOnly = !s.title.isEmpty();
        }
        if (const QString id = cell(StudyId); !id.isEmpty()) {
            bool ok = false;
            rec.studyId = id.toLongLong(&ok);
            if (!ok || rec.studyId <= 0)
                return fail(
                    "study_id",
                    ImportText::tr("'%1' is not a study id (a whole number as export writes it)").arg(shortened(id)));
        }
        s.journal = cell(Journal);
        s.doi = normaliseDoi(cell(Doi));
        s.pmid = cell(Pmid);
        s.url = cell(Url);
        s.qualityTool = cell(QualityTool);
        s.notes = cell(Notes);
        if (s.title.isEmpty() && s.authors.isEmpty() && s.doi.isEmpty())
            return fail("title", ImportText::tr("the study has no title, study label, authors or DOI"));
        if (const QString y = cell(Year); !y.isEmpty() && y != QLatin1String("NA")) {
            bool ok = false;
            const int year = y.toInt(&ok);
            if (!ok || year < 1000 || year > 2200)
                return fail("year", ImportText::tr("'%1' is not a year").arg(shortened(y)));
            s.year = year;
        }
        if (const QString d = cell(DesignColumn); !d.isEmpty()) {
            const auto design = designFromKey(d);
            if (!design)
                return fail("design",
                            ImportText::tr("unknown design '%1' (use systematic_review, rct, non_randomised, cohort, "
                                           "case_control, cross_sectional, narrative_review, expert_opinion or other)")
                                .arg(shortened(d)));
            s.design = *design;
        }
        if (const QString q = cell(Quality); !q.isEmpty() && q != QLatin1String("NA")) {
            bool ok = false;
            const double quality = decimal(q).toDouble(&ok);
            if (!ok || !(quality >= 0 && quality <= 100))
                return fail("quality", ImportText::tr("'%1' is not a score from 0 to 100").arg(shortened(q)));
            s.quality = quality;
        }
        if (const QString st = cell(StanceColumn); !st.isEmpty()) {
            const auto stance = stanceFromKey(st);
            if (!stance)
                return fail("stance",
                            ImportText::tr("unknown stance '%1' (use supporting, contradicting, neutral or untagged)")
                                .arg(shortened(st)));
            rec.stance = *stance;
        }
        if (const QString inc = cell(Included).toLower(); !inc.isEmpty()) {
            rec.includedGiven = true;
            if (inc == QLatin1String("yes") || inc == QLatin1String("true") || inc == QLatin1String("1"))
                s.included = true;
            else if (inc == QLatin1String("no") || inc == QLatin1String("false") || inc == QLatin1String("0"))
                s.included = false;
            else
                return fail("included", ImportText::tr("'%1' is not yes or no").arg(shortened(inc)));
        }
        for (qsizetype i = 0; i < m_numeric.size(); ++i) {
            if (m_numeric[i] < 0)
                continue;
            const QString v = m_in.text(m_numeric[i]);
            if (v.isEmpty() || v == QLatin1String("NA"))
                continue;
            bool ok = false;
            const double x = decimal(v).toDouble(&ok); // C locale, whatever the UI language
            if (!ok || !std::isfinite(x)) {
                error = location(m_in.fileName(), line, effectColumns()[i])
                    + ImportText::tr("'%1' is not a number").arg(shortened(v));
                return false;
            }
            rec.data.*synth::kStudyInputFields[std::size_t(i)].member = x;
        }
        if (!checkOutcomeData(rec.data, line, error))
            return false;
        if (!m_robColumns.isEmpty() && !readRiskOfBias(rec, line, error))
            return false;
        if (!std::isnan(rec.data.yi) && std::isnan(rec.data.vi) && std::isnan(rec.data.sei) && m_halfEffects++ == 0)
            m_firstHalfEffect = line;
        for (qsizetype c : std::as_const(m_extra))
            if (const QString v = fromSpreadsheetSafe(m_in.text(c)); !v.isEmpty())
                s.extra.insert(m_header[c], v);
        return true;
    }

private:
    /// The record's risk-of-bias judgements (RoB 2's or ROBINS-I's columns, not both) and their support texts.
    bool readRiskOfBias(ImportedStudy &rec, int line, QString &error) const
    {
        std::optional<RobTool> tool;
        for (const auto &[name, c] : m_robColumns) {
            if (name.startsWith(QLatin1String("rob_support")) || m_in.text(c).trimmed().isEmpty())
                continue;
            const RobTool t = name.startsWith(QLatin1String("rob2")) ? RobTool::Rob2 : RobTool::RobinsI;
            if (tool && *tool != t) {
                error = location(m_in.fileName(), line, name)
                    + ImportText::tr("a study is judged with RoB 2 or with ROBINS-I, not both");
                return false;
            }
            tool = t;
        }
        bool supported = false;
        for (const auto &[name, c] : m_robColumns)
            supported = supported || (name.startsWith(QLatin1String("rob_support")) && !m_in.text(c).isEmpty());
        if (!tool && !supported)
            return true;
        RobAssessment a = RobAssessment::empty(tool.value_or(robToolFor(rec.study.design)));
        for (const auto &[name, c] : m_robColumns) {
            const QString v = fromSpreadsheetSafe(m_in.text(c)).trimmed();
            if (v.isEmpty())
                continue;
            const bool support = name.startsWith(QLatin1String("rob_support"));
            const auto domain = robDomainFromKey(a.tool, name.section(QLatin1Char('_'), -1)); // "d3", "overall"
            if (support) {
                if (!domain) {
                    error = location(m_in.fileName(), line, name)
                        + ImportText::tr("%1 has %n domain(s)", nullptr, robDomainCount(a.tool))
                              .arg(robToolName(a.tool));
                    return false;
                }
                a.setSupport(*domain, v);
                continue;
            }
            const auto j = robJudgementFromKey(v);
            if (!j || !robAllows(a.tool, *j)) {
                error = location(m_in.fileName(), line, name)
                    + (a.tool == RobTool::Rob2
                           ? ImportText::tr("unknown RoB 2 judgement '%1' (use low, some or high)")
                           : ImportText::tr(
                               "unknown ROBINS-I judgement '%1' (use low, moderate, serious, critical or ni)"))
                          .arg(shortened(v));
                return false;
            }
            a.set(*domain, *j); // a judgement column is one of its own tool's (a.tool, checked above)
        }
        rec.risk = a;
        return true;
    }

    /// A number as the file writes it: in a semicolon-separated file a decimal comma is the decimal point.
    QString decimal(const QString &v) const
    {
        return m_decimalComma ? QString(v).replace(QLatin1Char(','), QLatin1Char('.')) : v;
    }

    /// Outcome data that no measure could use are refused here, not at analysis time. (The messages are translated
    /// only when one is needed: a million records would otherwise look up fourteen translations each.)
    bool checkOutcomeData(const synth::StudyInput &d, int line, QString &error) const
    {
        auto bad = [&](bool condition, const char *field, const char *what) {
            if (condition)
                error = location(m_in.fileName(), line, QLatin1String(field)) + ImportText::tr(what);
            return condition;
        };
        for (const auto &[f, x] : {std::pair {"ai", d.ai},
                                   {"bi", d.bi},
                                   {"ci", d.ci},
                                   {"di", d.di},
                                   {"n1i", d.n1i},
                                   {"n2i", d.n2i},
                                   {"ni", d.ni}}) {
            if (bad(x < 0, f, QT_TRANSLATE_NOOP("ImportText", "a count cannot be negative")))
                return false;
        }
        return !(
            bad(d.ai > d.n1i, "ai", QT_TRANSLATE_NOOP("ImportText", "more events than participants (n1i)"))
            || bad(d.ci > d.n2i, "ci", QT_TRANSLATE_NOOP("ImportText", "more events than participants (n2i)"))
            || bad(d.sd1i <= 0, "sd1i", QT_TRANSLATE_NOOP("ImportText", "a standard deviation must be greater than 0"))
            || bad(d.sd2i <= 0, "sd2i", QT_TRANSLATE_NOOP("ImportText", "a standard deviation must be greater than 0"))
            || bad(d.vi < 0, "vi", QT_TRANSLATE_NOOP("ImportText", "a sampling variance cannot be negative"))
            || bad(d.sei < 0, "sei", QT_TRANSLATE_NOOP("ImportText", "a standard error cannot be negative"))
            || bad(std::abs(d.ri) > 1, "ri",
                   QT_TRANSLATE_NOOP("ImportText", "a correlation must lie between -1 and 1")));
    }

    /// The columns read as text, in the order of kTextColumns.
    enum Column {
        Authors,
        Title,
        StudyLabel,
        Journal,
        Doi,
        Pmid,
        Url,
        QualityTool,
        Notes,
        Year,
        DesignColumn,
        Quality,
        StanceColumn,
        Included,
        StudyId
    };
    static constexpr const char *kTextColumns[]
        = {"authors", "title", "study",  "journal", "doi",    "pmid",     "url",     "quality_tool",
           "notes",   "year",  "design", "quality", "stance", "included", "study_id"};
    CsvReader m_in;
    QList<std::pair<QString, qsizetype>> m_robColumns; ///< the file's risk-of-bias columns and where they are
    QStringList m_header, m_known;
    QHash<QString, qsizetype> m_index;
    qsizetype m_columns[std::size(kTextColumns)] = {};
    QList<qsizetype> m_numeric, m_extra;
    bool m_decimalComma = false;
    QStringList m_notes;
    int m_halfEffects = 0, m_firstHalfEffect = 0;
};

// ---------------------------------------------------------------------------------------------- RIS

class RisReader : public StudyReader {
public:
    LineReader &input() { return m_in; }
    qint64 position() const override { return m_in.position(); }
    qint64 total() const override { return m_in.total(); }

    bool next(ImportedStudy &rec, QString &error) override
    {
        bool inRecord = false;
        int recordLine = 0;
        qsizetype size = 0;
        m_fields.clear();
        QString line;
        while (m_in.next(line, error)) {
            const int number = m_in.line();
            QString tag, value;
            const bool tagged = parseTagLine(line, tag, value);
            if (!inRecord) {
                if (line.trimmed().isEmpty())
                    continue;
                if (!tagged || tag != QLatin1String("TY")) {
                    error = location(m_in.fileName(), number)
                        + ImportText::tr("expected a record to start with 'TY  - '");
                    return false;
                }
                inRecord = true;
                recordLine = number;
                m_fields.append({tag, value, number});
                continue;
            }
            if (tagged && tag == QLatin1String("ER"))
                return finish(recordLine, rec, error);
            if (tagged && tag == QLatin1String("TY")) {
                error = location(m_in.fileName(), number, QStringLiteral("TY"))
                    + ImportText::tr("a new record starts before the record of line %1 ended (ER)").arg(recordLine);
                return false;
            }
            if (tagged)
                m_fields.append({tag, value, number});
            else if (!line.trimmed().isEmpty())
                m_fields.last().value += QLatin1Char(' ') + line.trimmed(); // continuation of the previous tag
            size += line.size();
            if (m_fields.last().value.size() > kMaxValue || size > kMaxRecord) {
                error = location(m_in.fileName(), m_fields.last().line, m_fields.last().tag) + tooLong();
                return false;
            }
        }
        if (error.isEmpty() && inRecord)
            error = location(m_in.fileName(), recordLine, QStringLiteral("ER"))
                + ImportText::tr("the record has no end (ER)");
        return false;
    }

private:
    struct Field {
        QString tag, value;
        int line = 0;
    };

    /// "TY  - JOUR": two characters (a capital letter, then a capital or a digit), two spaces, a hyphen, and
    /// the value after one space.
    static bool parseTagLine(const QString &line, QString &tag, QString &value)
    {
        if (line.size() < 5 || line.at(2) != u' ' || line.at(3) != u' ' || line.at(4) != u'-')
            return false;
        const char16_t a = line.at(0).unicode(), b = line.at(1).unicode();
        if (!(a >= u'A' && a <= u'Z') || !((b >= u'A' && b <= u'Z') || (b >= u'0' && b <= u'9')))
            return false;
        if (line.size() > 5 && line.at(5) != u' ')
            return false;
        tag = line.left(2);
        value = line.mid(6);
        return true;
    }

    bool finish(int recordLine, ImportedStudy &rec, QString &error)
    {
        rec = ImportedStudy();
        rec.line = recordLine;
        Study &s = rec.study;
        QStringList authors, notes;
        QString title, journal, year, yearTag, accession;
        int yearLine = recordLine;
        bool pubmed = false;
        for (const Field &f : std::as_const(m_fields)) {
            const QString &tag = f.tag;
            const QString value = f.value.trimmed();
            if (value.isEmpty())
                continue;
            if (tag == QLatin1String("AU") || tag == QLatin1String("A1"))
                authors << value;
            else if ((tag == QLatin1String("TI") || tag == QLatin1String("T1")) && title.isEmpty())
                title = value;
            else if ((tag == QLatin1String("PY") || tag == QLatin1String("Y1")) && year.isEmpty()) {
                year = value;
                yearLine = f.line;
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
        if (!accession.isEmpty()) {
            if (pubmed || allDigits(accession, 9))
                s.pmid = accession;
            else
                s.extra.insert(QStringLiteral("accession"), accession);
        }
        if (title.isEmpty()) {
            error = location(m_in.fileName(), recordLine, QStringLiteral("TI"))
                + ImportText::tr("the record has no title (TI or T1)");
            return false;
        }
        if (!year.isEmpty()) {
            const auto y = parseYear(year);
            if (!y) {
                error = location(m_in.fileName(), yearLine, yearTag)
                    + ImportText::tr("'%1' is not a year").arg(shortened(year));
                return false;
            }
            s.year = *y;
        }
        s.authors = authors.join(QStringLiteral("; "));
        s.title = title;
        s.journal = journal;
        s.notes = notes.join(QLatin1Char('\n'));
        return true;
    }

    LineReader m_in;
    QList<Field> m_fields;
};

// ---------------------------------------------------------------------------------------------- MEDLINE

/// PubMed's MEDLINE format (.nbib, .medline, .txt from "Send to: Citation manager"): records separated by blank
/// lines, each line "TAG - value" with the tag padded to four characters, continuation lines indented by six.
class MedlineReader : public StudyReader {
public:
    LineReader &input() { return m_in; }
    qint64 position() const override { return m_in.position(); }
    qint64 total() const override { return m_in.total(); }

    bool next(ImportedStudy &rec, QString &error) override
    {
        m_fields.clear();
        int recordLine = 0;
        qsizetype size = 0;
        QString line;
        for (;;) {
            bool more = true;
            if (m_pending.isEmpty()) {
                more = m_in.next(line, error);
                if (!more && !error.isEmpty())
                    return false;
            } else {
                line = m_pending;
                m_pending.clear();
            }
            const int number = more ? m_in.line() : 0;
            if (!more || line.trimmed().isEmpty()) {
                if (recordLine > 0)
                    return finish(recordLine, rec, error);
                if (!more)
                    return false;
                continue;
            }
            QString tag, value;
            if (parseTagLine(line, tag, value)) {
                if (recordLine == 0) {
                    if (tag != QLatin1String("PMID")) {
                        error = location(m_in.fileName(), number)
                            + ImportText::tr("expected a MEDLINE record to start with 'PMID- '");
                        return false;
                    }
                    recordLine = number;
                } else if (tag == QLatin1String("PMID")) { // a record without a blank line before it
                    m_pending = line;
                    return finish(recordLine, rec, error);
                }
                m_fields.append({tag, value, number});
            } else if (recordLine > 0 && line.startsWith(QLatin1String("      "))) {
                m_fields.last().value += QLatin1Char(' ') + line.trimmed(); // a continuation line
            } else {
                error = location(m_in.fileName(), number)
                    + ImportText::tr("expected 'TAG - value' or a continuation line indented by six spaces");
                return false;
            }
            size += line.size();
            if (m_fields.last().value.size() > kMaxValue || size > kMaxRecord) {
                error = location(m_in.fileName(), m_fields.last().line, m_fields.last().tag) + tooLong();
                return false;
            }
        }
    }

private:
    struct Field {
        QString tag, value;
        int line = 0;
    };

    /// "PMID- 123", "TI  - Title", "FAU - Smith, John": up to four capitals or digits padded with spaces to four
    /// characters, then "- " and the value.
    static bool parseTagLine(const QString &line, QString &tag, QString &value)
    {
        if (line.size() < 5 || line.at(4) != u'-' || (line.size() > 5 && line.at(5) != u' '))
            return false;
        const QString t = line.left(4).trimmed();
        if (t.isEmpty() || line.at(0) == u' ')
            return false;
        for (const QChar c : t)
            if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
                return false;
        tag = t;
        value = line.mid(6);
        return true;
    }

    bool finish(int recordLine, ImportedStudy &rec, QString &error)
    {
        rec = ImportedStudy();
        rec.line = recordLine;
        Study &s = rec.study;
        QStringList fullAuthors, authors;
        QString title, shortJournal, journal, date;
        int dateLine = recordLine;
        for (const Field &f : std::as_const(m_fields)) {
            const QString value = f.value.trimmed();
            if (value.isEmpty())
                continue;
            const QString &tag = f.tag;
            if (tag == QLatin1String("PMID"))
                s.pmid = value;
            else if (tag == QLatin1String("TI"))
                title = value;
            else if (tag == QLatin1String("AB"))
                s.extra.insert(QStringLiteral("abstract"), value);
            else if (tag == QLatin1String("FAU"))
                fullAuthors << value;
            else if (tag == QLatin1String("AU"))
                authors << value;
            else if (tag == QLatin1String("DP")) {
                date = value;
                dateLine = f.line;
            } else if (tag == QLatin1String("JT"))
                journal = value;
            else if (tag == QLatin1String("TA"))
                shortJournal = value;
            else if ((tag == QLatin1String("LID") || tag == QLatin1String("AID"))
                     && value.endsWith(QLatin1String("[doi]")) && s.doi.isEmpty())
                s.doi = normaliseDoi(value.chopped(5).trimmed());
            else if (tag == QLatin1String("PT") && s.design == Design::Unspecified) {
                if (value.compare(QLatin1String("Randomized Controlled Trial"), Qt::CaseInsensitive) == 0)
                    s.design = Design::Rct;
                else if (value.compare(QLatin1String("Systematic Review"), Qt::CaseInsensitive) == 0
                         || value.compare(QLatin1String("Meta-Analysis"), Qt::CaseInsensitive) == 0)
                    s.design = Design::SystematicReview;
            }
        }
        if (title.isEmpty()) {
            error = location(m_in.fileName(), recordLine, QStringLiteral("TI"))
                + ImportText::tr("the record has no title (TI)");
            return false;
        }
        if (!date.isEmpty()) {
            const auto y = parseYear(date.left(4));
            if (!y) {
                error = location(m_in.fileName(), dateLine, QStringLiteral("DP"))
                    + ImportText::tr("'%1' is not a year").arg(shortened(date));
                return false;
            }
            s.year = *y;
        }
        s.title = title;
        s.authors = (fullAuthors.isEmpty() ? authors : fullAuthors).join(QStringLiteral("; "));
        s.journal = journal.isEmpty() ? shortJournal : journal;
        return true;
    }

    LineReader m_in;
    QList<Field> m_fields;
    QString m_pending; ///< a line read ahead: the next record's first
};

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
    if (suffix == QLatin1String("nbib") || suffix == QLatin1String("medline"))
        return ImportFormat::Medline;
    return std::nullopt;
}

QStringList exportColumns()
{
    QStringList c {QStringLiteral("study_id"), QStringLiteral("study"),   QStringLiteral("authors"),
                   QStringLiteral("title"),    QStringLiteral("year"),    QStringLiteral("journal"),
                   QStringLiteral("doi"),      QStringLiteral("pmid"),    QStringLiteral("url"),
                   QStringLiteral("design"),   QStringLiteral("quality"), QStringLiteral("quality_tool"),
                   QStringLiteral("included"), QStringLiteral("stance"),  QStringLiteral("notes")};
    c << effectColumns();
    return c;
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

/// BibTeX read whole (entries refer to @string macros defined anywhere before them), one entry at a time.
class BibtexReader : public StudyReader {
public:
    /// Reads all of `in` as text: UTF-8 checked line by line, every line end made LF.
    bool start(LineReader &in, QString &error)
    {
        m_file = in.fileName();
        m_total = in.total();
        QString line;
        for (bool first = true; in.next(line, error); first = false) {
            if (!first)
                m_t += QLatin1Char('\n');
            m_t += line;
        }
        return error.isEmpty();
    }
    qint64 position() const override { return m_total * m_pos / qMax<qsizetype>(1, m_t.size()); }
    qint64 total() const override { return m_total; }

    bool next(ImportedStudy &rec, QString &error) override
    {
        while (skipTo(u'@')) {
            const int entryLine = m_line;
            ++m_pos;
            const QString type = identifier().toLower();
            skipSpace();
            if (m_pos >= m_t.size() || (m_t.at(m_pos) != u'{' && m_t.at(m_pos) != u'(')) {
                error = location(m_file, m_line) + ImportText::tr("expected '{' after @%1").arg(shortened(type));
                return false;
            }
            const QChar close = m_t.at(m_pos) == u'{' ? u'}' : u')';
            ++m_pos;
            if (type == QLatin1String("comment") || type == QLatin1String("preamble")) {
                if (!balanced(close, nullptr)) {
                    error = location(m_file, entryLine) + ImportText::tr("the entry is not closed");
                    return false;
                }
                continue;
            }
            if (type == QLatin1String("string")) {
                QString name, value;
                if (!field(name, value, error) || !expect(close, entryLine, error))
                    return false;
                m_macroSize += value.size();
                if (m_macroSize > kMaxRecord) {
                    error = location(m_file, entryLine, name)
                        + ImportText::tr("the @string macros are longer than %1 million characters in all")
                              .arg(kMaxRecord >> 20);
                    return false;
                }
                m_macros.insert(name.toLower(), value);
                continue;
            }
            skipSpace();
            const QString key = readUntil(u',').trimmed();
            if (m_pos >= m_t.size()) {
                error
                    = location(m_file, entryLine) + ImportText::tr("the entry @%1 is not closed").arg(shortened(type));
                return false;
            }
            ++m_pos; // ','
            QHash<QString, QString> fields;
            QHash<QString, int> lines;
            QString lastField;
            qsizetype size = 0;
            for (;;) {
                skipSpace();
                if (m_pos >= m_t.size()) {
                    // Mostly a brace opened in a field and never closed, which swallowed the rest: point there.
                    error = lastField.isEmpty() ? location(m_file, entryLine)
                            + ImportText::tr("the entry '%1' is not closed").arg(shortened(key))
                                                : location(m_file, lines.value(lastField), lastField)
                            + ImportText::tr("the entry '%1' does not end after this field: are its braces balanced?")
                                  .arg(shortened(key));
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
                size += value.size();
                if (size > kMaxRecord) {
                    error = location(m_file, entryLine)
                        + ImportText::tr("the entry is longer than %1 million characters").arg(kMaxRecord >> 20);
                    return false;
                }
                fields.insert(name.toLower(), value);
                lines.insert(name.toLower(), line);
                lastField = name.toLower();
                skipSpace();
                if (m_pos < m_t.size() && m_t.at(m_pos) == u',')
                    ++m_pos;
                else if (m_pos < m_t.size() && m_t.at(m_pos) != close) {
                    error = location(m_file, m_line, name)
                        + ImportText::tr("expected ',' or the end of the entry after the field");
                    return false;
                }
            }
            return toStudy(type, key, entryLine, fields, lines, rec, error);
        }
        return false;
    }

private:
    bool toStudy(const QString &type, const QString &key, int line, const QHash<QString, QString> &f,
                 const QHash<QString, int> &lines, ImportedStudy &rec, QString &error)
    {
        rec = ImportedStudy();
        rec.line = line;
        Study &s = rec.study;
        s.title = decodeLatex(f.value(QStringLiteral("title")));
        if (s.title.isEmpty()) {
            error = location(m_file, line, QStringLiteral("title"))
                + ImportText::tr("the entry '%1' has no title").arg(shortened(key));
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
                error = location(m_file, lines.value(QStringLiteral("year"), line), QStringLiteral("year"))
                    + ImportText::tr("'%1' is not a year").arg(shortened(y));
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
        return true;
    }

    bool field(QString &name, QString &value, QString &error)
    {
        skipSpace();
        name = identifier();
        if (name.isEmpty()) {
            error = location(m_file, m_line) + ImportText::tr("expected a field name");
            return false;
        }
        skipSpace();
        if (m_pos >= m_t.size() || m_t.at(m_pos) != u'=') {
            error = location(m_file, m_line, name) + ImportText::tr("expected '=' after the field name");
            return false;
        }
        ++m_pos;
        value.clear();
        const int first = m_line;
        for (;;) {
            skipSpace();
            if (m_pos >= m_t.size()) {
                error = location(m_file, m_line, name) + ImportText::tr("the value is missing");
                return false;
            }
            const QChar c = m_t.at(m_pos);
            const int start = m_line;
            if (c == u'{' || c == u'"') {
                ++m_pos;
                QString part;
                if (!balanced(c == u'{' ? u'}' : u'"', &part)) {
                    error = location(m_file, start, name)
                        + (m_tooLong       ? tooLong()
                               : c == u'{' ? ImportText::tr("a '{' is not closed")
                                           : ImportText::tr("a '\"' is not closed"));
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
                const auto m = m_macros.constFind(macro);
                if (m != m_macros.cend() && value.size() + m->size() <= kMaxValue)
                    value += *m;
                else if (m != m_macros.cend()) {
                    value.resize(kMaxValue + 1); // too long: reported below
                } else if (months.contains(macro))
                    value += months.value(macro);
                else {
                    error = location(m_file, start, name)
                        + (macro.isEmpty() ? ImportText::tr("unexpected '%1' in the value").arg(c)
                                           : ImportText::tr("unknown macro '%1'").arg(shortened(macro)));
                    return false;
                }
            }
            if (value.size() > kMaxValue) {
                error = location(m_file, first, name) + tooLong();
                return false;
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
    // parentheses. Escaped characters are kept as they are. `out` null: the text is skipped.
    bool balanced(QChar close, QString *out)
    {
        m_tooLong = false;
        int depth = 0;
        const qsizetype start = m_pos;
        while (m_pos < m_t.size()) {
            const QChar c = m_t.at(m_pos++);
            if (c == u'\n')
                ++m_line;
            if (c == u'\\' && m_pos < m_t.size()) {
                if (m_t.at(m_pos) == u'\n')
                    ++m_line;
                ++m_pos;
                continue;
            }
            if (c == u'{')
                ++depth;
            else if (c == close && depth == 0) {
                if (out) {
                    if (m_pos - 1 - start > kMaxValue) {
                        m_tooLong = true;
                        return false;
                    }
                    *out = m_t.mid(start, m_pos - 1 - start);
                }
                return true;
            } else if (c == u'}')
                --depth;
        }
        return false;
    }

    bool expect(QChar c, int line, QString &error)
    {
        skipSpace();
        if (m_pos < m_t.size() && m_t.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        error = location(m_file, line) + ImportText::tr("expected '%1'").arg(c);
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

    QString m_t, m_file;
    qint64 m_total = 0;
    qsizetype m_pos = 0, m_macroSize = 0;
    int m_line = 1;
    bool m_tooLong = false;
    QHash<QString, QString> m_macros;
};

/// A reader of `format` on `input`, or null with `error` (an empty file, a malformed header or invalid text
/// before the first record).
template<typename Input>
std::unique_ptr<StudyReader> startReader(ImportFormat format, Input &&prepare, QString &error)
{
    switch (format) {
    case ImportFormat::Csv: {
        auto r = std::make_unique<CsvStudyReader>();
        return prepare(r->input()) && r->start(error) ? std::move(r) : nullptr;
    }
    case ImportFormat::Ris: {
        auto r = std::make_unique<RisReader>();
        return prepare(r->input()) ? std::move(r) : nullptr;
    }
    case ImportFormat::Medline: {
        auto r = std::make_unique<MedlineReader>();
        return prepare(r->input()) ? std::move(r) : nullptr;
    }
    case ImportFormat::Bibtex: {
        LineReader lines;
        auto r = std::make_unique<BibtexReader>();
        return prepare(lines) && r->start(lines, error) ? std::move(r) : nullptr;
    }
    }
    return nullptr;
}

bool readAll(StudyReader *reader, QList<ImportedStudy> &out, QString &error)
{
    out.clear();
    if (!reader)
        return false;
    ImportedStudy r;
    while (reader->next(r, error))
        out.append(r);
    return error.isEmpty();
}

} // namespace

std::unique_ptr<StudyReader> StudyReader::open(const QString &path, QString &error)
{
    const auto format = importFormatFor(path);
    if (!format) {
        error = location(path) + ImportText::tr("unknown file type (use .csv, .ris, .bib or .nbib)");
        return nullptr;
    }
    auto reader = startReader(
        *format, [&](ChunkedInput &in) { return in.open(path, error); }, error);
    if (reader)
        reader->m_fileName = path;
    return reader;
}

std::unique_ptr<StudyReader> StudyReader::fromData(ImportFormat format, const QByteArray &data, const QString &fileName)
{
    QString error;
    auto reader = startReader(
        format,
        [&](ChunkedInput &in) {
            in.setData(data, fileName);
            return true;
        },
        error);
    if (!reader && !error.isEmpty()) { // the error is the first record's: a reader that gives it
        class Failed : public StudyReader {
        public:
            explicit Failed(QString e) : m_error(std::move(e)) { }
            bool next(ImportedStudy &, QString &error) override
            {
                error = m_error;
                return false;
            }
            qint64 position() const override { return 0; }
            qint64 total() const override { return 0; }

        private:
            QString m_error;
        };
        reader = std::make_unique<Failed>(error);
    }
    if (reader)
        reader->m_fileName = fileName;
    return reader;
}

bool readStudies(const QString &path, QList<ImportedStudy> &out, QString &error, QStringList *notes)
{
    auto reader = StudyReader::open(path, error);
    const bool ok = readAll(reader.get(), out, error);
    if (notes && ok)
        *notes = reader->notes();
    return ok;
}

bool parseCsvStudies(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error)
{
    return readAll(StudyReader::fromData(ImportFormat::Csv, data, fileName).get(), out, error);
}

bool parseRis(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error)
{
    return readAll(StudyReader::fromData(ImportFormat::Ris, data, fileName).get(), out, error);
}

bool parseBibtex(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error)
{
    return readAll(StudyReader::fromData(ImportFormat::Bibtex, data, fileName).get(), out, error);
}

// ------------------------------------------------------------------------------------- duplicates

QList<ImportedStudy> withoutDuplicates(const QList<ImportedStudy> &records, const QList<Study> &existing,
                                       QList<SkippedDuplicate> &skipped)
{
    // a holder: an existing study (index >= 0) or a record (-1 - index)
    std::vector<DuplicateKeys> keys;
    keys.reserve(std::size_t(existing.size() + records.size()));
    DuplicateIndex index;
    index.reserve(existing.size() + records.size());
    for (qsizetype i = 0; i < existing.size(); ++i) {
        keys.push_back(DuplicateKeys::of(existing[i]));
        index.add(keys.back(), i);
    }
    auto at = [&](qint64 holder) -> qsizetype { return holder >= 0 ? holder : existing.size() + (-1 - holder); };
    auto label
        = [&](qint64 holder) { return holder >= 0 ? existing[holder].label() : records[-1 - holder].study.label(); };
    QList<ImportedStudy> kept;
    kept.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ImportedStudy &r = records[i];
        keys.push_back(DuplicateKeys::of(r.study));
        qint64 holder = 0;
        const auto match = index.find(
            keys.back(), [&](qint64 h) -> const DuplicateKeys & { return keys[std::size_t(at(h))]; }, holder);
        if (match != DuplicateIndex::Match::None) {
            skipped.append({r.line, r.study.label(), DuplicateIndex::reason(match, label(holder))});
            continue;
        }
        index.add(keys.back(), -1 - i);
        kept.append(r);
    }
    return kept;
}

// ----------------------------------------------------------------------------------------- export

bool exportStudiesCsv(const Review &review, qint64 claimId, qint64 outcomeId, const QString &path, QString &error)
{
    const QHash<qint64, synth::StudyInput> none;
    const auto dataIt = review.data.constFind(outcomeId);
    const QHash<qint64, synth::StudyInput> &outcomeData = dataIt != review.data.cend() ? *dataIt : none;
    const synth::StudyInput missing;
    QSet<QString> extraSet;
    for (const Study &s : review.studies)
        for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
            extraSet.insert(it.key());
    QStringList extraColumns(extraSet.cbegin(), extraSet.cend());
    std::sort(extraColumns.begin(), extraColumns.end()); // the order a QVariantMap keeps its keys in
    QSaveFile f(path); // written to a temporary file and renamed: never half a file
    if (!f.open(QIODevice::WriteOnly)) {
        error = location(path) + ImportText::tr("cannot write: %1").arg(f.errorString());
        return false;
    }
    // the risk-of-bias columns when the outcome has any appraisal
    const auto riskIt = review.risk.constFind(outcomeId);
    const bool withRisk = riskIt != review.risk.cend() && !riskIt->isEmpty();
    const QStringList riskColumns = withRisk ? riskOfBiasColumns() : QStringList();
    QStringList header;
    for (const QString &c : exportColumns() + riskColumns + extraColumns)
        header << csvField(c);
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Study &s : review.studies) {
        QStringList row {QString::number(s.id),
                         csvField(s.label()),
                         csvField(s.authors),
                         csvField(s.title),
                         s.year > 0 ? QString::number(s.year) : QString(),
                         csvField(s.journal),
                         csvField(s.doi),
                         csvField(s.pmid),
                         csvField(s.url),
                         designKey(s.design),
                         csvNumber(s.quality),
                         csvField(s.qualityTool),
                         s.included ? QStringLiteral("yes") : QStringLiteral("no"),
                         claimId > 0 ? stanceKey(review.stance(claimId, s.id)) : QString(),
                         csvField(s.notes)};
        const auto d = outcomeData.constFind(s.id);
        const synth::StudyInput &data = d != outcomeData.cend() ? *d : missing;
        for (const synth::StudyInputField &field : synth::kStudyInputFields)
            row << csvNumber(data.*field.member);
        if (withRisk) {
            const auto a = riskIt->constFind(s.id);
            for (const QString &c : riskColumns) {
                QString v;
                if (a != riskIt->cend()) {
                    const auto domain = robDomainFromKey(a->tool, c.section(QLatin1Char('_'), -1));
                    if (domain && c.startsWith(QLatin1String("rob_support")))
                        v = csvField(a->supportOf(*domain));
                    else if (domain && c == robColumn(a->tool, *domain)) // the judgements of the study's own tool
                        v = robJudgementKey(a->judgement(*domain));
                }
                row << v;
            }
        }
        // the study's extra values and the sorted columns walked side by side: linear in what is written
        auto it = s.extra.cbegin();
        for (const QString &c : std::as_const(extraColumns)) {
            if (it != s.extra.cend() && it.key() == c) {
                row << csvField(it.value().toString());
                ++it;
            } else {
                row << QString();
            }
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    if (!f.commit()) {
        error = location(path) + ImportText::tr("cannot write: %1").arg(f.errorString());
        return false;
    }
    return true;
}

} // namespace evidencedesk
