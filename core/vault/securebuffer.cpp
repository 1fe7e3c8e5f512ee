#include "securebuffer.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace Qadam {

bool SecureBuffer::initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size <= 0 || !initSodium())
        return;
    // sodium_malloc mlocks the page and marks it MADV_DONTDUMP; the guard pages catch overruns.
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(size));
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(qsizetype size)
{
    SecureBuffer buffer(size);
    if (!buffer.isEmpty())
        randombytes_buf(buffer.data(), size_t(buffer.size()));
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!buffer.isEmpty())
        memcpy(buffer.data(), bytes.data(), size_t(bytes.size()));
    return buffer;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size
        && (m_size == 0 || sodium_memcmp(m_data, other.m_data, size_t(m_size)) == 0);
}

QByteArray SecureBuffer::view() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data), m_size);
}

void SecureBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes, munlocks and unmaps, guard pages included
    m_data = nullptr;
    m_size = 0;
}

} // namespace Qadam
