// Fuzz target "reference_data": the data files that arrive without a release (core/data) — the
// reference dictionaries, the work calendar, the deadline rules, the programme templates and the
// access policy — through their real loaders, and a loaded document through the code that uses it.
// Imports run inside one transaction on a SQLCipher store that is rolled back afterwards.
#include "fuzzentries.h"
#include "fuzzworld.h"

#include "casework/accesspolicy.h"
#include "casework/obligationrules.h"
#include "casework/obligations.h"
#include "casework/programmetemplates.h"
#include "casework/workcalendar.h"
#include "domain/referencedata.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Qadam::Fuzz {

namespace {

constexpr qint64 kNow = 1'780'000'000'000;
const QDate kToday(2026, 5, 28);

class ReferenceWorld
{
public:
    ReferenceWorld()
    {
        quietLogs();
        auto db = Database::open(m_dir.filePath(u"reference.db"_s), QByteArray(32, 'r'));
        require(db.ok() && Migrator::migrate(*db.value()).ok(), "reference store opens");
        m_db = std::move(db).value();
        require(ReferenceData::importBuiltIn(*m_db, kNow).ok(), "bundled reference data imports");
    }
    Database &db() { return *m_db; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

ReferenceWorld &referenceWorld()
{
    static ReferenceWorld world;
    return world;
}

/** A year of monthly and fixed-day obligations under `calendar` and `settings`. */
void useCalendar(const WorkCalendar &calendar, DeadlineSettings settings = {})
{
    DeadlineInputs inputs;
    inputs.order.id = u"order"_s;
    inputs.order.status = u"in_force"_s;
    inputs.order.startsOn = QDate(2026, 1, 1);
    inputs.order.endsOn = QDate(2026, 12, 31);
    inputs.order.police = ChannelRule{DeadlineRule::FixedDay, 15, 0};
    inputs.order.probation = ChannelRule{DeadlineRule::EveryNDays, 0, 20};
    (void)ObligationEngine(calendar, settings).compute(inputs, kToday);
    (void)calendar.addWorkingDays(kToday, 30);
    (void)calendar.workingDaysBetween(QDate(2026, 1, 1), QDate(2026, 12, 31));
}

void useImported(Database &db)
{
    for (const QString &dictionary : {u"territory"_s, QString::fromUtf16(WorkCalendar::kDictionary)})
        (void)ReferenceData::entries(db, dictionary, kToday);
    if (auto calendar = WorkCalendar::load(db); calendar.ok())
        useCalendar(calendar.value());
}

void useTemplates(const ProgrammeTemplates &templates)
{
    for (const TemplateCategory &category : templates.categories())
        for (auto it = category.goalsByDomain.cbegin(); it != category.goalsByDomain.cend(); ++it)
            for (const QString &severity : ProgrammeTemplates::severities())
                for (const TemplateGoal *goal : templates.goalsFor(category.code, it.key(), severity))
                    for (const TemplateMeasure &measure : templates.measuresFor(*goal, severity))
                        (void)templates.dueInDays(measure, severity);
}

void usePolicy(const AccessPolicy &policy)
{
    const Schema &schema = Schema::builtIn();
    const EntitySpec *person = schema.entity(u"Person"_s);
    require(person != nullptr, "schema has Person");
    AccessContext ctx;
    ctx.personId = u"0190f3a2-6b1c-7d4e-8f00-000000000001"_s;
    ctx.actorActive = true;
    ctx.ownCase = true;
    const QVariantMap record{{u"id"_s, ctx.personId}, {u"surnameLat"_s, u"Testova"_s}, {u"caseStatus"_s, u"active"_s}};
    for (Role role : {Role::ProbationOfficer, Role::PoliceOfficer, Role::Counsellor, Role::Supervisor, Role::Administrator}) {
        const Actor actor{u"0190f3a2-6b1c-7d4e-8f00-0000000000a1"_s, role};
        (void)policy.readable(actor, *person, record, ctx);
        (void)policy.mayReadCase(actor, ctx);
    }
}

void load(Loader loader, const QByteArray &json)
{
    Database &db = referenceWorld().db();
    switch (loader) {
    case Loader::ReferenceImport:
    case Loader::CalendarImport: {
        Transaction tx(db);  // rolled back: every input sees the bundled data only
        require(tx.beginStatus().ok(), "reference transaction begins");
        const Status s = loader == Loader::ReferenceImport ? ReferenceData::import(db, json, kNow)
                                                           : WorkCalendar::importUpdate(db, json, kNow);
        if (s.ok())
            useImported(db);
        return;
    }
    case Loader::Calendar:
        if (auto calendar = WorkCalendar::fromJson(json); calendar.ok())
            useCalendar(calendar.value());
        return;
    case Loader::DeadlineRules:
        if (auto rules = DeadlineRules::fromJson(json); rules.ok()) {
            useCalendar(WorkCalendar(), rules.value().settings());
            (void)rules.value().levelFor(5);
            (void)rules.value().months(u"kk"_s);
        }
        return;
    case Loader::ProgrammeTemplates:
        if (auto templates = ProgrammeTemplates::fromJson(json); templates.ok())
            useTemplates(templates.value());
        return;
    case Loader::AccessPolicy:
        if (auto policy = AccessPolicy::fromJson(json); policy.ok())
            usePolicy(policy.value());
        return;
    case Loader::Count:
        break;
    }
}

} // namespace

int referenceData(const uint8_t *data, size_t size)
{
    (void)referenceWorld();  // built by the first call (the fuzz binaries make an empty one)
    if (size < 1)
        return 0;
    const auto loader = Loader(data[0] % uint8_t(Loader::Count));
    load(loader, QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    return 0;
}

} // namespace Qadam::Fuzz
