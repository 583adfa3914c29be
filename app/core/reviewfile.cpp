// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfile.h"
#include "reviewstore.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads ReviewFileText::tr calls).
struct ReviewFileText {
    Q_DECLARE_TR_FUNCTIONS(ReviewFileText)
};

bool statOf(const QString &path, struct stat &st)
{
    return ::stat(QFile::encodeName(path).constData(), &st) == 0;
}

/// Two paths naming the same file (through links, ./ or ../), or the same path for a file not there yet.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa, sb;
    if (statOf(a, sa) && statOf(b, sb))
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    const auto canonical = [](const QString &p) {
        const QFileInfo info(p);
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
    };
    return canonical(a) == canonical(b);
}

} // namespace

QString walOf(const QString &path)
{
    return path + QStringLiteral("-wal");
}

QString shmOf(const QString &path)
{
    return path + QStringLiteral("-shm");
}

QStringList sidecarsOf(const QString &path)
{
    return {walOf(path), shmOf(path), path + QStringLiteral("-journal")};
}

bool checkRegularFile(const QString &path, QString &error)
{
    for (const QString &p : QStringList {path} + sidecarsOf(path)) {
        struct stat st;
        if (statOf(p, st) && !S_ISREG(st.st_mode)) {
            error = location(p) + ReviewFileText::tr("not a regular file (a folder, a pipe or a device)");
            return false;
        }
    }
    return true;
}

bool isReviewFile(const QString &path)
{
    struct stat st;
    if (!statOf(path, st) || !S_ISREG(st.st_mode))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 id = (quint32(h[68]) << 24) | (quint32(h[69]) << 16) | (quint32(h[70]) << 8) | quint32(h[71]);
    return id == quint32(ReviewStore::kApplicationId);
}

bool checkOutputPath(const QString &output, const QStringList &inputs, QString &error)
{
    for (const QString &input : inputs)
        for (const QString &p : QStringList {input} + sidecarsOf(input))
            if (sameFile(output, p)) {
                error = location(output) + ReviewFileText::tr("this is the file the command reads; it was not changed");
                return false;
            }
    QString base = output;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (output.endsWith(suffix))
            base = output.chopped(suffix.size());
    if (isReviewFile(output) || (base != output && isReviewFile(base))
        || QFileInfo(output).suffix().compare(QLatin1String("evidence"), Qt::CaseInsensitive) == 0) {
        error = location(output)
            + ReviewFileText::tr("an output may not be written over a review (*.evidence); it was not changed");
        return false;
    }
    struct stat st;
    if (statOf(output, st) && !S_ISREG(st.st_mode)) {
        error = location(output) + ReviewFileText::tr("not a regular file (a folder, a pipe or a device)");
        return false;
    }
    return true;
}

QString writeProblem(const QString &path, int sqliteCode)
{
    const QString folder = QFileInfo(path).absolutePath();
    struct statvfs fs;
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) == 0) {
        if (fs.f_flag & ST_RDONLY)
            return location(path)
                + ReviewFileText::tr("the file system is read-only: the review can be read, not changed");
        if ((sqliteCode & 0xff) == SQLITE_FULL || fs.f_bavail == 0)
            return location(path) + ReviewFileText::tr("the disk is full: nothing was changed");
    }
    if ((sqliteCode & 0xff) == SQLITE_FULL)
        return location(path) + ReviewFileText::tr("the disk is full: nothing was changed");
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return location(path)
            + ReviewFileText::tr("the folder is read-only (a review needs to write files beside it): the review can "
                                 "be read, not changed");
    if (QFileInfo::exists(path) && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return location(path) + ReviewFileText::tr("the file is read-only: the review can be read, not changed");
    return {};
}

FileState FileState::of(const QString &path)
{
    FileState s;
    struct stat st;
    if (statOf(path, st)) {
        s.size = st.st_size;
        s.modified = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        s.inode = qint64(st.st_ino);
    }
    struct stat wal;
    s.wal = statOf(walOf(path), wal) && wal.st_size > 0;
    return s;
}

} // namespace evidencedesk
