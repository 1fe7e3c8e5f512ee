#include "syncservice.h"

#include "auth.h"
#include "pullbuilder.h"
#include "pushapplier.h"
#include "serveraudit.h"

#include "sync.pb.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "wirecodec.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

Q_LOGGING_CATEGORY(lcService, "qadam.server")

namespace pb = ::qadam::sync::v1;

namespace {

/** Semantic versions compared numerically part by part ("0.10.0" > "0.9.3"); junk counts as 0. */
bool versionBelow(const QString &version, const QString &minimum)
{
    const QStringList a = version.split(u'.');
    const QStringList b = minimum.split(u'.');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const int x = i < a.size() ? a.at(i).section(u'-', 0, 0).toInt() : 0;
        const int y = i < b.size() ? b.at(i).section(u'-', 0, 0).toInt() : 0;
        if (x != y)
            return x < y;
    }
    return false;
}

ServiceReply unavailable()
{
    return errorReply(503, u"unavailable"_s, u"store unavailable; try again"_s);
}

/** The reply's body, in the compact form (sync.proto): `response` is compacted. */
ServiceReply okReply(pb::SyncResponse &response)
{
    Wire::compact(response);
    ServiceReply r;
    r.body = Wire::serialise(response);
    return r;
}

/** The request checks that refuse a whole request before anything is read or written. */
std::optional<ServiceReply> checkRequest(const pb::SyncRequest &req, const ServiceConfig &config,
                                         pb::ServerCursor *cursor)
{
    if (req.protocol_version() != Wire::kProtocolVersion)
        return errorReply(400, u"malformed"_s, u"unsupported protocol version"_s, u"protocol_version"_s);
    if (versionBelow(QString::fromStdString(req.client_version()), config.minClientVersion))
        return errorReply(426, u"upgrade_required"_s, u"client older than %1"_s.arg(config.minClientVersion),
                          u"client_version"_s);
    if (req.ops_size() > config.maxOpsPerRequest)
        return errorReply(413, u"too_large"_s, u"more than %1 ops"_s.arg(config.maxOpsPerRequest), u"ops"_s);
    quint64 last = 0;
    for (const pb::Op &op : req.ops()) {
        if (op.device_seq() <= last)
            return errorReply(400, u"malformed"_s, u"device_seq not strictly increasing"_s, u"device_seq"_s);
        last = op.device_seq();
        if (!Wire::wellFormed(op.fields()))
            return errorReply(400, u"malformed"_s, u"a value this server cannot read (a short uuid, an unknown kind)"_s,
                              u"fields.value"_s);
    }
    if (req.audit_size() > config.maxAuditPerRequest)
        return errorReply(413, u"too_large"_s, u"more than %1 audit events"_s.arg(config.maxAuditPerRequest),
                          u"audit"_s);
    last = req.audit_after();
    for (const pb::DeviceAuditEvent &e : req.audit()) {
        if (e.seq() <= last)
            return errorReply(400, u"malformed"_s, u"audit seq not strictly increasing after audit_after"_s, u"audit.seq"_s);
        last = e.seq();
        if (const QString field = Wire::deviceAuditFault(e); !field.isEmpty())
            return errorReply(400, u"malformed"_s, u"invalid device audit event"_s, field);
    }
    if (!req.cursor().empty() && !cursor->ParseFromString(req.cursor()))
        return errorReply(400, u"malformed"_s, u"unreadable cursor"_s, u"cursor"_s);
    return std::nullopt;
}

void addStandingCommands(pb::SyncResponse &response, const ServiceConfig &config, qint64 now)
{
    response.add_commands()->mutable_lease()->set_expires_at(now + config.offlineLeaseMs);
    response.add_commands()->mutable_min_client_version()->set_version(config.minClientVersion.toStdString());
}

} // namespace

class SyncService::Private
{
public:
    Private(ServerStore &s, const Clock &c, ServiceConfig cfg)
        : store(s), clock(c), config(std::move(cfg)), auth(store, clock, config)
    { }

