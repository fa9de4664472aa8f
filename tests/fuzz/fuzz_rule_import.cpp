// Fuzz target: any bytes given to the rule importer, the holiday-schedule reader and the backup reader must be
// refused cleanly or accepted, never crash (these are the files an administrator brings from outside).
#include "calendar/HolidaySchedule.h"
#include "rules/RuleImporter.h"
#include "storage/BackupFile.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)creditcase::rules::RuleImporter::parse(bytes, QStringLiteral("fuzz.json"));
    (void)creditcase::calendar::HolidaySchedule::fromJson(bytes, QStringLiteral("fuzz.json"));
    (void)creditcase::storage::BackupFile::parse(bytes, QStringLiteral("fuzz.ccbackup"));
    return 0;
}
