// SPDX-License-Identifier: GPL-3.0-or-later
// Text files read in chunks (memory: a buffer, whatever the file's size), checked as UTF-8 as they are read so
// that invalid text is reported with its line. LF, CRLF and CR all end a line.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace evidencedesk {

/// The longest field or line any import or analysis reads (bytes): a longer one is an error naming its line.
inline constexpr qsizetype kMaxFieldBytes = 4 * 1024 * 1024;

/// Length of the valid UTF-8 sequence that starts at `p` (`n` bytes are there), 0 if it is not one.
int utf8SequenceLength(const uchar *p, qsizetype n);

/// A file, or bytes in memory, read a chunk at a time; a leading byte-order mark is skipped.
class ChunkedInput {
public:
    /// Reads `path`; messages name it. False with `error` if it cannot be opened.
    bool open(const QString &path, QString &error);
    /// Reads `data`; messages name `fileName`.
    void setData(const QByteArray &data, const QString &fileName);
    QString fileName() const { return m_fileName; }
    /// Bytes of the input read so far, and in all (for progress).
    qint64 position() const { return m_consumed + m_pos; }
    qint64 total() const { return m_total; }

protected:
    /// Makes at least `n` bytes available from m_pos unless the input ends first; false if none is left.
    bool ensure(qsizetype n = 1);
    /// Skips the byte-order mark once, at the start.
    void start();
    /// The invalid-UTF-8 message for the byte at m_pos on `line`.
    QString invalidUtf8(int line) const;

    QByteArray m_buf;
    qsizetype m_pos = 0;

private:
    QString m_fileName;
    std::unique_ptr<QFile> m_file;
    qint64 m_consumed = 0, m_total = 0;
    bool m_eof = false, m_started = false;
};

/// Lines of a text file, one at a time, without their line ends.
class LineReader : public ChunkedInput {
public:
    /// The next line; false at the end (`error` empty) or on invalid UTF-8 or an overlong line (`error` set).
    bool next(QString &line, QString &error);
    /// The number of the line next() gave (1-based).
    int line() const { return m_line; }

private:
    int m_line = 0;
    QByteArray m_bytes;
};

} // namespace evidencedesk