    [[nodiscard]] ServiceReply wipe(const DeviceRow &device);
    [[nodiscard]] Result<bool> push(const Authenticated &who, const pb::SyncRequest &req, pb::SyncResponse &response,
                                    ServiceReply &counts);
    /** Appends the device's audit events newer than the ones the server holds (R30) as
     *  "device:<action>" events of the device's user, and advances `device.auditSeq`. */
    [[nodiscard]] Status appendDeviceAudit(StoreTxn &txn, DeviceRow &device, quint64 after,
                                           const google::protobuf::RepeatedPtrField<pb::DeviceAuditEvent> &events);
    [[nodiscard]] Session serverSession(const QString &actorId) const;
    /** Runs `work` in one write transaction with a server session; commits when it succeeds. */
    template<typename T>
    [[nodiscard]] Result<T> serverWrite(const QString &actorId,
                                        const std::function<Result<T>(StoreTxn &, const Session &)> &work);
    [[nodiscard]] Status audit(StoreTxn &txn, const QString &action, const QString &actor, const QString &device = {},
                               const QString &entity = {}, const QString &recordId = {});

    ServerStore &store;
    const Clock &clock;
    const ServiceConfig config;
    Authenticator auth;
};

Session SyncService::Private::serverSession(const QString &actorId) const
{
    Session s;
    s.actor = Actor{actorId, Role::Administrator};
    s.nowMs = clock.nowMs();
    s.today = kazakhstanDate(s.nowMs);
    return s;
}

template<typename T>
Result<T> SyncService::Private::serverWrite(const QString &actorId,
                                            const std::function<Result<T>(StoreTxn &, const Session &)> &work)
{
    auto txn = store.begin(true);
    if (!txn.ok())
        return txn.error();
    const Session session = serverSession(actorId);
    auto result = work(*txn.value(), session);
    if (!result.ok())
        return result;
    if (Status s = txn.value()->commit(); !s.ok())
        return s.error();
    return result;
}

Status SyncService::Private::audit(StoreTxn &txn, const QString &action, const QString &actor, const QString &device,
                                   const QString &entity, const QString &recordId)
{
    ServerAuditEvent e;
    e.at = clock.nowMs();
    e.action = action;
    e.actorId = actor;
    e.deviceId = device;
    e.entity = entity;
    e.recordId = recordId;
    return ServerAudit::append(txn, e);
}

Status SyncService::Private::appendDeviceAudit(StoreTxn &txn, DeviceRow &device, quint64 after,
                                               const google::protobuf::RepeatedPtrField<pb::DeviceAuditEvent> &events)
{
    if (qint64(after) > device.auditSeq) {
        // The device holds that this server stored more of its chain than it did (the server was
        // restored from a backup): nothing is appended, and the reply's mark asks for the rest.
        qCInfo(lcService) << "device" << device.id << "audit mark ahead of the server's; asking again from"
                          << device.auditSeq;
        return {};
    }
    for (const pb::DeviceAuditEvent &sent : events) {
        if (qint64(sent.seq()) <= device.auditSeq)
            continue;  // stored by an earlier request whose reply was lost
        ServerAuditEvent e;
        // The device's own id for the event, so the two chains can be matched; the actor is the
        // device's user as the server knows it, whatever the device might claim.
        e.id = Wire::uuidFromBytes(sent.id());
        e.at = sent.at();
        e.actorId = device.userId;
        e.deviceId = device.id;
        e.action = u"device:"_s + QString::fromStdString(sent.action());
        e.entity = QString::fromStdString(sent.entity());
        e.recordId = Wire::uuidFromBytes(sent.record_id());
        e.bucket = Wire::uuidFromBytes(sent.person_id());
        if (Status s = ServerAudit::append(txn, e); !s.ok())
            return s;
        device.auditSeq = qint64(sent.seq());
    }
    return {};
}

