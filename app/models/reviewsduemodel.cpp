#include "reviewsduemodel.h"

#include "appsession.h"
#include "casework/casescope.h"
#include "counselsupport.h"
#include "storeworker.h"

#include "casework/reviewschedule.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

struct Loaded
{
    QList<ReviewsDueModel::Row> rows;
    QString error;
};

ReviewsDueModel::Row rowOf(CoreContext &ctx, const ReviewDue &due)
{
    ReviewsDueModel::Row row;
    row.personId = due.personId;
    row.personName = Counsel::personName(ctx.db, due.personId);
    row.dueOn = due.dueOn;
    row.daysOverdue = int(due.dueOn.daysTo(ctx.today));
    row.dueText = row.daysOverdue == 0 ? ReviewsDueModel::tr("Due today")
        //: a progress review is due since %1 (a date)
        : ReviewsDueModel::tr("Due since %1").arg(Counsel::dateText(due.dueOn));
    row.lastReviewText = due.lastPeriodEnd.isValid()
        //: %1 the last day of the period the last signed progress review covered
        ? ReviewsDueModel::tr("Last signed review up to %1").arg(Counsel::dateText(due.lastPeriodEnd))
        : ReviewsDueModel::tr("No signed review yet");
    row.openReviewId = due.openReviewId;
    row.statusText = due.openReviewId.isEmpty() ? ReviewsDueModel::tr("Not started")
                                                : ReviewsDueModel::tr("Awaiting sign-off");
    return row;
}

Loaded load(CoreContext &ctx)
{
    Loaded out;
    if (ctx.actor.role != Role::Supervisor)
        return out;
    auto people = CaseScope::personIds(ctx.db, ctx.actor, ctx.today);
    auto due = people.ok() ? ReviewSchedule::dueBy(ctx.db, ctx.today, people.value())
                           : Result<QList<ReviewDue>>(people.error());
    if (!due.ok()) {
        out.error = Counsel::errorText(due.error(), ReviewsDueModel::tr("load the reviews due"));
        return out;
    }
    for (const ReviewDue &d : std::as_const(due.value()))
        out.rows << rowOf(ctx, d);
    return out;
}

} // namespace

ReviewsDueModel::ReviewsDueModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::dataChanged, this, &ReviewsDueModel::reload);
    reload();
}

int ReviewsDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewsDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PersonNameRole: return r.personName;
    case PersonIdRole: return r.personId;
    case DueOnRole: return r.dueOn.toString(Qt::ISODate);
    case DueTextRole: return r.dueText;
    case DaysOverdueRole: return r.daysOverdue;
    case LastReviewTextRole: return r.lastReviewText;
    case OpenReviewIdRole: return r.openReviewId;
    case StatusTextRole: return r.statusText;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewsDueModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { PersonIdRole, "personId" }, { PersonNameRole, "personName" },
        { DueOnRole, "dueOn" }, { DueTextRole, "dueText" }, { DaysOverdueRole, "daysOverdue" },
        { LastReviewTextRole, "lastReviewText" }, { OpenReviewIdRole, "openReviewId" },
        { StatusTextRole, "statusText" } };
}

int ReviewsDueModel::rowOf(const QString &personId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).personId == personId)
            return i;
    return -1;
}

void ReviewsDueModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    if (m_loading) {
        m_pending = true;
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    session->worker()->post(
        this, [](CoreContext &ctx) { return load(ctx); },
        [this](Loaded loaded) {
            m_loading = false;
            apply(std::move(loaded.rows), loaded.error);
            Q_EMIT loadingChanged();
            if (std::exchange(m_pending, false))
                reload();
        });
}

void ReviewsDueModel::apply(QList<Row> rows, const QString &error)
{
    // Rows leave (a sign-off) or arrive (a new due date passed) one at a time: remove and insert
    // by person, then refresh the rest in place.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString id = m_rows.at(i).personId;
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const Row &r) { return r.personId == id; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const int at = rowOf(rows.at(i).personId);
        if (at == i) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i), index(i));
            continue;
        }
        if (at > i) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, rows.at(i));
        endInsertRows();
    }
    Q_EMIT countChanged();
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}

} // namespace Qadam
