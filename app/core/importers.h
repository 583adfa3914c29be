// SPDX-License-Identifier: GPL-3.0-or-later
// Study importers (CSV with effect data, RIS, BibTeX) and the CSV exporter. Importers only parse: the
// whole file is read and checked first, and the first malformed record stops the import with one
// message naming file, line and field, before anything reaches the review (all or nothing).
#pragma once

#include "review.h"

#include <QList>
#include <QString>

#include <optional>

namespace evidencedesk {

struct ImportedStudy {
    Study study;
    std::optional<Stance> stance; ///< from a CSV `stance` column
    int line = 0; ///< where the record starts
};

enum class ImportFormat { Csv, Ris, Bibtex };
/// By file extension (.csv, .ris, .bib); nullopt if unknown.
std::optional<ImportFormat> importFormatFor(const QString &path);

/// Reads `path`. On failure returns false and `error` is one line: "FILE:LINE: field F: what".
bool readStudies(const QString &path, QList<ImportedStudy> &out, QString &error);
bool parseCsvStudies(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error);
bool parseRis(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error);
bool parseBibtex(const QByteArray &data, const QString &fileName, QList<ImportedStudy> &out, QString &error);

/// LaTeX text as Unicode: accents (\"a, {\'e}, \c{c}, \ss ...), escapes, dashes; braces removed.
QString decodeLatex(const QString &latex);

struct SkippedDuplicate {
    int line = 0;
    QString label;
    QString reason; ///< translated: "same DOI as ..." / "same title and year as ..."
};
/// Drops records that duplicate a study already in `existing` or an earlier record of the same import
/// (same DOI, or same normalised title and year), reporting each.
QList<ImportedStudy> withoutDuplicates(const QList<ImportedStudy> &records, const QList<Study> &existing,
                                       QList<SkippedDuplicate> &skipped);

/// The CSV columns of an exported study list (import reads the same).
QStringList exportColumns();
/// Writes the studies of `review` (with their stance toward `claimId`) as CSV; false with `error`.
bool exportStudiesCsv(const Review &review, qint64 claimId, const QString &path, QString &error);

} // namespace evidencedesk
