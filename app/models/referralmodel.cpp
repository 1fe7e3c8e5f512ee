#include "referralmodel.h"

#include "appsession.h"
#include "counselsupport.h"
#include "storeworker.h"

#include "casework/accesspolicy.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kReferral = u"Referral"_s;

/** Referrals addressed to counsellor ?1: by name, or to their organisation when none is named. */
const QString kInboxSql = u"SELECT id FROM referral WHERE status IN ('sent', 'accepted', 'active') AND "
                          u"(counsellor_id = ?1 OR (counsellor_id IS NULL AND organisation_id = "
                          u"(SELECT organisation_id FROM staff_user WHERE id = ?1)))"_s;
const QString kPersonSql = u"SELECT id FROM referral WHERE person_id = ?1 ORDER BY term_start DESC, id"_s;

QString field(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

QDate dateField(const QVariantMap &m, const QString &key)
{
    return QDate::fromString(field(m, key), Qt::ISODate);
}

QString providerText(Database &db, const QVariantMap &r, const QString &language)
{
    QStringList parts;
    if (const QString c = Counsel::staffName(db, field(r, u"counsellorId"_s)); !c.isEmpty())
        parts << c;
    if (const QString o = Counsel::organisationName(db, field(r, u"organisationId"_s), language); !o.isEmpty())
        parts << o;
    return parts.join(u" · "_s);
}

QString outcomeText(const QVariantMap &r)
{
    const QString code = field(r, u"minimalOutcome"_s);
    if (code.isEmpty())
        return {};
    QString text = ReferralModel::outcomeLabel(code);
    if (r.contains(u"attendedCount"_s) && !r.value(u"attendedCount"_s).isNull())
        //: %1 is an outcome ("Engaged"); %n the number of sessions the person attended
        text = ReferralModel::tr("%1 · %n session(s) attended", nullptr, r.value(u"attendedCount"_s).toInt())
                   .arg(text);
    return text;
}

/** What one referral shows to the actor; `ok` false when the actor may read none of it. */
ReferralModel::Row rowOf(CoreContext &ctx, const Record &record, const AccessContext &access,
    const QString &language, bool &ok)
{
    const QVariantMap r = Counsel::readable(ctx, record, access);
    ok = !r.isEmpty();
    ReferralModel::Row row;
    if (!ok)
        return row;
    row.id = record.id;
    row.personId = field(record.fields, u"personId"_s);
    row.personName = Counsel::personName(ctx.db, row.personId);
    row.status = field(r, u"status"_s);
    row.reason = field(r, u"reason"_s);
    row.provider = providerText(ctx.db, r, language);
    row.termText = u"%1 – %2"_s.arg(Counsel::dateText(dateField(r, u"termStart"_s)),
        Counsel::dateText(dateField(r, u"termEnd"_s)));
    row.outcomeText = outcomeText(r);
    row.version = record.version;
    row.active = access.activeReferralIds.contains(record.id);
    row.canAccept = Counsel::mayCommand(ctx, record, access, u"accept"_s);
    row.canDecline = Counsel::mayCommand(ctx, record, access, u"decline"_s);
    row.canStart = Counsel::mayCommand(ctx, record, access, u"activate"_s);
    row.canComplete = Counsel::mayCommand(ctx, record, access, u"complete"_s);
    row.canLogSession = ctx.actor.role == Role::Counsellor && row.active;
    return row;
}

struct Query
{
    QString personId;
    bool inbox = false;
    QString language;
};

Result<QList<ReferralModel::Row>> loadRows(CoreContext &ctx, const Query &q)
{
    if (q.inbox && ctx.actor.role != Role::Counsellor)
        return QList<ReferralModel::Row> {};
    auto ids = q.inbox ? Counsel::ids(ctx.db, kInboxSql, { ctx.actor.userId })
                       : Counsel::ids(ctx.db, kPersonSql, { q.personId });
    if (!ids.ok())
        return ids.error();
    QHash<QString, AccessContext> contexts;
    QList<ReferralModel::Row> rows;
    for (const QString &id : ids.value()) {
        auto record = ctx.writes.get(kReferral, id);
        if (!record.ok())
            return record.error();
        const QString personId = field(record.value().fields, u"personId"_s);
        if (!contexts.contains(personId))
            contexts.insert(personId, Counsel::accessOn(ctx, personId));
        const AccessContext &access = contexts[personId];
        // The inbox holds what CaseAccess says the counsellor has: offered or active referrals.
        if (q.inbox && !access.activeReferralIds.contains(id) && !access.offeredReferralIds.contains(id))
            continue;
        bool ok = false;
        ReferralModel::Row row = rowOf(ctx, record.value(), access, q.language, ok);
        if (ok)
            rows << row;
    }
    if (q.inbox)
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            if (a.active != b.active)
                return !a.active;
            return a.personName.localeAwareCompare(b.personName) < 0;
        });
    return rows;
}

bool sameRow(const ReferralModel::Row &a, const ReferralModel::Row &b)
{
    return a.id == b.id && a.status == b.status && a.version == b.version && a.reason == b.reason
        && a.outcomeText == b.outcomeText && a.active == b.active && a.provider == b.provider
        && a.personName == b.personName;
}

} // namespace

