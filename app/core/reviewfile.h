// SPDX-License-Identifier: GPL-3.0-or-later
// The review file on disk, below SQL: the files SQLite keeps beside it, what kind of file a path is, what a
// failed write truly means, and which paths an output may not be written to.
#pragma once

#include <QString>
#include <QStringList>

namespace evidencedesk {

/// The files SQLite keeps beside a database: its write-ahead log, shared memory and rollback journal.
QStringList sidecarsOf(const QString &path);
QString walOf(const QString &path);
QString shmOf(const QString &path);

/// False with a one-line `error` if `path` exists and is not a regular file (a FIFO, a device or a folder would
/// block or break every command), or if one of the files beside it is not.
bool checkRegularFile(const QString &path, QString &error);

/// True if `path` is an EvidenceDesk review by its content (an SQLite database with the review's application id).
bool isReviewFile(const QString &path);

/// Whether a command that reads `inputs` may write `output`: never over one of its inputs (or the files beside
/// them), never over any review file (by its content, or named *.evidence), never over a folder, FIFO or device.
/// False with a one-line `error`. The window calls it with the open review as input before every export,
/// report or copy.
bool checkOutputPath(const QString &output, const QStringList &inputs, QString &error);

/// What it means that `path` could not be written (`sqliteCode`: SQLite's result code, 0 if none): the file
/// system is read-only, the folder or the file is, or the disk is full; empty if none of these is the case.
QString writeProblem(const QString &path, int sqliteCode);

/// Size, modification time and identity of a file and whether a write-ahead log is beside it: a read-only
/// connection that does not take locks compares it to see whether the file changed under it.
struct FileState {
    qint64 size = -1, modified = 0, inode = 0;
    bool wal = false;
    bool operator==(const FileState &) const = default;
    static FileState of(const QString &path);
};

} // namespace evidencedesk
