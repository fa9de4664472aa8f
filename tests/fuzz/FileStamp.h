#pragma once
// What a file looked like right after a fuzz target put it back. A file written, replaced or removed since differs
// in one of these (tmpfs keeps nanosecond times), so a target need not write an unchanged file again before the
// next input: rewriting a small vault was most of what an input cost.
#include <QFile>
#include <QString>
#include <sys/stat.h>

namespace creditcase::fuzz {

struct FileStamp {
    ino_t inode = 0;
    off_t size = -1;
    timespec modified{};
    timespec changed{};

    // The stamp of a regular file (not following a symbolic link), or nothing.
    static bool of(const QString& path, FileStamp* stamp) {
        struct stat info {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode)) {
            return false;
        }
        *stamp = {info.st_ino, info.st_size, info.st_mtim, info.st_ctim};
        return true;
    }

    bool operator==(const FileStamp& other) const {
        return inode == other.inode && size == other.size && modified.tv_sec == other.modified.tv_sec &&
               modified.tv_nsec == other.modified.tv_nsec && changed.tv_sec == other.changed.tv_sec &&
               changed.tv_nsec == other.changed.tv_nsec;
    }
};

} // namespace creditcase::fuzz
