// The seed inputs of the fuzz targets: the golden vectors of the wire contract, the bundled JSON
// data, and requests and replies made to reach the seeded worlds' records (fuzzworld.h).
#include "fuzzentries.h"
#include "fuzzworld.h"

#include "wirecodec.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Qadam::Fuzz {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    require(f.open(QIODevice::ReadOnly), "seed file readable");
    return f.readAll();
}

QByteArray golden(const char *name)
{
    return readFile(QStringLiteral(QADAM_FUZZ_GOLDEN_DIR) + u'/' + QLatin1StringView(name) + u".bin"_s);
}

std::string id(Placeholder p)
{
    return Wire::uuidToBytes(placeholderId(p));
}

pb::SyncRequest syncRequest(bool pull)
{
    pb::SyncRequest req;
    req.set_protocol_version(Wire::kProtocolVersion);
    req.set_client_version("0.1.0");
    req.set_pull(pull);
    return req;
}

pb::Op *addOp(pb::SyncRequest &req, pb::OpKind kind, const char *entity, const std::string &recordId,
              quint64 base, const QVariantMap &fields)
{
    pb::Op *op = req.add_ops();
    op->set_device_seq(quint64(req.ops_size()));
    op->set_entity(entity);
    op->set_record_id(recordId);
    op->set_kind(kind);
    op->set_base_version(base);
    op->set_hlc(quint64(1'780'000'000'000) << 16);
    op->set_occurred_at(1'780'000'000'000);
    op->set_schema_version(7);
    Wire::toFields(fields, op->mutable_fields());
    return op;
}

/** Requests an officer, a counsellor and a supervisor might send, and forged ones. */
QList<QByteArray> syncRequests()
{
    const QString personOwn = placeholderId(Placeholder::PersonOwn);
    QList<QByteArray> out;
    pb::SyncRequest pull = syncRequest(true);
    out << Wire::serialise(pull);

    pb::SyncRequest own = syncRequest(true);
    addOp(own, pb::OP_KIND_PATCH, "Person", id(Placeholder::PersonOwn), 1, {{u"residenceTerritory"_s, u"KZ-AKM"_s}});
    addOp(own, pb::OP_KIND_CREATE, "CheckIn", Wire::uuidToBytes(u"0190f3a2-6b1c-7d4e-8f00-000000000301"_s), 0,
          {{u"personId"_s, personOwn}, {u"channel"_s, u"probation"_s}, {u"outcome"_s, u"attended"_s},
           {u"occurredOn"_s, u"2026-05-04"_s}, {u"dueOn"_s, u"2026-05-29"_s}});
    addOp(own, pb::OP_KIND_PATCH, "Person", id(Placeholder::PersonOwn), 1, {{u"caseStatus"_s, u"suspended"_s}});
    out << Wire::serialise(own);

    pb::SyncRequest forged = syncRequest(false);
    addOp(forged, pb::OP_KIND_PATCH, "Person", id(Placeholder::PersonOther), 1, {{u"iin"_s, u"900101300124"_s}});
    addOp(forged, pb::OP_KIND_PATCH, "Conviction", id(Placeholder::Conviction), 1, {{u"sentence"_s, u"changed"_s}});
    addOp(forged, pb::OP_KIND_CREATE, "StaffUser", Wire::uuidToBytes(u"0190f3a2-6b1c-7d4e-8f00-000000000401"_s), 0,
          {{u"displayName"_s, u"Intruder"_s}, {u"role"_s, u"administrator"_s}, {u"status"_s, u"active"_s}});
    out << Wire::serialise(forged);

    pb::SyncRequest commands = syncRequest(true);
    addOp(commands, pb::OP_KIND_COMMAND, "Referral", id(Placeholder::Referral), 1,
          {{u"closureReason"_s, u"No longer needed"_s}})
        ->set_command("revoke");
    addOp(commands, pb::OP_KIND_RESTORE, "SupervisionOrder",
          Wire::uuidToBytes(u"0190f3a2-6b1c-7d4e-8f00-000000000501"_s), 3,
          {{u"personId"_s, personOwn}, {u"startsOn"_s, u"2026-01-01"_s}, {u"status"_s, u"in_force"_s},
           {u"probationOfficerId"_s, placeholderId(Placeholder::OfficerA)}});
    addOp(commands, pb::OP_KIND_PATCH, "Person", id(Placeholder::PersonOwn), 1, {{u"notes"_s, QVariant()}})
        ->set_resolves_conflict(Wire::uuidToBytes(u"0190f3a2-6b1c-7d4e-8f00-000000000003"_s));
    out << Wire::serialise(commands);
    return out;
}

