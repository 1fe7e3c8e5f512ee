// qadam_bench_table: the one benchmark table of issue 6. tests/bench/run runs every benchmark
// binary (repeatedly) with --json into one results directory; this reads those files, takes each
// figure per run, reports the median over the runs against the limit the issue names, prints one
// table and writes one JSON file with every figure, its samples, median, limit and the machine.
//
//   qadam_bench_table --results DIR --json FILE [--info key=value]…
//
// Files read from DIR (any may be missing: its rows then say "not run"):
//   store-N.json     qadam_bench_store --main-only --json      (issue 2: store vs plain SQLite)
//   casework-N.json  qadam_bench_casework --json               (issue 3)
//   sync-N.json      qadam_bench_sync --repeat 1 --json        (issue 4: against PouchDB)
//   pg-N.json        qadam_bench_sync --only-pg --json         (issue 4: server load)
//   app.json         qadam_bench_app --json                    (issue 5: start and memory)
// It asserts nothing about time: a missed limit is a MISS row, not a failure. Exit code 1 only
// when no figure could be read at all.
#include "store/database.h"

#include "../benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

enum class Bound { None, AtMost, AtLeast };

using Qadam::Bench::Util::median;
using Qadam::Bench::Util::procField;

/** One row: a figure measured once per run, its median and the issue's limit. */
struct Figure
{
    QString id;
    QString issue; ///< "#2" …
    QString label;
    QString unit;
    Bound bound = Bound::None;
    double limit = 0;
    QString limitText; ///< what the issue says, when the number alone does not
    QList<double> samples;
    QString detail; ///< context from the runs (sizes, the other side's figure)

    [[nodiscard]] double value() const { return ::median(samples); }
    [[nodiscard]] double ratio() const { return bound == Bound::None || limit == 0 ? std::nan("") : value() / limit; }
    [[nodiscard]] QString result() const
    {
        if (samples.isEmpty())
            return u"not run"_s;
        if (bound == Bound::None)
            return u"—"_s;
        const bool pass = bound == Bound::AtMost ? value() <= limit : value() >= limit;
        return pass ? u"pass"_s : u"MISS"_s;
    }
};

QString number(double v)
{
    if (std::isnan(v))
        return u"—"_s;
    const double a = std::fabs(v);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/** The runs of one benchmark: prefix-1.json, prefix-2.json, … in order. */
QList<QJsonObject> runsOf(const QDir &dir, const QString &prefix)
{
    QList<QJsonObject> runs;
    for (int i = 1;; ++i) {
        const QString path = dir.filePath(u"%1-%2.json"_s.arg(prefix).arg(i));
        if (!QFile::exists(path))
            return runs;
        const QJsonObject o = readJson(path);
        if (!o.isEmpty() && !o.contains(u"error"_s))
            runs << o;
    }
}

/** A plain-text table, columns as wide as their widest cell. */
QString render(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.at(0).size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const bool left = c == 0 || c == 2 || c == 3 || c >= 6;
            cells << (left ? rows.at(r).at(c).leftJustified(widths.at(c)) : rows.at(r).at(c).rightJustified(widths.at(c)));
        }
        out += cells.join(u" | "_s).trimmed() + u'\n';
        if (r == 0)
            out += QString(out.size() - 1, u'-') + u'\n';
    }
    return out;
}

class Suite
{
public:
    explicit Suite(QDir dir) : m_dir(std::move(dir)) { }

    void readAll()
    {
        store();
        casework();
        sync();
        serverLoad();
        app();
    }
    [[nodiscard]] const std::deque<Figure> &figures() const { return m_figures; }

private:
    Figure &add(const QString &id, const QString &issue, const QString &label, const QString &unit, Bound bound,
                double limit, const QString &limitText = {})
    {
        m_figures.push_back(Figure{id, issue, label, unit, bound, limit, limitText, {}, {}});
        return m_figures.back(); // a deque: references stay valid while more rows are added
    }

