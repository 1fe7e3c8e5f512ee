#include "personsectionmodel.h"

#include "personlabels.h"
#include "personreader.h"
#include "personwatch.h"

#include "appsession.h"
#include "storeworker.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The person whose programme `programmeId` is (empty when unknown). */
QString programmeOwner(Database &db, const QString &programmeId)
{
    auto id = db.scalar(u"SELECT person_id FROM assistance_programme WHERE id = ?1"_s, { programmeId });
    return id.ok() ? id.value().toString() : QString();
}

} // namespace

PersonSectionModel::PersonSectionModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_watch(new PersonWatch(this, [this] { return m_personId; }, [this] { reload(); }))
{ }

int PersonSectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PersonSectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case RecordIdRole: return row.recordId;
    case EntityRole: return row.entity;
    case SubtitleRole: return row.subtitle;
    case DetailRole: return row.detail;
    case StatusRole: return row.status;
    case StatusTextRole: return row.statusText;
    case DateTextRole: return PersonLabels::dateText(row.date);
    case DepthRole: return row.depth;
    case ProgressRole: return row.progress;
    default: return {};
    }
}

QHash<int, QByteArray> PersonSectionModel::roleNames() const
{
    return { { RecordIdRole, "recordId" }, { EntityRole, "entity" }, { TitleRole, "title" },
        { SubtitleRole, "subtitle" }, { DetailRole, "detail" }, { StatusRole, "status" },
        { StatusTextRole, "statusText" }, { DateTextRole, "dateText" }, { DepthRole, "depth" },
        { ProgressRole, "progress" } };
}

void PersonSectionModel::setPersonId(const QString &personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    Q_EMIT personIdChanged();
    reload();
}

void PersonSectionModel::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    Q_EMIT sectionChanged();
    reload();
}

void PersonSectionModel::setProgrammeId(const QString &programmeId)
{
    if (programmeId == m_programmeId)
        return;
    m_programmeId = programmeId;
    Q_EMIT programmeIdChanged();
    reload();
}

void PersonSectionModel::reload()
{
    AppSession *session = AppSession::instance();
    const bool planOnly = !m_programmeId.isEmpty();
    if (!session || (!planOnly && (m_personId.isEmpty() || m_section.isEmpty()))) {
        apply(QList<SectionRow>());
        return;
    }
    setLoading(true);
    const quint64 generation = ++m_generation;
    session->worker()->post(this,
        [personId = m_personId, section = m_section, programmeId = m_programmeId,
            language = session->language()](CoreContext &ctx) -> Result<QList<SectionRow>> {
            const QString person = programmeId.isEmpty() ? personId : programmeOwner(ctx.db, programmeId);
            auto reader = PersonReader::open(ctx.db, ctx.actor, person, ctx.today, language);
            if (!reader.ok())
                return reader.error();
            if (!reader.value().mayOpen())
                return Error::make(Error::Forbidden, accessReasonName(reader.value().refusal()));
            return programmeId.isEmpty() ? PersonSections::load(reader.value(), section)
                                         : PersonSections::programmePlan(reader.value(), programmeId);
        },
        [this, generation](Result<QList<SectionRow>> rows) {
            if (generation == m_generation)
                apply(rows);
        });
}

void PersonSectionModel::apply(const Result<QList<SectionRow>> &result)
{
    const QString error = result.ok() ? QString()
        : result.code() == Error::Forbidden ? tr("You do not have access to this case.")
                                            : tr("This section could not be read. Try again in a moment.");
    const QList<SectionRow> rows = result.ok() ? result.value() : QList<SectionRow>();
    bool sameRecords = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRecords && i < rows.size(); ++i)
        sameRecords = rows.at(i).recordId == m_rows.at(i).recordId && rows.at(i).title == m_rows.at(i).title;
    if (sameRecords) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT countChanged();
    }
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
    setLoading(false);
    Q_EMIT loaded();
}

void PersonSectionModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace Qadam
