#include "SecretBytes.h"

#include "Sodium.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace creditcase::crypto {

SecretBytes::SecretBytes(std::size_t size) {
    if (size == 0) {
        return;
    }
    Sodium::ensureInitialised();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes::~SecretBytes() {
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release() noexcept {
    if (m_data != nullptr) {
        // sodium_free zeroes the buffer too; zeroing here as well keeps the guarantee explicit.
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::random(std::size_t size) {
    SecretBytes bytes(size);
    if (size > 0) {
        randombytes_buf(bytes.data(), size);
    }
    return bytes;
}

SecretBytes SecretBytes::fromUtf8(QString&& text) {
    QByteArray utf8 = text.toUtf8();
    SecretBytes bytes = copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    wipe(text);
    return bytes;
}

SecretBytes SecretBytes::copyOf(const char* data, std::size_t size) {
    SecretBytes bytes(size);
    if (size > 0) {
        std::memcpy(bytes.m_data, data, size);
    }
    return bytes;
}

bool SecretBytes::equals(const SecretBytes& other) const {
    if (m_size != other.m_size) {
        return false;
    }
    if (m_size == 0) {
        return true;
    }
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

QByteArray SecretBytes::toByteArrayUnsafe() const {
    if (m_size == 0) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipe(QString& text) {
    if (!text.isEmpty()) {
        text.detach();
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace creditcase::crypto
