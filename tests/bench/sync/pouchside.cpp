#include "pouchside.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

constexpr int kInstallTimeoutMs = 15 * 60'000;
constexpr int kSmokeInstallTimeoutMs = 120'000;  ///< CI without a registry: give up and skip quickly
constexpr int kRunTimeoutMs = 30 * 60'000;

/** Runs `program args` in `dir`; stdout in `out`, stderr passed through to ours. */
Status run(const QString &program, const QStringList &args, const QString &dir, int timeoutMs, QByteArray *out)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(30'000))
        return Error::make(Error::Unavailable, u"%1 did not start"_s.arg(program));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5'000);
        return Error::make(Error::Unavailable, u"%1 did not finish in time"_s.arg(program));
    }
    if (out)
        *out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s", err.constData());
        return Error::make(Error::Unavailable, u"%1 %2 failed (exit %3)"_s.arg(program, args.value(0)).arg(p.exitCode()));
    }
    return {};
}

bool copyFresh(const QString &from, const QString &to)
{
    QFile source(from), target(to);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = source.readAll();
    if (target.open(QIODevice::ReadOnly) && target.readAll() == bytes)
        return true;
    target.close();
    return target.open(QIODevice::WriteOnly | QIODevice::Truncate) && target.write(bytes) == bytes.size();
}

} // namespace

bool nodeAvailable(QString *version)
{
    QByteArray out;
    if (!run(u"node"_s, {u"--version"_s}, QDir::currentPath(), 30'000, &out).ok())
        return false;
    if (version)
        *version = QString::fromUtf8(out).trimmed();
    return true;
}

Status preparePouch(const BenchOptions &options)
{
    if (!nodeAvailable())
        return Error::make(Error::Unavailable, u"node is not installed (Node 20 and npm are needed for the PouchDB "
                                                u"peer; see /work/shared/peers/pouchdb/README.md)"_s);
    QDir().mkpath(options.pouchRunDir);
    const QDir peer(options.pouchPeerDir), here(options.pouchRunDir);
    for (const QString &file : {u"package.json"_s, u"package-lock.json"_s, u"bench.js"_s})
        if (!copyFresh(peer.filePath(file), here.filePath(file)))
            return Error::make(Error::Storage, u"cannot copy %1 from %2"_s.arg(file, options.pouchPeerDir));
    if (QFileInfo::exists(here.filePath(u"node_modules"_s)))
        return {};
    std::fprintf(stderr, "installing the PouchDB peer (npm ci) in %s…\n", qPrintable(options.pouchRunDir));
    return run(u"npm"_s, {u"ci"_s, u"--no-audit"_s, u"--no-fund"_s}, options.pouchRunDir,
               options.smoke ? kSmokeInstallTimeoutMs : kInstallTimeoutMs, nullptr);
}

Result<PhaseMap> runPouch(const BenchOptions &options, const QString &inputPath)
{
    QByteArray out;
    const QStringList args = {u"bench.js"_s, u"--input="_s + inputPath, u"--json"_s, u"--db=leveldb"_s,
                              u"--pct=%1"_s.arg(options.pct)};
    if (Status s = run(u"node"_s, args, options.pouchRunDir, kRunTimeoutMs, &out); !s.ok())
        return s.error();
    PhaseMap phases;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        PhaseFigures f;
        f.ms = o.value(u"ms"_s).toDouble();
        f.requests = o.value(u"requests"_s).toInteger();
        f.bytesUp = o.value(u"bytes_up"_s).toInteger();
        f.bytesDown = o.value(u"bytes_down"_s).toInteger();
        f.docs = o.value(u"docs"_s).toInteger();
        phases.insert(o.value(u"phase"_s).toString(), f);
    }
    for (const QString &phase : syncPhases())
        if (!phases.contains(phase))
            return Error::make(Error::Malformed, u"the PouchDB peer reported no %1 phase"_s.arg(phase));
    return phases;
}

} // namespace Qadam::Bench