ServiceReply SyncService::Private::wipe(const DeviceRow &device)
{
    // The receipt comes back once the device destroyed its data (SyncService::wiped); only its
    // hash is kept, as for tokens, and a wipe sent again replaces it.
    auto txn = store.begin(true);
    if (!txn.ok())
        return unavailable();
    auto receipt = orderWipe(*txn.value(), device, clock.nowMs());
    if (!receipt.ok() || !txn.value()->commit().ok())
        return unavailable();
    qCInfo(lcService) << "wipe sent to device" << device.id;
    pb::SyncResponse response;
    response.add_commands()->mutable_wipe()->set_receipt(receipt.value().toStdString());
    return okReply(response);
}

Result<bool> SyncService::Private::push(const Authenticated &who, const pb::SyncRequest &req,
                                        pb::SyncResponse &response, ServiceReply &counts)
{
    auto txn = store.begin(true);
    if (!txn.ok())
        return txn.error();
    // Read again inside the write: a revoke that landed since authentication must not be undone.
    auto current = txn.value()->device(who.device.id);
    if (!current.ok())
        return current.error();
    if (!current.value() || current.value()->revoked)
        return Error::make(Error::Unauthorized, u"device revoked during the request"_s);
    DeviceRow device = *current.value();
    device.lastSeenAt = who.session.nowMs;
    device.clientVersion = QString::fromStdString(req.client_version()).left(40);
    if (Status s = appendDeviceAudit(*txn.value(), device, req.audit_after(), req.audit()); !s.ok())
        return s.error();
    response.set_audit_through(quint64(device.auditSeq));
    if (Status s = txn.value()->putDevice(device); !s.ok())
        return s.error();
    PushApplier applier(*txn.value(), who.session);
    if (Status s = applier.prefetch(req.ops()); !s.ok())
        return s.error();
    for (const pb::Op &op : req.ops()) {
        auto result = applier.apply(op);
        if (!result.ok())
            return result.error();
        switch (result.value().outcome()) {
        case pb::OUTCOME_APPLIED: ++counts.applied; break;
        case pb::OUTCOME_MERGED: ++counts.merged; break;
        case pb::OUTCOME_CONFLICT: ++counts.conflicts; break;
        default: ++counts.rejected; break;
        }
        *response.add_results() = result.value();
    }
    if (Status s = txn.value()->commit(); !s.ok())
        return s.error();
    return true;
}

SyncService::SyncService(ServerStore &store, const Clock &clock, ServiceConfig config)
    : d(std::make_unique<Private>(store, clock, std::move(config)))
{
}

SyncService::~SyncService() = default;

ServiceReply SyncService::enroll(const QByteArray &body)
{
    return d->auth.enroll(body);
}

ServiceReply SyncService::token(const QByteArray &body)
{
    return d->auth.token(body);
}

ServiceReply SyncService::sync(const QByteArray &bearerToken, const QByteArray &body)
{
    std::optional<Authenticated> who;
    {
        auto txn = d->store.begin(false);
        if (!txn.ok())
            return unavailable();
        auto a = d->auth.authenticate(*txn.value(), bearerToken);
        if (!a.ok())
            return unavailable();
        who = a.value();
    }
    if (!who)
        return errorReply(401, u"unauthorized"_s, u"unknown, expired or revoked token"_s);
    if (who->wipe)
        return d->wipe(who->device);
    google::protobuf::Arena arena(Wire::arenaOptions());
    pb::SyncRequest &req = *google::protobuf::Arena::CreateMessage<pb::SyncRequest>(&arena);
    if (!Wire::parse(body, static_cast<google::protobuf::MessageLite &>(req)))
        return errorReply(400, u"malformed"_s, u"not a SyncRequest"_s);
    if (!Wire::expand(req))
        return errorReply(400, u"malformed"_s, u"an op carries a value both whole and as a difference"_s, u"ops"_s);
    pb::ServerCursor cursor;
    if (auto refused = checkRequest(req, d->config, &cursor))
        return *refused;
    pb::SyncResponse &response = *google::protobuf::Arena::CreateMessage<pb::SyncResponse>(&arena);
    ServiceReply reply;
    if (req.ops_size() > 0 || req.audit_size() > 0) {
        if (auto pushed = d->push(*who, req, response, reply); !pushed.ok()) {
            qCWarning(lcService) << "push failed for device" << who->device.id << pushed.error().detail;
            return unavailable();
        }
    }
    if (req.pull()) {
        const Wire::Ids ids = req.uuid_values() ? Wire::Ids::AsBytes : Wire::Ids::AsText;
        if (Status s = PullBuilder(d->store, who->session, d->config).build(cursor, req.max_reply_bytes(), ids, response);
            !s.ok()) {
            qCWarning(lcService) << "pull failed for device" << who->device.id << s.error().detail;
            return unavailable();
        }
    }
    addStandingCommands(response, d->config, d->clock.nowMs());
    response.set_uuid_values(true);  // the ops that follow may carry ids as 16 bytes
    const ServiceReply counts = reply;
    reply = okReply(response);
    reply.applied = counts.applied;
    reply.merged = counts.merged;
    reply.conflicts = counts.conflicts;
    reply.rejected = counts.rejected;
    return reply;
}

