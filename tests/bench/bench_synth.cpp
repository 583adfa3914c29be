// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of libsynth. Each case runs in a child process of its own so that its peak resident memory
// (getrusage ru_maxrss) is its own; the time is the median of repeated runs after one warm-up.
// Data as in shared/docs/numerics.md section 12: vi ~ U(.01, .2), yi ~ N(.3, vi + .05); 2x2 tables for
// Mantel-Haenszel: arms of 20-200 participants, event risks 0.05-0.5 with an odds ratio near 0.7.
#include "synth/analysis.h"
#include "synth/regression.h"
#include "synth/tables.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace {

struct Data {
    std::vector<double> yi, vi;
};

Data simulate(std::size_t k)
{
    std::mt19937_64 rng(20261129);
    std::uniform_real_distribution<double> uniform(0.01, 0.2);
    std::normal_distribution<double> normal(0, 1);
    Data d;
    d.yi.resize(k);
    d.vi.resize(k);
    for (std::size_t i = 0; i < k; ++i) {
        d.vi[i] = uniform(rng);
        d.yi[i] = 0.3 + std::sqrt(d.vi[i] + 0.05) * normal(rng);
    }
    return d;
}

double medianSeconds(const std::function<void()> &run, int repeats)
{
    run(); // warm-up
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

std::vector<synth::StudyInput> simulateTables(std::size_t k)
{
    std::mt19937_64 rng(20261202);
    std::uniform_int_distribution<int> size(20, 200);
    std::uniform_real_distribution<double> risk(0.05, 0.5);
    std::vector<synth::StudyInput> tables(k);
    for (synth::StudyInput &t : tables) {
        const int n1 = size(rng), n2 = size(rng);
        const double p2 = risk(rng), odds = 0.7 * p2 / (1 - p2), p1 = odds / (1 + odds);
        t.ai = std::binomial_distribution<int>(n1, p1)(rng);
        t.n1i = n1;
        t.ci = std::binomial_distribution<int>(n2, p2)(rng);
        t.n2i = n2;
    }
    return tables;
}

volatile double g_sink = 0;

/// Runs one case in this (child) process and prints its row.
void runCase(const std::string &name, std::size_t k)
{
    const Data d = name == "mh" ? Data() : simulate(k);
    const std::vector<synth::StudyInput> tables = name == "mh" ? simulateTables(k) : std::vector<synth::StudyInput>();
    const int repeats = k >= 1000000 ? 5 : 11;
    double seconds = 0;
    if (name == "mh") {
        seconds = medianSeconds(
            [&] {
                const synth::TablePooling p = synth::poolTables(synth::TableMethod::MH, synth::Measure::OR, tables);
                g_sink = p.estimate + p.Q + p.tarone->stat;
            },
            repeats);
    } else if (name == "mods") {
        // three moderators: a continuous one, and a factor of three levels (two dummies)
        std::vector<synth::Moderator> mods(2);
        mods[0].name = "x";
        mods[1].name = "g";
        mods[1].categorical = true;
        for (std::size_t i = 0; i < k; ++i) {
            mods[0].values.push_back(static_cast<double>(i % 97) / 97);
            mods[1].labels.push_back(i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c");
        }
        seconds = medianSeconds([&] { g_sink = synth::fitMetaRegression(d.yi, d.vi, mods).QM; }, repeats);
    } else if (name == "influence") {
        const synth::Fit f = synth::fitModel(d.yi, d.vi, {});
        seconds = medianSeconds([&] { g_sink = synth::influence(d.yi, d.vi, f).rstudent[0]; }, repeats);
    } else if (name == "reml+ci") {
        seconds = medianSeconds(
            [&] {
                synth::FitOptions o;
                o.method = synth::Method::REML;
                const synth::Fit f = synth::fitModel(d.yi, d.vi, o);
                const synth::HeterogeneityInterval ci = synth::qProfileInterval(d.yi, d.vi, f);
                g_sink = f.estimate + ci.tau2Upper;
            },
            repeats);
    } else if (name == "full") {
        seconds = medianSeconds(
            [&] {
                const synth::Analysis a = synth::analyzeEffects(d.yi, d.vi, {});
                g_sink = a.fit.estimate + (a.leave1out ? a.leave1out->estimate[0] : 0);
            },
            repeats);
    } else if (name == "leave1out") {
        const synth::Fit f = synth::fitModel(d.yi, d.vi, {});
        seconds = medianSeconds([&] { g_sink = synth::leaveOneOut(d.yi, d.vi, f).estimate[0]; }, repeats);
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("| %-26s | %9zu | %10.3f | %8.1f |\n",
                name == "reml+ci"         ? "REML fit + Q-profile CI"
                    : name == "full"      ? "full analysis"
                    : name == "mh"        ? "Mantel-Haenszel OR"
                    : name == "influence" ? "influence (REML)"
                    : name == "mods"      ? "meta-regression, 3 mods"
                                          : "leave-one-out (REML)",
                k, seconds * 1000, static_cast<double>(usage.ru_maxrss) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--case") == 0) {
        runCase(argv[2], std::stoul(argv[3]));
        return 0;
    }
    struct Case {
        const char *name;
        std::size_t k;
    };
    const Case cases[] = {{"reml+ci", 1000},  {"reml+ci", 10000},   {"reml+ci", 100000}, {"reml+ci", 1000000},
                          {"leave1out", 500}, {"leave1out", 10000}, {"full", 1000},      {"full", 10000},
                          {"mh", 1000000},    {"influence", 10000}, {"mods", 100000}};
    std::printf("libsynth benchmark: median wall time of repeated runs, peak resident memory of the process\n\n");
    std::printf("| %-26s | %9s | %10s | %8s |\n", "case", "k", "time (ms)", "peak MB");
    std::printf("|%s|%s|%s|%s|\n", std::string(28, '-').c_str(), std::string(11, '-').c_str(),
                std::string(12, '-').c_str(), std::string(10, '-').c_str());
    std::fflush(stdout);
    for (const Case &c : cases) {
        const pid_t pid = fork();
        if (pid == 0) {
            runCase(c.name, c.k);
            _exit(0);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "case %s k=%zu failed\n", c.name, c.k);
            return 1;
        }
    }
    return 0;
}
