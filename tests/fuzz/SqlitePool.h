// SQLite's memory for a fuzz target, kept in free lists by size class instead of passing every allocation through
// AddressSanitizer's allocator.
//
// Why: a target that opens a vault per input spends most of its time in SQLite (the system's SQLCipher, not
// instrumented) allocating and freeing memory while it parses the schema: perf showed AddressSanitizer's allocator,
// quarantine and 4 KiB fill at over a third of fuzz_wal_vault's time. AddressSanitizer checks no access made by
// code that is not instrumented, so inside SQLite its allocator only costs time. The project's code still runs
// under AddressSanitizer and UBSan; what it gets from SQLite (column text, error messages) Qt copies at once.
//
// Installed with sqlite3_config(SQLITE_CONFIG_MALLOC), which must come before SQLite is first used, so a target
// calls install() first thing in LLVMFuzzerInitialize. Memory is taken from malloc once per size class and kept.
// Blocks above 128 KiB (SQLite's page cache takes some hundreds of KiB per connection) are rounded up to 64 KiB and
// kept too, and given again for the same rounded size: fresh ones would cost a page fault per 4 KiB on every open.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sqlcipher/sqlite3.h>

namespace creditcase::fuzz::sqlite_pool {

namespace detail {

constexpr int kMinShift = 5;  // 32-byte blocks, 16 of them the header
constexpr int kMaxShift = 17; // 128 KiB
constexpr std::size_t kHeader = 16;

struct FreeBlock {
    FreeBlock* next;
};

constexpr std::size_t kLargeStep = std::size_t{1} << 16;
constexpr int kLargeKept = 32;

struct State {
    std::mutex lock;
    // Plain arrays: std::array's operator[] is a call of its own in an instrumented build.
    FreeBlock* free[kMaxShift + 1] = {};
    void* large[kLargeKept] = {}; // free large blocks, each with its rounded size in its header
};

inline State& state() {
    static State s;
    return s;
}

// Not instrumented: coverage of the allocator would only be noise to the fuzzer, and its checks cost time on every
// allocation SQLite makes.
#if defined(__clang__)
#define CREDITCASE_POOL_FUNCTION inline __attribute__((no_sanitize("address", "undefined", "coverage")))
#else // the replay build (GCC): nothing is instrumented there
#define CREDITCASE_POOL_FUNCTION inline
#endif

// The smallest size class whose block holds `bytes` after the header, or -1 when it is too large for a class.
CREDITCASE_POOL_FUNCTION int classFor(std::size_t bytes) {
    const std::size_t need = bytes + kHeader;
    if (need > (std::size_t{1} << kMaxShift)) {
        return -1;
    }
    const int shift = 64 - __builtin_clzll(static_cast<unsigned long long>(need - 1));
    return shift < kMinShift ? kMinShift : shift;
}

// Header: [0..7] usable size, [8..15] size class (-1: straight from malloc).
CREDITCASE_POOL_FUNCTION void* finish(void* block, std::int64_t usable, std::int64_t shift) {
    auto* bytes = static_cast<unsigned char*>(block);
    std::memcpy(bytes, &usable, sizeof usable);
    std::memcpy(bytes + 8, &shift, sizeof shift);
    return bytes + kHeader;
}

CREDITCASE_POOL_FUNCTION std::int64_t usableOf(void* p) {
    std::int64_t usable = 0;
    std::memcpy(&usable, static_cast<unsigned char*>(p) - kHeader, sizeof usable);
    return usable;
}

CREDITCASE_POOL_FUNCTION std::int64_t classOf(void* p) {
    std::int64_t shift = 0;
    std::memcpy(&shift, static_cast<unsigned char*>(p) - kHeader + 8, sizeof shift);
    return shift;
}

CREDITCASE_POOL_FUNCTION void* largeMalloc(std::size_t n) {
    const std::size_t rounded = (n + kHeader + kLargeStep - 1) / kLargeStep * kLargeStep;
    const auto usable = static_cast<std::int64_t>(rounded - kHeader);
    {
        std::lock_guard<std::mutex> guard(state().lock);
        for (void*& kept : state().large) {
            if (kept && usableOf(static_cast<unsigned char*>(kept) + kHeader) == usable) {
                void* block = kept;
                kept = nullptr;
                return finish(block, usable, -1);
            }
        }
    }
    void* block = std::malloc(rounded);
    return block ? finish(block, usable, -1) : nullptr;
}

CREDITCASE_POOL_FUNCTION void largeFree(void* block) {
    {
        std::lock_guard<std::mutex> guard(state().lock);
        for (void*& kept : state().large) {
            if (!kept) {
                kept = block;
                return;
            }
        }
    }
    std::free(block);
}

CREDITCASE_POOL_FUNCTION void* poolMalloc(int n) {
    if (n <= 0) {
        return nullptr;
    }
    const int shift = classFor(static_cast<std::size_t>(n));
    if (shift < 0) {
        return largeMalloc(static_cast<std::size_t>(n));
    }
    void* block = nullptr;
    {
        std::lock_guard<std::mutex> guard(state().lock);
        FreeBlock*& head = state().free[shift];
        if (head) {
            block = head;
            head = head->next;
        }
    }
    if (!block) {
        block = std::malloc(std::size_t{1} << shift);
        if (!block) {
            return nullptr;
        }
    }
    return finish(block, static_cast<std::int64_t>((std::size_t{1} << shift) - kHeader), shift);
}

CREDITCASE_POOL_FUNCTION void poolFree(void* p) {
    if (!p) {
        return;
    }
    const std::int64_t shift = classOf(p);
    void* block = static_cast<unsigned char*>(p) - kHeader;
    if (shift < 0) {
        largeFree(block);
        return;
    }
    std::lock_guard<std::mutex> guard(state().lock);
    auto* free = static_cast<FreeBlock*>(block);
    free->next = state().free[shift];
    state().free[shift] = free;
}

CREDITCASE_POOL_FUNCTION int poolSize(void* p) {
    return p ? static_cast<int>(usableOf(p)) : 0;
}

CREDITCASE_POOL_FUNCTION void* poolRealloc(void* p, int n) {
    if (!p) {
        return poolMalloc(n);
    }
    const int had = poolSize(p);
    if (n <= had) {
        return p;
    }
    void* grown = poolMalloc(n);
    if (grown) {
        std::memcpy(grown, p, static_cast<std::size_t>(had));
        poolFree(p);
    }
    return grown;
}

CREDITCASE_POOL_FUNCTION int poolRoundup(int n) {
    const std::size_t bytes = static_cast<std::size_t>(n > 0 ? n : 1);
    const int shift = classFor(bytes);
    if (shift < 0) {
        return static_cast<int>((bytes + kHeader + kLargeStep - 1) / kLargeStep * kLargeStep - kHeader);
    }
    return static_cast<int>((std::size_t{1} << shift) - kHeader);
}

CREDITCASE_POOL_FUNCTION int poolInit(void*) {
    return SQLITE_OK;
}

CREDITCASE_POOL_FUNCTION void poolShutdown(void*) {}

#undef CREDITCASE_POOL_FUNCTION

} // namespace detail

// Gives SQLite the pool. Aborts if SQLite was already in use, since then the setting would silently not apply.
inline void install() {
    static const sqlite3_mem_methods methods = {
        detail::poolMalloc,  detail::poolFree, detail::poolRealloc,  detail::poolSize,
        detail::poolRoundup, detail::poolInit, detail::poolShutdown, nullptr};
    // SQLite's own memory statistics take a mutex around every allocation; the pool has its own.
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK ||
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite_pool: SQLite was used before its allocator could be set\n");
        std::abort();
    }
}

} // namespace creditcase::fuzz::sqlite_pool
