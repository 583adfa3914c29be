// SPDX-License-Identifier: GPL-3.0-or-later
// evidencedesk-cli: EvidenceDesk without a window. Exit status 0 on success, 2 on bad input.
#include "analysisformat.h"
#include "csvtable.h"
#include "effectdata.h"
#include "messages.h"

#include "synth/analysis.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace evidencedesk;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "evidencedesk-cli: " << message << '\n';
    return 2;
}

QString usage()
{
    return tr("Usage:\n"
              "  evidencedesk-cli analyze DATA.csv --measure RR|OR|RD|MD|SMD|ROM|COR|ZCOR|GEN\n"
              "                   [--method EE|DL|HE|HS|SJ|ML|REML|EB|PM] [--test z|knha] [--level 95]\n"
              "                   [--group COLUMN] [--skip egger,begg,trimfill,leave1out] [--json]\n"
              "  evidencedesk-cli --version\n"
              "\n"
              "DATA.csv has a header row with columns named as metafor's escalc() arguments\n"
              "(ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional 'study' column.\n");
}

struct AnalyzeArgs {
    QString file;
    QString measure, method = QStringLiteral("REML"), test = QStringLiteral("z"), level = QStringLiteral("95");
    QString group;
    QStringList skip;
    bool json = false;
};

int analyze(const AnalyzeArgs &args)
{
    const auto measure = synth::measureFromName(args.measure.toStdString());
    if (!measure)
        return fail(tr("unknown measure '%1' (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)").arg(args.measure));
    const auto method = synth::methodFromName(args.method.toStdString());
    if (!method)
        return fail(tr("unknown method '%1' (use EE, DL, HE, HS, SJ, ML, REML, EB or PM)").arg(args.method));
    const auto test = synth::testFromName(args.test.toStdString());
    if (!test)
        return fail(tr("unknown test '%1' (use z or knha)").arg(args.test));
    bool levelOk = false;
    const double level = args.level.toDouble(&levelOk);
    if (!levelOk || !(level > 0 && level < 100))
        return fail(tr("--level must be a number between 0 and 100, not '%1'").arg(args.level));
    synth::AnalysisOptions options;
    options.fit = {*method, *test, level};
    for (const QString &s : args.skip) {
        if (s == QLatin1String("egger"))
            options.egger = false;
        else if (s == QLatin1String("begg"))
            options.begg = false;
        else if (s == QLatin1String("trimfill"))
            options.trimfill = false;
        else if (s == QLatin1String("leave1out"))
            options.leave1out = false;
        else
            return fail(tr("unknown analysis '%1' in --skip (use egger, begg, trimfill, leave1out)").arg(s));
    }

    CsvTable table;
    QString error;
    if (!readCsv(args.file, table, error))
        return fail(error);
    EffectData data;
    if (!effectDataFromTable(table, *measure, args.group, data, error))
        return fail(error);

    std::vector<std::string> groups;
    for (const QString &g : std::as_const(data.groups))
        groups.push_back(g.toStdString());
    synth::Analysis analysis;
    try {
        analysis = synth::analyze(*measure, data.studies, options, args.group.isEmpty() ? nullptr : &groups);
    } catch (const synth::Error &e) {
        if (e.study() >= 0 && e.study() < data.lines.size()) {
            return fail(tr("%1:%2: column %3: %4")
                            .arg(args.file)
                            .arg(data.lines.at(e.study()))
                            .arg(QString::fromStdString(e.field()), describeError(e.code())));
        }
        return fail(tr("%1: %2").arg(args.file, describeError(e.code())));
    }
    QTextStream out(stdout);
    if (args.json)
        out << QJsonDocument(analysisToJson(analysis, data.labels)).toJson(QJsonDocument::Indented);
    else
        out << analysisToText(analysis, data.labels);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evidencedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVIDENCEDESK_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "evidencedesk-cli " << EVIDENCEDESK_VERSION << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    if (command != QLatin1String("analyze"))
        return fail(tr("unknown command '%1'\n%2").arg(command, usage()));

    AnalyzeArgs a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString &target) {
            if (i + 1 >= args.size())
                return false;
            target = args.at(++i);
            return true;
        };
        bool ok = true;
        if (arg == QLatin1String("--measure"))
            ok = value(a.measure);
        else if (arg == QLatin1String("--method"))
            ok = value(a.method);
        else if (arg == QLatin1String("--test"))
            ok = value(a.test);
        else if (arg == QLatin1String("--level"))
            ok = value(a.level);
        else if (arg == QLatin1String("--group"))
            ok = value(a.group);
        else if (arg == QLatin1String("--skip")) {
            QString list;
            ok = value(list);
            a.skip = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (arg == QLatin1String("--json"))
            a.json = true;
        else if (arg.startsWith(QLatin1String("--")))
            return fail(tr("unknown option '%1'\n%2").arg(arg, usage()));
        else if (a.file.isEmpty())
            a.file = arg;
        else
            return fail(tr("more than one data file given ('%1')").arg(arg));
        if (!ok)
            return fail(tr("option %1 needs a value").arg(arg));
    }
    if (a.file.isEmpty())
        return fail(tr("no data file given\n%1").arg(usage()));
    if (a.measure.isEmpty())
        return fail(tr("--measure is required\n%1").arg(usage()));
    return analyze(a);
}
