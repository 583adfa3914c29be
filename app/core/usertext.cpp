// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertext.h"

namespace evidencedesk {

QString shortened(const QString &value, qsizetype max)
{
    const qsizetype n = qMin(value.size(), max);
    QString out;
    out.reserve(n + 1);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = value.at(i);
        const QChar::Category cat = c.category();
        out.append(cat == QChar::Other_Control || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph
                       ? QChar(u' ')
                       : c);
    }
    if (value.size() > max) {
        if (out.size() > 0 && out.back().isHighSurrogate())
            out.chop(1); // never half a character
        out.append(QChar(0x2026));
    }
    return out;
}

QString location(const QString &file, int line, const QString &field)
{
    const QString where = shortened(file, 400) + QLatin1Char(':') + QString::number(line) + QLatin1Char(':');
    return field.isEmpty() ? where + QLatin1Char(' ') : where + shortened(field) + QStringLiteral(": ");
}

QString location(const QString &file)
{
    return shortened(file, 400) + QStringLiteral(": ");
}

} // namespace evidencedesk