    // ---- issue 2: the store against plain SQLite ----
    void store()
    {
        const QList<QJsonObject> runs = runsOf(m_dir, u"store"_s);
        const QJsonObject dataset = runs.isEmpty() ? QJsonObject() : runs.constFirst().value(u"dataset"_s).toObject();
        const QString size = runs.isEmpty() ? QString()
                                            : u"%1 people, %2 records"_s.arg(
                                                  QLocale(QLocale::English).toString(dataset.value(u"people"_s).toInteger()),
                                                  QLocale(QLocale::English).toString(dataset.value(u"records"_s).toInteger()));
        const auto side = [](const QJsonObject &run, const QString &name, const QString &key) {
            return run.value(name).toObject().value(u"default"_s).toObject().value(key).toObject();
        };
        struct Op { QString key; QString label; double targetMs; };
        const QList<Op> ops = {{u"searchCyrillic"_s, u"caseload search, Cyrillic prefix"_s, 5},
                               {u"searchLatin"_s, u"caseload search, Latin prefix"_s, 5},
                               {u"searchTwoWords"_s, u"caseload search, two words"_s, 5},
                               {u"dueOfficer"_s, u"due list, one officer's caseload"_s, 10},
                               {u"dueEveryone"_s, u"due list, whole store"_s, 10},
                               {u"insert"_s, u"insert 10,000 check-ins, one transaction"_s, 0}};
        for (const Op &op : ops) {
            if (op.targetMs > 0) {
                Figure &f = add(u"store."_s + op.key + u".p95"_s, u"#2"_s, op.label + u", SQLCipher p95"_s, u"ms"_s,
                                Bound::AtMost, op.targetMs);
                QList<double> plain;
                for (const QJsonObject &run : runs) {
                    f.samples << side(run, u"sqlcipher"_s, op.key).value(u"p95_us"_s).toDouble() / 1000;
                    plain << side(run, u"plain"_s, op.key).value(u"p95_us"_s).toDouble() / 1000;
                }
                f.detail = u"%1; plain SQLite p95 %2 ms"_s.arg(size, number(median(plain)));
            }
            Figure &r = add(u"store."_s + op.key + u".ratio"_s, u"#2"_s, op.label + u", SQLCipher ÷ plain SQLite p50"_s,
                            u"×"_s, Bound::AtMost, 1.3);
            QList<double> cipher, plain, off;
            for (const QJsonObject &run : runs) {
                const double c = side(run, u"sqlcipher"_s, op.key).value(u"p50_us"_s).toDouble();
                const double p = side(run, u"plain"_s, op.key).value(u"p50_us"_s).toDouble();
                const double d = side(run, u"sqlcipherMemorySecurityOff"_s, op.key).value(u"p50_us"_s).toDouble();
                if (p > 0)
                    r.samples << c / p;
                cipher << c / 1000;
                plain << p / 1000;
                off << (p > 0 ? d / p : 0);
            }
            r.detail = u"p50 %1 vs %2 ms; with cipher_memory_security off %3×"_s.arg(
                number(median(cipher)), number(median(plain)),
                number(median(off)));
        }
    }

