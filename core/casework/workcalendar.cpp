// The Kazakhstan working-day calendar: parsed from the kz_calendar dictionary into a day table
// (one flag byte per day from 2000 to 2100 and a running count of working days), so the deadline
// engine's questions — is this a working day, the previous one, how many since — cost O(1).
#include "workcalendar.h"

#include "store/database.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;
constexpr quint8 kWorking = 1;
constexpr quint8 kUnconfirmed = 2;
constexpr int kMaxSteps = 400; ///< a year and a bit: no real calendar has a longer run of days off

Error bad(const QString &where, const QString &why)
{
    return Error::make(Error::Invalid, u"kz_calendar: %1: %2"_s.arg(where, why));
}

/** One day a holiday falls on, before weekend moves. */
struct Occurrence
{
    QDate date;
    bool moves = false;
    bool verified = true;
};

/** A transfer of a day off (Labour Code Art. 85 p3). */
struct Transfer
{
    QDate workingDay;
    QDate dayOff;
    bool verified = true;
};

/** The parsed dictionary, before it becomes a day table. */
struct Spec
{
    QSet<int> weekend = { 6, 7 };
    QList<ReferenceEntry> holidays;
    QHash<QString, QList<Occurrence>> movableDates; ///< holiday code → dated occurrences
    QList<Transfer> transfers;
    QSet<int> years;
};

QDate isoDate(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
}

Status parseWeekend(const ReferenceEntry &e, Spec &spec)
{
    spec.weekend.clear();
    for (const QJsonValue &v : e.data.value(u"weekdays"_s).toArray()) {
        const int day = v.toInt(0);
        if (day < 1 || day > 7)
            return bad(e.code, u"weekdays are ISO numbers 1 to 7"_s);
        spec.weekend.insert(day);
    }
    return {};
}

Status parseHoliday(const ReferenceEntry &e, Spec &spec)
{
    if (e.data.value(u"movable"_s).toBool())
        return {}; // dated by the year entries
    const QJsonArray dates = e.data.value(u"dates"_s).toArray();
    if (dates.isEmpty())
        return bad(e.code, u"a holiday needs dates \"MM-dd\""_s);
    for (const QJsonValue &v : dates)
        if (!QDate::fromString(u"2000-"_s + v.toString(), Qt::ISODate).isValid())
            return bad(e.code, u"dates are \"MM-dd\""_s);
    spec.holidays << e;
    return {};
}

Status parseYear(const ReferenceEntry &e, Spec &spec)
{
    const int year = e.data.value(u"year"_s).toInt(0);
    if (e.code != u"year."_s + QString::number(year))
        return bad(e.code, u"a year entry is coded year.YYYY and names its year"_s);
    spec.years.insert(year);
    for (const QJsonValue &v : e.data.value(u"movable"_s).toArray()) {
        const QJsonObject m = v.toObject();
        const QDate date = isoDate(m.value(u"date"_s));
        if (!date.isValid() || date.year() != year || m.value(u"holiday"_s).toString().isEmpty())
            return bad(e.code, u"a movable holiday needs its code and a date in the year"_s);
        spec.movableDates[m.value(u"holiday"_s).toString()]
            << Occurrence { date, false, m.value(u"verified"_s).toBool() };
    }
    for (const QJsonValue &v : e.data.value(u"transfers"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const Transfer transfer { isoDate(t.value(u"workingDay"_s)), isoDate(t.value(u"dayOff"_s)),
            t.value(u"verified"_s).toBool() };
        if (!transfer.workingDay.isValid() || !transfer.dayOff.isValid())
            return bad(e.code, u"a transfer needs workingDay and dayOff dates"_s);
        spec.transfers << transfer;
    }
    return {};
}

Result<Spec> parseSpec(const QList<ReferenceEntry> &entries)
{
    Spec spec;
    for (const ReferenceEntry &e : entries) {
        const QString kind = e.data.value(u"kind"_s).toString();
        Status s = kind == u"weekend" ? parseWeekend(e, spec)
            : kind == u"holiday"      ? parseHoliday(e, spec)
            : kind == u"year"         ? parseYear(e, spec)
                                      : Status(bad(e.code, u"unknown kind '%1'"_s.arg(kind)));
        if (!s.ok())
            return s.error();
    }
    return spec;
}

bool validOn(const ReferenceEntry &e, QDate date)
{
    return (!e.validFrom.isValid() || e.validFrom <= date) && (!e.validTo.isValid() || date < e.validTo);
}

/** Every day a holiday falls on in the table's years, in date order. */
QList<Occurrence> occurrences(const Spec &spec)
{
    QList<Occurrence> out;
    for (const ReferenceEntry &e : spec.holidays) {
        const bool moves = e.data.value(u"movesOffWeekend"_s).toBool();
        const bool verified = e.data.value(u"verified"_s).toBool(true);
        for (int year = kFirstYear; year <= kLastYear; ++year)
            for (const QJsonValue &v : e.data.value(u"dates"_s).toArray()) {
                const QDate date
                    = QDate::fromString(QString::number(year) + u'-' + v.toString(), Qt::ISODate);
                if (date.isValid() && validOn(e, date))
                    out << Occurrence { date, moves, verified };
            }
    }
    for (auto it = spec.movableDates.cbegin(); it != spec.movableDates.cend(); ++it)
        out << it.value();
    std::sort(
        out.begin(), out.end(), [](const Occurrence &a, const Occurrence &b) { return a.date < b.date; });
    return out;
}

} // namespace

