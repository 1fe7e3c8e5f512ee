#include "scope.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace {

constexpr int kMaxTerritoryDepth = 8;
constexpr int kMaxStaff = 100000;


bool isOfficer(Role r)
{
    return r == Role::ProbationOfficer || r == Role::PoliceOfficer;
}

QHash<QString, QString> loadParents()
{
    QFile file(u":/qadam/data/reference.json"_s);
    QHash<QString, QString> parents;
    if (!file.open(QIODevice::ReadOnly))
        return parents;
    const QJsonArray dictionaries = QJsonDocument::fromJson(file.readAll()).object().value(u"dictionaries"_s).toArray();
    for (const QJsonValue &d : dictionaries) {
        if (d.toObject().value(u"name"_s).toString() != u"territory")
            continue;
        for (const QJsonValue &e : d.toObject().value(u"entries"_s).toArray()) {
            const QString parent = e.toObject().value(u"parentCode"_s).toString();
            if (!parent.isEmpty())
                parents.insert(e.toObject().value(u"code"_s).toString(), parent);
        }
    }
    return parents;
}

QString text(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

} // namespace

StaffInfo StaffInfo::fromRecord(const StoredRecord &r)
{
    StaffInfo s;
    s.exists = true;
    s.userId = r.id;
    s.role = text(r.fields, u"role"_s);
    s.status = text(r.fields, u"status"_s);
    s.organisationId = text(r.fields, u"organisationId"_s);
    s.territoryCode = text(r.fields, u"territoryCode"_s);
    s.displayName = text(r.fields, u"displayName"_s);
    return s;
}

Result<StaffInfo> loadStaff(StoreTxn &txn, const QString &userId)
{
    auto r = txn.record(u"StaffUser"_s, userId);
    if (!r.ok())
        return r.error();
    return r.value() ? StaffInfo::fromRecord(*r.value()) : StaffInfo{};
}

bool isLiveOrderStatus(const QString &status)
{
    return status == u"draft" || status == u"in_force" || status == u"suspended" || status == u"extended";
}

// ---- Territories ----

const Territories &Territories::builtIn()
{
    static const Territories territories(loadParents());
    return territories;
}

bool Territories::within(const QString &code, const QString &region) const
{
    if (code.isEmpty() || region.isEmpty())
        return false;
    QString current = code;
    for (int depth = 0; depth <= kMaxTerritoryDepth && !current.isEmpty(); ++depth) {
        if (current == region)
            return true;
        current = m_parents.value(current);
    }
    return false;
}

QStringList Territories::withAllWithin(const QString &region) const
{
    if (region.isEmpty())
        return {};
    QStringList out{region};
    for (auto it = m_parents.cbegin(); it != m_parents.cend(); ++it)
        if (it.key() != region && within(it.key(), region))
            out << it.key();
    return out;
}

// ---- Scope ----

AccessContext Scope::actorOnly(const Session &s)
{
    AccessContext ctx;
    ctx.actorActive = s.staff.active() && s.staff.role == roleName(s.actor.role);
    return ctx;
}

Result<bool> Scope::officerInOrganisation(const QString &officerId, const QString &organisationId)
{
    if (officerId.isEmpty() || organisationId.isEmpty())
        return false;
    if (!m_officerOrganisation.contains(officerId)) {
        auto staff = loadStaff(m_txn, officerId);
        if (!staff.ok())
            return staff.error();
        m_officerOrganisation.insert(officerId, staff.value().organisationId);
    }
    return m_officerOrganisation.value(officerId) == organisationId;
}

void Scope::addReferral(const Session &s, const CaseLink &link, AccessContext &ctx) const
{
    const bool addressed = link.userId.isEmpty()
        ? !s.staff.organisationId.isEmpty() && link.organisationId == s.staff.organisationId
        : link.userId == s.actor.userId;
    if (!addressed)
        return;
    const ReferralStanding standing = referralStanding(link.status, link.from, link.to, s.today);
    if (standing == ReferralStanding::Active)
        ctx.activeReferralIds << link.recordId;
    else if (standing == ReferralStanding::Offered)
        ctx.offeredReferralIds << link.recordId;
    ctx.referral = std::max(ctx.referral, standing);
}