    // ---- issue 3: casework ----
    void casework()
    {
        const QList<QJsonObject> runs = runsOf(m_dir, u"casework"_s);
        const QString size = runs.isEmpty() ? QString()
                                            : u"%1 people, %2 orders, %3 obligations"_s.arg(
                                                  QLocale(QLocale::English).toString(runs.constFirst().value(u"people"_s).toInteger()),
                                                  QLocale(QLocale::English).toString(runs.constFirst().value(u"orders"_s).toInteger()),
                                                  QLocale(QLocale::English).toString(runs.constFirst().value(u"obligations"_s).toInteger()));
        Figure &warm = add(u"casework.engine.warm"_s, u"#3"_s, u"all obligations and alerts, warm"_s, u"ms"_s,
                           Bound::AtMost, 1000);
        Figure &cold = add(u"casework.engine.cold"_s, u"#3"_s, u"all obligations and alerts, first round (cold)"_s,
                           u"ms"_s, Bound::AtMost, 1000);
        Figure &timeline = add(u"casework.timeline.p95"_s, u"#3"_s, u"one person's full timeline, p95"_s, u"ms"_s,
                               Bound::AtMost, 5);
        QList<double> load, compute, p50;
        for (const QJsonObject &run : runs) {
            warm.samples << run.value(u"engineWarmMs"_s).toDouble();
            cold.samples << run.value(u"engineColdMs"_s).toDouble();
            timeline.samples << run.value(u"timelineP95Ms"_s).toDouble();
            load << run.value(u"engineWarmLoadMs"_s).toDouble();
            compute << run.value(u"engineWarmComputeMs"_s).toDouble();
            p50 << run.value(u"timelineP50Ms"_s).toDouble();
        }
        warm.detail = u"%1; load %2 ms + compute and plan %3 ms"_s.arg(size, number(median(load)),
                                                                          number(median(compute)));
        cold.detail = size;
        timeline.detail = u"p50 %1 ms"_s.arg(number(median(p50)));
    }

    // ---- issue 4: sync against PouchDB, on the same records ----
    void sync()
    {
        const QList<QJsonObject> runs = runsOf(m_dir, u"sync"_s);
        for (const QString &name : {u"checkins"_s, u"mixed"_s})
            syncDataset(runs, name);
    }

    static QJsonObject datasetOf(const QJsonObject &run, const QString &name)
    {
        for (const QJsonValue &d : run.value(u"datasets"_s).toArray())
            if (d[u"name"_s].toString() == name)
                return d.toObject();
        return {};
    }

