// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"
#include "usertext.h"

#include <QCoreApplication>

#include <utility>

namespace evidencedesk {

namespace {

/// Calls `f` with each code point of `s` (a lone surrogate as itself) until it returns false.
template<typename F>
void forEachCodePoint(QStringView s, F f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i].unicode(), s[i + 1].unicode());
            ++i;
        }
        if (!f(c))
            return;
    }
}

/// The translation context of this file (lupdate reads DuplicatesText::tr calls).
struct DuplicatesText {
    Q_DECLARE_TR_FUNCTIONS(DuplicatesText)
};

/// Appends the letters and digits of `ucs4`'s compatibility decomposition (NFKD, one character at a time: the
/// combining marks it splits off are not letters, so their order does not matter), in lower case.
void appendKeyChars(char32_t ucs4, QString &key)
{
    if (ucs4 < 128) {
        if ((ucs4 >= u'a' && ucs4 <= u'z') || (ucs4 >= u'0' && ucs4 <= u'9'))
            key.append(QChar(ucs4));
        else if (ucs4 >= u'A' && ucs4 <= u'Z')
            key.append(QChar(ucs4 + 32));
        return;
    }
    const QString parts = QChar::decomposition(ucs4);
    if (parts.isEmpty()) {
        if (QChar::isLetterOrNumber(ucs4)) {
            const char32_t lower = QChar::toLower(ucs4);
            if (QChar::requiresSurrogates(lower))
                key.append(QChar(QChar::highSurrogate(lower))).append(QChar(QChar::lowSurrogate(lower)));
            else
                key.append(QChar(lower));
        }
        return;
    }
    forEachCodePoint(parts, [&](char32_t c) {
        appendKeyChars(c, key);
        return true;
    });
}

} // namespace

QString normaliseDoi(QString doi)
{
    doi = doi.trimmed();
    if (doi.isEmpty() || doi.startsWith(QLatin1String("10.")))
        return doi; // the usual form: no prefix to strip
    for (const QLatin1String prefix : {QLatin1String("https://doi.org/"), QLatin1String("http://doi.org/"),
                                       QLatin1String("https://dx.doi.org/"), QLatin1String("http://dx.doi.org/")})
        if (doi.startsWith(prefix, Qt::CaseInsensitive))
            return doi.mid(prefix.size());
    if (doi.startsWith(QLatin1String("doi:"), Qt::CaseInsensitive))
        return doi.mid(4).trimmed();
    return doi;
}

DuplicateKeys DuplicateKeys::of(const QString &doi, const QString &title, int year)
{
    DuplicateKeys k;
    k.doi = normaliseDoi(doi).toLower();
    QString &t = k.title;
    t.reserve(qMin(title.size(), kTitleKeyLength) + 6);
    forEachCodePoint(title, [&](char32_t c) {
        appendKeyChars(c, t);
        return t.size() < kTitleKeyLength;
    });
    if (t.isEmpty())
        return k;
    t.truncate(kTitleKeyLength);
    t.append(QLatin1Char('|'));
    t.append(QString::number(year));
    return k;
}

void DuplicateIndex::reserve(qsizetype n)
{
    m_dois.reserve(n);
    m_titles.reserve(n);
}

void DuplicateIndex::add(const DuplicateKeys &keys, qint64 holder)
{
    if (!keys.doi.isEmpty())
        m_dois.insert(hash(keys.doi), holder);
    if (!keys.title.isEmpty())
        m_titles.insert(hash(keys.title), holder);
}

void DuplicateIndex::Table::reserve(qsizetype n)
{
    std::size_t size = 16;
    while (size < std::size_t(2 * n))
        size *= 2;
    if (size <= m_slots.size())
        return;
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size));
    m_used = 0;
    for (const Slot &s : old)
        if (s.hash != 0)
            insert(s.hash, s.holder);
}

void DuplicateIndex::Table::insert(quint64 hash, qint64 holder)
{
    if (2 * (m_used + 1) > m_slots.size())
        reserve(qsizetype(2 * m_used + 2));
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].hash != 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, holder};
    ++m_used;
}

QString DuplicateIndex::reason(Match match, const QString &holderLabel)
{
    return match == Match::Doi ? DuplicatesText::tr("same DOI as %1").arg(shortened(holderLabel))
                               : DuplicatesText::tr("same title and year as %1").arg(shortened(holderLabel));
}

} // namespace evidencedesk
