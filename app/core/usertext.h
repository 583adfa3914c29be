// SPDX-License-Identifier: GPL-3.0-or-later
// User text inside messages: a message is one line ("FILE:LINE:FIELD: what"), and a value the user wrote or a
// file held is quoted in it shortened, never as a format string (QString::arg with all its arguments at once).
#pragma once

#include <QString>

namespace evidencedesk {

/// A user's value as it may appear in a one-line message: line breaks and other control characters as spaces,
/// at most `max` characters (then an ellipsis).
QString shortened(const QString &value, qsizetype max = 60);

/// The start of a one-line message about a place in a file: "FILE:LINE: " or "FILE:LINE:FIELD: " (a file name
/// with a line break in it is shortened too).
QString location(const QString &file, int line, const QString &field = {});
/// "FILE: " for a message about a whole file.
QString location(const QString &file);

} // namespace evidencedesk
