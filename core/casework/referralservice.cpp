#include "referralservice.h"

#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kReferral = u"Referral"_s;

/** The command parameters of a minimal outcome: only the fields it has, nothing else. */
QVariantMap outcomeParams(const MinimalOutcome &outcome)
{
    QVariantMap params;
    if (!outcome.code.isEmpty())
        params.insert(u"minimalOutcome"_s, outcome.code);
    if (outcome.attendedCount)
        params.insert(u"attendedCount"_s, qint64(*outcome.attendedCount));
    if (outcome.programmeCompleted)
        params.insert(u"programmeCompleted"_s, *outcome.programmeCompleted);
    return params;
}

QVariantMap fieldsOf(const ReferralRequest &r)
{
    QVariantMap fields = { { u"personId"_s, r.personId }, { u"reason"_s, r.reason },
        { u"consentId"_s, r.consentId }, { u"status"_s, u"sent"_s } };
    for (const auto &[key, value] : { std::pair { u"measureId"_s, r.measureId },
             { u"organisationId"_s, r.organisationId }, { u"counsellorId"_s, r.counsellorId } })
        if (!value.isEmpty())
            fields.insert(key, value);
    if (r.termStart.isValid())
        fields.insert(u"termStart"_s, r.termStart.toString(Qt::ISODate));
    if (r.termEnd.isValid())
        fields.insert(u"termEnd"_s, r.termEnd.toString(Qt::ISODate));
    return fields;
}

} // namespace

ReferralService::ReferralService(WriteService &writer, Database &db)
    : m_writer(writer)
    , m_db(db)
{ }

Result<QString> ReferralService::send(const ReferralRequest &request)
{
    const Role role = m_writer.actor().role;
    if (role != Role::ProbationOfficer && role != Role::Supervisor)
        return Error::make(Error::Forbidden, u"probation staff send referrals"_s);
    if (!request.termStart.isValid() || !request.termEnd.isValid())
        return Error::make(Error::Invalid, u"a referral has a term with a start and an end"_s,
            request.termStart.isValid() ? u"termEnd"_s : u"termStart"_s);
    const QVariantMap fields = fieldsOf(request);
    if (auto device = m_writer.deviceId(); !device.ok())
        return device.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    if (Status s = ReferralRules::checkLinks(m_db, fields, m_writer.today()); !s.ok())
        return s.error();
    if (Status s = ReferralRules::checkMeasureOpen(m_db, request.measureId); !s.ok())
        return s.error();
    auto id = m_writer.create(kReferral, fields);
    if (!id.ok())
        return id;
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return id;
}

Status ReferralService::reportOutcome(
    const QString &referralId, qint64 baseVersion, const MinimalOutcome &outcome)
{
    return m_writer.command(kReferral, referralId, baseVersion, u"report_outcome"_s, outcomeParams(outcome));
}

Status ReferralService::complete(const QString &referralId, qint64 baseVersion, const MinimalOutcome &outcome)
{
    return m_writer.command(kReferral, referralId, baseVersion, u"complete"_s, outcomeParams(outcome));
}

} // namespace Qadam
