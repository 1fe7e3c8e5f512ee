#pragma once

#include "domain/referencedata.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <memory>

namespace Qadam {

class Database;

/**
 * The Kazakhstan working-day calendar the Art. 172 p9 deadline engine counts in: weekends,
 * public holidays (a holiday on a weekend gives the next working day off, except the religious
 * ones), the movable Kurban Ait per year and the yearly transfers of days off (a Saturday or
 * Sunday made a working day in exchange for a bridge day).
 *
 * The calendar is DATA: the reference dictionary `kz_calendar` (ReferenceData format 1), bundled
 * at :/qadam/data/kz_calendar.json and updatable without a release by importing a newer version
 * into the store (importUpdate). load() uses the newer of the store's and the bundled version.
 * Entries (all with kk/ru/en labels):
 *   - "weekend": data {"kind": "weekend", "weekdays": [6, 7]} (ISO weekday numbers);
 *   - a holiday: data {"kind": "holiday", "dates": ["MM-dd", …], "movesOffWeekend": bool}, valid over
 *     the entry's validFrom/validTo; a movable one ({"movable": true}) takes its dates from the years;
 *   - "year.YYYY": data {"kind": "year", "year": YYYY, "movable": [{"holiday": code, "date": ISO,
 *     "verified": bool}], "transfers": [{"workingDay": ISO, "dayOff": ISO, "verified": bool}]}.
 * A year without a "year.YYYY" entry is computed from the recurring holidays only (covers() is
 * false for it); a date that depends on an unverified entry is not isConfirmed().
 *
 * Immutable value, cheap to copy (shared data); every query is O(1) or a few steps, so the
 * engine can ask per obligation. Thread-safe for reading.
 */
class WorkCalendar
{
public:
    static constexpr auto kResource = u":/qadam/data/kz_calendar.json";
    static constexpr auto kDictionary = u"kz_calendar";

    /** Saturdays and Sundays off, no holidays: a neutral calendar for tests of other rules. */
    WorkCalendar();

    /** Parses a calendar document (ReferenceData format 1 holding the kz_calendar dictionary). */
    [[nodiscard]] static Result<WorkCalendar> fromJson(const QByteArray &json);
    /** Builds a calendar from dictionary entries (as ReferenceData::entries returns them). */
    [[nodiscard]] static Result<WorkCalendar> fromEntries(const QList<ReferenceEntry> &entries, int version);
    /** The calendar bundled with this build (parsed once). */
    [[nodiscard]] static Result<WorkCalendar> builtIn();
    /** The newer of the calendar imported into `db` and the bundled one. */
    [[nodiscard]] static Result<WorkCalendar> load(Database &db);
    /** Checks `json` as a calendar, then imports it as reference data when its version is newer
     *  than the stored one. A malformed calendar is Error::Invalid and writes nothing. */
    [[nodiscard]] static Status importUpdate(Database &db, const QByteArray &json, qint64 nowMs);

    [[nodiscard]] int version() const;
    [[nodiscard]] bool isWorkingDay(QDate date) const;
    /** False when the date's kind rests on an unverified entry or its year is not covered. */
    [[nodiscard]] bool isConfirmed(QDate date) const;
    /** Whether the data lists the date's year (its movable holidays and transfers are known). */
    [[nodiscard]] bool covers(QDate date) const;

    /** The first working day on or after `date`. */
    [[nodiscard]] QDate workingDayOnOrAfter(QDate date) const;
    /** The last working day on or before `date`. */
    [[nodiscard]] QDate workingDayOnOrBefore(QDate date) const;
    /** The n-th working day after `date` (n ≥ 1); `date` itself when n is 0. */
    [[nodiscard]] QDate addWorkingDays(QDate date, int n) const;
    /** How many working days lie in (after, upTo]; 0 when upTo ≤ after. */
    [[nodiscard]] int workingDaysBetween(QDate after, QDate upTo) const;

    struct Data;

private:
    explicit WorkCalendar(std::shared_ptr<const Data> data)
        : m_data(std::move(data))
    { }
    std::shared_ptr<const Data> m_data;
};

} // namespace Qadam
