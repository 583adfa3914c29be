// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace evidencedesk {

/// Installs Qt's and EvidenceDesk's translations for `language` ("de", "pt_BR", ...; "" = the system's
/// locale) and makes that locale the default for numbers in the UI. Files (CSV, the review) always use the
/// C locale whatever this says. A later call replaces an earlier one's translations. Returns the locale name used.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace evidencedesk
