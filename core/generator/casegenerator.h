#pragma once

#include "namebank.h"
#include "recordwriter.h"
#include "vocabulary.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Qadam {

class SeededRandom;
class Staffing;
struct Provider;

/** A due date and whether what was due happened (appearance attended, measure delivered). */
struct DueItem
{
    QDate due;
    bool done = false;
};

/** What the records of one case need to know about each other while the case is written. */
struct CaseFile
{
    QString personId;
    int region = 0;
    bool kazakh = true; ///< staff write this case's notes in Kazakh, else in Russian
    Author officer; ///< probation officer in charge
    Author police; ///< police preventive officer
    Author supervisor;
    QDate opened; ///< release, return or first contact
    int sessionBudget = 0; ///< counselling sessions left to spend on this case
    QString orderId;
    QDate orderStart;
    QDate orderEnd;
    QDate appearancesUntil; ///< last day appearances are due (order ended, stopped or today)
    int policeDay = 0; ///< fixed day of the month the police appearance is due; 0: month end
    int probationDay = 0; ///< the same for the probation appearance
    QString programmeId;
    QString templateCategory; ///< AssistanceProgramme.personCategory: the template the programme follows
    QString counsellingConsentId;
    QDate counsellingConsentOn;   ///< referrals under that consent start no earlier
    QStringList domains; ///< need domains of the programme
    int referralsLeft = 0; ///< referrals still to write; each takes its share of sessionBudget
    QList<DueItem> appearances;
    QList<DueItem> measures;
    QList<QDate> sessions;
};

/**
 * Writes synthetic cases, one household at a time: a released convict under administrative
 * supervision (with a relative as supporter now and then), a returnee mother with children, a
 * woman at risk, or a young person in voluntary prevention. Each case gets the records DOMAIN.md
 * describes, dated consistently up to `today`, with about `eventsPerPerson` events (appearances,
 * sessions, reviews, alerts, status changes, shares) a person on average. Household 0 is a
 * showcase that has every kind of record, so even a tiny data set fills every table.
 * Used on the generator's thread only.
 */
class CaseGenerator
{
public:
    CaseGenerator(RecordWriter &writer, SeededRandom &rng, const Staffing &staffing, const QDate &today,
        int eventsPerPerson);

    /** Writes household number `index` with at most `room` people; returns how many it wrote. */
    int writeHousehold(int index, int room);

private:
    // Households and people (casegenerator.cpp)
    int convictHousehold(int room);
    int returneeHousehold(int room);
    int supportHousehold(const QString &categories, Sex sex);
    CaseFile openCase(double budgetFactor);
    QString writePerson(
        CaseFile &c, const Family &family, Sex sex, const QDate &born, const QString &categories);
    void writeRelationship(const QString &personId, const QString &relatedId, const QString &kind,
        bool supporter, const CaseFile &c);
    void writeRelative(const CaseFile &convict, const Family &family);
    void writeChild(const CaseFile &mother, const Family &family, const QDate &motherBorn);
    void writeSentence(CaseFile &c, const QDate &verdict, const QDate &release);
    void writeOrder(CaseFile &c, const QString &convictionId, const QDate &release);
    void writeOrderHistory(
        const CaseFile &c, const QString &status, const QDate &changedOn, const QString &decisionNumber);
    void writeSuspension(const CaseFile &c, const QDate &from, bool ended);
    void writeStatusChange(const CaseFile &c, const QString &from, const QString &to, const QDate &on,
        const QString &decisionNumber);
    void writeRestrictions(const CaseFile &c);
    QString writeDocument(const CaseFile &c, const QString &kind, const QString &title, const QDate &on);
    QString writeConsent(
        const CaseFile &c, const QString &purpose, const QDate &on, const QString &givenBy = {});

    // Programme, referrals, sessions, appearances, reviews, alerts (caseactivity.cpp)
    void writeProgramme(CaseFile &c, const QStringList &domains);
    QString writeProgrammeVersion(const CaseFile &c, int versionNo, const QString &status,
        const QDate &drafted, const QString &supersedes);
    void writeNeed(CaseFile &c, const Intervention &intervention, const QDate &drafted);
    QString writeMeasure(CaseFile &c, const QString &goalId, const QString &intervention,
        const QString &providerId, const QString &counsellorId, const QDate &drafted);
    void writeReferral(CaseFile &c, const QString &measureId, const Provider &provider,
        const Author &counsellor, const QDate &start);
    void writeSessions(CaseFile &c, const QString &referralId, const Author &counsellor, const QDate &from,
        const QDate &to, int count);
    void writeSession(CaseFile &c, const QString &referralId, const Author &counsellor, const QDate &on);
    void describeSessionState(RecordDraft &d, const CaseFile &c, bool risk);
    [[nodiscard]] static QDate appearanceDue(const CaseFile &c, const QDate &month, int dueDay);
    [[nodiscard]] QDate overdueMonth(const CaseFile &c);
    void writeAppearances(CaseFile &c);
    void writeAppearance(
        CaseFile &c, const QString &channel, const QDate &month, int dueDay, double compliance);
    void describeOutcome(RecordDraft &d, const CaseFile &c, const QString &outcome, bool police,
        const QDate &recorded, const QDate &due);
    void writeReviews(CaseFile &c);
    QString writeReview(const CaseFile &c, const QDate &from, const QDate &to, const QString &previous,
        QJsonObject &ratings, bool awaitingSignOff);
    [[nodiscard]] QJsonObject reviewIndicators(const CaseFile &c, const QDate &from, const QDate &to) const;
    void writeAlert(const CaseFile &c, const QString &kind, const QDate &raisedOn,
        const QString &sourceEntity, const QString &sourceId, const QString &obligationKey = {});
    void writeShare(const CaseFile &c);

    /** True with probability `p`, always true in the showcase household. */
    [[nodiscard]] bool likely(double p);
    /** An office-hours timestamp on `day`, never after today. */
    [[nodiscard]] qint64 at(const QDate &day);
    [[nodiscard]] const Author &counsellorOf(const Provider &provider);
    /** A sentence staff write, in the language of the case. */
    [[nodiscard]] QString say(const CaseFile &c, Vocabulary::Text text);

    RecordWriter &m_writer;
    SeededRandom &m_rng;
    const Staffing &m_staffing;
    QDate m_today;
    int m_eventsPerPerson;
    bool m_showcase = false;
    QSet<QString> m_overdueShown;  ///< officers who have a case with an unrecorded appearance
    QSet<QString> m_signOffShown;  ///< supervisors who have a review waiting for their sign-off
};

} // namespace Qadam
