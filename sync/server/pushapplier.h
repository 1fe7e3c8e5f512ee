#pragma once

#include "scope.h"
#include "serverstore.h"

#include "casework/accesspolicy.h"
#include "domain/schema.h"
#include "sync.pb.h"

#include <QHash>

#include <optional>

namespace Qadam::Server {

/** Why an op was refused: a machine code for OpResult.reason and the field it names. */
struct Rejection
{
    QString reason; ///< forbidden, out_of_scope, invalid, unknown_entity, duplicate, append_only
    QString field;
};

/**
 * Applies the ops of one push inside the request's write transaction (ARCHITECTURE.md "Sync
 * protocol"): idempotency by receipt first, then complete validation (entity, id, fields, record
 * rules, state machine) and the access policy for the actor on that case, and only then the
 * writes — the field-level merge, conflicts, history, case links and the audit event. A refused
 * op writes only its receipt (and an audit event when the policy refused it, R25); it never stops
 * the ops behind it. Lives for one request on the request's thread.
 */
class PushApplier
{
public:
    PushApplier(StoreTxn &txn, const Session &session, const AccessPolicy &policy = AccessPolicy::builtIn());

    /** One op's result (a replay returns the stored one). An Error only for store faults: the
     *  caller then rolls the whole request back. */
    [[nodiscard]] Result<::qadam::sync::v1::OpResult> apply(const ::qadam::sync::v1::Op &op);
    /** Reads ahead what apply() will look up for these ops (their receipts, the records they name,
     *  the facts and links of their cases) in a few queries instead of several per op. Only a
     *  speed-up: apply() reads anything it was not given. */
    [[nodiscard]] Status prefetch(const google::protobuf::RepeatedPtrField<::qadam::sync::v1::Op> &ops);

    /** A server-authored write (imports, seeding, assignCase): creates the record or overwrites the
     *  given fields, validated against the schema, without the access policy. Returns its seq. */
    [[nodiscard]] Result<qint64> serverWrite(const QString &entity, const QString &id, const QVariantMap &fields);

private:
    using OpResult = ::qadam::sync::v1::OpResult;
    using Op = ::qadam::sync::v1::Op;
    using Verdict = std::optional<Rejection>;

    /** Fills `result` for one op; Error only for store faults. */
    [[nodiscard]] Status process(const Op &op, OpResult &result);
    [[nodiscard]] Status create(const EntitySpec &spec, const QString &id, const QVariantMap &fields, const Op &op,
                                OpResult &result);
    [[nodiscard]] Status merge(const EntitySpec &spec, StoredRecord stored, QVariantMap fields, const Op &op,
                               OpResult &result);
    [[nodiscard]] Status command(const EntitySpec &spec, StoredRecord stored, const QVariantMap &raw, const Op &op,
                                 OpResult &result);

    /** The op's fields validated and in storage form (null = clear), or the first bad field. */
    [[nodiscard]] std::variant<QVariantMap, Rejection> decodeFields(const EntitySpec &spec, const QVariantMap &raw,
                                                                    const QStringList &extraArgs = {}) const;
    /** decideFields() for the record as it is and as it will be; out_of_scope when the actor may
     *  not open the case at all, forbidden when they may but not do this. */
    [[nodiscard]] Verdict authorise(const EntitySpec &spec, AccessAction action, const QStringList &fields,
                                    const QVariantMap &before, const QVariantMap &after, const AccessContext &ctx) const;
    [[nodiscard]] static Verdict checkRecord(const EntitySpec &spec, const QVariantMap &merged);
    /** A pushed progress-review sign-off: stamped by the pushing user and never by the author of
     *  the programme under review (core's ProgressReviewService::checkSigner), that programme
     *  taken from the pushed record and from the record it amends. A `restore` (a re-upload after
     *  a server restore) keeps the stamp of whoever signed it then. */
    [[nodiscard]] Result<Verdict> checkSignOff(const EntitySpec &spec, const QVariantMap &merged, bool restore);
    [[nodiscard]] Result<AccessContext> contextOf(const QString &bucket);
    /** Writes `r` (assigning its seq), its case links, and the audit event "push:<outcome>". */
    [[nodiscard]] Status write(StoredRecord &r, const QString &outcome);
    [[nodiscard]] Status reject(OpResult &result, const Rejection &why, const QString &entity, const QString &id,
                                const QString &bucket);

    StoreTxn &m_txn;
    const Session &m_session;
    const AccessPolicy &m_policy;
    Scope m_scope;
    /** Access contexts resolved in this request, per bucket: most pushes carry many ops of few
     *  cases. Dropped for a bucket whenever a write there may change its links (write()). */
    QHash<QString, AccessContext> m_contexts;
};

/** A record's fields with its id under "id", as the access policy reads records. */
[[nodiscard]] QVariantMap withId(const QVariantMap &fields, const QString &id);

} // namespace Qadam::Server
