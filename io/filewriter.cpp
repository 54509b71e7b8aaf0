// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/filewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attnscope::io {

namespace {

// The longest part of the target's name kept in the temporary's, so that the name fits
// NAME_MAX (255 bytes) with its suffix.
constexpr qsizetype kMaxBaseBytes = 200;
// The most one write() is asked for (Linux writes at most 0x7ffff000 bytes a call anyway).
constexpr qsizetype kMaxChunk = qsizetype(1) << 30;

bool fail(const QString &fileName, int errorCode, QString *error)
{
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(fileName, qt_error_string(errorCode));
    return false;
}

// Opens a new file "<directory>/<base>.XXXXXX" (O_EXCL) and returns its descriptor and its
// path, or -1 with errno set.
int openTemporary(const QByteArray &directory, const QByteArray &base, mode_t mode, QByteArray *path)
{
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QByteArray suffix(6, '\0');
        for (char &c : suffix)
            c = kLetters[QRandomGenerator::global()->bounded(int(sizeof kLetters - 1))];
        *path = directory + '/' + base + '.' + suffix;
        const int fd = ::open(path->constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

// write() until every byte is written: retries on EINTR and continues after short writes.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min(left, kMaxChunk)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) { // no progress and no reason: never loop forever
            errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

bool syncFile(int fd)
{
    while (::fsync(fd) != 0) {
        if (errno != EINTR)
            return false;
    }
    return true;
}

// A file that exists and is not a regular file (/dev/null, /dev/stdout, a pipe) cannot be
// replaced: it is written in place.
bool writeInPlace(const QString &fileName, const QByteArray &path, const QByteArray &bytes, QString *error)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return fail(fileName, errno, error);
    if (!writeAll(fd, bytes)) {
        const int reason = errno;
        ::close(fd);
        return fail(fileName, reason, error);
    }
    if (::close(fd) != 0 && errno != EINTR)
        return fail(fileName, errno, error);
    return true;
}

} // namespace

bool writeFileAtomically(const QString &fileName, const QByteArray &bytes, QString *error)
{
    if (fileName.isEmpty())
        return fail(fileName, ENOENT, error);

    // Through a symbolic link, replace the file it points to and keep the link.
    QString target = fileName;
    const QFileInfo info(fileName);
    if (info.isSymLink()) {
        const QString canonical = info.canonicalFilePath();
        target = canonical.isEmpty() ? info.symLinkTarget() : canonical;
    }
    const QFileInfo targetInfo(target);
    const QByteArray path = QFile::encodeName(targetInfo.absoluteFilePath());
    const QByteArray directory = QFile::encodeName(targetInfo.absolutePath());
    const QByteArray base = QFile::encodeName(targetInfo.fileName()).left(kMaxBaseBytes);

    // The replaced file's permissions, or 0666 less the umask (applied by open()) for a new one.
    mode_t mode = 0666;
    bool keepMode = false;
    struct stat old;
    if (::stat(path.constData(), &old) == 0) {
        if (S_ISDIR(old.st_mode))
            return fail(fileName, EISDIR, error);
        if (!S_ISREG(old.st_mode))
            return writeInPlace(fileName, path, bytes, error);
        // A file its owner made read-only stays unreplaced, as with any editor.
        if (::access(path.constData(), W_OK) != 0)
            return fail(fileName, errno, error);
        mode = old.st_mode & 07777;
        keepMode = true;
    } else if (errno != ENOENT) {
        return fail(fileName, errno, error);
    }

    QByteArray temporary;
    const int fd = openTemporary(directory, base, mode, &temporary);
    if (fd < 0)
        return fail(fileName, errno, error);
    // Every failure from here on removes the temporary file; the target is untouched.
    const auto discard = [&](int reason, bool open) {
        if (open)
            ::close(fd);
        ::unlink(temporary.constData());
        return fail(fileName, reason, error);
    };
    if (keepMode && ::fchmod(fd, mode) != 0)
        return discard(errno, true);
    if (!writeAll(fd, bytes) || !syncFile(fd))
        return discard(errno, true);
    // After fsync() an EINTR from close() loses nothing (and the descriptor is closed on Linux).
    if (::close(fd) != 0 && errno != EINTR)
        return discard(errno, false);
    if (::rename(temporary.constData(), path.constData()) != 0)
        return discard(errno, false);

    // Make the rename itself durable. The new file is in place whatever this returns, so a
    // failure here is not one of the write.
    const int directoryFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directoryFd >= 0) {
        (void)::fsync(directoryFd);
        ::close(directoryFd);
    }
    return true;
}

} // namespace attnscope::io