    void syncDataset(const QList<QJsonObject> &runs, const QString &name)
    {
        QList<QJsonObject> sets;
        for (const QJsonObject &run : runs)
            if (const QJsonObject d = datasetOf(run, name); !d.isEmpty())
                sets << d;
        const QString what = name == u"checkins" ? u"check-ins"_s : u"mixed caseloads"_s;
        const QString records = sets.isEmpty() ? QString()
                                               : u"%1 records"_s.arg(QLocale(QLocale::English).toString(
                                                     sets.constFirst().value(u"local_records"_s).toInteger()));
        const auto phase = [](const QJsonObject &set, const QString &side, const QString &p) {
            return set.value(side).toObject().value(p).toObject();
        };
        const auto bytes = [](const QJsonObject &f) {
            return f.value(u"bytes_up"_s).toDouble() + f.value(u"bytes_down"_s).toDouble();
        };
        for (const auto &[p, label] : {std::pair{u"push_full"_s, u"initial push"_s}, std::pair{u"pull_full"_s, u"initial pull into a fresh device"_s}}) {
            const QString base = u"sync."_s + name + u'.' + p;
            Figure &limit = add(base + u".vs_limit"_s, u"#4"_s, u"sync %1: %2, time ÷ SQLCipher write limit"_s.arg(what, label),
                                u"×"_s, Bound::AtMost, 2, u"≤ 2× limit"_s);
            Figure &faster = add(base + u".faster"_s, u"#4"_s, u"sync %1: %2, × faster than PouchDB-leveldb"_s.arg(what, label),
                                 u"×"_s, Bound::AtLeast, 10);
            Figure &fewer = add(base + u".fewer_bytes"_s, u"#4"_s,
                                u"sync %1: %2, × fewer bytes than PouchDB-leveldb"_s.arg(what, label), u"×"_s,
                                Bound::AtLeast, 5);
            QList<double> ours, theirs, ourBytes, theirBytes, limits, requests, theirRequests;
            for (const QJsonObject &set : sets) {
                const QJsonObject q = phase(set, u"qadam"_s, p);
                const QJsonObject t = phase(set, u"pouchdb_leveldb"_s, p);
                const double lim = set.value(u"limit_device_ms"_s).toDouble() + set.value(u"limit_server_ms"_s).toDouble();
                const double ms = q.value(u"ms"_s).toDouble();
                if (lim > 0 && ms > 0)
                    limit.samples << ms / lim;
                if (!t.isEmpty() && ms > 0) {
                    faster.samples << t.value(u"ms"_s).toDouble() / ms;
                    fewer.samples << bytes(t) / std::max(1.0, bytes(q));
                    theirs << t.value(u"ms"_s).toDouble();
                    theirBytes << bytes(t);
                    theirRequests << t.value(u"requests"_s).toDouble();
                }
                ours << ms;
                ourBytes << bytes(q);
                limits << lim;
                requests << q.value(u"requests"_s).toDouble();
            }
            limit.detail = u"%1; Qadam %2 ms, limit %3 ms (the same rows into SQLCipher on both ends)"_s.arg(
                records, number(median(ours)), number(median(limits)));
            faster.detail = u"Qadam %1 ms, %2 requests; PouchDB %3 ms, %4 requests"_s.arg(
                number(median(ours)), number(median(requests)), number(median(theirs)), number(median(theirRequests)));
            fewer.detail = u"Qadam %1 KiB; PouchDB %2 KiB"_s.arg(number(median(ourBytes) / 1024), number(median(theirBytes) / 1024));
        }
        const QString base = u"sync."_s + name;
        Figure &idleRequests = add(base + u".idle.requests"_s, u"#4"_s, u"sync %1: idle sync, requests"_s.arg(what),
                                   u"requests"_s, Bound::AtMost, 1);
        Figure &idleBytes = add(base + u".idle.bytes"_s, u"#4"_s, u"sync %1: idle sync, bytes"_s.arg(what), u"B"_s,
                                Bound::AtMost, 1024);
        Figure &after = add(base + u".push_after_pull.requests"_s, u"#4"_s,
                            u"sync %1: first push after a fresh pull, requests"_s.arg(what), u"requests"_s, Bound::AtMost, 1);
        Figure &delta = add(base + u".delta.bytes_vs_zstd"_s, u"#4"_s,
                            u"sync %1: 1 % delta, bytes ÷ zstd(raw changed fields)"_s.arg(what), u"×"_s, Bound::AtMost, 1.2);
        QList<double> pouchIdle, pouchAfter, deltaMs, pouchDeltaMs;
        for (const QJsonObject &set : sets) {
            const QJsonObject idle = phase(set, u"qadam"_s, u"push_noop"_s);
            idleRequests.samples << idle.value(u"requests"_s).toDouble();
            idleBytes.samples << bytes(idle);
            after.samples << phase(set, u"qadam"_s, u"push_after_pull"_s).value(u"requests"_s).toDouble();
            const double zstd = set.value(u"raw_changed_zstd_bytes"_s).toDouble();
            if (zstd > 0)
                delta.samples << bytes(phase(set, u"qadam"_s, u"push_delta"_s)) / zstd;
            deltaMs << phase(set, u"qadam"_s, u"push_delta"_s).value(u"ms"_s).toDouble();
            pouchDeltaMs << phase(set, u"pouchdb_leveldb"_s, u"push_delta"_s).value(u"ms"_s).toDouble();
            pouchIdle << phase(set, u"pouchdb_leveldb"_s, u"push_noop"_s).value(u"requests"_s).toDouble();
            pouchAfter << phase(set, u"pouchdb_leveldb"_s, u"push_after_pull"_s).value(u"requests"_s).toDouble();
        }
        idleRequests.detail = u"PouchDB %1 requests"_s.arg(number(median(pouchIdle)));
        after.detail = u"PouchDB %1 requests"_s.arg(number(median(pouchAfter)));
        delta.detail = u"Qadam %1 ms, PouchDB %2 ms"_s.arg(number(median(deltaMs)), number(median(pouchDeltaMs)));
    }

