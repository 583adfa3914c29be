// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QString>
#include <QToolButton>

namespace evidencedesk {

/// Widgets built to fit a laptop screen (1366 x 768) with every panel of the window showing.

/// A small arrow button for "Move up" / "Move down" rows, so a button row stays narrow enough for a laptop
/// screen; `name` is its tooltip and what a screen reader says.
inline QToolButton *arrowButton(Qt::ArrowType arrow, const QString &name)
{
    auto *b = new QToolButton;
    b->setArrowType(arrow);
    b->setToolTip(name);
    b->setAccessibleName(name);
    return b;
}

/// A tooltip that shows `text` as written: Qt would read text that looks like markup ("<b>", "a < b > c") as
/// rich text, so a reviewer's words are escaped and their line breaks kept.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

/// Lets a combo box give up width when the window is narrow (its text is then elided) while it keeps its
/// full width whenever there is room: only the minimum changes, to about `characters` characters.
inline void allowNarrow(QComboBox *combo, int characters = 10)
{
    const int frameAndArrow = 32;
    combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * characters + frameAndArrow);
}

} // namespace evidencedesk
