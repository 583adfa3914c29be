// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF's text as a reader would copy it, page by page (poppler's pdftotext, installed by `make test`).
#pragma once

#include <QString>
#include <QStringList>

/// The text of each page, in reading order; aborts the test run if pdftotext cannot be run.
QStringList pdfPageTexts(const QString &path);
