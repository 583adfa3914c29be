// SPDX-License-Identifier: GPL-3.0-or-later
// Study importers (CSV with effect data, RIS, BibTeX) and the CSV exporter. Importers only parse, one record at a
// time (memory does not grow with the file): the first malformed record stops the import with one line naming
// file, line and field. The store writes what they read in one transaction, so an import is all or nothing.
#pragma once

#include "duplicates.h"
#include "review.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace evidencedesk {

struct ImportedStudy {
    Study study;
    synth::StudyInput data; ///< the record's outcome data (a CSV's escalc columns), for the outcome imported into
    std::optional<Stance> stance; ///< from a CSV `stance` column
    std::optional<RobAssessment> risk; ///< from a CSV's risk-of-bias columns, for the outcome imported into
    qint64 studyId = 0; ///< from a CSV `study_id` column (as export writes it): the study of the review it is
    bool labelOnly = false; ///< the title is a CSV's short study label ("Smith 2001"), not the paper's title
    bool includedGiven = false; ///< the record says whether the study is included
    int line = 0; ///< where the record starts
};

enum class ImportFormat { Csv, Ris, Bibtex, Medline };
/// By file extension (.csv, .ris, .bib, .nbib or .medline); nullopt if unknown.
std::optional<ImportFormat> importFormatFor(const QString &path);

/// The records of a file, one at a time.
class StudyReader {
public:
    virtual ~StudyReader() = default;
    /// Opens `path` (its type by its extension); null with a one-line `error` if it cannot be read.
    static std::unique_ptr<StudyReader> open(const QString &path, QString &error);
    /// Reads `data` as `format`; messages name `fileName`.
    static std::unique_ptr<StudyReader> fromData(ImportFormat format, const QByteArray &data, const QString &fileName);
    /// The next record. False at the end (`error` empty) or at the first malformed record (`error`: one line,
    /// "FILE:LINE:FIELD: what").
    virtual bool next(ImportedStudy &record, QString &error) = 0;
    /// Bytes read so far and in all (for progress).
    virtual qint64 position() const = 0;
    virtual qint64 total() const = 0;
    /// The file as messages name it.
    QString fileName() const { return m_fileName; }
    /// What the reader noticed that the reviewer should know (translated, one line each): how it read the file
    /// (a semicolon-separated CSV with decimal commas) and records it took with half an effect (yi without vi or
    /// sei). Complete once next() has returned false.
    virtual QStringList notes() const { return {}; }

private:
    QString m_fileName;
};

/// Reads all of `path`. On failure returns false and `error` is one line: "FILE:LINE:FIELD: what". `notes`, when
/// given, receives the reader's notes.
bool readStudies(const QString &path, QList<ImportedStudy> &out, QString &error, QStringList *notes = nullptr);
bool parseCsvStudies(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error);
bool parseRis(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error);
bool parseBibtex(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error);

/// LaTeX text as Unicode: accents (\"a, {\'e}, \c{c}, \ss ...), escapes, dashes; braces removed.
QString decodeLatex(const QString &latex);

/// Drops records that duplicate a study already in `existing` or an earlier record of the same import
/// (same DOI, or same normalised title and year), reporting each.
QList<ImportedStudy> withoutDuplicates(const QList<ImportedStudy> &records, const QList<Study> &existing,
                                       QList<SkippedDuplicate> &skipped);

/// The CSV columns of an exported study list (import reads the same).
QStringList exportColumns();
/// Writes the studies of `review` (with their stance toward `claimId` and their data for `outcomeId`) as CSV (RFC 4180
/// quoting; a cell that a spreadsheet would run as a formula is written with a leading apostrophe, which import
/// removes); false with `error`. The file is replaced whole or not at all.
bool exportStudiesCsv(const Review &review, qint64 claimId, qint64 outcomeId, const QString &path, QString &error);

} // namespace evidencedesk