/** The day table: one flag byte per day and the running count of working days before each. */
struct WorkCalendar::Data
{
    int version = 0;
    qint64 firstJd = QDate(kFirstYear, 1, 1).toJulianDay();
    std::vector<quint8> flags;
    std::vector<qint32> workingBefore; ///< working days among indices [0, i); size flags + 1
    QSet<int> weekend = { 6, 7 };
    QSet<int> years;

    [[nodiscard]] qint64 index(QDate d) const
    {
        const qint64 i = d.toJulianDay() - firstJd;
        return i >= 0 && i < qint64(flags.size()) ? i : -1;
    }
    [[nodiscard]] bool isWeekend(QDate d) const { return weekend.contains(d.dayOfWeek()); }
    void set(QDate d, bool working, bool verified)
    {
        const qint64 i = index(d);
        if (i < 0)
            return;
        flags[i]
            = quint8((working ? kWorking : 0) | (flags[i] & kUnconfirmed) | (verified ? 0 : kUnconfirmed));
    }
    void build(const Spec &spec);
    void markHolidays(const QList<Occurrence> &holidays);
};

void WorkCalendar::Data::build(const Spec &spec)
{
    weekend = spec.weekend;
    years = spec.years;
    const QDate first(kFirstYear, 1, 1);
    flags.assign(size_t(first.daysTo(QDate(kLastYear, 12, 31)) + 1), 0);
    for (size_t i = 0; i < flags.size(); ++i)
        flags[i] = isWeekend(first.addDays(qint64(i))) ? 0 : kWorking;
    markHolidays(occurrences(spec));
    for (const Transfer &t : spec.transfers) {
        set(t.workingDay, true, t.verified);
        set(t.dayOff, false, t.verified);
    }
    workingBefore.assign(flags.size() + 1, 0);
    for (size_t i = 0; i < flags.size(); ++i)
        workingBefore[i + 1] = workingBefore[i] + ((flags[i] & kWorking) ? 1 : 0);
}

void WorkCalendar::Data::markHolidays(const QList<Occurrence> &holidays)
{
    QSet<qint64> holidayDays;
    for (const Occurrence &o : holidays) {
        set(o.date, false, o.verified);
        holidayDays.insert(o.date.toJulianDay());
    }
    // A holiday on a weekend gives the next weekday that is neither a holiday nor already given off.
    QSet<qint64> given;
    for (const Occurrence &o : holidays) {
        if (!o.moves || !isWeekend(o.date))
            continue;
        QDate d = o.date.addDays(1);
        while (isWeekend(d) || holidayDays.contains(d.toJulianDay()) || given.contains(d.toJulianDay()))
            d = d.addDays(1);
        given.insert(d.toJulianDay());
        set(d, false, o.verified);
    }
}

WorkCalendar::WorkCalendar()
    : m_data(std::make_shared<Data>())
{ }

