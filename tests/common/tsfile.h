// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the translations as shipped: tests take the expected words from translations/*.ts, never retype them.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// One message of a .ts file: where it lives, what it says, how it is translated.
struct TsMessage {
    QString context, source, type; // type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per plural form
    bool numerus = false;
};

/// Every message of a .ts file, in file order (empty if the file cannot be read).
QList<TsMessage> readTs(const QString &path);

/// translations/evidencedesk_<language>.ts of the source tree.
QString tsPath(const QString &language);

/// Source text -> translation for the finished, singular messages whose translation differs from the source.
QHash<QString, QString> changedTranslations(const QString &language);
