#include "personmodel.h"

#include "personlabels.h"
#include "personreader.h"
#include "personsections.h"
#include "personwatch.h"

#include "appsession.h"
#include "storeworker.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

QString names(const QVariantMap &p, const QString &script)
{
    QStringList parts;
    for (const QString &field : { u"surname"_s, u"givenName"_s, u"patronymic"_s }) {
        const QString part = p.value(field + script).toString();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

/** The screens the sections lead to where this role may act there (see sectionPages). */
QVariantMap sectionPages(const PersonReader &r, Role role)
{
    QVariantMap pages;
    if (role == Role::Counsellor || r.may(AccessAction::Create, u"Referral"_s, FieldGroup::Basics))
        pages.insert(u"referrals"_s, u"ReferralsPage"_s);
    if (role == Role::Counsellor) // their caseload is the people referred to them
        pages.insert(u"sessions"_s, u"SessionLogPage"_s);
    if (r.may(AccessAction::Create, u"ProgressReview"_s, FieldGroup::Basics))
        pages.insert(u"reviews"_s, u"ReviewPage"_s);
    return pages;
}

/** Everything the screen shows first, or why it shows nothing. Store thread. */
PersonModel::State loadState(CoreContext &ctx, const QString &personId, const QString &language, bool recordRead)
{
    PersonModel::State state;
    auto reader = PersonReader::open(ctx.db, ctx.actor, personId, ctx.today, language);
    if (!reader.ok()) {
        state.errorText = PersonModel::tr("This case could not be read. Try again in a moment.");
        return state;
    }
    const PersonReader &r = reader.value();
    if (!r.mayOpen()) {
        const QString why = AccessPolicy::builtIn().reasonLabel(r.refusal(), language);
        state.errorText = why.isEmpty() ? PersonModel::tr("You do not have access to this case.") : why;
        return state;
    }
    // Audited roles: the read is recorded before anything is shown, or nothing is shown.
    if (recordRead && !ctx.writes.recordCaseRead(personId).ok()) {
        state.errorText = PersonModel::tr("Opening this case could not be recorded, so it is not shown. Try again.");
        return state;
    }
    auto person = r.record(u"Person"_s, personId);
    if (!person.ok() || person.value().isEmpty()) {
        state.errorText = PersonModel::tr("This case could not be read. Try again in a moment.");
        return state;
    }
    const QVariantMap &p = person.value();
    state.namesCyrillic = names(p, u"Cyr"_s);
    state.namesLatin = names(p, u"Lat"_s);
    state.categories = PersonLabels::categoryTexts(p.value(u"categoryFlags"_s).toString());
    state.caseStatusText = PersonLabels::enumText(u"Person"_s, u"caseStatus"_s, p.value(u"caseStatus"_s).toString());
    state.iinMasked = PersonLabels::maskedIin(p.value(u"iin"_s).toString());
    state.mayBuildProgramme = r.may(AccessAction::Create, u"AssistanceProgramme"_s, FieldGroup::Basics);
    state.sectionPages = sectionPages(r, ctx.actor.role);
    for (const QString &key : PersonSections::all()) {
        if (!PersonSections::visible(r, key))
            continue;
        auto rows = PersonSections::load(r, key);
        state.sections.append({ key, PersonLabels::sectionTitle(key),
            rows.ok() ? PersonSections::recordCount(rows.value()) : 0 });
    }
    state.ready = true;
    return state;
}

} // namespace

PersonModel::PersonModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_watch(new PersonWatch(this, [this] { return m_personId; }, [this] { reload(); }))
{ }

int PersonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_state.sections.size());
}

QVariant PersonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &s = m_state.sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return s.title;
    case KeyRole: return s.key;
    case CountRole: return s.count;
    default: return {};
    }
}

QHash<int, QByteArray> PersonModel::roleNames() const
{
    return { { KeyRole, "key" }, { TitleRole, "title" }, { CountRole, "count" } };
}

void PersonModel::setPersonId(const QString &personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    Q_EMIT personIdChanged();
    reload();
}

QStringList PersonModel::sectionKeys() const
{
    QStringList keys;
    for (const Section &s : m_state.sections)
        keys << s.key;
    return keys;
}

void PersonModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || m_personId.isEmpty()) {
        apply({});
        return;
    }
    // One audit event per opening of a case, not per refresh while it is open.
    const bool recordRead = m_readRecordedFor != m_personId;
    m_readRecordedFor = m_personId;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    const quint64 generation = ++m_generation;
    session->worker()->post(this,
        [personId = m_personId, language = session->language(), recordRead](CoreContext &ctx) {
            return loadState(ctx, personId, language, recordRead);
        },
        [this, generation](State state) {
            if (generation == m_generation)
                apply(std::move(state));
        });
}

void PersonModel::apply(State state)
{
    bool sameSections = state.sections.size() == m_state.sections.size();
    for (qsizetype i = 0; sameSections && i < state.sections.size(); ++i)
        sameSections = state.sections.at(i).key == m_state.sections.at(i).key;
    if (sameSections) {
        m_state = std::move(state);
        if (!m_state.sections.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_state.sections.size()) - 1));
    } else {
        beginResetModel();
        m_state = std::move(state);
        endResetModel();
    }
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged();
    }
    Q_EMIT changed();
    Q_EMIT loaded();
}

} // namespace Qadam