ServiceReply SyncService::wiped(const QByteArray &body)
{
    pb::WipeConfirmation confirmation;
    if (!Wire::parse(body, confirmation))
        return errorReply(400, u"malformed"_s, u"not a WipeConfirmation"_s);
    const QString deviceId = Wire::uuidFromBytes(confirmation.device_id());
    if (deviceId.isNull())
        return errorReply(400, u"malformed"_s, u"device_id is not a UUID"_s, u"device_id"_s);
    if (confirmation.receipt().size() != 32)
        return errorReply(400, u"malformed"_s, u"receipt must be 32 bytes"_s, u"receipt"_s);
    const QByteArray hash = Secrets::hash(QByteArray::fromStdString(confirmation.receipt()));
    auto txn = d->store.begin(true);
    if (!txn.ok())
        return unavailable();
    auto device = txn.value()->device(deviceId);
    if (!device.ok())
        return unavailable();
    // One answer for an unknown device, a device never told to wipe and a wrong receipt.
    if (!device.value() || device.value()->wipeReceiptHash.isEmpty() || device.value()->wipeReceiptHash != hash)
        return errorReply(403, u"forbidden"_s, u"no such wipe"_s);
    if (device.value()->wipeConfirmedAt > 0)
        return ServiceReply{};  // said before: nothing new
    DeviceRow row = *device.value();
    row.wipeConfirmedAt = d->clock.nowMs();
    if (!txn.value()->putDevice(row).ok() || !d->audit(*txn.value(), u"wipe_confirmed"_s, row.userId, row.id).ok()
        || !txn.value()->commit().ok())
        return unavailable();
    qCInfo(lcService) << "device" << row.id << "confirmed its wipe";
    return ServiceReply{};
}

// ---- administration ----

Result<QString> SyncService::createOrganisation(const QVariantMap &fields)
{
    const QString id = newUuidV7(d->clock.nowMs());
    return d->serverWrite<QString>({}, [&](StoreTxn &txn, const Session &s) -> Result<QString> {
        auto seq = PushApplier(txn, s).serverWrite(u"Organisation"_s, id, fields);
        if (!seq.ok())
            return seq.error();
        return id;
    });
}

Result<QString> SyncService::createUser(const QVariantMap &staffUserFields)
{
    const QString id = newUuidV7(d->clock.nowMs());
    return d->serverWrite<QString>({}, [&](StoreTxn &txn, const Session &s) -> Result<QString> {
        auto seq = PushApplier(txn, s).serverWrite(u"StaffUser"_s, id, staffUserFields);
        if (!seq.ok())
            return seq.error();
        if (Status st = txn.putAccount(AccountRow{id, false}); !st.ok())
            return st.error();
        return id;
    });
}

