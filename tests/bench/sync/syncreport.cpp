#include "syncreport.h"

#include "../benchutil.h"

#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

QString bytesText(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return u"%1 B"_s.arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return u"%1 KiB"_s.arg(double(bytes) / 1024.0, 0, 'f', 1);
    return u"%1 MiB"_s.arg(double(bytes) / 1024.0 / 1024.0, 0, 'f', 2);
}

QString msText(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 2) : ms < 1000 ? QString::number(ms, 'f', 1) : QString::number(ms, 'f', 0);
}

QString ratioText(double pouch, double ours)
{
    if (ours <= 0 || pouch <= 0)
        return u"–"_s;
    return u"%1×"_s.arg(pouch / ours, 0, 'f', pouch / ours < 10 ? 2 : 1);
}

QString cell(const PhaseFigures &f)
{
    return u"%1 ms %2 req %3"_s.arg(msText(f.ms), 9).arg(f.requests, 5).arg(bytesText(f.bytes()), 10);
}

QJsonObject phaseJson(const PhaseFigures &f)
{
    return {{u"ms"_s, f.ms},           {u"requests"_s, f.requests}, {u"bytes_up"_s, f.bytesUp},
            {u"bytes_down"_s, f.bytesDown}, {u"docs"_s, f.docs}, {u"server_ms"_s, f.serverMs}};
}

QJsonObject phasesJson(const PhaseMap &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), phaseJson(it.value()));
    return o;
}

TargetResult atLeast(const QString &name, double value, double required, const QString &unit = u"×"_s)
{
    return {name, value >= required, u"%1%3 (≥ %2%3)"_s.arg(value, 0, 'f', 2).arg(required).arg(unit)};
}

TargetResult atMost(const QString &name, double value, double allowed, const QString &unit)
{
    return {name, value <= allowed, u"%1%3 (≤ %2%3)"_s.arg(value, 0, 'f', 2).arg(allowed, 0, 'f', 2).arg(unit)};
}

} // namespace

double median(QList<double> values)
{
    return values.isEmpty() ? 0 : Util::median(std::move(values));
}

PhaseMap medianOf(const QList<PhaseMap> &runs)
{
    PhaseMap out;
    if (runs.isEmpty())
        return out;
    for (auto it = runs.constFirst().cbegin(); it != runs.constFirst().cend(); ++it) {
        QList<double> ms, requests, up, down, docs, server;
        for (const PhaseMap &run : runs) {
            const PhaseFigures f = run.value(it.key());
            ms << f.ms;
            requests << double(f.requests);
            up << double(f.bytesUp);
            down << double(f.bytesDown);
            docs << double(f.docs);
            server << f.serverMs;
        }
        out.insert(it.key(), PhaseFigures{median(ms), qint64(median(requests)), qint64(median(up)),
                                          qint64(median(down)), qint64(median(docs)), median(server)});
    }
    return out;
}

QJsonObject machineInfo()
{
    QFile uname(u"/proc/sys/kernel/osrelease"_s);
    const QString kernel = uname.open(QIODevice::ReadOnly) ? QString::fromUtf8(uname.readAll()).trimmed() : QString();
    const qint64 memKiB = Util::procField(u"/proc/meminfo"_s, u"MemTotal"_s).section(u' ', 0, 0).toLongLong();
    return {{u"cores"_s, QThread::idealThreadCount()},
            {u"cpu"_s, Util::procField(u"/proc/cpuinfo"_s, u"model name"_s)},
            {u"ram_gib"_s, double(memKiB) / 1024.0 / 1024.0},
            {u"kernel"_s, kernel},
            {u"os"_s, QSysInfo::prettyProductName()}};
}

QString machineLine(const QJsonObject &m)
{
    return u"machine: %1 cores, %2, %3 GiB RAM, Linux %4 (%5)"_s.arg(m.value(u"cores"_s).toInt())
        .arg(m.value(u"cpu"_s).toString())
        .arg(m.value(u"ram_gib"_s).toDouble(), 0, 'f', 1)
        .arg(m.value(u"kernel"_s).toString(), m.value(u"os"_s).toString());
}

void evaluateTargets(DatasetResult &r)
{
    r.targets.clear();
    const double limit = r.extras.limitDeviceMs + r.extras.limitServerMs;
    const bool havePouch = !r.pouch.isEmpty();
    for (const QString &phase : {u"push_full"_s, u"pull_full"_s}) {
        const PhaseFigures ours = r.qadam.value(phase);
        if (havePouch) {
            const PhaseFigures theirs = r.pouch.value(phase);
            r.targets << atLeast(phase + u": ≥ 10× faster than PouchDB-leveldb"_s, theirs.ms / ours.ms, 10);
            r.targets << atLeast(phase + u": ≥ 5× fewer bytes than PouchDB-leveldb"_s,
                                 double(theirs.bytes()) / double(std::max<qint64>(1, ours.bytes())), 5);
        }
        r.targets << atMost(phase + u": within 2× of the limit (%1 ms)"_s.arg(msText(limit)), ours.ms / limit, 2, u"×"_s);
    }
    const PhaseFigures idle = r.qadam.value(u"push_noop"_s);
    r.targets << TargetResult{u"idle sync: one request ≤ 1 KiB"_s, idle.requests == 1 && idle.bytes() <= 1024,
                              u"%1 request(s), %2 B"_s.arg(idle.requests).arg(idle.bytes())};
    const PhaseFigures after = r.qadam.value(u"push_after_pull"_s);
    r.targets << TargetResult{u"first push after a fresh pull: one request"_s, after.requests == 1,
                              u"%1 request(s), %2 B"_s.arg(after.requests).arg(after.bytes())};
    const PhaseFigures delta = r.qadam.value(u"push_delta"_s);
    r.targets << atMost(u"delta: bytes ≤ 1.2× zstd(raw changed fields) = %1 B"_s.arg(r.extras.rawChangedZstd),
                        double(delta.bytes()) / double(std::max<qint64>(1, r.extras.rawChangedZstd)), 1.2, u"×"_s);
    r.targets << TargetResult{u"correctness: every record arrived once, nothing rejected"_s, r.extras.failures.isEmpty(),
                              r.extras.failures.isEmpty() ? u"device B = device A"_s : r.extras.failures.join(u"; "_s)};
}

