#pragma once

#include <QString>
#include <QTemporaryDir>

namespace creditcase::test {

// A fresh directory per test, removed afterwards; vaults, slot files and backups of a test live here.
class TempDir {
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace creditcase::test
