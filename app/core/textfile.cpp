// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"
#include "usertext.h"

#include <QCoreApplication>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads TextFileText::tr calls).
struct TextFileText {
    Q_DECLARE_TR_FUNCTIONS(TextFileText)
};

constexpr qsizetype kChunk = 1 << 20; // bytes read at a time

} // namespace

int utf8SequenceLength(const uchar *p, qsizetype n)
{
    const uchar c = p[0];
    auto cont = [&](int i, uchar lo = 0x80, uchar hi = 0xBF) { return i < n && p[i] >= lo && p[i] <= hi; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) // not a surrogate
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

bool ChunkedInput::open(const QString &path, QString &error)
{
    m_fileName = path;
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        error = location(path) + TextFileText::tr("cannot open: %1").arg(m_file->errorString());
        return false;
    }
    m_total = m_file->size();
    return true;
}

void ChunkedInput::setData(const QByteArray &data, const QString &fileName)
{
    m_fileName = fileName;
    m_file.reset();
    m_buf = data;
    m_total = data.size();
    m_eof = true;
}

bool ChunkedInput::ensure(qsizetype n)
{
    while (m_buf.size() - m_pos < n && !m_eof) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos); // what was consumed is no longer needed
        m_pos = 0;
        const qsizetype old = m_buf.size();
        m_buf.resize(old + kChunk);
        const qint64 got = m_file ? m_file->read(m_buf.data() + old, kChunk) : 0;
        m_buf.resize(old + qMax<qint64>(got, 0));
        m_eof = got <= 0;
    }
    return m_pos < m_buf.size();
}

void ChunkedInput::start()
{
    if (m_started)
        return;
    m_started = true;
    ensure(3);
    if (QByteArrayView(m_buf).sliced(m_pos).startsWith("\xEF\xBB\xBF"))
        m_pos += 3;
}

QString ChunkedInput::invalidUtf8(int line) const
{
    return location(m_fileName, line)
        + TextFileText::tr("the text is not valid UTF-8 (byte 0x%1)")
              .arg(QString::number(uchar(m_buf.at(m_pos)), 16).toUpper());
}

bool LineReader::next(QString &line, QString &error)
{
    error.clear();
    start();
    if (!ensure())
        return false;
    ++m_line;
    m_bytes.clear();
    for (;;) {
        if (!ensure())
            break; // the last line has no line end
        const char *data = m_buf.constData();
        const qsizetype n = m_buf.size();
        qsizetype end = m_pos;
        while (end < n && data[end] != '\n' && data[end] != '\r' && uchar(data[end]) < 0x80)
            ++end;
        m_bytes.append(data + m_pos, end - m_pos);
        m_pos = end;
        if (m_bytes.size() > kMaxFieldBytes) {
            error = location(fileName(), m_line)
                + TextFileText::tr("a line is longer than %1 MB").arg(kMaxFieldBytes >> 20);
            return false;
        }
        if (end == n)
            continue;
        const uchar c = uchar(data[end]);
        if (c >= 0x80) {
            ensure(4);
            const int len
                = utf8SequenceLength(reinterpret_cast<const uchar *>(m_buf.constData()) + m_pos, m_buf.size() - m_pos);
            if (len == 0) {
                error = invalidUtf8(m_line);
                return false;
            }
            m_bytes.append(m_buf.constData() + m_pos, len);
            m_pos += len;
            continue;
        }
        ++m_pos; // the line end: LF, CR or CRLF
        if (c == '\r' && ensure() && m_buf.at(m_pos) == '\n')
            ++m_pos;
        break;
    }
    line = QString::fromUtf8(m_bytes);
    return true;
}

} // namespace evidencedesk
