#pragma once

// Shared by the app tests (tests/app): a session on a temporary directory, a generated store acting
// as a user of a role, and a real `qadam-server serve --demo` child process.
#include "appsession.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Qadam::AppTest {

/** The passphrase the tests' vaults use. */
inline constexpr char16_t kPassphrase[] = u"correct horse battery staple";

/** An AppSession on a fresh temporary directory, with cheap Argon2id parameters. */
class TempSession
{
public:
    explicit TempSession(bool demo = false, const Clock *clock = nullptr);
    ~TempSession();
    [[nodiscard]] AppSession &session() { return *m_session; }
    [[nodiscard]] AppSession *operator->() { return m_session.get(); }
    [[nodiscard]] AppSession::Config config() const;
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    /** Destroys the session and makes a new one on the same directory (an app restart). */
    void restart();
    /** Destroys the session and keeps its directory (the device is switched off; restart() turns
     *  it on). Controllers act through the one live AppSession, so devices take turns. */
    void close() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    bool m_demo = false;
    const Clock *m_clock = nullptr;
    std::unique_ptr<AppSession> m_session;
};

/**
 * A session on a generated store (AppSession::openGenerated, `people` synthetic cases) acting as
 * the generated user of `role` with the most cases. QVERIFY-style: check isOpen() in the test.
 */
class GeneratedSession : public TempSession
{
public:
    explicit GeneratedSession(Role role, int people = 60, const Clock *clock = nullptr);
    [[nodiscard]] bool isOpen() const { return m_status.ok(); }
    [[nodiscard]] const Status &status() const { return m_status; }

private:
    Status m_status;
};

/** `qadam-server serve --demo` on 127.0.0.1 with an embedded store in a temporary directory. */
class DemoServer
{
public:
    explicit DemoServer(QString serverBinary);
    ~DemoServer();
    /** Starts, waits for the port file and reads the printed one-time codes; false on failure
     *  (the server's output is logged with qWarning). */
    [[nodiscard]] bool start(int people = 20);
    void stop();
    /** Starts the stopped server again on the same store and port (the device's address stays
     *  valid): connectivity coming back after offline work. */
    [[nodiscard]] bool resume();
    [[nodiscard]] QString url() const;
    /** The printed one-time code of the demo account of `role` (probation_officer, counsellor,
     *  supervisor); empty when none. */
    [[nodiscard]] QString code(const QString &role) const { return m_codes.value(role); }
    [[nodiscard]] int casesOf(const QString &role) const { return m_cases.value(role); }
    /** Runs an admin subcommand on the same store (`qadam-server <command> --store … args`);
     *  false (output logged) unless it exits 0. */
    [[nodiscard]] bool admin(const QString &command, const QStringList &args) const;

private:
    [[nodiscard]] QString storeUrl() const;
    [[nodiscard]] bool launch(const QStringList &serveArgs);
    QString m_binary;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QMap<QString, QString> m_codes;
    QMap<QString, int> m_cases;
};

/** Spins the event loop until `condition` holds or `timeoutMs` passes. */
[[nodiscard]] bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30'000);

} // namespace Qadam::AppTest
