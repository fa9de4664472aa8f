#include "Sodium.h"

#include <QtGlobal>
#include <sodium.h>

namespace creditcase::crypto {

void Sodium::ensureInitialised() {
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool initialised = [] { return sodium_init() >= 0; }();
    if (!initialised) {
        qFatal("libsodium could not be initialised: no secure random source is available");
    }
}

} // namespace creditcase::crypto
