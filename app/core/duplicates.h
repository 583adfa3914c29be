// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate studies: the same DOI, or the same title and year once case, accents and punctuation are set
// aside. Keys are computed in linear time on a bounded prefix of the title; an index holds 64-bit hashes of
// them (16 bytes a study) and compares the keys themselves only where a hash matches.
#pragma once

#include "review.h"

#include <QHash>
#include <QString>

#include <vector>

namespace evidencedesk {

/// A DOI as written in its usual form ("10.1000/x": no https://doi.org/ or doi: prefix).
QString normaliseDoi(QString doi);

/// What makes two studies the same.
struct DuplicateKeys {
    QString doi; ///< the DOI in lower case, or empty
    QString title; ///< letters and digits of the title's first kTitleKeyLength, lower case, with the year

    static DuplicateKeys of(const QString &doi, const QString &title, int year);
    static DuplicateKeys of(const Study &s) { return of(s.doi, s.title, s.year); }
};

/// How many letters and digits of a title its key keeps.
inline constexpr qsizetype kTitleKeyLength = 1000;

struct SkippedDuplicate {
    int line = 0;
    QString label;
    QString reason; ///< translated: "same DOI as ..." / "same title and year as ..."
};

/// Studies by their keys. A holder is any number the caller chooses (a study id, an index). Two open-addressing
/// tables of (64-bit hash of a key, holder): 16 bytes a key, no allocation per study.
class DuplicateIndex {
public:
    enum class Match { None, Doi, Title };
    void reserve(qsizetype n);
    void add(const DuplicateKeys &keys, qint64 holder);
    /// The first holder with `keys`' DOI, else with its title; `keysOf(holder)` gives a holder's keys (called only
    /// where a hash matches).
    template<typename KeysOf>
    Match find(const DuplicateKeys &keys, KeysOf keysOf, qint64 &holder) const
    {
        if (!keys.doi.isEmpty()
            && m_dois.find(
                hash(keys.doi), [&](qint64 h) { return keysOf(h).doi == keys.doi; }, holder))
            return Match::Doi;
        if (!keys.title.isEmpty()
            && m_titles.find(
                hash(keys.title), [&](qint64 h) { return keysOf(h).title == keys.title; }, holder))
            return Match::Title;
        return Match::None;
    }
    /// The one-line reason a record is skipped, naming the study it duplicates.
    static QString reason(Match match, const QString &holderLabel);

private:
    static quint64 hash(const QString &key) { return qHash(key, 0x45764463u) | 1; } // 0 marks an empty slot

    class Table {
    public:
        void reserve(qsizetype n);
        void insert(quint64 hash, qint64 holder);
        template<typename Matches>
        bool find(quint64 hash, Matches matches, qint64 &holder) const
        {
            if (m_slots.empty())
                return false;
            const std::size_t mask = m_slots.size() - 1;
            for (std::size_t i = hash & mask; m_slots[i].hash != 0; i = (i + 1) & mask)
                if (m_slots[i].hash == hash && matches(m_slots[i].holder)) {
                    holder = m_slots[i].holder;
                    return true;
                }
            return false;
        }

    private:
        struct Slot {
            quint64 hash = 0;
            qint64 holder = 0;
        };
        std::vector<Slot> m_slots; // a power of two, at most half full
        std::size_t m_used = 0;
    };
    Table m_dois, m_titles;
};

} // namespace evidencedesk
