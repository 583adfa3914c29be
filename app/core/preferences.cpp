// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"
#include "defaults.h"

#include <QSettings>

namespace evidencedesk {

NewClaimPreferences newClaimPreferences()
{
    const QSettings s;
    NewClaimPreferences p;
    p.measure = synth::measureFromName(s.value(QStringLiteral("defaults/measure")).toString().toStdString());
    p.method
        = synth::methodFromName(s.value(QStringLiteral("defaults/method")).toString().toStdString()).value_or(p.method);
    p.test = synth::testFromName(s.value(QStringLiteral("defaults/test")).toString().toStdString()).value_or(p.test);
    p.level = parseLevel(s.value(QStringLiteral("defaults/level")).toString()).value_or(p.level);
    return p;
}

void setNewClaimPreferences(const NewClaimPreferences &p)
{
    QSettings s;
    if (p.measure)
        s.setValue(QStringLiteral("defaults/measure"), QString::fromLatin1(synth::measureName(*p.measure).data()));
    else
        s.remove(QStringLiteral("defaults/measure"));
    s.setValue(QStringLiteral("defaults/method"), QString::fromLatin1(synth::methodName(p.method).data()));
    s.setValue(QStringLiteral("defaults/test"), QString::fromLatin1(synth::testName(p.test).data()));
    s.setValue(QStringLiteral("defaults/level"), p.level);
}

SynthesisSettings newClaimSettings(OutcomeType type)
{
    const NewClaimPreferences p = newClaimPreferences();
    SynthesisSettings s = defaultSettings(type);
    if (p.measure && measuresFor(type).contains(*p.measure)) { // a preferred measure the outcome's data allow
        s.measure = *p.measure;
        s.automaticMeasure = false;
    }
    s.method = p.method;
    s.test = p.test;
    s.level = p.level;
    return s;
}

QString preferredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

} // namespace evidencedesk
