// SPDX-License-Identifier: GPL-3.0-or-later
// A minimal JSON reader for the engine's tests (the reference files, the fixtures): plain C++, no Qt.
// Objects keep their keys in file order; numbers are doubles; null reads as NaN through number().
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evidencedesk::test {

class Json {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Json() = default;
    static Json number(double x);
    static Json string(std::string s);
    static Json array(std::vector<Json> items = {});
    static Json object();
    static Json boolean(bool b);

    /// Parses `text`; throws std::runtime_error naming the offset of the first error.
    static Json parse(std::string_view text);
    /// Reads and parses a file; throws std::runtime_error naming the file.
    static Json parseFile(const std::string &path);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isBool() const { return m_type == Type::Bool; }

    /// The number; NaN for null (metafor's NA) and for anything that is not a number.
    double toDouble() const;
    const std::string &toString() const { return m_string; }
    bool toBool() const { return m_bool; }
    const std::vector<Json> &items() const { return m_items; }
    const std::vector<std::pair<std::string, Json>> &members() const { return m_members; }
    std::vector<double> toDoubles() const; ///< an array of numbers (null as NaN)

    bool contains(std::string_view key) const { return find(key) != nullptr; }
    const Json *find(std::string_view key) const;
    /// The member `key`, or a null value when there is none.
    const Json &operator[](std::string_view key) const;
    /// Adds or replaces a member (objects) / appends (arrays).
    Json &set(std::string key, Json value);
    Json &append(Json value);

    /// Short text for messages (numbers to 17 digits).
    std::string dump() const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    std::string m_string;
    std::vector<Json> m_items;
    std::vector<std::pair<std::string, Json>> m_members;
    friend class JsonParser;
};

} // namespace evidencedesk::test
