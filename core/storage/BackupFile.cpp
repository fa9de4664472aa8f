#include "BackupFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace creditcase::storage {

namespace {
constexpr char kMagic[] = "CCBACKUP";
constexpr qsizetype kMagicSize = 8;
constexpr quint32 kFormat = 1;
} // namespace

QByteArray BackupFile::serialize() const
{
    const QJsonObject header{{QStringLiteral("vault_id"), vaultId},
                             {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)},
                             {QStringLiteral("schema_version"), schemaVersion},
                             {QStringLiteral("keys"), QString::fromLatin1(keySlotFile.toBase64())}};
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(kMagicSize + 8 + headerBytes.size() + database.size());
    out.append(kMagic, kMagicSize);
    quint32 be = qToBigEndian(kFormat);
    out.append(reinterpret_cast<const char*>(&be), sizeof be);
    be = qToBigEndian(static_cast<quint32>(headerBytes.size()));
    out.append(reinterpret_cast<const char*>(&be), sizeof be);
    out.append(headerBytes);
    out.append(database);
    return out;
}

Result<BackupFile> BackupFile::parse(const QByteArray& bytes, const QString& fileName)
{
    const auto damaged = [&fileName] {
        return Error::corrupt(tr("%1 is not a CreditCase backup, or it is damaged.").arg(fileName));
    };
    if (bytes.size() < kMagicSize + 8 || !bytes.startsWith(QByteArray(kMagic, kMagicSize))) {
        return damaged();
    }
    const auto format = qFromBigEndian<quint32>(bytes.constData() + kMagicSize);
    if (format != kFormat) {
        return Error::refused(tr("%1 was written by a newer version of CreditCase (backup format %2).")
                                  .arg(fileName)
                                  .arg(format));
    }
    const auto headerLength = qFromBigEndian<quint32>(bytes.constData() + kMagicSize + 4);
    const qsizetype headerStart = kMagicSize + 8;
    if (headerLength > static_cast<quint64>(bytes.size() - headerStart)) {
        return damaged();
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(headerStart, headerLength), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged();
    }
    const QJsonObject header = doc.object();
    BackupFile backup;
    backup.vaultId = header.value(QStringLiteral("vault_id")).toString();
    backup.createdAt = QDateTime::fromString(header.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    backup.schemaVersion = header.value(QStringLiteral("schema_version")).toInt();
    backup.keySlotFile = QByteArray::fromBase64(header.value(QStringLiteral("keys")).toString().toLatin1());
    backup.database = bytes.mid(headerStart + headerLength);
    if (backup.vaultId.isEmpty() || backup.database.isEmpty()) {
        return damaged();
    }
    return backup;
}

Result<BackupFile> BackupFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error::notFound(tr("The backup file %1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::failure(tr("Cannot read the backup file %1: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), path);
}

} // namespace creditcase::storage
