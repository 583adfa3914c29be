// SPDX-License-Identifier: GPL-3.0-or-later
// A minimal CSV reader for the engine's tests (the reference datasets): RFC 4180 quoting, a header row,
// LF or CRLF, an optional UTF-8 BOM. Plain C++, no Qt.
#pragma once

#include <string>
#include <vector>

namespace evidencedesk::test {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; ///< each as long as the header
    /// Index of the column named `name`, or -1.
    int column(const std::string &name) const;
};

/// Reads `path`; throws std::runtime_error naming the file and line of the first problem.
CsvTable readCsv(const std::string &path);
CsvTable parseCsv(const std::string &text, const std::string &name = "CSV");

} // namespace evidencedesk::test
