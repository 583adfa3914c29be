// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace evidencedesk {

/// A one-paragraph text field that wraps and grows with its text (up to a few lines, then scrolls), so a
/// narrow pane shows every word of a long value instead of its end: the review question's fields.
/// Enter finishes the edit (it never inserts a line break); so does leaving the field.
class WrappingField : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit WrappingField(QWidget *parent = nullptr);
    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The text was edited and the reviewer is done (Enter, or the field lost the focus).
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int heightForLines(int lines) const;
    void fit();
    static constexpr int kMaxLines = 4;
    bool m_edited = false;
};

} // namespace evidencedesk
