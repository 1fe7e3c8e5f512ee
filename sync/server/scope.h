#pragma once

#include "serverstore.h"

#include "casework/accesspolicy.h"
#include "domain/roles.h"
#include "util/clock.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

namespace Qadam::Server {

/** A staff member as the server's directory (StaffUser records) knows them. Ids only. */
struct StaffInfo
{
    bool exists = false;
    QString userId;
    QString role;
    QString status;
    QString organisationId;
    QString territoryCode;
    QString displayName;

    [[nodiscard]] bool active() const { return exists && status == u"active"; }
    [[nodiscard]] static StaffInfo fromRecord(const StoredRecord &r);
};

/** Who is acting in one request: the user (from the access token's device), the role and device. */
struct Session
{
    Actor actor;
    StaffInfo staff;
    QString deviceId;
    qint64 nowMs = 0;
    QDate today; ///< Kazakhstan local date (deadlines, referral terms)
};

/** Reads a StaffUser record from the store. */
[[nodiscard]] Result<StaffInfo> loadStaff(StoreTxn &txn, const QString &userId);

/** Kazakhstan's local date for UTC milliseconds: core's, so server and devices agree on "today". */
using Qadam::kazakhstanDate;

/**
 * The territory dictionary's parent links (core/data/reference.json, "territory"), loaded once:
 * a supervisor's region reaches every territory that lies within theirs. Immutable; thread-safe.
 */
class Territories
{
public:
    [[nodiscard]] static const Territories &builtIn();
    /** Whether `code` is `region` or lies within it. */
    [[nodiscard]] bool within(const QString &code, const QString &region) const;
    /** `region` and every territory within it. */
    [[nodiscard]] QStringList withAllWithin(const QString &region) const;

    explicit Territories(QHash<QString, QString> parents) : m_parents(std::move(parents)) { }

private:
    QHash<QString, QString> m_parents; ///< code → parent code
};

/**
 * The server's counterpart of core/casework/caseaccess.h: resolves an AccessContext for one actor
 * on one case (a bucket) from the case links and facts the push path maintains, with the same
 * semantics (officers: case officer, live order officer, intake while the case has no case
 * officer; supervisors: unit through the case officer's organisation or a live order's unit,
 * region through the territory dictionary; counsellors: referrals addressed to them or, without a
 * counsellor, to their organisation, by status and term). Used inside one store transaction.
 */
class Scope
{
public:
    Scope(StoreTxn &txn, const Territories &territories = Territories::builtIn())
        : m_txn(txn), m_territories(territories)
    { }

    /** The actor's context on the stored case `bucket` (an unknown case gives no access). */
    [[nodiscard]] Result<AccessContext> resolve(const Session &s, const QString &bucket);
    /** Whether the case's links can change what resolve() says of it, given its facts: not for an
     *  officer who is its case officer, nor a supervisor whose unit the case officer is in (the
     *  links could only say so again), nor an inactive actor. resolve() reads them only then. */
    [[nodiscard]] Result<bool> linksMatter(const Session &s, const CaseFacts &facts);
    /** The context for taking in a Person not stored yet, from the fields about to be written. */
    [[nodiscard]] Result<AccessContext> resolveIntake(const Session &s, const QVariantMap &person);
    /** The context for directory records (no case). */
    [[nodiscard]] static AccessContext actorOnly(const Session &s);
    /** Every case the actor may read now (AccessPolicy::mayReadCase), with its context. */
    [[nodiscard]] Result<QHash<QString, AccessContext>> readableCases(const Session &s, const AccessPolicy &policy);

private:
    [[nodiscard]] Result<bool> officerInOrganisation(const QString &officerId, const QString &organisationId);
    void addReferral(const Session &s, const CaseLink &link, AccessContext &ctx) const;
    [[nodiscard]] Result<QStringList> officersOf(const QString &organisationId);

    StoreTxn &m_txn;
    const Territories &m_territories;
    QHash<QString, QString> m_officerOrganisation; ///< cache: staff id → organisation
};

/** Links kinds written to the store (CaseLink::kind). */
namespace LinkKind {
inline const QString kCaseOfficer = QStringLiteral("case_officer");
inline const QString kIntake = QStringLiteral("intake");
inline const QString kOrderOfficer = QStringLiteral("order_officer");
inline const QString kOrderUnit = QStringLiteral("order_unit");
inline const QString kReferral = QStringLiteral("referral");
} // namespace LinkKind

/** Order statuses that keep officers and units responsible for a case. */
[[nodiscard]] bool isLiveOrderStatus(const QString &status);

/** Rewrites the case links and facts a written Person, SupervisionOrder or Referral implies. */
[[nodiscard]] Status maintainCaseLinks(StoreTxn &txn, const StoredRecord &record);
/** True for the entities whose records carry case links or facts (Person, SupervisionOrder,
 *  Referral): a write of one may change who can reach its case. */
[[nodiscard]] bool carriesCaseLinks(const QString &entity);

} // namespace Qadam::Server
