#include "crashsupport.h"

#include "domain/schema.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <csignal>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Qadam::Crash {

namespace {

qint64 number(Database &db, const QString &sql)
{
    auto s = db.cached(sql);
    return s.ok() && s.value().step().value() ? s.value().integer(0) : -1;
}

} // namespace

// ---- Plan ---------------------------------------------------------------------------------------

Plan Plan::fromEnvironment()
{
    Plan p;
    p.m_seed = qEnvironmentVariableIsSet("QADAM_CRASH_SEED") ? quint32(qEnvironmentVariable("QADAM_CRASH_SEED").toUInt())
                                                             : QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIntValue("QADAM_CRASH_POINTS") > 0)
        p.m_total = qEnvironmentVariableIntValue("QADAM_CRASH_POINTS");
    return p;
}

int Plan::pointsFor(Victim v) const
{
    // Local writes are the cheapest kill (no server round trip), so they get the largest share.
    const int writes = m_total * 45 / 100;
    const int pulls = m_total * 30 / 100;
    switch (v) {
    case Victim::LocalWrites: return writes;
    case Victim::PullApply: return pulls;
    case Victim::ServerPush: return m_total - writes - pulls;
    }
    return 0;
}

QRandomGenerator Plan::rngFor(Victim v) const
{
    return QRandomGenerator(m_seed ^ (0x9e3779b9u * (quint32(v) + 1)));
}

QString Plan::reproduceHint(const QString &ctestName) const
{
    return u"reproduce: QADAM_CRASH_SEED=%1 QADAM_CRASH_POINTS=%2 ctest --test-dir <build> -R '^%3$' "
           "--output-on-failure"_s.arg(m_seed).arg(m_total).arg(ctestName);
}

// ---- Digest -------------------------------------------------------------------------------------

Digest Digest::of(Database &db)
{
    Digest d;
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        // Cached statements: the writer computes this after every op, it must stay cheap.
        auto row = db.cached(u"SELECT count(*), total(version) FROM %1"_s.arg(spec.table));
        if (row.ok() && row.value().step().value()) {
            d.numbers.insert(spec.table + u".rows"_s, row.value().integer(0));
            d.numbers.insert(spec.table + u".versions"_s, qint64(row.value().real(1)));
        }
    }
    d.numbers.insert(u"outbox.rows"_s, number(db, u"SELECT count(*) FROM outbox"_s));
    d.numbers.insert(u"outbox.seq"_s, number(db, u"SELECT coalesce(max(device_seq), 0) FROM outbox"_s));
    d.numbers.insert(u"audit.rows"_s, number(db, u"SELECT count(*) FROM audit_event"_s));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto head = db.cached(u"SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"_s);
    hash.addData(head.ok() && head.value().step().value() ? head.value().blob(0) : "?"_ba);
    auto meta = db.cached(u"SELECT key, value FROM meta ORDER BY key"_s);
    if (meta.ok())
        while (meta.value().step().value())
            hash.addData(meta.value().text(0).toUtf8() + '=' + meta.value().text(1).toUtf8() + '\n');
    d.text = hash.result().toHex();
    for (auto it = d.numbers.begin(); it != d.numbers.end();)  // zeros left out, as serialise() writes
        it = it.value() == 0 ? d.numbers.erase(it) : std::next(it);
    return d;
}

QByteArray Digest::serialise() const
{
    QByteArray out;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
        if (it.value() != 0)
            out += it.key().toLatin1() + ':' + QByteArray::number(it.value()) + ',';
    return out + '|' + text;
}

Digest Digest::parse(const QByteArray &line)
{
    Digest d;
    const qsizetype bar = line.lastIndexOf('|');
    d.text = line.mid(bar + 1);
    for (const QByteArray &pair : line.left(bar).split(',')) {
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0)
            d.numbers.insert(QString::fromLatin1(pair.left(colon)), pair.mid(colon + 1).toLongLong());
    }
    return d;
}

QMap<QString, qint64> Digest::minus(const Digest &before) const
{
    QMap<QString, qint64> delta;
    QMap<QString, qint64> all = numbers;
    for (auto it = before.numbers.cbegin(); it != before.numbers.cend(); ++it)
        all.insert(it.key(), numbers.value(it.key()));
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (const qint64 d = it.value() - before.numbers.value(it.key()); d != 0)
            delta.insert(it.key(), d);
    return delta;
}

// ---- LineReader ---------------------------------------------------------------------------------

void LineReader::readAvailable()
{
    m_partial += m_process.readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_partial.indexOf('\n')) >= 0) {
        m_lines << m_partial.left(nl).trimmed();
        m_partial.remove(0, nl + 1);
    }
}

bool LineReader::waitForCount(const QByteArray &prefix, int wanted, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        readAvailable();
        if (count(prefix) >= wanted)
            return true;
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(int(std::max<qint64>(1, std::min<qint64>(50, deadline.remainingTime()))));
    }
}

bool LineReader::waitFor(const QByteArray &prefix, int timeoutMs)
{
    return waitForCount(prefix, count(prefix) + 1, timeoutMs);
}

void LineReader::drain()
{
    m_process.waitForFinished(10'000);
    readAvailable();
    if (!m_partial.isEmpty()) {
        // A line the child did not finish writing when it died is no acknowledgement.
        m_partial.clear();
    }
}

int LineReader::count(const QByteArray &prefix) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [&](const QByteArray &l) { return l.startsWith(prefix); }));
}

QByteArray LineReader::last(const QByteArray &prefix) const
{
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it)
        if (it->startsWith(prefix))
            return *it;
    return {};
}

// ---- killing ------------------------------------------------------------------------------------

bool killHard(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10'000);
    return true;
}

void sleepMicros(qint64 micros)
{
    if (micros <= 0)
        return;
    timespec ts{time_t(micros / 1'000'000), long(micros % 1'000'000) * 1000};
    while (::nanosleep(&ts, &ts) != 0) {
    }
}

qint64 nowMicros()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

} // namespace Qadam::Crash