    // ---- issue 4: server load on PostgreSQL ----
    void serverLoad()
    {
        const QList<QJsonObject> runs = runsOf(m_dir, u"pg"_s);
        Figure &ingest = add(u"server.pg.ingest"_s, u"#4"_s, u"server on PostgreSQL: ingest"_s, u"ops/s"_s,
                             Bound::AtLeast, 5000);
        Figure &p99 = add(u"server.pg.incremental.p99"_s, u"#4"_s, u"server on PostgreSQL: incremental sync latency p99"_s,
                          u"ms"_s, Bound::AtMost, 300);
        Figure &rss = add(u"server.pg.peak_rss"_s, u"#6"_s, u"qadam-server process under that load: peak RSS"_s, u"MB"_s,
                          Bound::None, 0, u"none named"_s);
        QList<double> p50, devices, ops, errors;
        for (const QJsonObject &run : runs) {
            const QJsonObject pg = run.value(u"pg_load"_s).toObject();
            if (pg.isEmpty())
                continue;
            ingest.samples << pg.value(u"ingest_ops_per_s"_s).toDouble();
            p99.samples << pg.value(u"p99_ms"_s).toDouble();
            if (pg.value(u"separate_server"_s).toBool())
                rss.samples << pg.value(u"server_peak_rss_kib"_s).toDouble() * 1024 / 1e6;
            p50 << pg.value(u"p50_ms"_s).toDouble();
            devices << pg.value(u"devices"_s).toDouble();
            ops << pg.value(u"ingest_ops"_s).toDouble();
            errors << pg.value(u"sync_errors"_s).toDouble() + pg.value(u"ingest_rejected"_s).toDouble();
        }
        ingest.detail = u"%1 check-in creates from 8 devices, batches of 500; %2 errors or rejections"_s.arg(
            number(median(ops)), number(median(errors)));
        p99.detail = u"%1 simulated devices × 3 rounds on loopback; p50 %2 ms"_s.arg(number(median(devices)), number(median(p50)));
        rss.detail = u"VmHWM after ingest and incremental syncs, 8 worker threads"_s;
    }