Result<AccessContext> Scope::resolve(const Session &s, const QString &bucket)
{
    AccessContext ctx = actorOnly(s);
    ctx.personId = bucket;
    auto facts = m_txn.caseFacts(bucket);
    if (!facts.ok())
        return facts.error();
    if (!ctx.actorActive || !facts.value())
        return ctx;
    const CaseFacts &f = *facts.value();
    auto matter = linksMatter(s, f);
    if (!matter.ok())
        return matter.error();
    auto links = matter.value() ? m_txn.linksOfBucket(bucket) : Result<QList<CaseLink>>(QList<CaseLink>());
    if (!links.ok())
        return links.error();
    const QString me = s.actor.userId;
    if (isOfficer(s.actor.role)) {
        ctx.ownCase = !f.caseOfficerId.isEmpty() && f.caseOfficerId == me;
        for (const CaseLink &l : links.value()) {
            const bool intake = l.kind == LinkKind::kIntake && f.caseOfficerId.isEmpty();
            const bool order = l.kind == LinkKind::kOrderOfficer && isLiveOrderStatus(l.status);
            ctx.ownCase = ctx.ownCase || ((intake || order) && l.userId == me);
        }
    } else if (s.actor.role == Role::Supervisor) {
        auto unit = officerInOrganisation(f.caseOfficerId, s.staff.organisationId);
        if (!unit.ok())
            return unit.error();
        ctx.inUnit = unit.value();
        for (const CaseLink &l : links.value())
            ctx.inUnit = ctx.inUnit
                || (l.kind == LinkKind::kOrderUnit && isLiveOrderStatus(l.status) && !s.staff.organisationId.isEmpty()
                    && l.organisationId == s.staff.organisationId);
        ctx.inRegion = m_territories.within(f.territory, s.staff.territoryCode);
    } else if (s.actor.role == Role::Counsellor) {
        for (const CaseLink &l : links.value())
            if (l.kind == LinkKind::kReferral)
                addReferral(s, l, ctx);
    }
    return ctx;
}

Result<bool> Scope::linksMatter(const Session &s, const CaseFacts &facts)
{
    if (!actorOnly(s).actorActive)
        return false;
    if (isOfficer(s.actor.role))
        return facts.caseOfficerId.isEmpty() || facts.caseOfficerId != s.actor.userId;
    if (s.actor.role == Role::Supervisor) {
        auto unit = officerInOrganisation(facts.caseOfficerId, s.staff.organisationId);
        if (!unit.ok())
            return unit.error();
        return !unit.value();
    }
    return s.actor.role == Role::Counsellor;
}

Result<AccessContext> Scope::resolveIntake(const Session &s, const QVariantMap &person)
{
    AccessContext ctx = actorOnly(s);
    if (!ctx.actorActive)
        return ctx;
    const QString officer = text(person, u"caseOfficerId"_s);
    if (isOfficer(s.actor.role)) {
        ctx.ownCase = officer.isEmpty() || officer == s.actor.userId;
    } else if (s.actor.role == Role::Supervisor) {
        auto unit = officerInOrganisation(officer, s.staff.organisationId);
        if (!unit.ok())
            return unit.error();
        ctx.inUnit = unit.value();
        ctx.inRegion = m_territories.within(text(person, u"residenceTerritory"_s), s.staff.territoryCode);
    }
    return ctx;
}

Result<QStringList> Scope::officersOf(const QString &organisationId)
{
    auto staff = m_txn.recordsOf(u"StaffUser"_s, kMaxStaff);
    if (!staff.ok())
        return staff.error();
    QStringList out;
    for (const StoredRecord &r : staff.value())
        if (!organisationId.isEmpty() && text(r.fields, u"organisationId"_s) == organisationId)
            out << r.id;
    return out;
}

