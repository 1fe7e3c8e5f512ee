// Fuzz target "server_request": what a device sends, through the real SyncService on a real
// EmbeddedStore seeded with a small directory and caseload (tests/sync/servicefixture.h), so a
// forged op meets the real decoding, authentication, access control, validation and merge.
#include "fuzzentries.h"
#include "fuzzworld.h"

#include "servicefixture.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Qadam::Fuzz {

namespace {

/** The seeded server, and a copy of its file every input starts from. */
class ServerWorld
{
public:
    ServerWorld()
    {
        quietLogs();
        require(m_fixture.open(u"sqlite"_s), "server store opens");
        m_fixture.seed();
        require(!m_fixture.personOwn.isEmpty() && !m_fixture.conviction.isEmpty(), "server store seeded");
        m_officer = m_fixture.enroll(m_fixture.officerA);
        m_counsellor = m_fixture.enroll(m_fixture.counsellor);
        m_supervisor = m_fixture.enroll(m_fixture.supervisor);
        m_revoked = m_fixture.enroll(m_fixture.officerB);
        require(!m_revoked.id.isEmpty() && m_fixture.service->revokeDevice(m_revoked.id).ok(), "devices enrolled");
        auto code = m_fixture.service->issueEnrolmentCode(m_fixture.officerB);
        require(code.ok(), "enrolment code issued");
        m_code = code.value();
        m_placeholders = ServerPlaceholders::of(m_fixture, m_officer.id);
        // Closing the store checkpoints its WAL: one file holds the whole seeded state.
        m_fixture.service.reset();
        m_fixture.store.reset();
        require(QFile::copy(path(), templatePath()), "template copied");
    }

    /** A fresh store from the template, as if no input had run before. */
    Test::ServiceFixture &fresh()
    {
        m_fixture.service.reset();
        m_fixture.store.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path() + suffix);
        require(QFile::copy(templatePath(), path()), "template restored");
        require(m_fixture.open(u"sqlite"_s), "server store reopens");
        return m_fixture;
    }

    [[nodiscard]] QByteArray bearer(int which) const
    {
        const Test::TestDevice *devices[] = {&m_officer, &m_counsellor, &m_supervisor, &m_revoked};
        return devices[which & 3]->access;
    }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const QByteArray &refresh() const { return m_officer.refresh; }
    [[nodiscard]] const ServerPlaceholders &placeholders() const { return m_placeholders; }

private:
    [[nodiscard]] QString path() const { return m_fixture.dir.filePath(u"server.db"_s); }
    [[nodiscard]] QString templatePath() const { return m_fixture.dir.filePath(u"template.db"_s); }

    Test::ServiceFixture m_fixture;
    Test::TestDevice m_officer, m_counsellor, m_supervisor, m_revoked;
    QString m_code;
    ServerPlaceholders m_placeholders;
};

ServerWorld &serverWorld()
{
    static ServerWorld world;
    return world;
}

/** The body with the world's secrets put in for the placeholders ("@code", "@refresh", the
 *  placeholder ids); the bytes unchanged when the input names none. */
QByteArray withSecrets(ServerEndpoint endpoint, const QByteArray &body, const ServerWorld &world)
{
    switch (endpoint) {
    case ServerEndpoint::Enroll: {
        pb::EnrollRequest req;
        if (!Wire::parse(body, req) || req.code() != kCodePlaceholder)
            return body;
        req.set_code(world.code().toStdString());
        return Wire::serialise(req);
    }
    case ServerEndpoint::Token: {
        pb::TokenRequest req;
        if (!Wire::parse(body, req))
            return body;
        bool changed = world.placeholders().substitute(req);
        if (req.refresh_token() == kRefreshPlaceholder) {
            req.set_refresh_token(world.refresh().toStdString());
            changed = true;
        }
        return changed ? Wire::serialise(req) : body;
    }
    case ServerEndpoint::Sync:
        break;
    }
    pb::SyncRequest req;
    if (!Wire::parse(body, req) || !world.placeholders().substitute(req))
        return body;
    return Wire::serialise(req);
}

/** What a reply must look like whatever the input: a status the contract names, never a 5xx (the
 *  store is a healthy local file, so a 503 means an input broke the push or the pull), and a body
 *  of the message that status promises. */
void checkReply(ServerEndpoint endpoint, const Server::ServiceReply &reply)
{
    static const QList<int> allowed{200, 400, 401, 403, 404, 413, 422, 426};
    require(allowed.contains(reply.status), "reply status is one the contract names (no 5xx)");
    if (reply.status != 200) {
        pb::ErrorReply error;
        require(Wire::parse(reply.body, error) && !error.code().empty(), "refusal carries an ErrorReply");
        return;
    }
    if (endpoint == ServerEndpoint::Sync) {
        pb::SyncResponse response;
        require(Wire::parse(reply.body, response), "200 sync reply is a SyncResponse");
    } else {
        pb::TokenReply tokens;
        require(Wire::parse(reply.body, tokens) && !tokens.access_token().empty(), "200 token reply has tokens");
    }
}

} // namespace

int serverRequest(const uint8_t *data, size_t size)
{
    ServerWorld &world = serverWorld();  // built by the first call (the fuzz binaries make an empty one)
    if (size < 1)
        return 0;
    const ServerSelector selector = ServerSelector::of(data[0]);
    const auto body = inputBody(data + 1, size - 1, selector.compressed);
    if (!body)
        return 0;  // the HTTP layer refuses a broken frame before the service sees it
    Test::ServiceFixture &f = world.fresh();
    const qint64 highWater = f.highWater();
    const QByteArray sent = withSecrets(selector.endpoint, *body, world);
    Server::ServiceReply reply;
    switch (selector.endpoint) {
    case ServerEndpoint::Enroll: reply = f.service->enroll(sent); break;
    case ServerEndpoint::Token: reply = f.service->token(sent); break;
    case ServerEndpoint::Sync: reply = f.service->sync(world.bearer(selector.device), sent); break;
    }
    checkReply(selector.endpoint, reply);
    if (reply.status != 200)
        require(f.highWater() == highWater, "a refused request writes no record");
    return 0;
}

} // namespace Qadam::Fuzz