Result<QString> SyncService::issueEnrolmentCode(const QString &userId)
{
    return d->serverWrite<QString>({}, [&](StoreTxn &txn, const Session &s) -> Result<QString> {
        auto account = txn.account(userId);
        auto staff = loadStaff(txn, userId);
        if (!account.ok() || !staff.ok())
            return account.ok() ? staff.error() : account.error();
        if (!account.value() || account.value()->revoked || !staff.value().active())
            return Error::make(Error::NotFound, u"no active user with this id"_s);
        const QString code = Secrets::newEnrolmentCode();
        const EnrolmentCode row{Secrets::hash(Secrets::normaliseCode(code)), userId,
                                s.nowMs + d->config.enrolmentCodeTtlMs, 0};
        if (Status st = txn.putEnrolmentCode(row); !st.ok())
            return st.error();
        if (Status st = d->audit(txn, u"issue_enrolment_code"_s, userId); !st.ok())
            return st.error();
        return code;
    });
}

Status SyncService::revokeDevice(const QString &deviceId)
{
    return Status::of(d->serverWrite<bool>({}, [&](StoreTxn &txn, const Session &) -> Result<bool> {
        auto device = txn.device(deviceId);
        if (!device.ok())
            return device.error();
        if (!device.value())
            return Error::make(Error::NotFound, u"no such device"_s);
        DeviceRow row = *device.value();
        row.revoked = true;
        if (Status st = txn.putDevice(row); !st.ok())
            return st.error();
        if (Status st = txn.revokeDeviceTokens(deviceId); !st.ok())
            return st.error();
        if (Status st = d->audit(txn, u"revoke_device"_s, row.userId, deviceId); !st.ok())
            return st.error();
        return true;
    }));
}

Status SyncService::revokeUser(const QString &userId)
{
    return Status::of(d->serverWrite<bool>({}, [&](StoreTxn &txn, const Session &) -> Result<bool> {
        auto account = txn.account(userId);
        auto devices = txn.devicesOfUser(userId);
        if (!account.ok() || !devices.ok())
            return account.ok() ? devices.error() : account.error();
        if (!account.value())
            return Error::make(Error::NotFound, u"no such user"_s);
        if (Status st = txn.putAccount(AccountRow{userId, true}); !st.ok())
            return st.error();
        for (DeviceRow row : devices.value()) {
            row.revoked = true;
            if (Status st = txn.putDevice(row); !st.ok())
                return st.error();
            if (Status st = txn.revokeDeviceTokens(row.id); !st.ok())
                return st.error();
        }
        if (Status st = d->audit(txn, u"revoke_user"_s, userId); !st.ok())
            return st.error();
        return true;
    }));
}

Status SyncService::assignCase(const QString &personId, const QString &officerId)
{
    return Status::of(d->serverWrite<qint64>({}, [&](StoreTxn &txn, const Session &s) -> Result<qint64> {
        auto person = txn.record(u"Person"_s, personId);
        auto officer = loadStaff(txn, officerId);
        if (!person.ok() || !officer.ok())
            return person.ok() ? officer.error() : person.error();
        if (!person.value())
            return Error::make(Error::NotFound, u"no such person"_s);
        if (!officer.value().active())
            return Error::make(Error::Invalid, u"not an active staff user"_s, u"caseOfficerId"_s);
        return PushApplier(txn, s).serverWrite(u"Person"_s, personId, {{u"caseOfficerId"_s, officerId}});
    }));
}

Result<qint64> SyncService::verifyAudit()
{
    auto txn = d->store.begin(false);
    if (!txn.ok())
        return txn.error();
    return ServerAudit::verify(*txn.value());
}

Result<QString> SyncService::startNewEpoch()
{
    auto txn = d->store.begin(true);
    if (!txn.ok())
        return txn.error();
    const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = txn.value()->setSetting(u"epoch"_s, epoch); !s.ok())
        return s.error();
    if (Status s = txn.value()->commit(); !s.ok())
        return s.error();
    return epoch;
}

Result<qint64> SyncService::importRecord(const QString &entity, const QString &id, const QVariantMap &fields,
                                         const QString &actorId)
{
    return d->serverWrite<qint64>(actorId, [&](StoreTxn &txn, const Session &s) {
        return PushApplier(txn, s).serverWrite(entity, id, fields);
    });
}

} // namespace Qadam::Server