Result<WorkCalendar> WorkCalendar::fromEntries(const QList<ReferenceEntry> &entries, int version)
{
    auto spec = parseSpec(entries);
    if (!spec.ok())
        return spec.error();
    auto data = std::make_shared<Data>();
    data->version = version;
    data->build(spec.value());
    return WorkCalendar(std::move(data));
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &d : root.value(u"dictionaries"_s).toArray()) {
        const QJsonObject dictionary = d.toObject();
        if (dictionary.value(u"name"_s).toString() != QStringView(kDictionary))
            continue;
        QList<ReferenceEntry> entries;
        for (const QJsonValue &v : dictionary.value(u"entries"_s).toArray()) {
            const QJsonObject o = v.toObject();
            ReferenceEntry e;
            e.dictionary = QString::fromUtf16(kDictionary);
            e.code = o.value(u"code"_s).toString();
            e.validFrom = isoDate(o.value(u"validFrom"_s));
            e.validTo = isoDate(o.value(u"validTo"_s));
            e.data = o.value(u"data"_s).toObject();
            entries << e;
        }
        return fromEntries(entries, dictionary.value(u"version"_s).toInt(0));
    }
    return bad(u"document"_s, u"no kz_calendar dictionary"_s);
}

Result<WorkCalendar> WorkCalendar::builtIn()
{
    static const Result<WorkCalendar> calendar = [] {
        QFile file(QString::fromUtf16(kResource));
        if (!file.open(QIODevice::ReadOnly))
            return Result<WorkCalendar>(Error::make(Error::Storage, u"built-in calendar missing"_s));
        return fromJson(file.readAll());
    }();
    return calendar;
}

Result<WorkCalendar> WorkCalendar::load(Database &db)
{
    const QString name = QString::fromUtf16(kDictionary);
    auto stored = ReferenceData::version(db, name);
    if (!stored.ok())
        return stored.error();
    auto bundled = builtIn();
    if (stored.value() == 0 || (bundled.ok() && stored.value() <= bundled.value().version()))
        return bundled;
    auto entries = ReferenceData::entries(db, name);
    if (!entries.ok())
        return entries.error();
    return fromEntries(entries.value(), stored.value());
}

Status WorkCalendar::importUpdate(Database &db, const QByteArray &json, qint64 nowMs)
{
    if (auto parsed = fromJson(json); !parsed.ok())
        return parsed.error();
    return ReferenceData::import(db, json, nowMs);
}

int WorkCalendar::version() const
{
    return m_data->version;
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    const qint64 i = m_data->index(date);
    if (i >= 0)
        return m_data->flags[size_t(i)] & kWorking;
    return date.isValid() && !m_data->isWeekend(date);
}

bool WorkCalendar::isConfirmed(QDate date) const
{
    const qint64 i = m_data->index(date);
    return i >= 0 && covers(date) && !(m_data->flags[size_t(i)] & kUnconfirmed);
}

bool WorkCalendar::covers(QDate date) const
{
    return m_data->years.contains(date.year());
}

QDate WorkCalendar::workingDayOnOrAfter(QDate date) const
{
    for (int step = 0; date.isValid() && step < kMaxSteps; ++step, date = date.addDays(1))
        if (isWorkingDay(date))
            return date;
    return {};
}

QDate WorkCalendar::workingDayOnOrBefore(QDate date) const
{
    for (int step = 0; date.isValid() && step < kMaxSteps; ++step, date = date.addDays(-1))
        if (isWorkingDay(date))
            return date;
    return {};
}

QDate WorkCalendar::addWorkingDays(QDate date, int n) const
{
    for (int found = 0; found < n && date.isValid();) {
        date = workingDayOnOrAfter(date.addDays(1));
        ++found;
    }
    return date;
}

int WorkCalendar::workingDaysBetween(QDate after, QDate upTo) const
{
    if (!after.isValid() || !upTo.isValid() || upTo <= after)
        return 0;
    const qint64 a = m_data->index(after);
    const qint64 b = m_data->index(upTo);
    if (a >= 0 && b >= 0)
        return m_data->workingBefore[size_t(b) + 1] - m_data->workingBefore[size_t(a) + 1];
    int count = 0;
    for (QDate d = after.addDays(1); d <= upTo; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

} // namespace Qadam
