#include "sessionmodel.h"

#include "appsession.h"
#include "counselsupport.h"
#include "sessioncontroller.h"
#include "storeworker.h"

#include "store/database.h"
#include "write/writeservice.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The latest record of each of the person's session chains, newest session first. */
const QString kHeadsSql = u"SELECT id FROM counselling_session AS t WHERE person_id = ?1 AND NOT EXISTS "
                          u"(SELECT 1 FROM counselling_session AS a WHERE a.amends_id = t.id) "
                          u"ORDER BY occurred_on DESC, hlc DESC"_s;

struct Loaded
{
    QList<SessionModel::Row> rows;
    QString error;
};

Loaded load(CoreContext &ctx, const QString &personId)
{
    Loaded out;
    auto ids = Counsel::ids(ctx.db, kHeadsSql, { personId });
    if (!ids.ok()) {
        out.error = Counsel::errorText(ids.error(), SessionModel::tr("load the sessions"));
        return out;
    }
    const AccessContext access = Counsel::accessOn(ctx, personId);
    for (const QString &id : ids.value()) {
        auto record = ctx.writes.get(u"CounsellingSession"_s, id);
        if (!record.ok())
            continue;
        SessionModel::Row row;
        row.id = id;
        row.fields = Counsel::readable(ctx, record.value(), access);
        if (row.fields.isEmpty())
            continue;
        const QString author = record.value().fields.value(u"counsellorId"_s).toString();
        row.counsellorName = Counsel::staffName(ctx.db, author);
        row.notesVisible = Counsel::mayRead(ctx, record.value(), access, FieldGroup::CounsellingNotes);
        row.canAmend = ctx.actor.role == Role::Counsellor && author == ctx.actor.userId
            && access.activeReferralIds.contains(record.value().fields.value(u"referralId"_s).toString());
        out.rows << row;
    }
    return out;
}

QString text(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

} // namespace

SessionModel::SessionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::dataChanged, this, &SessionModel::reload);
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QVariantMap &f = r.fields;
    const auto notes = [&](const QString &key) { return r.notesVisible ? text(f, key) : QString(); };
    switch (role) {
    case SessionIdRole: return r.id;
    case OccurredOnRole: return text(f, u"occurredOn"_s);
    case Qt::DisplayRole:
    case DateTextRole: return Counsel::dateText(QDate::fromString(text(f, u"occurredOn"_s), Qt::ISODate));
    case ModeTextRole: return SessionController::label(u"mode"_s, text(f, u"mode"_s));
    case DurationRole: return f.value(u"durationMinutes"_s).toInt();
    case TierRole: return text(f, u"confidentialityTier"_s);
    case TierTextRole: return SessionController::label(u"confidentialityTier"_s, text(f, u"confidentialityTier"_s));
    case EngagementTextRole:
        return text(f, u"engagement"_s).isEmpty() ? QString()
                                                  : SessionController::label(u"engagement"_s, text(f, u"engagement"_s));
    case TopicsRole: return notes(u"topics"_s);
    case NotesVisibleRole: return r.notesVisible;
    case NotesObservationsRole: return notes(u"notesObservations"_s);
    case NotesAnalysisRole: return notes(u"notesAnalysis"_s);
    case NotesConclusionsRole: return notes(u"notesConclusions"_s);
    case NotesPlanRole: return notes(u"notesPlan"_s);
    case CounsellorNameRole: return r.counsellorName;
    case AmendedRole: return !text(f, u"amendsId"_s).isEmpty();
    case CanAmendRole: return r.canAmend;
    case FieldsRole: return f;
    default: return {};
    }
}

QHash<int, QByteArray> SessionModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { SessionIdRole, "sessionId" }, { OccurredOnRole, "occurredOn" },
        { DateTextRole, "dateText" }, { ModeTextRole, "modeText" }, { DurationRole, "durationMinutes" },
        { TierRole, "tier" }, { TierTextRole, "tierText" }, { EngagementTextRole, "engagementText" },
        { TopicsRole, "topics" }, { NotesVisibleRole, "notesVisible" },
        { NotesObservationsRole, "notesObservations" }, { NotesAnalysisRole, "notesAnalysis" },
        { NotesConclusionsRole, "notesConclusions" }, { NotesPlanRole, "notesPlan" },
        { CounsellorNameRole, "counsellorName" }, { AmendedRole, "amended" }, { CanAmendRole, "canAmend" },
        { FieldsRole, "fields" } };
}

void SessionModel::setPersonId(const QString &personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    Q_EMIT personIdChanged();
    reload();
}

void SessionModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || m_personId.isEmpty())
        return apply({}, {});
    if (m_loading) {
        m_pending = true;
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    session->worker()->post(
        this, [personId = m_personId](CoreContext &ctx) { return load(ctx, personId); },
        [this](Loaded loaded) {
            m_loading = false;
            Q_EMIT loadingChanged();
            apply(std::move(loaded.rows), loaded.error);
            if (std::exchange(m_pending, false))
                reload();
        });
}

void SessionModel::apply(QList<Row> rows, const QString &error)
{
    // Sessions are append-only: a new one or a correction adds or replaces rows at the top.
    const bool sameIds = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
               return a.id == b.id;
           });
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
    } else {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).fields == rows.at(i).fields && m_rows.at(i).canAmend == rows.at(i).canAmend)
                continue;
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}

} // namespace Qadam
