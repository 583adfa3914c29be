// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace evidencedesk::test {

int CsvTable::column(const std::string &name) const
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    return -1;
}

CsvTable parseCsv(const std::string &input, const std::string &name)
{
    std::string text = input;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        record.push_back(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record[0].empty())) // blank lines are skipped
            records.push_back(record);
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRecord();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw std::runtime_error(name + ":" + std::to_string(line) + ": unclosed quote");
    if (!field.empty() || !record.empty())
        endRecord();
    if (records.empty())
        throw std::runtime_error(name + ": no header");
    CsvTable t;
    t.header = records.front();
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != t.header.size())
            throw std::runtime_error(name + ": record " + std::to_string(r + 1) + " has "
                                     + std::to_string(records[r].size()) + " fields, the header "
                                     + std::to_string(t.header.size()));
        t.rows.push_back(records[r]);
    }
    return t;
}

CsvTable readCsv(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return parseCsv(s.str(), path);
}

} // namespace evidencedesk::test
