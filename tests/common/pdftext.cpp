// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <QProcess>
#include <QtGlobal>

QStringList pdfPageTexts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed (poppler-utils is installed by `make test`)");
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
}