    // ---- issue 5: the app ----
    void app()
    {
        const QJsonObject app = readJson(m_dir.filePath(u"app.json"_s));
        const QJsonObject f = app.value(u"figures"_s).toObject();
        const QString people = app.isEmpty() ? QString()
                                             : u"%1 people generated"_s.arg(
                                                   QLocale(QLocale::English).toString(app.value(u"people"_s).toInteger()));
        const auto samples = [&f](const QString &key, double scale = 1) {
            QList<double> out;
            for (const QJsonValue &v : f.value(key).toObject().value(u"samples"_s).toArray())
                out << v.toDouble() * scale;
            return out;
        };
        const double mb = 1024.0 / 1e6; // KiB → MB, the issue's unit
        Figure &start = add(u"app.start_to_unlock_screen"_s, u"#5"_s, u"app: process start → unlock screen shown"_s,
                            u"ms"_s, Bound::AtMost, 500);
        start.samples = samples(u"startToUnlockScreenMs"_s);
        start.detail = u"offscreen, software renderer; main() → frame %1 ms"_s.arg(
            number(f[u"mainToUnlockScreenMs"_s][u"median"_s].toDouble()));
        Figure &today = add(u"app.unlock_to_today"_s, u"#5"_s, u"app: unlock → first Today frame with its rows"_s, u"ms"_s,
                            Bound::AtMost, 300, u"≤ 300 (unlock → first screen)"_s);
        today.samples = samples(u"unlockToTodayMs"_s);
        today.detail = u"%1; %2 rows; Argon2id at its cheapest (excluded)"_s.arg(
            people, number(f[u"todayRows"_s][u"median"_s].toDouble()));
        Figure &caseload = add(u"app.caseload_open"_s, u"#5"_s, u"app: Caseload opened → first frame with rows"_s,
                               u"ms"_s, Bound::AtMost, 300);
        caseload.samples = samples(u"caseloadOpenMs"_s);
        caseload.detail = u"officer's caseload of %1 people"_s.arg(number(f[u"caseloadPeople"_s][u"median"_s].toDouble()));
        Figure &rssToday = add(u"app.peak_rss_today"_s, u"#5"_s, u"app: peak RSS on Today"_s, u"MB"_s, Bound::AtMost, 150);
        rssToday.samples = samples(u"todayPeakRssKiB"_s, mb);
        rssToday.detail = people;
        if (app.value(u"people"_s).toInteger() < 100000)
            rssToday.detail += u" (the issue's limit is for 100,000)"_s;
        Figure &rssCaseload = add(u"app.peak_rss_caseload"_s, u"#5"_s, u"app: peak RSS on Caseload"_s, u"MB"_s,
                                  Bound::AtMost, 150);
        rssCaseload.samples = samples(u"caseloadPeakRssKiB"_s, mb);
        rssCaseload.detail = people;
        Figure &rssAll = add(u"app.peak_rss_scrolled"_s, u"#5"_s, u"app: peak RSS after scrolling the caseload"_s,
                             u"MB"_s, Bound::AtMost, 150);
        rssAll.samples = samples(u"peakRssKiB"_s, mb);
        rssAll.detail = people;
        Figure &under = add(u"app.scroll_under_16ms"_s, u"#5"_s, u"app: caseload scrolling, frames under 16 ms"_s, u"%"_s,
                            Bound::AtLeast, 99);
        under.samples = samples(u"scrollUnder16Pct"_s);
        under.detail = u"240 frames, 90 px a frame; frame p50 %1 ms, p99 %2 ms, max %3 ms"_s.arg(
            number(f[u"scrollP50Ms"_s][u"median"_s].toDouble()), number(f[u"scrollP99Ms"_s][u"median"_s].toDouble()),
            number(f[u"scrollMaxMs"_s][u"median"_s].toDouble()));
    }

    QDir m_dir;
    std::deque<Figure> m_figures;
};

QJsonObject machine(const QStringList &info)
{
    const double ramGiB = double(procField(u"/proc/meminfo"_s, u"MemTotal"_s).section(u' ', 0, 0).toLongLong()) / 1024 / 1024;
    QJsonObject m{{u"cpu"_s, procField(u"/proc/cpuinfo"_s, u"model name"_s)},
                  {u"cores"_s, QThread::idealThreadCount()},
                  {u"ram_gib"_s, std::round(ramGiB * 10) / 10},
                  {u"os"_s, QSysInfo::prettyProductName()},
                  {u"kernel"_s, QSysInfo::kernelVersion()},
                  {u"qt"_s, QString::fromLatin1(qVersion())},
                  {u"sqlcipher"_s, Qadam::Database::libraryCipherVersion()}};
    for (const QString &pair : info)
        m.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return m;
}

QString machineText(const QJsonObject &m)
{
    QString out = u"Machine: %1, %2 cores, %3 GiB RAM; %4, Linux %5\n"_s.arg(m.value(u"cpu"_s).toString())
                      .arg(m.value(u"cores"_s).toInt())
                      .arg(m.value(u"ram_gib"_s).toDouble())
                      .arg(m.value(u"os"_s).toString(), m.value(u"kernel"_s).toString());
    out += u"Software: %1; Qt %2; SQLCipher %3; %4; node %5; build %6\n"_s.arg(
        m.value(u"compiler"_s).toString(), m.value(u"qt"_s).toString(), m.value(u"sqlcipher"_s).toString(),
        m.value(u"postgresql"_s).toString(), m.value(u"node"_s).toString(), m.value(u"build"_s).toString());
    if (m.contains(u"runs"_s))
        out += u"Runs asked of each benchmark: %1 (the runs column counts what was measured); sizes: %2\n"_s.arg(m.value(u"runs"_s).toString(),
                                                              m.value(u"sizes"_s).toString());
    out += u"Load average (1, 5, 15 min): at start %1, at end %2%3\n"_s.arg(
        m.value(u"load_start"_s).toString(), m.value(u"load_end"_s).toString(),
        m.value(u"note"_s).toString().isEmpty() ? QString() : u"; "_s + m.value(u"note"_s).toString());
    return out;
}

