// SPDX-License-Identifier: GPL-3.0-or-later
#include "json.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace evidencedesk::test {

class JsonParser {
public:
    explicit JsonParser(std::string_view text) : m_text(text) { }

    Json document()
    {
        Json v = value();
        skipSpace();
        if (m_pos != m_text.size())
            error("text after the value");
        return v;
    }

private:
    [[noreturn]] void error(const char *what) const
    {
        throw std::runtime_error("JSON: " + std::string(what) + " at offset " + std::to_string(m_pos));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool consume(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    Json value()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            error("unexpected end");
        const char c = m_text[m_pos];
        if (c == '{')
            return object();
        if (c == '[')
            return array();
        if (c == '"')
            return Json::string(string());
        if (consume("null"))
            return Json();
        if (consume("true"))
            return Json::boolean(true);
        if (consume("false"))
            return Json::boolean(false);
        return number();
    }

    Json number()
    {
        std::size_t end = m_pos;
        while (end < m_text.size() && std::string_view("+-0123456789.eE").find(m_text[end]) != std::string_view::npos)
            ++end;
        double x = 0;
        const char *first = m_text.data() + m_pos;
        const auto [ptr, ec] = std::from_chars(first, m_text.data() + end, x);
        if (ec != std::errc() || ptr != m_text.data() + end || end == m_pos)
            error("not a number");
        m_pos = end;
        return Json::number(x);
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    unsigned hex4()
    {
        if (m_pos + 4 > m_text.size())
            error("short \\u escape");
        unsigned v = 0;
        const auto [ptr, ec] = std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, v, 16);
        if (ec != std::errc() || ptr != m_text.data() + m_pos + 4)
            error("bad \\u escape");
        m_pos += 4;
        return v;
    }

    std::string string()
    {
        ++m_pos; // opening quote
        std::string out;
        while (true) {
            if (m_pos >= m_text.size())
                error("unterminated string");
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                error("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && consume("\\u")) {
                    const unsigned low = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                error("unknown escape");
            }
        }
    }

    Json array()
    {
        ++m_pos;
        Json a = Json::array();
        skipSpace();
        if (consume("]"))
            return a;
        while (true) {
            a.append(value());
            skipSpace();
            if (consume("]"))
                return a;
            if (!consume(","))
                error("expected ',' or ']'");
        }
    }

    Json object()
    {
        ++m_pos;
        Json o = Json::object();
        skipSpace();
        if (consume("}"))
            return o;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                error("expected a key");
            std::string key = string();
            skipSpace();
            if (!consume(":"))
                error("expected ':'");
            if (o.contains(key))
                error("duplicate key");
            o.m_members.emplace_back(std::move(key), value());
            skipSpace();
            if (consume("}"))
                return o;
            if (!consume(","))
                error("expected ',' or '}'");
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

Json Json::number(double x)
{
    Json j;
    if (std::isfinite(x)) { // NaN and infinities are JSON's null, as the CLI writes them
        j.m_type = Type::Number;
        j.m_number = x;
    }
    return j;
}

Json Json::string(std::string s)
{
    Json j;
    j.m_type = Type::String;
    j.m_string = std::move(s);
    return j;
}

Json Json::array(std::vector<Json> items)
{
    Json j;
    j.m_type = Type::Array;
    j.m_items = std::move(items);
    return j;
}

Json Json::object()
{
    Json j;
    j.m_type = Type::Object;
    return j;
}

Json Json::boolean(bool b)
{
    Json j;
    j.m_type = Type::Bool;
    j.m_bool = b;
    return j;
}

Json Json::parse(std::string_view text)
{
    return JsonParser(text).document();
}

Json Json::parseFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    try {
        return parse(s.str());
    } catch (const std::runtime_error &e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

double Json::toDouble() const
{
    return m_type == Type::Number ? m_number : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> Json::toDoubles() const
{
    std::vector<double> out;
    for (const Json &x : m_items)
        out.push_back(x.toDouble());
    return out;
}

const Json *Json::find(std::string_view key) const
{
    for (const auto &[k, v] : m_members)
        if (k == key)
            return &v;
    return nullptr;
}

const Json &Json::operator[](std::string_view key) const
{
    static const Json null;
    const Json *v = find(key);
    return v ? *v : null;
}

Json &Json::set(std::string key, Json value)
{
    for (auto &[k, v] : m_members)
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    m_members.emplace_back(std::move(key), std::move(value));
    return *this;
}

Json &Json::append(Json value)
{
    m_items.push_back(std::move(value));
    return *this;
}

std::string Json::dump() const
{
    switch (m_type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return m_bool ? "true" : "false";
    case Type::Number: {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", m_number);
        return buffer;
    }
    case Type::String:
        return '"' + m_string + '"';
    case Type::Array: {
        std::string s = "[";
        for (std::size_t i = 0; i < m_items.size(); ++i)
            s += (i ? ", " : "") + m_items[i].dump();
        return s + "]";
    }
    case Type::Object: {
        std::string s = "{";
        for (std::size_t i = 0; i < m_members.size(); ++i)
            s += (i ? ", \"" : "\"") + m_members[i].first + "\": " + m_members[i].second.dump();
        return s + "}";
    }
    }
    return {};
}

} // namespace evidencedesk::test
