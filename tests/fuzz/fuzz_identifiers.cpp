// Fuzz target: identifier checks and recovery-code parsing take text typed by people.
#include "crypto/RecoveryCode.h"
#include "domain/IdentifierCheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)creditcase::domain::IdentifierCheck::check(text);
    (void)creditcase::crypto::RecoveryCode::parse(text);
    return 0;
}
