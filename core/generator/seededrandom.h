#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

namespace Qadam {

/**
 * A small deterministic random source (xoshiro256** seeded through splitmix64) for the synthetic
 * data generator. Unlike std::uniform_*_distribution its output is specified to the bit, so one
 * seed gives the same data with every compiler and standard library. Not for anything secret.
 * Plain value; not thread-safe.
 */
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitMix(x);
    }

    [[nodiscard]] quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** A whole number in [0, n); n > 0. The modulo bias is below 2^-40 for the sizes used here. */
    [[nodiscard]] int below(int n) { return int(next() % quint64(n)); }
    /** A whole number in [low, high], both included. */
    [[nodiscard]] int between(int low, int high) { return low + below(high - low + 1); }
    /** A number in [0, 1) with 53 random bits: the same double on every IEEE-754 platform. */
    [[nodiscard]] double unit() { return double(next() >> 11) * (1.0 / double(quint64(1) << 53)); }
    /** True with probability p. */
    [[nodiscard]] bool chance(double p) { return unit() < p; }
    /** A day in [from, to], both included. */
    [[nodiscard]] QDate dateBetween(const QDate &from, const QDate &to)
    {
        return to <= from ? from : from.addDays(below(int(from.daysTo(to)) + 1));
    }
    /** One element of a non-empty list. */
    template<typename T> [[nodiscard]] const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    /** An index drawn with the given relative weights (all ≥ 0, at least one > 0). */
    [[nodiscard]] int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (roll < weights.at(i))
                return i;
            roll -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }
    /** One of `options`, each drawn with its relative weight: {{u"stable"_s, 70}, {u"unstable"_s, 5}}. */
    template<typename T> [[nodiscard]] T weightedPick(std::initializer_list<std::pair<T, int>> options)
    {
        QList<int> weights;
        for (const auto &option : options)
            weights << option.second;
        return std::data(options)[weighted(weights)].first;
    }
    /** A string in UUIDv7 layout (RFC 9562) for `unixMs`, its random bits drawn from this source. */
    [[nodiscard]] QString uuidV7(qint64 unixMs)
    {
        using namespace Qt::StringLiterals;
        const quint64 high = (quint64(unixMs) << 16) | 0x7000 | (next() & 0x0fff);
        const quint64 low = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        const QString h = u"%1%2"_s.arg(high, 16, 16, QChar(u'0')).arg(low, 16, 16, QChar(u'0'));
        return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace Qadam
