#pragma once

// A small store with exactly known records for the reporting tests (dashboard queries, the
// statistics CSV, the NGO activity report). Written straight through RecordStore, as if pulled
// from the server. Every name, IIN and note holds a canary the exports must never contain.
//
// Territories: region KZ-AAA with district KZ-AAA-D; region KZ-BBB.
// Units: unitA (officers a1, a2; supervisor supA, territory KZ-AAA), unitB (officer b1;
// supervisor supB, territory KZ-BBB). NGOs: ngo1 "Alpha NGO" (counsellor c1), ngo2 "Beta NGO".
// People (all male, born 1990-06-15, case active, order in force from 2026-01-01, calendar-month
// rules for both channels):
//   A1..A3: officer a1, district KZ-AAA-D; A4..A7: officer a2, KZ-AAA. All released_convict; A5
//   and A6 also returnee. B1..B3: officer b1, KZ-BBB, released_convict.
// Appearances Jan–Mar 2026, both channels, attended on the 15th, except:
//   - Feb police: A7 excused;  Feb probation: A6, A7 excused;
//   - Mar probation: A1, A2 missed (recorded), A3 nothing recorded (missed, still to act on).
// Programmes (active, activated 2026-01-10 unless said):
//   A1: measures done (due 02-10), done (due 02-20), planned (due 03-01, overdue), cancelled;
//       one review 2025-10-01..2025-12-31, not signed off (awaits the sign-off).
//   A2: two measures done (due 02-10); a signed review of 2026-01-01..2026-03-31, so the next
//       is not due yet — everyone else's first review fell due three months after 2026-01-01.
//   A3: under review; one planned measure due 2026-05-01.
//   A4: no measures; an open review_due alert (info).
// Referrals: A1 → ngo1 (counsellor c1) active, 2026-02-01..2026-07-31;
//   A2 → ngo1 completed, 2026-01-05..2026-03-10, outcome reported 2026-03-12;
//   A3 → ngo2 declined, from 2026-02-15; B1 → ngo1 active, 2026-02-01..2026-07-31.
// Sessions: A1 on 02-03, 02-17, 03-02 (amended once: counts once); A2 on 01-10, 02-05, 03-01;
//   B1 on 02-10.
// Alerts: A1 urgent open; A2 warning acknowledged; A3 warning resolved; A4 review_due info
//   open; B1 urgent open.
// As of 2026-04-15.

#include "domain/referencedata.h"
#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QDate>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

namespace Qadam::Test {

using namespace Qt::StringLiterals;

class ReportingFixture
{
public:
    static inline const QString kCanaryName = QStringLiteral("Canarysurname");
    static inline const QString kCanaryIin = QStringLiteral("900615300777");
    static inline const QString kCanaryNote = QStringLiteral("CANARY-NOTE-7f3a");

    static QDate asOf() { return QDate(2026, 4, 15); }

    /** Builds the store; false (with a test failure) when a record cannot be written. */
    bool build(const QString &path)
    {
        m_db = openMigrated(path);
        if (!m_db)
            return false;
        return territories() && directory() && people() && appearances() && programmes() && referrals()
            && alerts() && m_ok;
    }

    Database &db() { return *m_db; }
    void close() { m_db.reset(); }
    /** The record id of a test key ("A1", "supA", "ngo1", …). */
    QString id(const QString &key) const { return m_ids.value(key); }
    QStringList ids(const QStringList &keys) const
    {
        QStringList out;
        for (const QString &k : keys)
            out << id(k);
        out.sort();
        return out;
    }
    Actor actor(const QString &key) const { return Actor { id(key), m_roles.value(key) }; }

private:
    QString put(const QString &entity, const QVariantMap &fields, const QString &key = {})
    {
        Record r;
        r.id = u"018f0000-0000-7000-8000-%1"_s.arg(++m_next, 12, 10, QLatin1Char('0'));
        r.version = 1;
        r.hlc = 1;
        r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
        r.fields = fields;
        const Status s = RecordStore(*m_db).insert(*Schema::builtIn().entity(entity), r);
        if (!s.ok()) {
            m_ok = false;
            QTest::qFail(qPrintable(s.error().detail), __FILE__, __LINE__);
        }
        if (!key.isEmpty())
            m_ids.insert(key, r.id);
        return r.id;
    }