QString renderDataset(const DatasetResult &r, int repeat)
{
    QString out;
    out += u"\n== %1 — %2 (median of %3 run%4) ==\n"_s.arg(r.name, r.description).arg(repeat).arg(repeat == 1 ? u""_s : u"s"_s);
    out += u"%1 | %2 | %3 | %4 | %5 | %6\n"_s.arg(u"phase"_s, -16)
               .arg(u"Qadam ms / requests / bytes"_s, -38)
               .arg(u"PouchDB-leveldb ms / requests / bytes"_s, -38)
               .arg(u"time ×"_s, 7)
               .arg(u"bytes ×"_s, 8)
               .arg(u"docs Q / P"_s);
    for (const QString &phase : syncPhases()) {
        const PhaseFigures q = r.qadam.value(phase);
        const bool hasP = r.pouch.contains(phase);
        const PhaseFigures p = r.pouch.value(phase);
        out += u"%1 | %2 | %3 | %4 | %5 | %6 / %7\n"_s.arg(phase, -16)
                   .arg(cell(q), -38)
                   .arg(hasP ? cell(p) : u"(skipped)"_s, -38)
                   .arg(hasP ? ratioText(p.ms, q.ms) : u"–"_s, 7)
                   .arg(hasP ? ratioText(double(p.bytes()), double(q.bytes())) : u"–"_s, 8)
                   .arg(q.docs)
                   .arg(hasP ? QString::number(p.docs) : u"–"_s);
    }
    out += u"%1 | device %2 ms + server %3 ms = %4 ms (SQLCipher, one transaction each end)\n"_s.arg(u"limit"_s, -16)
               .arg(msText(r.extras.limitDeviceMs), msText(r.extras.limitServerMs),
                    msText(r.extras.limitDeviceMs + r.extras.limitServerMs));
    QStringList split;
    for (const QString &phase : syncPhases()) {
        const PhaseFigures q = r.qadam.value(phase);
        split << u"%1 %2 ms = server %3 ms + client and wire %4 ms"_s.arg(phase, msText(q.ms), msText(q.serverMs),
                                                                          msText(q.ms - q.serverMs));
    }
    out += u"where Qadam's time goes: %1\n"_s.arg(split.join(u"; "_s));
    if (!r.pouchNote.isEmpty())
        out += u"note: PouchDB side skipped: %1\n"_s.arg(r.pouchNote);
    if (!r.extras.refused.isEmpty()) {
        QStringList refused;
        for (auto it = r.extras.refused.cbegin(); it != r.extras.refused.cend(); ++it)
            refused << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
        out += u"note: left out on both sides (device A's write path refused them): %1\n"_s.arg(refused.join(u", "_s));
    }
    out += u"targets:\n"_s;
    for (const TargetResult &t : r.targets)
        out += u"  [%1] %2: %3\n"_s.arg(t.pass ? u"PASS"_s : u"MISS"_s, t.name, t.detail);
    return out;
}

QJsonObject datasetJson(const DatasetResult &r)
{
    QJsonArray targets;
    for (const TargetResult &t : r.targets)
        targets.append(QJsonObject{{u"name"_s, t.name}, {u"pass"_s, t.pass}, {u"detail"_s, t.detail}});
    QJsonObject seed;
    for (auto it = r.extras.seedMs.cbegin(); it != r.extras.seedMs.cend(); ++it)
        seed.insert(it.key(), it.value());
    return {{u"name"_s, r.name},
            {u"description"_s, r.description},
            {u"qadam"_s, phasesJson(r.qadam)},
            {u"pouchdb_leveldb"_s, phasesJson(r.pouch)},
            {u"pouch_note"_s, r.pouchNote},
            {u"limit_device_ms"_s, r.extras.limitDeviceMs},
            {u"limit_server_ms"_s, r.extras.limitServerMs},
            {u"local_records"_s, r.extras.localRecords},
            {u"support_records"_s, r.extras.supportRecords},
            {u"changed_records"_s, r.extras.changed},
            {u"raw_changed_zstd_bytes"_s, r.extras.rawChangedZstd},
            {u"seed_ms"_s, seed},
            {u"failures"_s, QJsonArray::fromStringList(r.extras.failures)},
            {u"targets"_s, targets}};
}

} // namespace Qadam::Bench
