// Households and people: who the cases are about, their sentences and supervision orders.
// The programme, referrals, sessions, appearances, reviews and alerts are in caseactivity.cpp.

#include "casegenerator.h"

#include "seededrandom.h"
#include "staffing.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using Vocabulary::Text;

// Average events a case of each kind gets, as a multiple of eventsPerPerson; relatives get none.
// Calibrated so that a whole data set has about eventsPerPerson events a person.
constexpr double kConvictEvents = 1.72;
constexpr double kSupportEvents = 1.1;
constexpr double kChildEvents = 0.4;
constexpr double kYouthEvents = 0.78;
/** Events a month of supervision costs: two appearances, a review a quarter, some alerts. */
constexpr double kSupervisedEventsPerMonth = 2.0 + 1.0 / 3 + 0.1;
/** Events a month of support (no order) costs: a session or so and a review a quarter. */
constexpr double kSupportEventsPerMonth = 1.0 + 1.0 / 3;

const QDate kAdultsBornFrom(1970, 1, 1);
const QDate kAdultsBornTo(2005, 12, 31);

int checkDigit(const QString &eleven, int firstWeight)
{
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += eleven.at(i).digitValue() * ((firstWeight - 1 + i) % 11 + 1);
    return sum % 11;
}

/** A synthetic IIN: birth date (yyMMdd), century-and-sex digit, random serial, check digit. */
QString syntheticIin(const QDate &born, Sex sex, SeededRandom &rng)
{
    const int centurySex = (born.year() < 2000 ? 3 : 5) + (sex == Sex::Female ? 1 : 0);
    while (true) {
        const QString eleven = born.toString(u"yyMMdd"_s) + QString::number(centurySex)
            + u"%1"_s.arg(rng.below(10000), 4, 10, QChar(u'0'));
        int check = checkDigit(eleven, 1);
        if (check == 10)
            check = checkDigit(eleven, 3);
        if (check < 10)
            return eleven + QString::number(check);
    }
}

QDate monthStart(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

/** Picks the day a case opened so that it has `months` calendar months of history up to today. */
QDate openedForMonths(const QDate &today, int months, SeededRandom &rng)
{
    const QDate first = monthStart(today).addMonths(-(months - 1));
    return rng.dateBetween(first, std::min(first.addMonths(1).addDays(-1), today));
}

QString documentHash(SeededRandom &rng)
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += u"%1"_s.arg(rng.next(), 16, 16, QChar(u'0'));
    return hex;
}

QString consentScope(const QString &purpose, bool kazakh)
{
    if (purpose == u"data_processing")
        return kazakh ? u"Ресоциализация мақсатында дербес деректерді өңдеу."_s
                      : u"Обработка персональных данных в целях ресоциализации."_s;
    return kazakh ? u"Жолдама бойынша кеңес алу және нәтиже туралы қысқаша ақпарат беру."_s
                  : u"Консультации по направлению и краткая информация о результате."_s;
}

/** An order's final status and the day it took effect (for anything but in_force). */
struct OrderPlan
{
    QString status;
    QDate changedOn;
};

/** Decides how an order ends up: mostly in force, now and then extended, terminated, suspended or
 *  expired. Sets the last day appearances are due and, when extended, the new end. */
OrderPlan planOrder(CaseFile &c, SeededRandom &rng, const QDate &today, bool showcase)
{
    c.appearancesUntil = std::min(today, c.orderEnd);
    const double roll = rng.unit();
    const bool longEnough = c.orderStart.addMonths(2) < today;
    if (showcase || (roll < 0.04 && longEnough)) {
        c.orderEnd = c.orderEnd.addMonths(rng.between(6, 12));
        c.appearancesUntil = std::min(today, c.orderEnd);
        return { u"extended"_s, rng.dateBetween(c.orderStart.addMonths(1), today) };
    }
    if (roll < 0.08 && longEnough) {
        c.appearancesUntil = rng.dateBetween(c.orderStart.addMonths(1), today.addDays(-1));
        return { roll < 0.06 ? u"terminated"_s : u"suspended"_s, c.appearancesUntil.addDays(1) };
    }
    if (c.orderEnd < today)
        return { u"expired"_s, c.orderEnd.addDays(1) };
    return { u"in_force"_s, QDate() };
}

