#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace creditcase::crypto {

// Owns secret bytes (keys, passwords, recovery-code entropy) outside the ordinary heap: the buffer comes
// from sodium_malloc (guard pages, locked into memory where the system allows, never swapped when it
// does) and is zeroed before it is released. Move-only, so a secret has exactly one owner; a moved-from
// object is empty.
class SecretBytes {
public:
    SecretBytes() = default;
    // `size` zero bytes.
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // `size` bytes from the operating system's secure random source.
    static SecretBytes random(std::size_t size);
    // The UTF-8 form of `text`, exactly as typed (no Unicode normalisation). The source string is
    // zeroed and emptied; copies Qt made elsewhere (an input widget's own buffer) are out of reach.
    static SecretBytes fromUtf8(QString&& text);
    static SecretBytes copyOf(const char* data, std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant time for equal sizes (sizes are not secret).
    bool equals(const SecretBytes& other) const;

    // A plain copy, only for handing a raw key to an API that takes a QByteArray (SQLCipher's key).
    // The caller must wipe() the copy as soon as it has been used.
    QByteArray toByteArrayUnsafe() const;

private:
    void release() noexcept;

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Zero a Qt buffer in place and empty it. A buffer shared with other copies is detached first, so only
// this copy is wiped: wipe every copy you made.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace creditcase::crypto
