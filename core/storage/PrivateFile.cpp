#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace creditcase::storage {

namespace {

QString systemError(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

bool writeAll(int fd, const char* data, qsizetype size) {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(size));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

} // namespace

Status PrivateFile::writeAtomically(const QString& path, const QByteArray& bytes) {
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(QStringLiteral(".%1.tmp-%2-%3")
                                                                .arg(target.fileName())
                                                                .arg(QCoreApplication::applicationPid())
                                                                .arg(randombytes_uniform(1000000000U)));
    const QByteArray nativeTemporary = QFile::encodeName(temporary);
    const int fd = ::open(nativeTemporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Error::failure(
            tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), systemError(errno)));
    }
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, bytes.constData(), bytes.size()) && ::fsync(fd) == 0;
    int code = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        code = errno;
    }
    if (ok && ::rename(nativeTemporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ok = false;
        code = errno;
    }
    if (!ok) {
        ::unlink(nativeTemporary.constData());
        return Error::failure(tr("The file %1 could not be written (%2); its earlier content is unchanged.")
                                  .arg(QDir::toNativeSeparators(path), systemError(code)));
    }
    return {};
}

bool PrivateFile::makePrivateDirectory(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST) {
        return false;
    }
    struct stat info {};
    if (::stat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        return false;
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0 && info.st_uid == ::geteuid()) {
        ::chmod(native.constData(), S_IRWXU);
    }
    return true;
}

void PrivateFile::restrictToOwner(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    struct stat info {};
    if (::stat(native.constData(), &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid() &&
        (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::chmod(native.constData(), info.st_mode & S_IRWXU);
    }
}

} // namespace creditcase::storage
