#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Qadam {

/**
 * Key material in libsodium's guarded heap: sodium_malloc places the bytes between guard pages,
 * mlocks them (never swapped) and excludes them from core dumps; clear() and the destructor
 * zero them (sodium_free). Move-only, so a key has exactly one owner. Not shared between
 * threads. A buffer whose allocation failed is empty; callers check isEmpty().
 */
class SecureBuffer
{
public:
    SecureBuffer() = default;
    /** `size` zero bytes; empty when size <= 0 or allocation fails. */
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    /** `size` bytes from the operating system's CSPRNG (randombytes_buf). */
    [[nodiscard]] static SecureBuffer random(qsizetype size);
    /** A guarded copy of `bytes`; the caller still wipes its own copy. */
    [[nodiscard]] static SecureBuffer copyOf(QByteArrayView bytes);
    /** Initialises libsodium once per process; false if the library is unusable. */
    [[nodiscard]] static bool initSodium();

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /** Constant-time comparison (sodium_memcmp). */
    [[nodiscard]] bool equals(const SecureBuffer &other) const;
    /** A non-owning QByteArray over the guarded bytes (no copy), for APIs that take
     *  `const QByteArray &` and only read. Invalid after clear(), move or destruction. */
    [[nodiscard]] QByteArray view() const;

    /** Zeroes and frees the bytes; the buffer becomes empty. */
    void clear();

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace Qadam
