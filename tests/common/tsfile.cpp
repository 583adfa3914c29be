// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            out << m;
        } else if (xml.name() == QLatin1String("source") && !out.isEmpty()) {
            out.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !out.isEmpty()) {
            out.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!out.last().numerus)
                out.last().translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform") && !out.isEmpty()) {
            out.last().translations << xml.readElementText();
        }
    }
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(EVIDENCEDESK_SOURCE_DIR "/translations/evidencedesk_%1.ts").arg(language);
}

QHash<QString, QString> changedTranslations(const QString &language)
{
    QHash<QString, QString> out;
    for (const TsMessage &m : readTs(tsPath(language)))
        if (!m.numerus && m.type.isEmpty() && m.translations.size() == 1 && m.translations[0] != m.source)
            out.insert(m.source, m.translations[0]);
    return out;
}