    bool territories()
    {
        const QByteArray json = R"({"format":1,"dictionaries":[{"name":"territory","version":99,"entries":[
            {"code":"KZ-AAA","label":{"kk":"A","ru":"A","en":"Region A"}},
            {"code":"KZ-AAA-D","parentCode":"KZ-AAA","label":{"kk":"D","ru":"D","en":"District D"}},
            {"code":"KZ-BBB","label":{"kk":"B","ru":"B","en":"Region B"}}]}]})";
        return ReferenceData::import(*m_db, json).ok();
    }

    void staff(const QString &key, Role role, const QString &org, const QString &territory = {})
    {
        QVariantMap f { { u"displayName"_s, u"Staff %1"_s.arg(key) }, { u"role"_s, roleName(role) },
            { u"status"_s, u"active"_s }, { u"organisationId"_s, id(org) } };
        if (!territory.isEmpty())
            f.insert(u"territoryCode"_s, territory);
        put(u"StaffUser"_s, f, key);
        m_roles.insert(key, role);
    }

    bool directory()
    {
        const auto org = [this](const QString &key, const QString &name, const QString &kind) {
            put(u"Organisation"_s,
                { { u"nameKk"_s, name }, { u"nameRu"_s, name }, { u"nameEn"_s, name }, { u"kind"_s, kind } },
                key);
        };
        org(u"unitA"_s, u"Unit A"_s, u"probation_service"_s);
        org(u"unitB"_s, u"Unit B"_s, u"probation_service"_s);
        org(u"police"_s, u"Police"_s, u"police"_s);
        org(u"ngo1"_s, u"Alpha NGO"_s, u"ngo"_s);
        org(u"ngo2"_s, u"Beta NGO"_s, u"ngo"_s);
        staff(u"a1"_s, Role::ProbationOfficer, u"unitA"_s);
        staff(u"a2"_s, Role::ProbationOfficer, u"unitA"_s);
        staff(u"b1"_s, Role::ProbationOfficer, u"unitB"_s);
        staff(u"supA"_s, Role::Supervisor, u"unitA"_s, u"KZ-AAA"_s);
        staff(u"supB"_s, Role::Supervisor, u"unitB"_s, u"KZ-BBB"_s);
        staff(u"cop"_s, Role::PoliceOfficer, u"police"_s);
        staff(u"c1"_s, Role::Counsellor, u"ngo1"_s);
        staff(u"admin"_s, Role::Administrator, u"unitA"_s);
        return m_ok;
    }

    void person(const QString &key, const QString &officer, const QString &unit, const QString &territory,
        const QString &categories)
    {
        put(u"Person"_s,
            { { u"surnameCyr"_s, kCanaryName }, { u"givenNameCyr"_s, key }, { u"surnameLat"_s, kCanaryName },
                { u"iin"_s, kCanaryIin }, { u"birthDate"_s, u"1990-06-15"_s }, { u"sex"_s, u"male"_s },
                { u"residenceTerritory"_s, territory }, { u"residenceAddress"_s, kCanaryNote },
                { u"categoryFlags"_s, categories }, { u"caseStatus"_s, u"active"_s },
                { u"caseOfficerId"_s, id(officer) }, { u"notes"_s, kCanaryNote } },
            key);
        put(u"SupervisionOrder"_s,
            { { u"personId"_s, id(key) }, { u"status"_s, u"in_force"_s }, { u"startsOn"_s, u"2026-01-01"_s },
                { u"endsOn"_s, u"2027-12-31"_s }, { u"decisionNumber"_s, kCanaryNote },
                { u"probationOfficerId"_s, id(officer) }, { u"probationUnitId"_s, id(unit) },
                { u"policeOfficerId"_s, id(u"cop"_s) }, { u"policeUnitId"_s, id(u"police"_s) } },
            u"order-"_s + key);
    }

    bool people()
    {
        for (const QString &k : { u"A1"_s, u"A2"_s, u"A3"_s })
            person(k, u"a1"_s, u"unitA"_s, u"KZ-AAA-D"_s, u"released_convict"_s);
        for (const QString &k : { u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s }) {
            const bool returnee = k == u"A5" || k == u"A6";
            person(k, u"a2"_s, u"unitA"_s, u"KZ-AAA"_s,
                returnee ? u"released_convict,returnee"_s : u"released_convict"_s);
        }
        for (const QString &k : { u"B1"_s, u"B2"_s, u"B3"_s })
            person(k, u"b1"_s, u"unitB"_s, u"KZ-BBB"_s, u"released_convict"_s);
        return m_ok;
    }

    void checkIn(const QString &person, const QString &channel, int month, const QString &outcome)
    {
        const QDate due = QDate(2026, month, 1).addMonths(1).addDays(-1);
        QVariantMap f { { u"personId"_s, id(person) }, { u"orderId"_s, id(u"order-"_s + person) },
            { u"channel"_s, channel }, { u"dueOn"_s, due.toString(Qt::ISODate) }, { u"outcome"_s, outcome },
            { u"summary"_s, kCanaryNote } };
        if (outcome == u"attended")
            f.insert(u"occurredOn"_s, QDate(2026, month, 15).toString(Qt::ISODate));
        if (outcome == u"excused")
            f.insert(u"excuseReason"_s, kCanaryNote);
        put(u"CheckIn"_s, f);
    }

    /** The outcome recorded for `person`'s `channel` in `month`; empty: nothing recorded. */
    static QString outcomeOf(const QString &person, const QString &channel, int month)
    {
        if (month == 2 && person == u"A7")
            return u"excused"_s;
        if (month == 2 && channel == u"probation" && person == u"A6")
            return u"excused"_s;
        if (month == 3 && channel == u"probation" && (person == u"A1" || person == u"A2"))
            return u"missed"_s;
        if (month == 3 && channel == u"probation" && person == u"A3")
            return {};
        return u"attended"_s;
    }

    bool appearances()
    {
        const QStringList everyone { u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s, u"B1"_s,
            u"B2"_s, u"B3"_s };
        for (const QString &p : everyone)
            for (const QString &channel : { u"police"_s, u"probation"_s })
                for (int month = 1; month <= 3; ++month)
                    if (const QString outcome = outcomeOf(p, channel, month); !outcome.isEmpty())
                        checkIn(p, channel, month, outcome);
        return m_ok;
    }

    void programme(const QString &person, const QString &status, const QString &activated)
    {
        put(u"AssistanceProgramme"_s,
            { { u"personId"_s, id(person) }, { u"orderId"_s, id(u"order-"_s + person) },
                { u"versionNo"_s, 1 }, { u"status"_s, status }, { u"activatedOn"_s, activated },
                { u"supervisorComment"_s, kCanaryNote } },
            u"prog-"_s + person);
    }

    void measure(const QString &person, const QString &status, const QString &due)
    {
        QVariantMap f { { u"personId"_s, id(person) }, { u"programmeId"_s, id(u"prog-"_s + person) },
            { u"status"_s, status }, { u"dueOn"_s, due }, { u"evidence"_s, kCanaryNote } };
        if (status == u"done")
            f.insert(u"deliveredOn"_s, due);
        put(u"ProgrammeMeasure"_s, f);
    }

    bool programmes()
    {
        programme(u"A1"_s, u"active"_s, u"2026-01-10"_s);
        measure(u"A1"_s, u"done"_s, u"2026-02-10"_s);
        measure(u"A1"_s, u"done"_s, u"2026-02-20"_s);
        measure(u"A1"_s, u"planned"_s, u"2026-03-01"_s);
        measure(u"A1"_s, u"cancelled"_s, u"2026-03-05"_s);
        put(u"ProgressReview"_s,
            { { u"personId"_s, id(u"A1"_s) }, { u"programmeId"_s, id(u"prog-A1"_s) },
                { u"periodStart"_s, u"2025-10-01"_s }, { u"periodEnd"_s, u"2025-12-31"_s } });
        programme(u"A2"_s, u"active"_s, u"2025-09-01"_s);
        put(u"ProgressReview"_s,
            { { u"personId"_s, id(u"A2"_s) }, { u"programmeId"_s, id(u"prog-A2"_s) },
                { u"periodStart"_s, u"2026-01-01"_s }, { u"periodEnd"_s, u"2026-03-31"_s },
                { u"signedOffBy"_s, id(u"supA"_s) }, { u"signedOffAt"_s, 1775000000000LL } });
        measure(u"A2"_s, u"done"_s, u"2026-02-10"_s);
        measure(u"A2"_s, u"done"_s, u"2026-02-10"_s);
        programme(u"A3"_s, u"under_review"_s, u"2026-01-10"_s);
        measure(u"A3"_s, u"planned"_s, u"2026-05-01"_s);
        programme(u"A4"_s, u"active"_s, u"2026-01-10"_s);
        return m_ok;
    }

    void referral(const QString &key, const QString &person, const QString &org, const QString &status,
        const QString &start, const QString &end, const QString &reported = {})
    {
        QVariantMap f { { u"personId"_s, id(person) }, { u"organisationId"_s, id(org) },
            { u"status"_s, status }, { u"termStart"_s, start }, { u"reason"_s, kCanaryNote } };
        if (org == u"ngo1")
            f.insert(u"counsellorId"_s, id(u"c1"_s));
        if (!end.isEmpty())
            f.insert(u"termEnd"_s, end);
        if (!reported.isEmpty())
            f.insert(u"outcomeReportedOn"_s, reported);
        put(u"Referral"_s, f, key);
    }

    QString session(
        const QString &referral, const QString &person, const QString &on, const QString &amends = {})
    {
        QVariantMap f { { u"personId"_s, id(person) }, { u"referralId"_s, id(referral) },
            { u"counsellorId"_s, id(u"c1"_s) }, { u"occurredOn"_s, on }, { u"mode"_s, u"face_to_face"_s },
            { u"confidentialityTier"_s, u"sealed"_s }, { u"notesObservations"_s, kCanaryNote } };
        if (!amends.isEmpty())
            f.insert(u"amendsId"_s, amends);
        return put(u"CounsellingSession"_s, f);
    }

    bool referrals()
    {
        referral(u"rA1"_s, u"A1"_s, u"ngo1"_s, u"active"_s, u"2026-02-01"_s, u"2026-07-31"_s);
        referral(
            u"rA2"_s, u"A2"_s, u"ngo1"_s, u"completed"_s, u"2026-01-05"_s, u"2026-03-10"_s, u"2026-03-12"_s);
        referral(u"rA3"_s, u"A3"_s, u"ngo2"_s, u"declined"_s, u"2026-02-15"_s, {});
        referral(u"rB1"_s, u"B1"_s, u"ngo1"_s, u"active"_s, u"2026-02-01"_s, u"2026-07-31"_s);
        session(u"rA1"_s, u"A1"_s, u"2026-02-03"_s);
        session(u"rA1"_s, u"A1"_s, u"2026-02-17"_s);
        session(u"rA1"_s, u"A1"_s, u"2026-03-02"_s, session(u"rA1"_s, u"A1"_s, u"2026-03-02"_s));
        for (const QString &on : { u"2026-01-10"_s, u"2026-02-05"_s, u"2026-03-01"_s })
            session(u"rA2"_s, u"A2"_s, on);
        session(u"rB1"_s, u"B1"_s, u"2026-02-10"_s);
        return m_ok;
    }

    void alert(const QString &person, const QString &kind, const QString &severity, const QString &status)
    {
        put(u"Alert"_s,
            { { u"personId"_s, id(person) }, { u"kind"_s, kind }, { u"severity"_s, severity },
                { u"status"_s, status }, { u"raisedOn"_s, u"2026-04-01"_s },
                { u"resolutionNote"_s, kCanaryNote } });
    }

    bool alerts()
    {
        alert(u"A1"_s, u"missed_check_in"_s, u"urgent"_s, u"open"_s);
        alert(u"A2"_s, u"overdue_measure"_s, u"warning"_s, u"acknowledged"_s);
        alert(u"A3"_s, u"overdue_measure"_s, u"warning"_s, u"resolved"_s);
        alert(u"A4"_s, u"review_due"_s, u"info"_s, u"open"_s);
        alert(u"B1"_s, u"missed_check_in"_s, u"urgent"_s, u"open"_s);
        return m_ok;
    }

    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_ids;
    QHash<QString, Role> m_roles;
    int m_next = 0;
    bool m_ok = true;
};

} // namespace Qadam::Test