/** The Art. 172 p9 deadline rule of one channel: a fixed day of the month, or the month's end (0). */
void setDeadlineRule(RecordDraft &d, const QString &channel, int fixedDay)
{
    d.set(channel + u"Rule"_s, fixedDay > 0 ? u"fixed_day"_s : u"calendar_month"_s);
    if (fixedDay > 0)
        d.number(channel + u"FixedDay"_s, fixedDay);
}

} // namespace

CaseGenerator::CaseGenerator(RecordWriter &writer, SeededRandom &rng, const Staffing &staffing,
    const QDate &today, int eventsPerPerson)
    : m_writer(writer)
    , m_rng(rng)
    , m_staffing(staffing)
    , m_today(today)
    , m_eventsPerPerson(eventsPerPerson)
{ }

bool CaseGenerator::likely(double p)
{
    const bool roll = m_rng.chance(p);
    return m_showcase || roll;
}

qint64 CaseGenerator::at(const QDate &day)
{
    return officeTimeMs(std::min(day, m_today), m_rng);
}

int CaseGenerator::writeHousehold(int index, int room)
{
    m_showcase = index == 0;
    if (m_showcase)
        return convictHousehold(room);
    switch (m_rng.weighted({ 62, 8, 8, 17 })) {
    case 0:
        return convictHousehold(room);
    case 1:
        return returneeHousehold(room);
    case 2:
        return supportHousehold(u"woman_at_risk"_s, Sex::Female);
    default:
        return supportHousehold(u"youth_prevention"_s, m_rng.chance(0.7) ? Sex::Male : Sex::Female);
    }
}

CaseFile CaseGenerator::openCase(double budgetFactor)
{
    QList<int> weights;
    for (const Region &r : Vocabulary::regions())
        weights << r.weight;
    CaseFile c;
    c.region = m_rng.weighted(weights);
    const RegionStaff &staff = m_staffing.region(c.region);
    c.officer = m_rng.pick(staff.probationOfficers);
    c.police = m_rng.pick(staff.policeOfficers);
    c.supervisor = m_rng.pick(staff.supervisors);
    c.sessionBudget = std::max(1, int(std::lround(m_eventsPerPerson * budgetFactor * (0.5 + m_rng.unit()))));
    return c;
}

QString CaseGenerator::writePerson(
    CaseFile &c, const Family &family, Sex sex, const QDate &born, const QString &categories)
{
    const PersonName n = NameBank::member(m_rng, family, sex);
    const Region &region = Vocabulary::regions().at(c.region);
    c.kazakh = family.ethnicity == Ethnicity::Kazakh && m_rng.chance(0.65);
    RecordDraft d(u"Person"_s);
    d.set(u"surnameCyr"_s, n.surnameCyr).set(u"givenNameCyr"_s, n.givenNameCyr);
    d.set(u"patronymicCyr"_s, n.patronymicCyr).set(u"surnameLat"_s, n.surnameLat);
    d.set(u"givenNameLat"_s, n.givenNameLat).set(u"patronymicLat"_s, n.patronymicLat);
    const bool minimalData = categories.contains(u"youth_prevention"_s); // voluntary: no IIN, no address
    if (!minimalData && m_rng.chance(0.9))
        d.set(u"iin"_s, syntheticIin(born, sex, m_rng));
    if (!minimalData)
        d.set(u"residenceAddress"_s,
            u"г. %1, %2, д. %3, кв. %4"_s.arg(region.cityRu, m_rng.pick(Vocabulary::streets()))
                .arg(m_rng.between(1, 120))
                .arg(m_rng.between(1, 200)));
    d.date(u"birthDate"_s, born).set(u"sex"_s, sex == Sex::Female ? u"female"_s : u"male"_s);
    d.set(u"preferredLanguage"_s, c.kazakh ? u"kk"_s : u"ru"_s).set(u"residenceTerritory"_s, region.code);
    d.set(u"categoryFlags"_s, categories)
        .set(u"caseStatus"_s, m_rng.chance(0.97) ? u"active"_s : u"transferred"_s);
    d.set(u"caseOfficerId"_s, c.officer.staffId);
    c.personId = m_writer.write(d, at(c.opened), c.officer);
    return c.personId;
}