QList<QByteArray> serverSeeds()
{
    QList<QByteArray> out;
    const auto add = [&out](ServerEndpoint endpoint, int device, const QByteArray &body) {
        for (bool compressed : {false, true})
            out << withSelector(ServerSelector{endpoint, device, compressed}.byte(), body, compressed);
    };
    pb::EnrollRequest enroll;
    require(Wire::parse(golden("enroll_request"), enroll), "golden enroll_request parses");
    add(ServerEndpoint::Enroll, 0, Wire::serialise(enroll));
    enroll.set_code(kCodePlaceholder);
    add(ServerEndpoint::Enroll, 0, Wire::serialise(enroll));

    pb::TokenRequest token;
    require(Wire::parse(golden("token_request"), token), "golden token_request parses");
    add(ServerEndpoint::Token, 0, Wire::serialise(token));
    token.set_refresh_token(kRefreshPlaceholder);
    token.set_device_id(id(Placeholder::OfficerDevice));
    add(ServerEndpoint::Token, 0, Wire::serialise(token));

    const QList<QByteArray> requests = QList<QByteArray>{golden("sync_request")} + syncRequests();
    for (int device = 0; device < 4; ++device)
        for (const QByteArray &body : requests)
            add(ServerEndpoint::Sync, device, body);
    return out;
}

/** Replies that settle the client world's pending ops (device_seq 1–3) and change its records. */
QList<QByteArray> clientReplies()
{
    const std::string person = Wire::uuidToBytes(kClientPerson);
    const std::string officer = Wire::uuidToBytes(kClientOfficer);
    pb::SyncResponse settled;
    for (quint64 seq = 1; seq <= 3; ++seq) {
        pb::OpResult *r = settled.add_results();
        r->set_device_seq(seq);
        r->set_outcome(seq == 2 ? pb::OUTCOME_REJECTED : pb::OUTCOME_APPLIED);
        r->set_version(seq + 2);
        if (seq == 2)
            r->set_reason("invalid");
    }
    pb::Change *change = settled.add_changes();
    change->set_entity("Person");
    change->set_record_id(person);
    change->set_bucket(person);
    change->set_version(5);
    change->set_seq(50);
    change->set_created_by(officer);
    Wire::toFields({{u"surnameLat"_s, u"Testova"_s}, {u"caseStatus"_s, u"active"_s}, {u"notes"_s, u"note"_s}},
                   change->mutable_fields());
    settled.set_cursor("cursor-2");
    settled.set_epoch(QByteArray::fromHex("0190f3a26b1c7d4e8f000000000000ee").toStdString());
    QList<QByteArray> out{Wire::serialise(settled)};

    pb::SyncResponse restored = settled;
    restored.set_epoch(QByteArray::fromHex("0190f3a26b1c7d4e8f000000000000ef").toStdString());
    out << Wire::serialise(restored);

    pb::SyncResponse purge;
    purge.add_commands()->mutable_purge_bucket()->set_bucket(person);
    purge.add_commands()->mutable_lease()->set_expires_at(1'780'259'200'000);
    out << Wire::serialise(purge);
    return out;
}

QList<QByteArray> clientSeeds()
{
    QList<QByteArray> bodies = clientReplies();
    for (const char *name : {"sync_response", "sync_response_conflict", "sync_response_commands"})
        bodies << golden(name);
    QList<QByteArray> out;
    for (const QByteArray &body : std::as_const(bodies))
        for (uint8_t selector = 0; selector < 4; ++selector)
            out << withSelector(selector, body, ClientSelector::of(selector).compressed);
    return out;
}

QList<QByteArray> wireSeeds()
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(QADAM_FUZZ_GOLDEN_DIR));
    for (const QString &name : dir.entryList({u"*.bin"_s}, QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(dir.filePath(name));
        out << bytes << Wire::compress(bytes);
    }
    return out;
}

QList<QByteArray> referenceSeeds()
{
    const QList<std::pair<Loader, const char *>> files{
        {Loader::ReferenceImport, "reference.json"},     {Loader::ReferenceImport, "kz_calendar.json"},
        {Loader::CalendarImport, "kz_calendar.json"},    {Loader::Calendar, "kz_calendar.json"},
        {Loader::DeadlineRules, "deadline_rules.json"},  {Loader::ProgrammeTemplates, "programme_templates.json"},
        {Loader::AccessPolicy, "access_policy.json"},
    };
    QList<QByteArray> out;
    for (const auto &[loader, file] : files)
        out << QByteArray(1, char(loader)) + readFile(u":/qadam/data/"_s + QLatin1StringView(file));
    return out;
}

} // namespace

Entry entry(Target target)
{
    switch (target) {
    case Target::ServerRequest: return serverRequest;
    case Target::ClientReply: return clientReply;
    case Target::WireFrame: return wireFrame;
    case Target::ReferenceData: return referenceData;
    }
    return nullptr;
}

QString targetName(Target target)
{
    switch (target) {
    case Target::ServerRequest: return u"server_request"_s;
    case Target::ClientReply: return u"client_reply"_s;
    case Target::WireFrame: return u"wire_frame"_s;
    case Target::ReferenceData: return u"reference_data"_s;
    }
    return {};
}

QList<Target> allTargets()
{
    return {Target::ServerRequest, Target::ClientReply, Target::WireFrame, Target::ReferenceData};
}

QList<QByteArray> seeds(Target target)
{
    switch (target) {
    case Target::ServerRequest: return serverSeeds();
    case Target::ClientReply: return clientSeeds();
    case Target::WireFrame: return wireSeeds();
    case Target::ReferenceData: return referenceSeeds();
    }
    return {};
}

} // namespace Qadam::Fuzz
