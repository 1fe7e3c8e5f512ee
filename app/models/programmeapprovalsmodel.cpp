#include "programmeapprovalsmodel.h"

#include "caseloadrecords.h"
#include "personlabels.h"
#include "personreader.h"
#include "personwatch.h"

#include "appsession.h"
#include "storeworker.h"
#include "store/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using Items = QList<ProgrammeApprovalsModel::Item>;

QString joinedNames(const QVariantMap &p, const QString &script)
{
    return CaseloadRecords::listName(p.value(u"surname"_s + script).toString(),
        p.value(u"givenName"_s + script).toString(), p.value(u"patronymic"_s + script).toString());
}

/** The plan's size: needs assessed above none, goals, measures still planned or under way. */
void countPlan(Database &db, ProgrammeApprovalsModel::Item &item)
{
    const auto count = [&](const QString &sql) {
        auto n = db.scalar(sql, { item.programmeId });
        return n.ok() ? n.value().toInt() : 0;
    };
    item.needs = count(u"SELECT count(*) FROM programme_need WHERE programme_id = ?1 AND coalesce(severity, 'none') <> 'none'"_s);
    item.goals = count(u"SELECT count(*) FROM programme_goal WHERE programme_id = ?1 AND coalesce(status, 'open') <> 'withdrawn'"_s);
    item.measures = count(
        u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1 AND status NOT IN ('cancelled', 'not_possible')"_s);
}

/** One submitted programme as the supervisor may see it; nullopt when it is outside their scope. */
std::optional<ProgrammeApprovalsModel::Item> itemFor(CoreContext &ctx, const QString &programmeId,
    const QString &personId, const QString &language)
{
    auto reader = PersonReader::open(ctx.db, ctx.actor, personId, ctx.today, language);
    if (!reader.ok() || !reader.value().mayRead(u"AssistanceProgramme"_s, FieldGroup::Status))
        return std::nullopt;
    const PersonReader &r = reader.value();
    auto programme = r.record(u"AssistanceProgramme"_s, programmeId);
    auto person = r.record(u"Person"_s, personId);
    if (!programme.ok() || !person.ok() || programme.value().isEmpty())
        return std::nullopt;
    ProgrammeApprovalsModel::Item item;
    item.programmeId = programmeId;
    item.personId = personId;
    item.personName = joinedNames(person.value(), u"Cyr"_s);
    item.personNameLatin = joinedNames(person.value(), u"Lat"_s);
    const QString author = programme.value().value(u"draftedBy"_s).toString();
    item.draftedBy = r.staffName(author);
    auto updated = ctx.db.scalar(u"SELECT updated_at FROM assistance_programme WHERE id = ?1"_s, { programmeId });
    if (updated.ok())
        item.submittedOn = QDateTime::fromMSecsSinceEpoch(updated.value().toLongLong()).date();
    countPlan(ctx.db, item);
    const bool mayCommand = r.may(AccessAction::Command, u"AssistanceProgramme"_s, FieldGroup::Status);
    // Core refuses the author's own approval; say so before they try.
    item.mayDecide = mayCommand && author != ctx.actor.userId;
    item.whyNot = author == ctx.actor.userId
        ? ProgrammeApprovalsModel::tr("You drafted this programme, so another supervisor approves it.")
        : mayCommand ? QString() : ProgrammeApprovalsModel::tr("Your role may not approve programmes.");
    return item;
}

Result<Items> loadItems(CoreContext &ctx, const QString &language)
{
    auto q = ctx.db.prepare(u"SELECT id, person_id FROM assistance_programme WHERE status = 'submitted' "
                            u"ORDER BY updated_at, id"_s);
    if (!q.ok())
        return q.error();
    QList<std::pair<QString, QString>> submitted;
    for (;;) {
        auto row = q.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        submitted.append({ q.value().text(0), q.value().text(1) });
    }
    Items items;
    for (const auto &[programmeId, personId] : submitted)
        if (auto item = itemFor(ctx, programmeId, personId, language))
            items << *item;
    return items;
}

} // namespace

ProgrammeApprovalsModel::ProgrammeApprovalsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_watch(new PersonWatch(this, {}, [this] { reload(); }))
{
    reload();
}

int ProgrammeApprovalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ProgrammeApprovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case ProgrammeIdRole: return item.programmeId;
    case PersonIdRole: return item.personId;
    case Qt::DisplayRole:
    case PersonNameRole: return item.personName;
    case PersonNameLatinRole: return item.personNameLatin;
    case DraftedByRole: return item.draftedBy;
    case SubmittedTextRole: return PersonLabels::dateText(item.submittedOn);
    case NeedCountRole: return item.needs;
    case GoalCountRole: return item.goals;
    case MeasureCountRole: return item.measures;
    case MayDecideRole: return item.mayDecide;
    case WhyNotRole: return item.whyNot;
    default: return {};
    }
}

QHash<int, QByteArray> ProgrammeApprovalsModel::roleNames() const
{
    return { { ProgrammeIdRole, "programmeId" }, { PersonIdRole, "personId" }, { PersonNameRole, "personName" },
        { PersonNameLatinRole, "personNameLatin" }, { DraftedByRole, "draftedBy" },
        { SubmittedTextRole, "submittedText" }, { NeedCountRole, "needCount" }, { GoalCountRole, "goalCount" },
        { MeasureCountRole, "measureCount" }, { MayDecideRole, "mayDecide" }, { WhyNotRole, "whyNot" } };
}

int ProgrammeApprovalsModel::indexOf(const QString &programmeId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).programmeId == programmeId)
            return int(i);
    return -1;
}

void ProgrammeApprovalsModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    const quint64 generation = ++m_generation;
    session->worker()->post(this,
        [language = session->language()](CoreContext &ctx) { return loadItems(ctx, language); },
        [this, generation](Result<Items> items) {
            if (generation != m_generation)
                return;
            apply(items.ok() ? items.value() : Items(),
                items.ok() ? QString() : tr("The programmes awaiting approval could not be read. Try again in a moment."));
        });
}

void ProgrammeApprovalsModel::apply(const QList<Item> &items, const QString &error)
{
    // Granular: rows that left the list are removed, new ones inserted, the rest updated.
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        const QString id = m_items.at(i).programmeId;
        if (std::none_of(items.cbegin(), items.cend(), [&](const Item &x) { return x.programmeId == id; })) {
            beginRemoveRows({}, int(i), int(i));
            m_items.removeAt(i);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int at = indexOf(items.at(i).programmeId);
        if (at == int(i)) {
            m_items[i] = items.at(i);
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        } else if (at >= 0) {
            beginResetModel(); // reordered: rare (a resubmission), a reset keeps it simple
            m_items = items;
            endResetModel();
            break;
        } else {
            beginInsertRows({}, int(i), int(i));
            m_items.insert(i, items.at(i));
            endInsertRows();
        }
    }
    Q_EMIT countChanged();
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged();
    }
    Q_EMIT loaded();
}

} // namespace Qadam
