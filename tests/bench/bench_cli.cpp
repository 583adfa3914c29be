// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of evidencedesk-cli as a whole process, as a user runs it: wall time (median of repeated runs) and
// peak resident memory of the process, for `analyze DATA.csv` at k = 1,000 (with metafor's rma() on the same data
// beside it, timed in the same run, where Rscript and metafor are installed) and k = 1,000,000, and for imports of
// a million CSV rows and RIS records. Targets (issues 11 and 19): at k = 1,000 at least 50 times faster than rma()
// alone; at k = 10^6 under 3 s and 300 MB; 10^6 CSV rows imported under 10 s and 1 GB.
#include "benchdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace evidencedesk;

namespace {

struct Measured {
    double ms = 0; ///< median wall time
    double peakMb = 0; ///< the largest peak resident memory of the runs
    bool ok = true;
};

/// Runs the CLI `repeats` times (its output to /dev/null): the median wall time and the peak memory.
Measured run(const QStringList &args, int repeats)
{
    std::vector<double> times;
    Measured m;
    for (int i = 0; i < repeats; ++i) {
        std::vector<QByteArray> bytes {QByteArrayLiteral(EVIDENCEDESK_CLI)};
        for (const QString &a : args)
            bytes.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
            qFatal("cannot start %s", argv[0]);
        int status = 0;
        struct rusage usage { };
        wait4(pid, &status, 0, &usage);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        posix_spawn_file_actions_destroy(&actions);
        m.peakMb = std::max(m.peakMb, usage.ru_maxrss / 1024.0);
        m.ok = m.ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    std::sort(times.begin(), times.end());
    m.ms = times[times.size() / 2];
    return m;
}

void writeEffects(const QString &path, int k)
{
    std::mt19937 random(20261202);
    std::normal_distribution<double> effect(0.3, 0.4);
    std::uniform_real_distribution<double> variance(0.01, 0.2);
    bench::writeRecords(path, "study,yi,vi\n", k, [&](int i) {
        return "S" + QByteArray::number(i) + ',' + QByteArray::number(effect(random), 'f', 6) + ','
            + QByteArray::number(variance(random), 'f', 6) + '\n';
    });
}

/// metafor's rma() alone on `csv` (REML, as the CLI's default), median of three fits in one R session, in ms;
/// negative where R or metafor is missing.
double metaforMs(const QTemporaryDir &dir, const QString &csv)
{
    const QString script = dir.filePath(QStringLiteral("rma.R"));
    QFile f(script);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("suppressMessages(library(metafor))\n"
                           "dat <- read.csv('%1')\n"
                           "t <- replicate(3, system.time(rma(yi, vi, data = dat, method = 'REML'))[['elapsed']])\n"
                           "cat(1000 * median(t), '\\n')\n")
                .arg(csv)
                .toUtf8());
    f.close();
    QProcess r;
    r.start(QStringLiteral("Rscript"), {script});
    if (!r.waitForFinished(600000) || r.exitStatus() != QProcess::NormalExit || r.exitCode() != 0)
        return -1;
    bool ok = false;
    const double ms = QString::fromUtf8(r.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? ms : -1;
}

void row(const char *name, const char *k, const Measured &m, const char *target, const QString &beside = {})
{
    std::printf("| %-44s | %9s | %9.1f | %7.1f | %-22s | %s\n", name, k, m.ms, m.peakMb, target,
                qPrintable(m.ok ? beside : QStringLiteral("FAILED")));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString k3 = dir.filePath(QStringLiteral("k1000.csv")), k6 = dir.filePath(QStringLiteral("k1000000.csv"));
    writeEffects(k3, 1000);
    writeEffects(k6, 1000000);
    const QString skip = QStringLiteral("egger,begg,trimfill,leave1out");
    std::printf("evidencedesk-cli as a process (wall time: median of runs, ms; peak resident memory, MB)\n\n");
    std::printf("| %-44s | %9s | %9s | %7s | %-22s | %s\n", "case", "k", "time", "peak MB", "target", "beside");
    std::printf("|----------------------------------------------|-----------|-----------|---------|"
                "------------------------|--------\n");
    row("start-up (--version)", "-", run({QStringLiteral("--version")}, 21), "");
    const Measured full3 = run({QStringLiteral("analyze"), k3, QStringLiteral("--measure"), QStringLiteral("GEN")}, 21);
    const double rma = metaforMs(dir, k3);
    row("analyze DATA.csv, every analysis", "1,000", full3, ">= 50x faster than rma()",
        rma > 0 ? QStringLiteral("metafor rma() alone: %1 ms (%2x)")
                      .arg(QString::number(rma, 'f', 0), QString::number(rma / full3.ms, 'f', 0))
                : QStringLiteral("metafor: not installed (Rscript, r-cran-metafor)"));
    row("analyze DATA.csv, fit + Q-profile CI", "1,000",
        run({QStringLiteral("analyze"), k3, QStringLiteral("--measure"), QStringLiteral("GEN"),
             QStringLiteral("--skip"), skip},
            21),
        "");
    row("analyze DATA.csv, fit + Q-profile CI", "1,000,000",
        run({QStringLiteral("analyze"), k6, QStringLiteral("--measure"), QStringLiteral("GEN"),
             QStringLiteral("--skip"), skip},
            3),
        "< 3000 ms, < 300 MB");
    row("analyze DATA.csv, every analysis", "1,000,000",
        run({QStringLiteral("analyze"), k6, QStringLiteral("--measure"), QStringLiteral("GEN")}, 1),
        "< 3000 ms, < 300 MB", QStringLiteral("the engine's trim-and-fill and leave-one-out"));
    const QString csv = dir.filePath(QStringLiteral("studies.csv")), ris = dir.filePath(QStringLiteral("studies.ris"));
    bench::writeStudiesCsv(csv, 1000000);
    row("import CSV into a new review", "1,000,000",
        run({QStringLiteral("import"), dir.filePath(QStringLiteral("csv.evidence")), csv}, 1), "< 10000 ms, < 1024 MB");
    QFile::remove(csv);
    bench::writeRis(ris, 1000000);
    row("import RIS into a new review", "1,000,000",
        run({QStringLiteral("import"), dir.filePath(QStringLiteral("ris.evidence")), ris}, 1), "");
    return 0;
}