void CaseGenerator::writeRelationship(
    const QString &personId, const QString &relatedId, const QString &kind, bool supporter, const CaseFile &c)
{
    RecordDraft d(u"Relationship"_s);
    d.set(u"personId"_s, personId).set(u"relatedPersonId"_s, relatedId).set(u"kind"_s, kind);
    d.flag(u"supporter"_s, supporter);
    m_writer.write(d, at(c.opened), c.officer);
}

QString CaseGenerator::writeDocument(
    const CaseFile &c, const QString &kind, const QString &title, const QDate &on)
{
    const QString sha = documentHash(m_rng);
    RecordDraft d(u"Document"_s);
    d.set(u"personId"_s, c.personId).set(u"kind"_s, kind).set(u"title"_s, title);
    d.set(u"mimeType"_s, m_rng.chance(0.8) ? u"application/pdf"_s : u"image/jpeg"_s);
    d.number(u"sizeBytes"_s, m_rng.between(30'000, 2'500'000)).set(u"sha256"_s, sha);
    d.set(u"storageRef"_s, u"att/"_s + sha);
    return m_writer.write(d, at(on), c.officer);
}

QString CaseGenerator::writeConsent(
    const CaseFile &c, const QString &purpose, const QDate &on, const QString &givenBy)
{
    const bool written = !givenBy.isEmpty() || m_rng.chance(0.85);
    const QString form = written
        ? writeDocument(c, u"consent_form"_s, c.kazakh ? u"Келісім"_s : u"Согласие"_s, on)
        : QString();
    RecordDraft d(u"ConsentRecord"_s);
    d.set(u"personId"_s, c.personId)
        .set(u"purpose"_s, purpose)
        .set(u"scope"_s, consentScope(purpose, c.kazakh));
    d.set(u"basis"_s,
        !givenBy.isEmpty() ? u"legal_representative"_s
            : written      ? u"written"_s
                           : u"oral_recorded"_s);
    d.set(u"givenByPersonId"_s, givenBy).set(u"documentId"_s, form).date(u"givenOn"_s, on);
    d.set(u"recordedBy"_s, c.officer.staffId);
    return m_writer.write(d, at(on), c.officer);
}

// ---- Households ----

int CaseGenerator::convictHousehold(int room)
{
    CaseFile c = openCase(kConvictEvents);
    const int months
        = std::max(m_showcase ? 7 : 1, int(std::lround((c.sessionBudget - 1) / kSupervisedEventsPerMonth)));
    c.sessionBudget = std::max(
        m_showcase ? 3 : 0, c.sessionBudget - 1 - int(std::lround(months * kSupervisedEventsPerMonth)));
    c.opened = openedForMonths(m_today, months, m_rng);
    const QDate release = c.opened.addDays(-m_rng.between(0, 3));
    const QDate verdict = release.addYears(-m_rng.between(2, 9)).addDays(-m_rng.between(0, 200));
    const Sex sex = m_rng.chance(0.88) ? Sex::Male : Sex::Female;
    const Family family = NameBank::family(m_rng, m_rng.chance(0.7) ? Ethnicity::Kazakh : Ethnicity::Russian);
    const QDate born = m_rng.dateBetween(kAdultsBornFrom, std::min(kAdultsBornTo, verdict.addYears(-18)));
    writePerson(c, family, sex, born,
        sex == Sex::Female && m_rng.chance(0.4) ? u"released_convict,woman_at_risk"_s
                                                : u"released_convict"_s);
    c.templateCategory = u"released_convict"_s;
    writeSentence(c, verdict, release);
    writeConsent(c, u"data_processing"_s, c.opened);
    QStringList domains = { u"religious_counselling"_s, u"employment_income"_s };
    for (const QString &extra : { u"documents_legal_status"_s, u"housing"_s, u"family_relationships"_s,
             u"health_mental_health"_s, u"social_network_online"_s })
        if (m_rng.chance(0.3))
            domains << extra;
    writeProgramme(c, domains);
    writeAppearances(c);
    writeReviews(c);
    if (likely(0.1))
        writeShare(c);
    if (room > 1 && likely(0.3)) {
        writeRelative(c, family);
        return 2;
    }
    return 1;
}

int CaseGenerator::returneeHousehold(int room)
{
    CaseFile c = openCase(kSupportEvents);
    const int months = std::max(1, int(std::lround(c.sessionBudget / kSupportEventsPerMonth)));
    c.sessionBudget = std::max(1, c.sessionBudget - months / 3);
    c.opened = openedForMonths(m_today, months, m_rng);
    const Family family = NameBank::family(m_rng, Ethnicity::Kazakh);
    const QDate born = m_rng.dateBetween(QDate(1975, 1, 1), QDate(1998, 12, 31));
    writePerson(c, family, Sex::Female, born, u"returnee,woman_at_risk"_s);
    c.templateCategory = u"returnee_woman"_s;
    writeConsent(c, u"data_processing"_s, c.opened);
    writeProgramme(c,
        { u"documents_legal_status"_s, u"women_child_needs"_s, u"religious_counselling"_s,
            u"health_mental_health"_s });
    writeReviews(c);
    const int children = std::min(room - 1, m_rng.between(1, 4));
    for (int i = 0; i < children; ++i)
        writeChild(c, family, born);
    return 1 + children;
}

int CaseGenerator::supportHousehold(const QString &categories, Sex sex)
{
    const bool youth = categories == u"youth_prevention";
    CaseFile c = openCase(youth ? kYouthEvents : kSupportEvents);
    const int months
        = std::max(1, int(std::lround(c.sessionBudget / (youth ? 1.0 : kSupportEventsPerMonth))));
    c.sessionBudget = std::max(1, c.sessionBudget - (youth ? 0 : months / 3));
    c.opened = openedForMonths(m_today, months, m_rng);
    const Family family = NameBank::family(m_rng, m_rng.chance(0.7) ? Ethnicity::Kazakh : Ethnicity::Russian);
    const QDate born = youth ? m_rng.dateBetween(QDate(2002, 1, 1), QDate(2009, 12, 31))
                             : m_rng.dateBetween(kAdultsBornFrom, kAdultsBornTo);
    writePerson(c, family, sex, born, categories);
    if (youth) {
        c.counsellingConsentId = writeConsent(c, u"youth_prevention"_s, c.opened);
        c.counsellingConsentOn = c.opened;
        const Provider *p
            = m_staffing.provider(c.region, m_rng.chance(0.5) ? u"ngo"_s : u"religious_board"_s, m_rng);
        writeReferral(c, QString(), *p, counsellorOf(*p), c.opened);
        return 1;
    }
    writeConsent(c, u"data_processing"_s, c.opened);
    writeProgramme(c, { u"family_relationships"_s, u"women_child_needs"_s, u"health_mental_health"_s });
    writeReviews(c);
    return 1;
}

void CaseGenerator::writeRelative(const CaseFile &convict, const Family &family)
{
    CaseFile r = convict;
    r.sessionBudget = 0;
    const QString kind = m_rng.chance(0.55) ? u"sibling"_s : u"spouse"_s;
    const Sex sex = kind == u"spouse" ? Sex::Female : (m_rng.chance(0.5) ? Sex::Female : Sex::Male);
    writePerson(r, family, sex, m_rng.dateBetween(kAdultsBornFrom, kAdultsBornTo), u"relative_supporter"_s);
    writeRelationship(convict.personId, r.personId, kind, true, convict);
    writeRelationship(r.personId, convict.personId, kind, false, r);
    writeConsent(r, u"information_sharing"_s, r.opened);
}

void CaseGenerator::writeChild(const CaseFile &mother, const Family &family, const QDate &motherBorn)
{
    CaseFile child = mother;
    child.sessionBudget
        = std::max(1, int(std::lround(m_eventsPerPerson * kChildEvents * (0.5 + m_rng.unit()))));
    const QDate born
        = m_rng.dateBetween(std::max(QDate(2008, 1, 1), motherBorn.addYears(19)), QDate(2019, 12, 31));
    writePerson(child, family, m_rng.chance(0.5) ? Sex::Female : Sex::Male, born, u"returnee_child"_s);
    writeRelationship(mother.personId, child.personId, u"child"_s, false, mother);
    writeRelationship(child.personId, mother.personId, u"parent"_s, true, child);
    writeDocument(child, u"certificate"_s,
        child.kazakh ? u"Туу туралы куәлік"_s : u"Свидетельство о рождении"_s, child.opened);
    child.counsellingConsentId = writeConsent(child, u"counselling"_s, child.opened, mother.personId);
    child.counsellingConsentOn = child.opened;
    const Provider *p = m_staffing.provider(child.region, u"health"_s, m_rng);
    writeReferral(child, QString(), *p, counsellorOf(*p), child.opened);
}

// ---- Sentence and supervision order ----

void CaseGenerator::writeSentence(CaseFile &c, const QDate &verdict, const QDate &release)
{
    QList<int> weights;
    for (const Article &a : Vocabulary::articles())
        weights << a.weight;
    const Article &article = Vocabulary::articles().at(m_rng.weighted(weights));
    const int years = int(verdict.daysTo(release) / 365);
    const Region &region = Vocabulary::regions().at(c.region);
    RecordDraft d(u"Conviction"_s);
    d.set(u"personId"_s, c.personId).set(u"articleCode"_s, article.code).set(u"articlePart"_s, article.part);
    d.number(u"articleDictionaryVersion"_s, 1)
        .date(u"verdictDate"_s, verdict)
        .date(u"releaseDate"_s, release);
    d.set(u"court"_s, u"Специализированный межрайонный суд по уголовным делам, г. "_s + region.cityRu);
    d.set(u"sentence"_s,
        c.kazakh ? u"%1 жылға бас бостандығынан айыру"_s.arg(years)
                 : u"Лишение свободы сроком на %1 %2"_s.arg(years).arg(years < 5 ? u"года"_s : u"лет"_s));
    writeOrder(c, m_writer.write(d, at(c.opened), c.officer), release);
}

void CaseGenerator::writeOrder(CaseFile &c, const QString &convictionId, const QDate &release)
{
    const RegionStaff &staff = m_staffing.region(c.region);
    const QDate decided = release.addDays(-m_rng.between(10, 60));
    const QString number = u"1-%1/%2"_s.arg(m_rng.between(100, 9999)).arg(decided.year());
    c.orderStart = c.opened;
    c.orderEnd = c.orderStart.addYears(m_rng.between(1, 8)).addDays(-1);
    c.policeDay = m_rng.chance(0.7) ? m_rng.between(1, 28) : 0;
    c.probationDay = m_rng.chance(0.7) ? m_rng.between(1, 28) : 0;
    const OrderPlan plan = planOrder(c, m_rng, m_today, m_showcase);
    RecordDraft d(u"SupervisionOrder"_s);
    d.set(u"personId"_s, c.personId).set(u"convictionId"_s, convictionId).set(u"decisionNumber"_s, number);
    d.set(u"court"_s,
        u"Районный суд № %1, г. %2"_s.arg(m_rng.between(1, 3))
            .arg(Vocabulary::regions().at(c.region).cityRu));
    d.date(u"decisionDate"_s, decided).date(u"startsOn"_s, c.orderStart).date(u"endsOn"_s, c.orderEnd);
    d.set(u"status"_s, plan.status).set(u"reportingFrequency"_s, u"once_monthly"_s);
    d.set(u"policeUnitId"_s, staff.policeUnitId).set(u"policeOfficerId"_s, c.police.staffId);
    d.set(u"probationUnitId"_s, staff.probationUnitId).set(u"probationOfficerId"_s, c.officer.staffId);
    setDeadlineRule(d, u"police"_s, c.policeDay);
    setDeadlineRule(d, u"probation"_s, c.probationDay);
    if (plan.status == u"terminated") {
        d.date(u"terminatedOn"_s, plan.changedOn);
        d.set(u"terminationReason"_s, say(c, Text::StatusReason));
    }
    c.orderId = m_writer.write(d, at(c.opened), c.officer);
    writeOrderHistory(c, plan.status, plan.changedOn, number);
    writeRestrictions(c);
    writeDocument(c, u"court_decision"_s,
        (c.kazakh ? u"Сот қаулысы № "_s : u"Постановление суда № "_s) + number, c.opened);
}

/** The order's status history and suspensions. In LocalEdits the casework commands that reach
 *  `status` write the later entries themselves, so only the first is written here. */
void CaseGenerator::writeOrderHistory(
    const CaseFile &c, const QString &status, const QDate &changedOn, const QString &decisionNumber)
{
    writeStatusChange(c, u"draft"_s, u"in_force"_s, c.orderStart, decisionNumber);
    const bool byCommand = m_writer.replaysCommands();
    if (status != u"in_force" && !byCommand)
        writeStatusChange(c, u"in_force"_s, status, changedOn, decisionNumber);
    if (status == u"suspended" && !byCommand)
        writeSuspension(c, changedOn, false);
    if (m_showcase)
        writeSuspension(c, c.orderStart.addDays(20), true);
}

/** A suspension of the order: ongoing (custody, the order is suspended) or a past hospital stay. */
void CaseGenerator::writeSuspension(const CaseFile &c, const QDate &from, bool ended)
{
    RecordDraft d(u"OrderSuspension"_s);
    d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId);
    d.set(u"reason"_s,
        ended ? u"hospital"_s : m_rng.pick(QStringList { u"custody"_s, u"hospital"_s, u"other"_s }));
    d.date(u"startsOn"_s, from).date(u"endsOn"_s, ended ? from.addDays(m_rng.between(5, 20)) : QDate());
    d.set(u"note"_s, say(c, Text::StatusReason));
    m_writer.write(d, at(from), c.officer);
}

void CaseGenerator::writeStatusChange(
    const CaseFile &c, const QString &from, const QString &to, const QDate &on, const QString &decisionNumber)
{
    RecordDraft d(u"OrderStatusChange"_s);
    d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId).set(u"fromStatus"_s, from);
    d.set(u"toStatus"_s, to).date(u"effectiveOn"_s, on).set(u"decisionNumber"_s, decisionNumber);
    d.set(u"reason"_s, say(c, Text::StatusReason));
    m_writer.write(d, at(on), c.officer);
}

void CaseGenerator::writeRestrictions(const CaseFile &c)
{
    QStringList types = Vocabulary::restrictionTypes();
    const int count = m_rng.between(1, 3);
    for (int i = 0; i < count; ++i) {
        const QString type = types.takeAt(m_rng.below(int(types.size())));
        QJsonObject parameters;
        if (type == u"night_at_home")
            parameters = { { u"from"_s, u"22:00"_s }, { u"to"_s, u"06:00"_s } };
        else if (type == u"no_visiting_places")
            parameters = { { u"places"_s, QJsonArray { u"bars"_s, u"nightclubs"_s } } };
        else if (type == u"phone_reporting")
            parameters = { { u"times"_s, QJsonArray { u"20:00"_s } } };
        RecordDraft d(u"OrderRestriction"_s);
        d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId).set(u"typeCode"_s, type);
        d.json(u"parameters"_s, parameters).date(u"validFrom"_s, c.orderStart).date(u"validTo"_s, c.orderEnd);
        m_writer.write(d, at(c.opened), c.officer);
    }
}

} // namespace Qadam
