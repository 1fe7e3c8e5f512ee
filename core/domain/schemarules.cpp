// Cross-field rules of the built-in schema (schema_builtin.cpp), and the small helpers they and
// the state machines' specs share. Each rule sees the whole record after a change.
#include "schemarules.h"

#include "schema.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Qadam::SchemaRules {

// ---- Rule helpers for the cross-field checks ----

Status fail(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(field, why), field);
}

bool has(const QVariantMap &m, const QString &key)
{
    const QVariant v = m.value(key);
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::QString)
        return !v.toString().isEmpty();
    return true;
}

QString str(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

QDate dateOf(const QVariantMap &m, const QString &key)
{
    const QVariant v = m.value(key);
    return v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonDocument jsonOf(const QVariantMap &m, const QString &key)
{
    const QVariant v = m.value(key);
    return v.typeId() == QMetaType::QString ? QJsonDocument::fromJson(v.toString().toUtf8())
                                            : QJsonDocument::fromVariant(v);
}

/** `later` may not fall before `earlier` (equal is fine); either missing passes. */
Status notBefore(const QVariantMap &m, const QString &earlier, const QString &later)
{
    const QDate a = dateOf(m, earlier);
    const QDate b = dateOf(m, later);
    return a.isValid() && b.isValid() && b < a ? fail(later, u"before %1"_s.arg(earlier)) : Status {};
}

/** When `field` holds `value`, `needed` must be filled in. */
Status neededWhen(const QVariantMap &m, const QString &field, const QString &value, const QString &needed)
{
    return str(m, field) == value && !has(m, needed)
        ? fail(needed, u"required when %1 is %2"_s.arg(field, value))
        : Status {};
}

Status firstFailure(std::initializer_list<Status> results)
{
    for (const Status &s : results)
        if (!s.ok())
            return s;
    return {};
}

// ---- Cross-field rules ----

Status personCheck(const QVariantMap &m)
{
    static const QRegularExpression twelveDigits(u"^[0-9]{12}$"_s);
    if (has(m, u"iin"_s) && !twelveDigits.match(str(m, u"iin"_s)).hasMatch())
        return fail(u"iin"_s, u"must be 12 digits"_s);
    if (!has(m, u"surnameCyr"_s) && !has(m, u"surnameLat"_s))
        return fail(u"surnameCyr"_s, u"a surname in Cyrillic or Latin is required"_s);
    if (!has(m, u"givenNameCyr"_s) && !has(m, u"givenNameLat"_s))
        return fail(u"givenNameCyr"_s, u"a given name in Cyrillic or Latin is required"_s);
    return {};
}

Status convictionCheck(const QVariantMap &m)
{
    static const QRegularExpression digits(u"^[0-9]{1,3}$"_s);
    const QString part = str(m, u"articlePart"_s);
    if (!part.isEmpty() && !digits.match(part).hasMatch())
        return fail(u"articlePart"_s, u"must be a part number"_s);
    // A dictionary code that names a part ("256.2") must agree with articlePart.
    const QString codePart = str(m, u"articleCode"_s).section(u'.', 1, 1);
    if (!part.isEmpty() && !codePart.isEmpty() && part != codePart)
        return fail(u"articlePart"_s, u"disagrees with articleCode"_s);
    return notBefore(m, u"verdictDate"_s, u"releaseDate"_s);
}

Status programmeCheck(const QVariantMap &m)
{
    if (has(m, u"versionNo"_s) && m.value(u"versionNo"_s).toLongLong() < 1)
        return fail(u"versionNo"_s, u"starts at 1"_s);
    if (has(m, u"approvedBy"_s) && str(m, u"approvedBy"_s) == str(m, u"draftedBy"_s))
        return fail(u"approvedBy"_s, u"a programme is never approved by its drafter"_s);
    return firstFailure({
        neededWhen(m, u"status"_s, u"approved"_s, u"approvedBy"_s),
        neededWhen(m, u"status"_s, u"approved"_s, u"approvedAt"_s),
    });
}

/** Deadline rules: a fixed day is 1–31, every-N-days is 1–92; terminated orders say when. */
Status orderCheck(const QVariantMap &m)
{
    for (const QString &channel : {u"police"_s, u"probation"_s}) {
        const QString day = channel + u"FixedDay"_s;
        const QString every = channel + u"EveryDays"_s;
        if (has(m, day) && (m.value(day).toLongLong() < 1 || m.value(day).toLongLong() > 31))
            return fail(day, u"must be a day of the month, 1 to 31"_s);
        if (has(m, every) && (m.value(every).toLongLong() < 1 || m.value(every).toLongLong() > 92))
            return fail(every, u"must be 1 to 92 days"_s);
        if (Status s = neededWhen(m, channel + u"Rule"_s, u"fixed_day"_s, day); !s.ok())
            return s;
        if (Status s = neededWhen(m, channel + u"Rule"_s, u"every_n_days"_s, every); !s.ok())
            return s;
    }
    return firstFailure({
        notBefore(m, u"startsOn"_s, u"endsOn"_s),
        notBefore(m, u"startsOn"_s, u"terminatedOn"_s),
        neededWhen(m, u"status"_s, u"terminated"_s, u"terminatedOn"_s),
    });
}

Status referralCheck(const QVariantMap &m)
{
    if (!has(m, u"organisationId"_s) && !has(m, u"counsellorId"_s))
        return fail(u"organisationId"_s, u"a referral goes to an organisation or a counsellor"_s);
    return firstFailure({
        notBefore(m, u"termStart"_s, u"termEnd"_s),
        neededWhen(m, u"status"_s, u"active"_s, u"consentId"_s),
    });
}

Status checkInCheck(const QVariantMap &m)
{
    return firstFailure({
        notBefore(m, u"windowStart"_s, u"windowEnd"_s),
        neededWhen(m, u"outcome"_s, u"excused"_s, u"excuseReason"_s),
        neededWhen(m, u"outcome"_s, u"attended"_s, u"occurredOn"_s),
    });
}

Status sessionCheck(const QVariantMap &m)
{
    if (has(m, u"durationMinutes"_s)) {
        const qint64 minutes = m.value(u"durationMinutes"_s).toLongLong();
        if (minutes < 1 || minutes > 24 * 60)
            return fail(u"durationMinutes"_s, u"must be between 1 and 1440"_s);
    }
    if (has(m, u"stability"_s) && !has(m, u"stabilityRationale"_s))
        return fail(u"stabilityRationale"_s, u"a stability judgement needs its rationale"_s);
    return {};
}

/** judgements: [{"domain": need_domain code, "rating": number, "rationale": text}, …] */
Status judgementsCheck(const QVariantMap &m)
{
    if (!has(m, u"judgements"_s))
        return {};
    const QJsonDocument doc = jsonOf(m, u"judgements"_s);
    if (!doc.isArray())
        return fail(u"judgements"_s, u"must be a list of rated judgements"_s);
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject j = v.toObject();
        if (j.value(u"domain"_s).toString().isEmpty() || !j.value(u"rating"_s).isDouble()
            || j.value(u"rationale"_s).toString().trimmed().isEmpty())
            return fail(u"judgements"_s, u"each judgement needs a domain, a rating and a rationale"_s);
    }
    return {};
}

Status reviewCheck(const QVariantMap &m)
{
    if (has(m, u"signedOffBy"_s) != has(m, u"signedOffAt"_s))
        return fail(u"signedOffAt"_s, u"sign-off needs both who and when"_s);
    return firstFailure({
        notBefore(m, u"periodStart"_s, u"periodEnd"_s),
        notBefore(m, u"periodEnd"_s, u"nextReviewOn"_s),
        judgementsCheck(m),
    });
}

/** sourceEntity names the entity of the record that raised the alert; sourceId needs it. */
Status alertCheck(const QVariantMap &m)
{
    if (has(m, u"sourceEntity"_s) && !Schema::builtIn().entity(str(m, u"sourceEntity"_s)))
        return fail(u"sourceEntity"_s, u"not an entity"_s);
    if (has(m, u"sourceId"_s) && !has(m, u"sourceEntity"_s))
        return fail(u"sourceEntity"_s, u"required with sourceId"_s);
    return notBefore(m, u"raisedOn"_s, u"dueOn"_s);
}

Status documentCheck(const QVariantMap &m)
{
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    if (has(m, u"sha256"_s) && !sha256.match(str(m, u"sha256"_s)).hasMatch())
        return fail(u"sha256"_s, u"must be 64 lowercase hex digits"_s);
    if (has(m, u"sizeBytes"_s) && m.value(u"sizeBytes"_s).toLongLong() < 0)
        return fail(u"sizeBytes"_s, u"cannot be negative"_s);
    return {};
}

} // namespace Qadam::SchemaRules