Result<QHash<QString, AccessContext>> Scope::readableCases(const Session &s, const AccessPolicy &policy)
{
    QHash<QString, AccessContext> cases;
    const AccessContext base = actorOnly(s);
    if (!base.actorActive)
        return cases;
    auto links = m_txn.linksForUser(s.actor.userId, s.staff.organisationId);
    if (!links.ok())
        return links.error();
    const auto at = [&](const QString &bucket) -> AccessContext & {
        auto it = cases.find(bucket);
        if (it == cases.end()) {
            it = cases.insert(bucket, base);
            it->personId = bucket;
        }
        return *it;
    };
    const QString me = s.actor.userId;
    for (const CaseLink &l : links.value()) {
        if (isOfficer(s.actor.role)) {
            // Intake links exist only while the case has no case officer (maintainCaseLinks).
            const bool mine = l.userId == me
                && (l.kind == LinkKind::kCaseOfficer || l.kind == LinkKind::kIntake
                    || (l.kind == LinkKind::kOrderOfficer && isLiveOrderStatus(l.status)));
            if (mine)
                at(l.bucket).ownCase = true;
        } else if (s.actor.role == Role::Supervisor) {
            if (l.kind == LinkKind::kOrderUnit && isLiveOrderStatus(l.status) && l.userId.isEmpty()
                && !s.staff.organisationId.isEmpty() && l.organisationId == s.staff.organisationId)
                at(l.bucket).inUnit = true;
        } else if (s.actor.role == Role::Counsellor && l.kind == LinkKind::kReferral) {
            addReferral(s, l, at(l.bucket));
        }
    }
    if (s.actor.role == Role::Supervisor) {
        auto officers = officersOf(s.staff.organisationId);
        if (!officers.ok())
            return officers.error();
        auto buckets = m_txn.bucketsByTerritoryOrOfficer(m_territories.withAllWithin(s.staff.territoryCode),
                                                         officers.value());
        if (!buckets.ok())
            return buckets.error();
        for (const QString &b : buckets.value()) {
            // Either reaches the case (AccessScope::UnitRegion): resolve() tells which when it matters.
            at(b).inRegion = true;
        }
    }
    for (auto it = cases.begin(); it != cases.end();) {
        if (policy.mayReadCase(s.actor, *it))
            ++it;
        else
            it = cases.erase(it);
    }
    return cases;
}

// ---- link maintenance ----

namespace {

QList<CaseLink> personLinks(const StoredRecord &r)
{
    QList<CaseLink> links;
    const QString officer = text(r.fields, u"caseOfficerId"_s);
    if (!officer.isEmpty())
        links << CaseLink{r.id, r.bucket, LinkKind::kCaseOfficer, officer, {}, {}, {}, {}};
    else if (!r.createdBy.isEmpty())
        links << CaseLink{r.id, r.bucket, LinkKind::kIntake, r.createdBy, {}, {}, {}, {}};
    return links;
}

QList<CaseLink> orderLinks(const StoredRecord &r)
{
    QList<CaseLink> links;
    const QString status = text(r.fields, u"status"_s);
    if (!isLiveOrderStatus(status))
        return links;
    for (const QString &f : {u"probationOfficerId"_s, u"policeOfficerId"_s})
        if (!text(r.fields, f).isEmpty())
            links << CaseLink{r.id, r.bucket, LinkKind::kOrderOfficer, text(r.fields, f), {}, status, {}, {}};
    for (const QString &f : {u"probationUnitId"_s, u"policeUnitId"_s})
        if (!text(r.fields, f).isEmpty())
            links << CaseLink{r.id, r.bucket, LinkKind::kOrderUnit, {}, text(r.fields, f), status, {}, {}};
    return links;
}

QList<CaseLink> referralLinks(const StoredRecord &r)
{
    const auto date = [&](const QString &f) { return QDate::fromString(text(r.fields, f), Qt::ISODate); };
    return {CaseLink{r.id, r.bucket, LinkKind::kReferral, text(r.fields, u"counsellorId"_s),
                     text(r.fields, u"organisationId"_s), text(r.fields, u"status"_s), date(u"termStart"_s),
                     date(u"termEnd"_s)}};
}

} // namespace

Status maintainCaseLinks(StoreTxn &txn, const StoredRecord &record)
{
    if (record.entity == u"Person") {
        if (Status s = txn.setCaseLinks(record.id, personLinks(record)); !s.ok())
            return s;
        return txn.setCaseFacts(
            CaseFacts{record.id, text(record.fields, u"residenceTerritory"_s), text(record.fields, u"caseOfficerId"_s)});
    }
    if (record.entity == u"SupervisionOrder")
        return txn.setCaseLinks(record.id, orderLinks(record));
    if (record.entity == u"Referral")
        return txn.setCaseLinks(record.id, referralLinks(record));
    return {};
}

bool carriesCaseLinks(const QString &entity)
{
    return entity == u"Person" || entity == u"SupervisionOrder" || entity == u"Referral";
}

} // namespace Qadam::Server
