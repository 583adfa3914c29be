// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's test harness: plain C++, header-only, no Qt. A test executable adds data-driven rows,
// named "dataset/method/test", to a Runner; each row's body checks keys through a Check. run() prints one
// line per failing row and key, then the number of rows checked, and returns non-zero when a check failed,
// a row threw, a row checked nothing, or no row ran at all.
//
//   int main(int argc, char **argv) {
//       evidencedesk::test::Runner runner("test_x", argc, argv);   // argv[1]: run only rows containing it
//       runner.row("bcg/REML/z", [](Check &c) { c.close("tau2", fit.tau2, expected, kMetafor); });
//       return runner.run();
//   }
#pragma once

#include "tolerance.h"

#include <cstdio>
#include <exception>
#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace evidencedesk::test {

/// "key[i]": the name of an array key's element i.
inline std::string element(std::string key, std::size_t i)
{
    key += '[';
    key += std::to_string(i);
    key += ']';
    return key;
}

/// The checks of one row. Every check counts; a failing one records "key: message".
class Check {
public:
    explicit Check(std::string row) : m_row(std::move(row)) { }

    const std::string &row() const { return m_row; }
    std::size_t checks() const { return m_checks; }
    const std::vector<std::string> &failures() const { return m_failures; }

    void fail(const std::string &key, const std::string &message)
    {
        ++m_checks;
        m_failures.push_back(key + ": " + message);
    }

    bool expect(bool ok, const std::string &key, const std::string &message = "does not hold")
    {
        ++m_checks;
        if (!ok)
            m_failures.push_back(key + ": " + message);
        return ok;
    }

    bool close(const std::string &key, double actual, double expected, Tolerance t)
    {
        return expect(evidencedesk::test::close(actual, expected, t), key, describe(actual, expected));
    }

    template<typename A, typename E>
    bool equal(const std::string &key, const A &actual, const E &expected)
    {
        if (actual == expected)
            return expect(true, key);
        std::ostringstream s;
        s << "actual " << show(actual) << ", expected " << show(expected);
        return expect(false, key, s.str());
    }

    /// `body` must throw an exception of type E; `verify` (optional) checks it.
    template<typename E, typename F>
    bool throws(const std::string &key, F body, const std::function<void(const E &)> &verify = {})
    {
        try {
            body();
        } catch (const E &e) {
            if (verify)
                verify(e);
            return expect(true, key);
        } catch (const std::exception &e) {
            return expect(false, key, std::string("threw another exception: ") + e.what());
        }
        return expect(false, key, "did not throw");
    }

private:
    template<typename T>
    static std::string show(const T &x)
    {
        std::ostringstream s;
        if constexpr (std::is_enum_v<T>)
            s << static_cast<long long>(x);
        else if constexpr (requires { x.begin(); } && !std::is_convertible_v<T, std::string>) {
            s << '[';
            for (auto it = x.begin(); it != x.end(); ++it)
                s << (it == x.begin() ? "" : ", ") << *it;
            s << ']';
        } else if constexpr (std::is_floating_point_v<T>)
            s.precision(17), s << x;
        else
            s << x;
        return s.str();
    }

    std::string m_row;
    std::size_t m_checks = 0;
    std::vector<std::string> m_failures;
};

class Runner {
public:
    Runner(std::string name, int argc, char **argv) : m_name(std::move(name))
    {
        if (argc > 1)
            m_filter = argv[1];
    }

    void row(std::string name, std::function<void(Check &)> body)
    {
        if (m_filter.empty() || name.find(m_filter) != std::string::npos)
            m_rows.emplace_back(std::move(name), std::move(body));
    }

    /// Something the rows could not even be set up for (e.g. a fixture that cannot be read).
    void setupFailure(const std::string &what) { m_setup.push_back(what); }

    int run()
    {
        std::size_t failedRows = 0, checks = 0;
        for (const std::string &s : m_setup)
            std::printf("FAIL  %s: setup: %s\n", m_name.c_str(), s.c_str());
        for (auto &[name, body] : m_rows) {
            Check c(name);
            try {
                body(c);
            } catch (const std::exception &e) {
                c.fail("exception", e.what());
            } catch (...) {
                c.fail("exception", "unknown exception");
            }
            if (c.checks() == 0)
                c.fail("row", "checked nothing");
            checks += c.checks();
            if (!c.failures().empty()) {
                ++failedRows;
                for (const std::string &f : c.failures())
                    std::printf("FAIL  %s  %s\n", name.c_str(), f.c_str());
            }
        }
        const std::size_t rows = m_rows.size();
        std::printf("%s: %zu rows checked (%zu checks)\n", m_name.c_str(), rows, checks);
        if (rows == 0)
            std::printf("FAIL  %s: no row ran\n", m_name.c_str());
        std::printf("%s: %zu passed, %zu failed\n", m_name.c_str(), rows - failedRows, failedRows);
        std::fflush(stdout);
        return failedRows == 0 && rows > 0 && m_setup.empty() ? 0 : 1;
    }

private:
    std::string m_name, m_filter;
    std::vector<std::pair<std::string, std::function<void(Check &)>>> m_rows;
    std::vector<std::string> m_setup;
};

} // namespace evidencedesk::test
