// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace evidencedesk::test {

QString referenceDir()
{
    const QByteArray env = qgetenv("EVIDENCEDESK_REFERENCE_DIR");
    return env.isEmpty() ? QStringLiteral(EVIDENCEDESK_REFERENCE_DIR) : QString::fromLocal8Bit(env);
}

QString referenceEdgesDir()
{
    return QStringLiteral(EVIDENCEDESK_REFERENCE_EDGES_DIR);
}

QList<ReferenceCase> referenceCases(const QString &folder)
{
    QList<ReferenceCase> cases;
    const QDir dir(folder.isEmpty() ? referenceDir() : folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        ReferenceCase c;
        c.dataset = o.value(QStringLiteral("dataset")).toString();
        c.measure = o.value(QStringLiteral("measure")).toString();
        c.csvPath = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".csv"));
        c.json = o;
        if (!c.dataset.isEmpty() && QFile::exists(c.csvPath))
            cases.append(c);
    }
    return cases;
}

QStringList compareJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                        const std::function<Tolerance(const QString &)> &toleranceFor)
{
    QStringList out;
    if (expected.isNull() || expected.isUndefined()) {
        if (!actual.isNull() && !actual.isUndefined())
            out << QStringLiteral("%1: expected null (undefined), got %2").arg(path, actual.toVariant().toString());
        return out;
    }
    if (actual.isNull() || actual.isUndefined()) {
        out << QStringLiteral("%1: missing or null, expected %2").arg(path, expected.toVariant().toString());
        return out;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString sub = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()))
                out << QStringLiteral("%1: key missing").arg(sub);
            else
                out << compareJson(a.value(it.key()), it.value(), sub, toleranceFor);
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (e.size() != a.size()) {
            out << QStringLiteral("%1: %2 elements, expected %3").arg(path).arg(a.size()).arg(e.size());
            return out;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            out << compareJson(a.at(i), e.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), toleranceFor);
    } else if (expected.isDouble()) {
        if (!actual.isDouble())
            out << QStringLiteral("%1: not a number").arg(path);
        else if (!close(actual.toDouble(), expected.toDouble(), toleranceFor(path)))
            out << QStringLiteral("%1: %2").arg(
                path, QString::fromStdString(describe(actual.toDouble(), expected.toDouble())));
    } else if (actual != expected) {
        out << QStringLiteral("%1: %2, expected %3")
                   .arg(path, actual.toVariant().toString(), expected.toVariant().toString());
    }
    return out;
}

} // namespace evidencedesk::test
