// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingfield.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace evidencedesk {

WrappingField::WrappingField(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &WrappingField::fit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] { m_edited = true; });
    fit();
}

void WrappingField::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    const QSignalBlocker block(this);
    setPlainText(text);
    m_edited = false;
    fit();
}

int WrappingField::heightForLines(int lines) const
{
    const QMargins m = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + m.top() + m.bottom() + 2;
}

void WrappingField::fit()
{
    // the wrapped lines of the text at the current width (measured, not taken from a layout not yet made)
    const int width = std::max(1, viewport()->width() - int(2 * document()->documentMargin()));
    const QFontMetrics fm = fontMetrics();
    int lines = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        QTextLayout layout(b.text(), font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        int n = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++n;
        }
        layout.endLayout();
        lines += std::max(1, n);
    }
    const int height = heightForLines(std::clamp(lines, 1, kMaxLines));
    if (height != this->height())
        setFixedHeight(height);
}

void WrappingField::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fit(); // a new width wraps the text anew
}

QSize WrappingField::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize WrappingField::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, heightForLines(1)};
}

void WrappingField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_edited) {
            m_edited = false;
            emit editingFinished();
        }
        return; // one paragraph: Enter finishes, it never breaks the line
    }
    QPlainTextEdit::keyPressEvent(event);
}

void WrappingField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_edited) {
        m_edited = false;
        emit editingFinished();
    }
}

void WrappingField::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText()) // pasted line breaks become spaces: the value is one paragraph
        insertPlainText(source->text().simplified());
}

} // namespace evidencedesk
