#include "crypto/Sodium.h"

#include <catch2/catch.hpp>
#include <sodium.h>

using namespace creditcase::crypto;

TEST_CASE("Sodium::ensureInitialised leaves libsodium initialised and may be called again") {
    Sodium::ensureInitialised();
    Sodium::ensureInitialised();
    // sodium_init() answers 1 when the library was already initialised, 0 when this call did it.
    CHECK(sodium_init() == 1);
}