QString limitText(const Figure &f)
{
    if (!f.limitText.isEmpty() && f.bound == Bound::None)
        return f.limitText;
    if (f.bound == Bound::None)
        return u"—"_s;
    const QString limit = QLocale(QLocale::English).toString(f.limit, 'g', 6); // 5, 1.3, 1,000
    return (f.bound == Bound::AtMost ? u"≤ "_s : u"≥ "_s) + limit + u' ' + f.unit;
}

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the one benchmark table from tests/bench/run's results."_s);
    parser.addHelpOption();
    parser.addOptions({{u"results"_s, u"The directory the benchmarks wrote their JSON into."_s, u"dir"_s},
                       {u"json"_s, u"Write every figure, its samples, median and limit here."_s, u"file"_s},
                       {u"info"_s, u"key=value about the run or machine (repeatable)."_s, u"pair"_s}});
    parser.process(app);
    Suite suite{QDir(parser.value(u"results"_s))};
    suite.readAll();
    const QJsonObject m = machine(parser.values(u"info"_s));

    QList<QStringList> rows{{u"figure"_s, u"value"_s, u"unit"_s, u"limit (issue)"_s, u"÷ limit"_s, u"result"_s,
                             u"runs"_s, u"detail"_s}};
    QJsonArray figures;
    int measured = 0, misses = 0;
    for (const Figure &f : suite.figures()) {
        const QString result = f.result();
        measured += f.samples.isEmpty() ? 0 : 1;
        misses += result == u"MISS" ? 1 : 0;
        rows << QStringList{f.label, number(f.value()), f.unit, limitText(f) + u" ("_s + f.issue + u')',
                            f.bound == Bound::None || f.samples.isEmpty() ? u"—"_s : number(f.ratio()), result,
                            QString::number(f.samples.size()), f.samples.isEmpty() ? QString() : f.detail};
        QJsonArray samples;
        for (double s : f.samples)
            samples << s;
        figures << QJsonObject{{u"id"_s, f.id},
                               {u"issue"_s, f.issue},
                               {u"figure"_s, f.label},
                               {u"unit"_s, f.unit},
                               {u"samples"_s, samples},
                               {u"median"_s, jsonNumber(f.value())},
                               {u"limit"_s, f.bound == Bound::None ? QJsonValue() : QJsonValue(f.limit)},
                               {u"bound"_s, f.bound == Bound::AtMost ? u"<="_s : f.bound == Bound::AtLeast ? u">="_s : u""_s},
                               {u"ratio_to_limit"_s, jsonNumber(f.ratio())},
                               {u"result"_s, result},
                               {u"detail"_s, f.detail}};
    }
    QTextStream out(stdout);
    out << u"\nQadam benchmark table (medians over the runs; tests/bench/run)\n"_s << machineText(m) << u'\n'
        << render(rows)
        << u"\n%1 figures measured, %2 limits missed. Ratios: value ÷ limit (for “× faster/fewer than "
           u"PouchDB” the value itself is the ratio against PouchDB).\n"_s.arg(measured).arg(misses);
    if (parser.isSet(u"json"_s)) {
        QFile f(parser.value(u"json"_s));
        const QJsonObject doc{{u"machine"_s, m}, {u"figures"_s, figures}, {u"results_dir"_s, parser.value(u"results"_s)}};
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(doc).toJson()) < 0) {
            out << u"cannot write "_s << parser.value(u"json"_s) << u'\n';
            return 1;
        }
        out << u"JSON: "_s << QFileInfo(f).absoluteFilePath() << u'\n';
    }
    return measured > 0 ? 0 : 1;
}
