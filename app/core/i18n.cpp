// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace evidencedesk {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // a second call replaces the first call's translations (the translators are the application's children)
    for (QTranslator *earlier : app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app); // compiled into the binary from translations/*.ts
    // every other language (and the C locale) reads English, whose file holds the plural forms ("1 study")
    if (ours->load(locale, QStringLiteral("evidencedesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/evidencedesk_en")))
        QCoreApplication::installTranslator(ours);
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace evidencedesk
