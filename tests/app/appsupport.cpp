#include "appsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Qadam::AppTest {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// ---- TempSession ----------------------------------------------------------------------------------

TempSession::TempSession(bool demo, const Clock *clock) : m_demo(demo), m_clock(clock)
{
    m_session = std::make_unique<AppSession>(config());
}

TempSession::~TempSession() = default;

AppSession::Config TempSession::config() const
{
    AppSession::Config c;
    c.dataDirectory = m_dir.filePath(u"data"_s);
    c.keyStoreDirectory = m_dir.filePath(u"keystore"_s);
    c.demo = m_demo;
    c.cheapKdfForTests = true;
    c.clock = m_clock;
    return c;
}

void TempSession::restart()
{
    m_session.reset();
    m_session = std::make_unique<AppSession>(config());
}

GeneratedSession::GeneratedSession(Role role, int people, const Clock *clock) : TempSession(false, clock)
{
    Actor actor;
    actor.role = role;  // no userId: openGenerated picks the generated user of the role with most cases
    m_status = session().openGenerated(QString::fromUtf16(kPassphrase), actor, people);
}

// ---- DemoServer -----------------------------------------------------------------------------------

DemoServer::DemoServer(QString serverBinary) : m_binary(std::move(serverBinary))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::launch(const QStringList &serveArgs)
{
    const QString portFile = m_dir.filePath(u"port"_s);
    QFile::remove(portFile);
    m_process.setStandardOutputFile(m_dir.filePath(u"server.log"_s), QIODevice::Append);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"qadam.*.debug=false"_s);
    m_process.setProcessEnvironment(env);
    m_process.start(m_binary, QStringList{u"serve"_s} + serveArgs
                                  + QStringList{u"--store"_s, storeUrl(), u"--port-file"_s, portFile});
    const bool ready = waitFor([&] {
        QFile f(portFile);
        return m_process.state() == QProcess::NotRunning
            || (f.open(QIODevice::ReadOnly) && f.readAll().trimmed().toUInt() > 0);
    }, 120'000);
    if (!ready || m_process.state() == QProcess::NotRunning) {
        QFile output(m_dir.filePath(u"server.log"_s));
        (void)output.open(QIODevice::ReadOnly);
        qWarning("qadam-server did not start: %s", output.readAll().right(4000).constData());
        return false;
    }
    QFile f(portFile);
    (void)f.open(QIODevice::ReadOnly);
    m_port = quint16(f.readAll().trimmed().toUInt());
    return true;
}

bool DemoServer::resume()
{
    return m_port != 0 && launch({u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)});
}

bool DemoServer::start(int people)
{
    const QString log = m_dir.filePath(u"server.log"_s);
    if (!launch({u"--demo"_s, u"--demo-people"_s, QString::number(people), u"--listen"_s, u"127.0.0.1:0"_s}))
        return false;
    QFile output(log);
    (void)output.open(QIODevice::ReadOnly);
    const QString printed = QString::fromUtf8(output.readAll());
    // "  <code>  probation_officer  <display name> (<n> cases)": the lines run.sh reads too.
    static const QRegularExpression line(u"^\\s+(\\S+)\\s+(probation_officer|counsellor|supervisor)\\s.*\\((\\d+) cases\\)$"_s,
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(printed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        m_codes.insert(m.captured(2), m.captured(1));
        m_cases.insert(m.captured(2), m.captured(3).toInt());
    }
    if (m_codes.size() != 3)
        qWarning("qadam-server printed %d demo codes, expected 3", int(m_codes.size()));
    return m_codes.size() == 3;
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QString DemoServer::storeUrl() const
{
    return u"sqlite:"_s + m_dir.filePath(u"server.db"_s);
}

bool DemoServer::admin(const QString &command, const QStringList &args) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_binary, QStringList{command, u"--store"_s, storeUrl()} + args);
    const bool ok = p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        qWarning("qadam-server %s failed: %s", qPrintable(command), p.readAll().constData());
    return ok;
}

QString DemoServer::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

} // namespace Qadam::AppTest