ReferralModel::ReferralModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::dataChanged, this, &ReferralModel::reload);
}

int ReferralModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReferralModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PersonNameRole: return r.personName;
    case ReferralIdRole: return r.id;
    case PersonIdRole: return r.personId;
    case StatusRole: return r.status;
    case StatusTextRole: return statusLabel(r.status);
    case ReasonRole: return r.reason;
    case ProviderRole: return r.provider;
    case TermTextRole: return r.termText;
    case OutcomeTextRole: return r.outcomeText;
    case VersionRole: return r.version;
    case ActiveRole: return r.active;
    case CanAcceptRole: return r.canAccept;
    case CanDeclineRole: return r.canDecline;
    case CanStartRole: return r.canStart;
    case CanCompleteRole: return r.canComplete;
    case CanLogSessionRole: return r.canLogSession;
    default: return {};
    }
}

QHash<int, QByteArray> ReferralModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { ReferralIdRole, "referralId" }, { PersonIdRole, "personId" },
        { PersonNameRole, "personName" }, { StatusRole, "status" }, { StatusTextRole, "statusText" },
        { ReasonRole, "reason" }, { ProviderRole, "provider" }, { TermTextRole, "termText" },
        { OutcomeTextRole, "outcomeText" }, { VersionRole, "version" }, { ActiveRole, "active" },
        { CanAcceptRole, "canAccept" }, { CanDeclineRole, "canDecline" }, { CanStartRole, "canStart" },
        { CanCompleteRole, "canComplete" }, { CanLogSessionRole, "canLogSession" } };
}

void ReferralModel::setPersonId(const QString &personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    Q_EMIT personIdChanged();
    reload();
}

void ReferralModel::setInbox(bool inbox)
{
    if (inbox == m_inbox)
        return;
    m_inbox = inbox;
    Q_EMIT inboxChanged();
    reload();
}

QStringList ReferralModel::activePeople() const
{
    QStringList people;
    for (const Row &r : m_rows)
        if (r.active && !people.contains(r.personId))
            people << r.personId;
    return people;
}

void ReferralModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || (!m_inbox && m_personId.isEmpty()))
        return apply({});
    if (m_loading) {
        m_pending = true;
        return;
    }
    setLoading(true);
    const Query q { m_personId, m_inbox, session->language() };
    session->worker()->post(
        this,
        [q](CoreContext &ctx) {
            Loaded loaded;
            auto rows = loadRows(ctx, q);
            if (!rows.ok()) {
                loaded.error = Counsel::errorText(rows.error(), tr("load the referrals"));
                return loaded;
            }
            loaded.rows = rows.value();
            if (!q.inbox && ctx.actor.role == Role::ProbationOfficer)
                loaded.canCreate = Counsel::mayCreate(ctx, u"Referral"_s, { { u"personId"_s, q.personId } },
                    Counsel::accessOn(ctx, q.personId));
            return loaded;
        },
        [this](Loaded loaded) {
            setLoading(false);
            apply(std::move(loaded));
            if (std::exchange(m_pending, false))
                reload();
        });
}

void ReferralModel::apply(Loaded loaded)
{
    const bool sameIds = loaded.rows.size() == m_rows.size()
        && std::equal(loaded.rows.cbegin(), loaded.rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.id == b.id; });
    if (sameIds) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (sameRow(m_rows.at(i), loaded.rows.at(i)))
                continue;
            m_rows[i] = loaded.rows.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    } else {
        beginResetModel();
        m_rows = std::move(loaded.rows);
        endResetModel();
    }
    m_canCreate = loaded.canCreate;
    if (m_errorText != loaded.error) {
        m_errorText = loaded.error;
        Q_EMIT errorTextChanged();
    }
    Q_EMIT countChanged();
}

void ReferralModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QString ReferralModel::statusLabel(const QString &status)
{
    if (status == u"sent")
        //: referral status: probation sent it, the provider has not answered yet
        return tr("Awaiting the provider");
    if (status == u"accepted")
        return tr("Accepted");
    if (status == u"declined")
        return tr("Declined");
    if (status == u"active")
        //: referral status: the provider is working with the person
        return tr("In progress");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"revoked")
        return tr("Withdrawn by probation");
    if (status == u"expired")
        return tr("Term ended");
    return status;
}

QStringList ReferralModel::outcomeCodes()
{
    return { u"engaged"_s, u"partly_engaged"_s, u"not_engaged"_s, u"no_feedback"_s, u"completed"_s,
        u"referred_onward"_s };
}

QString ReferralModel::outcomeLabel(const QString &code)
{
    if (code == u"engaged")
        return tr("Engaged");
    if (code == u"partly_engaged")
        return tr("Partly engaged");
    if (code == u"not_engaged")
        return tr("Not engaged");
    if (code == u"no_feedback")
        //: a valid outcome: the person gave no feedback
        return tr("No feedback");
    if (code == u"completed")
        return tr("Programme completed");
    if (code == u"referred_onward")
        return tr("Referred onward");
    return code;
}

} // namespace Qadam
