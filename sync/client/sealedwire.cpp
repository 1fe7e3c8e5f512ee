#include "sealedwire.h"

#include "casework/sealednotes.h"
#include "domain/schema.h"
#include "replica/syncstate.h"
#include "store/recordstore.h"

using namespace Qt::StringLiterals;

namespace Qadam::Sync::SealedWire {

namespace {

constexpr auto kKeyName = "sealing_key";
const QString kEntity = u"CounsellingSession"_s;
const QString kTier = u"confidentialityTier"_s;

bool carriesNotes(const QVariantMap &fields)
{
    for (const QString &name : SealedNotes::fields())
        if (fields.contains(name))
            return true;
    return false;
}

} // namespace

Result<QByteArray> deviceKey(SyncState &state)
{
    auto stored = state.value(QString::fromLatin1(kKeyName));
    if (!stored.ok())
        return stored.error();
    if (!stored.value().isEmpty())
        return QByteArray::fromBase64(stored.value().toLatin1());
    const QByteArray key = SealedNotes::newKey();
    if (key.size() != 32)
        return Error::make(Error::Storage, u"no random source for the sealing key"_s);
    if (Status s = state.setValue(QString::fromLatin1(kKeyName), QString::fromLatin1(key.toBase64())); !s.ok())
        return s.error();
    return key;
}

Result<OutboxOp> forWire(Database &db, SyncState &state, const OutboxOp &op)
{
    if (op.entity != kEntity || !carriesNotes(op.fields))
        return op;
    QString tier = op.fields.value(kTier).toString();
    if (!op.fields.contains(kTier)) {
        const EntitySpec *spec = Schema::builtIn().entity(kEntity);
        auto local = spec ? RecordStore(db).get(*spec, op.recordId) : Result<Record>(Error::make(Error::NotFound));
        if (!local.ok())
            return local.error(); // unknown tier: never guess "not sealed"
        tier = local.value().fields.value(kTier).toString();
    }
    if (!SealedNotes::applies(op.entity, tier))
        return op;
    auto key = deviceKey(state);
    if (!key.ok())
        return key.error();
    auto sealed = SealedNotes::sealFields(op.fields, key.value(), op.recordId);
    if (!sealed.ok())
        return sealed.error();
    OutboxOp out = op;
    out.fields = sealed.value();
    return out;
}

Status openPage(SyncState &state, RemotePage &page)
{
    bool any = false;
    for (const RemoteRecord &r : std::as_const(page.records))
        any = any || (r.entity == kEntity && carriesNotes(r.fields));
    if (!any)
        return {};
    auto key = deviceKey(state);
    if (!key.ok())
        return key.error();
    for (RemoteRecord &r : page.records)
        if (r.entity == kEntity)
            r.fields = SealedNotes::openFields(r.fields, key.value(), r.id);
    return {};
}

} // namespace Qadam::Sync::SealedWire
