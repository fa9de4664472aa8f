#pragma once

namespace creditcase::crypto {

// libsodium must be initialised once per process before any of its functions run (it picks the fastest
// implementations and opens the random source). Every class in core/crypto calls ensureInitialised() on
// entry, so callers never have to remember it.
class Sodium {
public:
    Sodium() = delete;

    // Thread safe and cheap after the first call. If libsodium cannot start (no random source), nothing
    // in the application could be kept secret, so the process stops with a fatal message.
    static void ensureInitialised();
};

} // namespace creditcase::crypto
