// Schema::builtIn() against the tables of migration 1, the value types of records.h and the
// rules DOMAIN.md names. A field added on one side only fails here.

#include "domain/recordconvert.h"
#include "domain/records.h"
#include "domain/schema.h"
#include "store/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPersonA = u"0190f1a2-3b4c-7d5e-8f60-000000000001"_s;
const QString kPersonB = u"0190f1a2-3b4c-7d5e-8f60-000000000002"_s;
const QString kStaffA = u"0190f1a2-3b4c-7d5e-8f60-0000000000a1"_s;
const QString kStaffB = u"0190f1a2-3b4c-7d5e-8f60-0000000000b2"_s;
const QString kOther = u"0190f1a2-3b4c-7d5e-8f60-0000000000c3"_s;

const QStringList kCommonColumns = {u"id"_s, u"version"_s, u"hlc"_s, u"created_at"_s, u"created_by"_s,
    u"updated_at"_s, u"updated_by"_s, u"origin_device"_s};

/** The SQLite column type a field is stored as. */
QString sqlType(FieldType t)
{
    switch (t) {
    case FieldType::Integer:
    case FieldType::Boolean:
    case FieldType::Timestamp:
        return u"INTEGER"_s;
    default:
        return u"TEXT"_s;
    }
}

/** The C++ member type a field maps to in records.h. */
int memberType(FieldType t)
{
    switch (t) {
    case FieldType::Date:
        return QMetaType::QDate;
    case FieldType::Integer:
    case FieldType::Timestamp:
        return QMetaType::LongLong;
    case FieldType::Boolean:
        return QMetaType::Bool;
    default:
        return QMetaType::QString;
    }
}

struct Gadget
{
    QString entity;
    const QMetaObject *meta;
};

template<typename... T> QList<Gadget> gadgetsOf(std::tuple<T...> *)
{
    return {Gadget {entityName<T>(), &T::staticMetaObject}...};
}

const QList<Gadget> &gadgets()
{
    static const QList<Gadget> list = gadgetsOf(static_cast<RecordTypes *>(nullptr));
    return list;
}

const EntitySpec &spec(const QString &entity)
{
    const EntitySpec *e = Schema::builtIn().entity(entity);
    Q_ASSERT(e);
    return *e;
}

/** `base` with `changes` applied; a null QVariant removes the field. */
QVariantMap with(QVariantMap base, const QVariantMap &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        it.value().isNull() ? (void)base.remove(it.key()) : (void)base.insert(it.key(), it.value());
    return base;
}

/** One row for a cross-field rule: `failingField` empty means the record passes. */
struct CheckRow
{
    QByteArray name;
    QString entity;
    QVariantMap fields;
    QString failingField;
};

QList<CheckRow> personRows()
{
    const QVariantMap ok = {{u"surnameCyr"_s, u"Серікбаев"_s}, {u"givenNameCyr"_s, u"Нұрлан"_s},
        {u"caseStatus"_s, u"active"_s}, {u"iin"_s, u"900101300123"_s}};
    const QString p = u"Person"_s;
    return {
        {"Person: names and a 12-digit IIN", p, ok, {}},
        {"Person: Latin names only", p,
            with(ok,
                {{u"surnameCyr"_s, {}}, {u"givenNameCyr"_s, {}}, {u"surnameLat"_s, u"Serikbayev"_s},
                    {u"givenNameLat"_s, u"Nurlan"_s}}),
            {}},
        {"Person: IIN with a letter", p, with(ok, {{u"iin"_s, u"90010130012A"_s}}), u"iin"_s},
        {"Person: IIN of 11 digits", p, with(ok, {{u"iin"_s, u"90010130012"_s}}), u"iin"_s},
        {"Person: no surname in any script", p, with(ok, {{u"surnameCyr"_s, {}}}), u"surnameCyr"_s},
        {"Person: no given name in any script", p, with(ok, {{u"givenNameCyr"_s, {}}}), u"givenNameCyr"_s},
    };
}

QList<CheckRow> orderRows()
{
    const QVariantMap conviction = {{u"personId"_s, kPersonA}, {u"articleCode"_s, u"256.2"_s},
        {u"articlePart"_s, u"2"_s}, {u"verdictDate"_s, u"2016-03-01"_s}, {u"releaseDate"_s, u"2021-03-01"_s}};
    const QVariantMap order = {{u"personId"_s, kPersonA}, {u"startsOn"_s, u"2021-03-02"_s},
        {u"endsOn"_s, u"2024-03-01"_s}, {u"status"_s, u"in_force"_s}};
    const QVariantMap change
        = {{u"personId"_s, kPersonA}, {u"orderId"_s, kOther}, {u"fromStatus"_s, u"in_force"_s},
            {u"toStatus"_s, u"extended"_s}, {u"effectiveOn"_s, u"2024-03-01"_s}};
    const QVariantMap restriction
        = {{u"personId"_s, kPersonA}, {u"orderId"_s, kOther}, {u"typeCode"_s, u"night_at_home"_s},
            {u"validFrom"_s, u"2021-03-02"_s}, {u"validTo"_s, u"2022-03-01"_s}};
    const QVariantMap suspension = {{u"personId"_s, kPersonA}, {u"orderId"_s, kOther}, {u"reason"_s, u"hospital"_s},
        {u"startsOn"_s, u"2022-01-10"_s}, {u"endsOn"_s, u"2022-02-20"_s}};
    const QString c = u"Conviction"_s, o = u"SupervisionOrder"_s, s = u"OrderStatusChange"_s,
                  r = u"OrderRestriction"_s, p = u"OrderSuspension"_s;
    return {
        {"Conviction: part agrees with code, release after verdict", c, conviction, {}},
        {"Conviction: release before verdict", c, with(conviction, {{u"releaseDate"_s, u"2015-01-01"_s}}),
            u"releaseDate"_s},
        {"Conviction: part disagrees with code", c, with(conviction, {{u"articleCode"_s, u"256.1"_s}}),
            u"articlePart"_s},
        {"Conviction: part is not a number", c,
            with(conviction, {{u"articleCode"_s, u"256"_s}, {u"articlePart"_s, u"2a"_s}}), u"articlePart"_s},
        {"SupervisionOrder: ends after it starts", o, order, {}},
        {"SupervisionOrder: ends the day it starts", o, with(order, {{u"endsOn"_s, QDate(2021, 3, 2)}}), {}},
        {"SupervisionOrder: ends before it starts", o, with(order, {{u"endsOn"_s, u"2021-03-01"_s}}),
            u"endsOn"_s},
        {"SupervisionOrder: fixed-day rule with its day", o,
            with(order, {{u"probationRule"_s, u"fixed_day"_s}, {u"probationFixedDay"_s, qint64(31)}}), {}},
        {"SupervisionOrder: fixed-day rule without a day", o, with(order, {{u"policeRule"_s, u"fixed_day"_s}}),
            u"policeFixedDay"_s},
        {"SupervisionOrder: fixed day 32", o,
            with(order, {{u"policeRule"_s, u"fixed_day"_s}, {u"policeFixedDay"_s, qint64(32)}}), u"policeFixedDay"_s},
        {"SupervisionOrder: every-N-days rule without N", o, with(order, {{u"probationRule"_s, u"every_n_days"_s}}),
            u"probationEveryDays"_s},
        {"SupervisionOrder: terminated without a date", o, with(order, {{u"status"_s, u"terminated"_s}}),
            u"terminatedOn"_s},
        {"SupervisionOrder: terminated before it started", o,
            with(order, {{u"status"_s, u"terminated"_s}, {u"terminatedOn"_s, u"2020-01-01"_s}}), u"terminatedOn"_s},
        {"OrderSuspension: closed period", p, suspension, {}},
        {"OrderSuspension: still open", p, with(suspension, {{u"endsOn"_s, {}}}), {}},
        {"OrderSuspension: ends before it starts", p, with(suspension, {{u"endsOn"_s, u"2022-01-01"_s}}),
            u"endsOn"_s},
        {"OrderStatusChange: in force to extended", s, change, {}},
        {"OrderStatusChange: to the same status", s, with(change, {{u"toStatus"_s, u"in_force"_s}}),
            u"toStatus"_s},
        {"OrderRestriction: valid period", r, restriction, {}},
        {"OrderRestriction: valid to before valid from", r,
            with(restriction, {{u"validTo"_s, u"2021-01-01"_s}}), u"validTo"_s},
    };
}

QList<CheckRow> programmeRows()
{
    const QVariantMap programme = {{u"personId"_s, kPersonA}, {u"versionNo"_s, qint64(1)},
        {u"status"_s, u"approved"_s}, {u"draftedBy"_s, kStaffA}, {u"approvedBy"_s, kStaffB},
        {u"approvedAt"_s, qint64(1'780'000'000'000)}};
    const QVariantMap measure = {{u"personId"_s, kPersonA}, {u"programmeId"_s, kOther},
        {u"interventionCode"_s, u"housing_support"_s}, {u"status"_s, u"done"_s},
        {u"evidence"_s, u"Договор аренды подписан"_s}, {u"deliveredOn"_s, u"2025-05-05"_s}};
    const QVariantMap referral = {{u"personId"_s, kPersonA}, {u"organisationId"_s, kOther},
        {u"reason"_s, u"Психологическая поддержка"_s}, {u"status"_s, u"active"_s}, {u"consentId"_s, kOther},
        {u"termStart"_s, u"2025-01-10"_s}, {u"termEnd"_s, u"2025-07-10"_s}};
    const QString a = u"AssistanceProgramme"_s, m = u"ProgrammeMeasure"_s, r = u"Referral"_s;
    return {
        {"AssistanceProgramme: approved by another supervisor", a, programme, {}},
        {"AssistanceProgramme: approved by its drafter", a, with(programme, {{u"approvedBy"_s, kStaffA}}),
            u"approvedBy"_s},
        {"AssistanceProgramme: approved without approver", a, with(programme, {{u"approvedBy"_s, {}}}),
            u"approvedBy"_s},
        {"AssistanceProgramme: approved without time", a, with(programme, {{u"approvedAt"_s, {}}}),
            u"approvedAt"_s},
        {"AssistanceProgramme: version 0", a, with(programme, {{u"versionNo"_s, qint64(0)}}), u"versionNo"_s},
        {"AssistanceProgramme: draft without approver", a,
            with(programme, {{u"status"_s, u"draft"_s}, {u"approvedBy"_s, {}}, {u"approvedAt"_s, {}}}), {}},
        {"ProgrammeMeasure: done with date", m, measure, {}},
        {"ProgrammeMeasure: done without date", m, with(measure, {{u"deliveredOn"_s, {}}}), u"deliveredOn"_s},
        {"ProgrammeMeasure: not possible without reason", m,
            with(measure, {{u"status"_s, u"not_possible"_s}, {u"deliveredOn"_s, {}}}), u"notPossibleReason"_s},
        {"ProgrammeMeasure: not possible with reason", m,
            with(measure, {{u"status"_s, u"not_possible"_s}, {u"deliveredOn"_s, {}},
                              {u"notPossibleReason"_s, u"Провайдер закрыт"_s}}), {}},
        {"ProgrammeMeasure: planned without evidence", m,
            with(measure, {{u"status"_s, u"planned"_s}, {u"evidence"_s, {}}, {u"deliveredOn"_s, {}}}), {}},
        {"Referral: active with consent", r, referral, {}},
        {"Referral: active without consent", r, with(referral, {{u"consentId"_s, {}}}), u"consentId"_s},
        {"Referral: sent with consent", r, with(referral, {{u"status"_s, u"sent"_s}}), {}},
        {"Referral: to a counsellor only", r,
            with(referral, {{u"organisationId"_s, {}}, {u"counsellorId"_s, kStaffA}}), {}},
        {"Referral: to nobody", r, with(referral, {{u"organisationId"_s, {}}}), u"organisationId"_s},
        {"Referral: term ends before it starts", r, with(referral, {{u"termEnd"_s, u"2024-12-31"_s}}),
            u"termEnd"_s},
    };
}

QList<CheckRow> eventRows()
{
    const QVariantMap checkIn = {{u"personId"_s, kPersonA}, {u"channel"_s, u"police"_s},
        {u"dueOn"_s, u"2025-04-30"_s}, {u"windowStart"_s, u"2025-04-01"_s}, {u"windowEnd"_s, u"2025-04-30"_s},
        {u"outcome"_s, u"attended"_s}, {u"occurredOn"_s, u"2025-04-14"_s},
        {u"preventiveConversation"_s, true}};
    const QVariantMap session = {{u"personId"_s, kPersonA}, {u"referralId"_s, kOther},
        {u"counsellorId"_s, kStaffA}, {u"occurredOn"_s, u"2025-04-15"_s}, {u"mode"_s, u"face_to_face"_s},
        {u"durationMinutes"_s, qint64(60)}, {u"stability"_s, u"fluctuating"_s},
        {u"stabilityRationale"_s, u"Настроение меняется"_s},
        {u"confidentialityTier"_s, u"counselling_team"_s}};
    const QJsonArray judgements = {QJsonObject {{u"domain"_s, u"housing"_s}, {u"rating"_s, 3},
        {u"rationale"_s, u"Живёт у родственников, ищет жильё"_s}}};
    const QString judged = QString::fromUtf8(QJsonDocument(judgements).toJson(QJsonDocument::Compact));
    const QVariantMap review = {{u"personId"_s, kPersonA}, {u"periodStart"_s, u"2025-01-01"_s},
        {u"periodEnd"_s, u"2025-06-30"_s}, {u"judgements"_s, judged}, {u"signedOffBy"_s, kStaffB},
        {u"signedOffAt"_s, qint64(1'780'000'000'000)}};
    const QString c = u"CheckIn"_s, s = u"CounsellingSession"_s, r = u"ProgressReview"_s;
    return {
        {"CheckIn: attended in the window", c, checkIn, {}},
        {"CheckIn: attended without a date", c, with(checkIn, {{u"occurredOn"_s, {}}}), u"occurredOn"_s},
        {"CheckIn: excused without reason", c, with(checkIn, {{u"outcome"_s, u"excused"_s}}),
            u"excuseReason"_s},
        {"CheckIn: excused with reason", c,
            with(checkIn, {{u"outcome"_s, u"excused"_s}, {u"excuseReason"_s, u"Больничный лист"_s}}), {}},
        {"CheckIn: missed", c, with(checkIn, {{u"outcome"_s, u"missed"_s}, {u"occurredOn"_s, {}}}), {}},
        {"CheckIn: window ends before it starts", c, with(checkIn, {{u"windowEnd"_s, u"2025-03-31"_s}}),
            u"windowEnd"_s},
        {"CounsellingSession: judged with rationale", s, session, {}},
        {"CounsellingSession: judged without rationale", s, with(session, {{u"stabilityRationale"_s, {}}}),
            u"stabilityRationale"_s},
        {"CounsellingSession: no stability judged", s,
            with(session, {{u"stability"_s, {}}, {u"stabilityRationale"_s, {}}}), {}},
        {"CounsellingSession: zero minutes", s, with(session, {{u"durationMinutes"_s, qint64(0)}}),
            u"durationMinutes"_s},
        {"CounsellingSession: longer than a day", s, with(session, {{u"durationMinutes"_s, qint64(1441)}}),
            u"durationMinutes"_s},
        {"ProgressReview: rated with rationale, signed off", r, review, {}},
        {"ProgressReview: judgement without rationale", r,
            with(review,
                {{u"judgements"_s, u"[{\"domain\":\"housing\",\"rating\":3,\"rationale\":\" \"}]"_s}}),
            u"judgements"_s},
        {"ProgressReview: judgement without rating", r,
            with(review, {{u"judgements"_s, u"[{\"domain\":\"housing\",\"rationale\":\"x\"}]"_s}}),
            u"judgements"_s},
        {"ProgressReview: judgements not a list", r, with(review, {{u"judgements"_s, u"{\"housing\":3}"_s}}),
            u"judgements"_s},
        {"ProgressReview: judgements as a QVariantList", r,
            with(review, {{u"judgements"_s, judgements.toVariantList()}}), {}},
        {"ProgressReview: period ends before it starts", r, with(review, {{u"periodEnd"_s, u"2024-12-31"_s}}),
            u"periodEnd"_s},
        {"ProgressReview: signed off without time", r, with(review, {{u"signedOffAt"_s, {}}}),
            u"signedOffAt"_s},
        {"ProgressReview: not yet signed off", r,
            with(review, {{u"signedOffAt"_s, {}}, {u"signedOffBy"_s, {}}}), {}},
        {"ProgressReview: next review scheduled", r, with(review, {{u"nextReviewOn"_s, u"2025-09-30"_s}}), {}},
        {"ProgressReview: next review before the period's end", r,
            with(review, {{u"nextReviewOn"_s, u"2025-06-01"_s}}), u"nextReviewOn"_s},
    };
}

QList<CheckRow> otherRows()
{
    const QVariantMap relationship
        = {{u"personId"_s, kPersonA}, {u"relatedPersonId"_s, kPersonB}, {u"kind"_s, u"child"_s}};
    const QVariantMap alert = {{u"personId"_s, kPersonA}, {u"kind"_s, u"missed_check_in"_s},
        {u"severity"_s, u"warning"_s}, {u"status"_s, u"open"_s}, {u"raisedOn"_s, u"2025-05-01"_s},
        {u"dueOn"_s, u"2025-05-03"_s}, {u"sourceEntity"_s, u"CheckIn"_s}, {u"sourceId"_s, kOther}};
    const QVariantMap document = {{u"personId"_s, kPersonA}, {u"kind"_s, u"court_decision"_s},
        {u"sha256"_s, QString(64, u'a')}, {u"sizeBytes"_s, qint64(2048)}};
    const QVariantMap consent = {{u"personId"_s, kPersonA}, {u"purpose"_s, u"counselling"_s},
        {u"basis"_s, u"written"_s}, {u"givenOn"_s, u"2025-01-10"_s}, {u"withdrawnOn"_s, u"2025-06-01"_s}};
    const QVariantMap share = {{u"personId"_s, kPersonA}, {u"recipientOrganisationId"_s, kOther},
        {u"basis"_s, u"consent"_s}, {u"consentId"_s, kOther}, {u"fields"_s, u"[\"Referral.status\"]"_s},
        {u"sharedOn"_s, u"2025-02-01"_s}};
    const QString rel = u"Relationship"_s, a = u"Alert"_s, d = u"Document"_s, c = u"ConsentRecord"_s,
                  i = u"InformationShare"_s;
    return {
        {"Relationship: parent and child", rel, relationship, {}},
        {"Relationship: to oneself", rel, with(relationship, {{u"relatedPersonId"_s, kPersonA}}),
            u"relatedPersonId"_s},
        {"Alert: due after raised, source named", a, alert, {}},
        {"Alert: due before raised", a, with(alert, {{u"dueOn"_s, u"2025-04-30"_s}}), u"dueOn"_s},
        {"Alert: source id without entity", a, with(alert, {{u"sourceEntity"_s, {}}}), u"sourceEntity"_s},
        {"Alert: source entity unknown", a, with(alert, {{u"sourceEntity"_s, u"Visit"_s}}),
            u"sourceEntity"_s},
        {"Document: lowercase SHA-256", d, document, {}},
        {"Document: uppercase SHA-256", d, with(document, {{u"sha256"_s, QString(64, u'A')}}), u"sha256"_s},
        {"Document: short SHA-256", d, with(document, {{u"sha256"_s, QString(63, u'a')}}), u"sha256"_s},
        {"Document: negative size", d, with(document, {{u"sizeBytes"_s, qint64(-1)}}), u"sizeBytes"_s},
        {"ConsentRecord: withdrawn after given", c, consent, {}},
        {"ConsentRecord: withdrawn before given", c, with(consent, {{u"withdrawnOn"_s, u"2025-01-09"_s}}),
            u"withdrawnOn"_s},
        {"InformationShare: on consent, consent named", i, share, {}},
        {"InformationShare: on consent, none named", i, with(share, {{u"consentId"_s, {}}}), u"consentId"_s},
        {"InformationShare: on a court order", i,
            with(share, {{u"basis"_s, u"court_order"_s}, {u"consentId"_s, {}}}), {}},
    };
}

const QList<CheckRow> &checkRows()
{
    static const QList<CheckRow> rows
        = personRows() + orderRows() + programmeRows() + eventRows() + otherRows();
    return rows;
}

} // namespace

/** The built-in schema, its tables and its value types. */
class tst_Schema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableMatchesSpec_data();
    void tableMatchesSpec();
    void gadgetMatchesSpec_data();
    void gadgetMatchesSpec();
    void specsAreWellFormed();
    void sensitivity_data();
    void sensitivity();
    void validateField_data();
    void validateField();
    void check_data();
    void check();
    void everyRuleHasFailingAndPassingRows();
    void appendOnlyRejectsUpdate_data();
    void appendOnlyRejectsUpdate();
    void toFieldsLeavesOutUnset();
    void fieldsRoundTripThroughStorage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Schema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = Test::openMigrated(m_dir.filePath(u"schema.db"_s));
    QVERIFY(m_db);
}

void tst_Schema::tableMatchesSpec_data()
{
    QTest::addColumn<QString>("entity");
    for (const EntitySpec &e : Schema::builtIn().entities())
        QTest::newRow(qPrintable(e.name)) << e.name;
}

void tst_Schema::tableMatchesSpec()
{
    QFETCH(QString, entity);
    const EntitySpec &e = spec(entity);
    QStringList expectedColumns = kCommonColumns;
    QStringList expectedTypes = {
        u"TEXT"_s, u"INTEGER"_s, u"INTEGER"_s, u"INTEGER"_s, u"TEXT"_s, u"INTEGER"_s, u"TEXT"_s, u"TEXT"_s};
    for (const FieldSpec &f : e.fields) {
        expectedColumns << f.column();
        expectedTypes << sqlType(f.type);
    }
    auto info = m_db->prepare(u"SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)"_s);
    QVERIFY(info.ok());
    info.value().bind(1, e.table);
    QStringList columns, types;
    while (info.value().step().value()) {
        columns << info.value().text(0);
        types << info.value().text(1);
        const bool common = kCommonColumns.contains(columns.constLast());
        QCOMPARE(info.value().integer(2) != 0,
            common && columns.constLast() != u"id"); // NOT NULL only on metadata
        QCOMPARE(info.value().integer(3) != 0, columns.constLast() == u"id");
    }
    // Later migrations add columns with ALTER TABLE, so compare column → type pairs, not order.
    QMap<QString, QString> actual, expected;
    for (int i = 0; i < columns.size(); ++i)
        actual.insert(columns.at(i), types.value(i));
    for (int i = 0; i < expectedColumns.size(); ++i)
        expected.insert(expectedColumns.at(i), expectedTypes.value(i));
    QCOMPARE(columns.size(), expectedColumns.size());
    QCOMPARE(actual, expected);
}

void tst_Schema::gadgetMatchesSpec_data()
{
    QTest::addColumn<int>("index");
    QCOMPARE(gadgets().size(), Schema::builtIn().entities().size());
    for (int i = 0; i < gadgets().size(); ++i)
        QTest::newRow(qPrintable(gadgets().at(i).entity)) << i;
}

void tst_Schema::gadgetMatchesSpec()
{
    QFETCH(int, index);
    const Gadget &g = gadgets().at(index);
    QCOMPARE(g.entity, Schema::builtIn().entities().at(index).name); // same order as the schema
    const EntitySpec &e = spec(g.entity);
    QStringList properties, fields;
    for (int i = 0; i < g.meta->propertyCount(); ++i) {
        const QMetaProperty p = g.meta->property(i);
        const QString name = QString::fromLatin1(p.name());
        if (name == u"id" || name == u"version") {
            QCOMPARE(p.metaType().id(), int(name == u"id" ? QMetaType::QString : QMetaType::LongLong));
            continue;
        }
        properties << name;
        const FieldSpec *f = e.field(name);
        QVERIFY2(f, qPrintable(u"property without a field: "_s + name));
        QVERIFY2(p.metaType().id() == memberType(f->type), qPrintable(u"wrong member type: "_s + name));
    }
    for (const FieldSpec &f : e.fields)
        fields << f.name;
    QCOMPARE(properties, fields);
}

void tst_Schema::specsAreWellFormed()
{
    static const QRegularExpression snake(u"^[a-z][a-z0-9_]*$"_s);
    static const QRegularExpression camel(u"^[a-z][a-zA-Z0-9]*$"_s);
    static const QStringList dictionaries = {u"criminal_article"_s, u"restriction_type"_s,
        u"intervention_type"_s, u"need_domain"_s, u"territory"_s};
    QSet<QString> names, tables;
    QStringList appendOnly;
    for (const EntitySpec &e : Schema::builtIn().entities()) {
        QVERIFY2(!names.contains(e.name) && !tables.contains(e.table), qPrintable(e.name));
        names << e.name;
        tables << e.table;
        QCOMPARE(e.table, snakeCase(e.name));
        QSet<QString> fieldNames;
        for (const FieldSpec &f : e.fields) {
            const QString where = e.name + u'.' + f.name;
            QVERIFY2(camel.match(f.name).hasMatch() && !fieldNames.contains(f.name), qPrintable(where));
            QVERIFY2(!kCommonColumns.contains(f.column()), qPrintable(where));
            fieldNames << f.name;
            if (f.type == FieldType::Text)
                QVERIFY2(f.maxLength > 0, qPrintable(where));
            if (f.type == FieldType::Enum || f.type == FieldType::EnumSet) {
                QVERIFY2(!f.enumValues.isEmpty(), qPrintable(where));
                for (const QString &v : f.enumValues)
                    QVERIFY2(snake.match(v).hasMatch(), qPrintable(where + u": "_s + v));
            }
            if (f.type == FieldType::Id && where != u"Alert.sourceId") // sourceEntity names its entity
                QVERIFY2(Schema::builtIn().entity(f.refEntity), qPrintable(where));
            if (f.type == FieldType::Code)
                QVERIFY2(dictionaries.contains(f.refDictionary), qPrintable(where));
        }
        if (e.personField == u"id") {
            QCOMPARE(e.name, u"Person"_s);
        } else if (!e.personField.isEmpty()) {
            const FieldSpec *p = e.field(e.personField);
            QVERIFY2(p && p->type == FieldType::Id && p->refEntity == u"Person" && p->required,
                qPrintable(e.name));
        }
        const FieldSpec *amends = e.field(u"amendsId"_s);
        QCOMPARE(amends != nullptr, e.appendOnly);
        if (amends)
            QCOMPARE(amends->refEntity, e.name);
        if (e.appendOnly)
            appendOnly << e.name;
    }
    QCOMPARE(appendOnly,
        (QStringList {u"OrderStatusChange"_s, u"CheckIn"_s, u"CounsellingSession"_s, u"ProgressReview"_s,
            u"InformationShare"_s}));
    for (const QString &withoutCase : {u"Organisation"_s, u"StaffUser"_s})
        QVERIFY(spec(withoutCase).personField.isEmpty());
}

void tst_Schema::sensitivity_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Sensitivity>("expected");
    const QStringList names = {u"surnameCyr"_s, u"givenNameCyr"_s, u"patronymicCyr"_s, u"surnameLat"_s,
        u"givenNameLat"_s, u"patronymicLat"_s};
    for (const QString &n : names)
        QTest::newRow(qPrintable(u"Person."_s + n)) << u"Person"_s << n << Sensitivity::Identifying;
    QTest::newRow("Person.iin") << u"Person"_s << u"iin"_s << Sensitivity::Restricted;
    QTest::newRow("Person.residenceAddress")
        << u"Person"_s << u"residenceAddress"_s << Sensitivity::Identifying;
    QTest::newRow("Person.caseStatus") << u"Person"_s << u"caseStatus"_s << Sensitivity::Status;
    QTest::newRow("Conviction.sentence") << u"Conviction"_s << u"sentence"_s << Sensitivity::Restricted;
    QTest::newRow("CheckIn.outcome") << u"CheckIn"_s << u"outcome"_s << Sensitivity::Status;
    QTest::newRow("CheckIn.summary") << u"CheckIn"_s << u"summary"_s << Sensitivity::Note;
    QTest::newRow("CounsellingSession.riskSignals")
        << u"CounsellingSession"_s << u"riskSignals"_s << Sensitivity::Risk;
    QTest::newRow("CounsellingSession.alteredState")
        << u"CounsellingSession"_s << u"alteredState"_s << Sensitivity::Risk;
    for (const QString &n :
        {u"notesObservations"_s, u"notesAnalysis"_s, u"notesConclusions"_s, u"notesPlan"_s})
        QTest::newRow(qPrintable(u"CounsellingSession."_s + n))
            << u"CounsellingSession"_s << n << Sensitivity::Note;
    QTest::newRow("ProgressReview.judgements") << u"ProgressReview"_s << u"judgements"_s << Sensitivity::Risk;
    // Every state-machine field is Status, so concurrent edits become conflict records.
    for (const EntitySpec &e : Schema::builtIn().entities())
        if (const FieldSpec *f = e.field(u"status"_s))
            QTest::newRow(qPrintable(e.name + u".status"_s)) << e.name << f->name << Sensitivity::Status;
}

void tst_Schema::sensitivity()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(Sensitivity, expected);
    const FieldSpec *f = spec(entity).field(field);
    QVERIFY(f);
    QCOMPARE(f->sensitivity, expected);
}

void tst_Schema::validateField_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");
    const QString person = u"Person"_s, session = u"CounsellingSession"_s, review = u"ProgressReview"_s;
    QTest::newRow("required missing") << person << u"caseStatus"_s << QVariant() << false;
    QTest::newRow("required empty text") << u"CheckIn"_s << u"channel"_s << QVariant(u""_s) << false;
    QTest::newRow("optional empty") << person << u"notes"_s << QVariant(u""_s) << true;
    QTest::newRow("name at 100") << person << u"surnameCyr"_s << QVariant(QString(100, u'Ә')) << true;
    QTest::newRow("name too long") << person << u"surnameCyr"_s << QVariant(QString(101, u'Ә')) << false;
    QTest::newRow("IIN too long") << person << u"iin"_s << QVariant(u"9001013001234"_s) << false;
    QTest::newRow("NUL character") << person << u"notes"_s << QVariant(u"a"_s + QChar(0) + u"b"_s) << false;
    QTest::newRow("date ISO") << person << u"birthDate"_s << QVariant(u"1990-05-17"_s) << true;
    QTest::newRow("date as QDate") << person << u"birthDate"_s << QVariant(QDate(1990, 5, 17)) << true;
    QTest::newRow("bad date 2026-02-30") << person << u"birthDate"_s << QVariant(u"2026-02-30"_s) << false;
    QTest::newRow("date not ISO") << person << u"birthDate"_s << QVariant(u"17.05.1990"_s) << false;
    QTest::newRow("date 29 February of a leap year") << person << u"birthDate"_s << QVariant(u"2000-02-29"_s) << true;
    QTest::newRow("date 29 February otherwise") << person << u"birthDate"_s << QVariant(u"1900-02-29"_s) << false;
    QTest::newRow("date month 13") << person << u"birthDate"_s << QVariant(u"2001-13-01"_s) << false;
    QTest::newRow("date month 00") << person << u"birthDate"_s << QVariant(u"2001-00-10"_s) << false;
    QTest::newRow("date with a sign") << person << u"birthDate"_s << QVariant(u"+001-05-17"_s) << false;
    QTest::newRow("date with slashes") << person << u"birthDate"_s << QVariant(u"1990/05/17"_s) << false;
    QTest::newRow("date with a space") << person << u"birthDate"_s << QVariant(u"1990-05-1 "_s) << false;
    QTest::newRow("date year 0000") << person << u"birthDate"_s << QVariant(u"0000-05-17"_s) << false;
    QTest::newRow("date with time") << person << u"birthDate"_s << QVariant(u"1990-05-17T10:00"_s) << false;
    QTest::newRow("date in Arabic-Indic digits") << person << u"birthDate"_s << QVariant(u"١٩٩٠-05-17"_s) << false;
    QTest::newRow("enum known") << person << u"caseStatus"_s << QVariant(u"active"_s) << true;
    QTest::newRow("unknown enum") << person << u"caseStatus"_s << QVariant(u"open"_s) << false;
    QTest::newRow("enum in wrong case") << person << u"caseStatus"_s << QVariant(u"Active"_s) << false;
    QTest::newRow("engagement no_feedback")
        << session << u"engagement"_s << QVariant(u"no_feedback"_s) << true;
    QTest::newRow("EnumSet known flags")
        << session << u"riskSignals"_s << QVariant(u"threats,evasion"_s) << true;
    QTest::newRow("EnumSet with unknown flag")
        << session << u"riskSignals"_s << QVariant(u"threats,bribery"_s) << false;
    QTest::newRow("EnumSet flag of another set")
        << session << u"alteredState"_s << QVariant(u"threats"_s) << false;
    QTest::newRow("category flags") << person << u"categoryFlags"_s << QVariant(u"returnee,woman_at_risk"_s)
                                    << true;
    QTest::newRow("uuid") << u"Relationship"_s << u"relatedPersonId"_s << QVariant(kPersonB) << true;
    QTest::newRow("bad uuid") << u"Relationship"_s << u"relatedPersonId"_s << QVariant(u"person-2"_s)
                              << false;
    QTest::newRow("uppercase uuid") << u"Relationship"_s << u"relatedPersonId"_s
                                    << QVariant(kPersonB.toUpper()) << false;
    QTest::newRow("JSON object") << review << u"indicators"_s << QVariant(u"{\"compliance\":0.9}"_s) << true;
    QTest::newRow("JSON as QVariantMap")
        << review << u"indicators"_s << QVariant(QVariantMap {{u"compliance"_s, 0.9}}) << true;
    QTest::newRow("bad JSON") << review << u"indicators"_s << QVariant(u"{\"compliance\":"_s) << false;
    QTest::newRow("integer") << session << u"durationMinutes"_s << QVariant(qint64(45)) << true;
    QTest::newRow("integer as text") << session << u"durationMinutes"_s << QVariant(u"45"_s) << false;
    QTest::newRow("boolean") << u"CheckIn"_s << u"preventiveConversation"_s << QVariant(true) << true;
    QTest::newRow("boolean as text") << u"CheckIn"_s << u"preventiveConversation"_s << QVariant(u"yes"_s)
                                     << false;
    QTest::newRow("code") << u"Conviction"_s << u"articleCode"_s << QVariant(u"256.1"_s) << true;
    QTest::newRow("code with a space")
        << u"Conviction"_s << u"articleCode"_s << QVariant(u"256 1"_s) << false;
}

void tst_Schema::validateField()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(bool, valid);
    const FieldSpec *f = spec(entity).field(field);
    QVERIFY(f);
    const Status s = Schema::validateField(*f, value);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.code(), Error::Invalid);
        QCOMPARE(s.error().field, field);
    }
}

void tst_Schema::check_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("failingField");
    for (const CheckRow &row : checkRows())
        QTest::newRow(row.name.constData()) << row.entity << row.fields << row.failingField;
}

void tst_Schema::check()
{
    QFETCH(QString, entity);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, failingField);
    const EntitySpec &e = spec(entity);
    QVERIFY(e.check);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) { // rows are valid field by field
        QVERIFY2(e.field(it.key()), qPrintable(it.key()));
        QVERIFY2(Schema::validateField(*e.field(it.key()), it.value()).ok(), qPrintable(it.key()));
    }
    const Status s = e.check(fields);
    QVERIFY2(s.ok() == failingField.isEmpty(), qPrintable(s.ok() ? u"passed"_s : s.error().detail));
    if (!s.ok()) {
        QCOMPARE(s.code(), Error::Invalid);
        QCOMPARE(s.error().field, failingField);
    }
}

void tst_Schema::everyRuleHasFailingAndPassingRows()
{
    for (const EntitySpec &e : Schema::builtIn().entities()) {
        if (!e.check)
            continue;
        bool passes = false, fails = false;
        for (const CheckRow &row : checkRows()) {
            if (row.entity == e.name)
                (row.failingField.isEmpty() ? passes : fails) = true;
        }
        QVERIFY2(passes && fails, qPrintable(e.name));
    }
}

void tst_Schema::appendOnlyRejectsUpdate_data()
{
    QTest::addColumn<QString>("entity");
    for (const EntitySpec &e : Schema::builtIn().entities())
        QTest::newRow(qPrintable(e.name)) << e.name;
}

void tst_Schema::appendOnlyRejectsUpdate()
{
    QFETCH(QString, entity);
    const EntitySpec &e = spec(entity);
    const QString id = u"0190f1a2-3b4c-7d5e-8f60-0000000000e5"_s;
    QVERIFY(m_db->exec(u"INSERT INTO %1(id, version, hlc, created_at, created_by, updated_at, updated_by,"
                       u" origin_device) VALUES ('%2', 1, 1, 1, 'u', 1, 'u', 'd')"_s.arg(e.table, id))
                .ok());
    const Status update = m_db->exec(u"UPDATE %1 SET version = 2 WHERE id = '%2'"_s.arg(e.table, id));
    QCOMPARE(update.ok(), !e.appendOnly);
    if (e.appendOnly)
        QVERIFY2(update.error().detail.contains(u"append-only"_s), qPrintable(update.error().detail));
    QVERIFY(m_db->exec(u"DELETE FROM %1 WHERE id = '%2'"_s.arg(e.table, id)).ok()); // purges stay possible
    QCOMPARE(m_db->changes(), 1);
}

void tst_Schema::toFieldsLeavesOutUnset()
{
    Person p;
    p.id = kPersonA;
    p.version = 3;
    p.surnameCyr = u"Серікбаев"_s;
    p.birthDate = QDate(1990, 5, 17);
    const QVariantMap expected = {{u"surnameCyr"_s, u"Серікбаев"_s}, {u"birthDate"_s, QDate(1990, 5, 17)}};
    QCOMPARE(toFields(p), expected);
    QCOMPARE(toFields(CheckIn {}), QVariantMap());
    QCOMPARE(entityName<CounsellingSession>(), u"CounsellingSession"_s);
    QCOMPARE(entitySpec<CheckIn>().table, u"check_in"_s);
}

void tst_Schema::fieldsRoundTripThroughStorage()
{
    CheckIn c;
    c.id = u"0190f1a2-3b4c-7d5e-8f60-0000000000d4"_s;
    c.version = 1;
    c.personId = kPersonA;
    c.channel = u"police"_s;
    c.dueOn = QDate(2025, 4, 30);
    c.outcome = u"attended"_s;
    c.occurredOn = QDate(2025, 4, 14);
    c.summary = u"Профилактикалық әңгіме өтті"_s;
    c.preventiveConversation = true;
    const EntitySpec &e = entitySpec<CheckIn>();
    const QVariantMap fields = toFields(c);
    QVERIFY(e.check(fields).ok());

    QStringList columns = {u"id"_s}, marks = {u"?1"_s};
    QVariantList values = {c.id};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldSpec *f = e.field(it.key());
        QVERIFY(Schema::validateField(*f, it.value()).ok());
        columns << f->column();
        values << Schema::toStorage(*f, it.value());
        marks << u"?%1"_s.arg(values.size());
    }
    auto insert = m_db->prepare(u"INSERT INTO check_in(%1, version, hlc, created_at, created_by, updated_at,"
                                u" updated_by, origin_device) VALUES (%2, 1, 1, 1, 'u', 1, 'u', 'd')"_s.arg(
                                    columns.join(u", "_s), marks.join(u", "_s)));
    QVERIFY(insert.ok());
    for (int i = 0; i < values.size(); ++i)
        insert.value().bind(i + 1, values.at(i));
    QVERIFY(insert.value().run().ok());

    QStringList all;
    for (const FieldSpec &f : e.fields)
        all << f.column();
    auto select = m_db->prepare(u"SELECT %1 FROM check_in WHERE id = ?1"_s.arg(all.join(u", "_s)));
    QVERIFY(select.ok());
    select.value().bind(1, c.id);
    QVERIFY(select.value().step().value());
    QVariantMap stored;
    for (int i = 0; i < e.fields.size(); ++i)
        if (!select.value().isNull(i))
            stored.insert(e.fields.at(i).name, select.value().value(i));
    QCOMPARE(stored.value(u"dueOn"_s), QVariant(u"2025-04-30"_s)); // dates stored as ISO text
    QCOMPARE(stored.value(u"preventiveConversation"_s), QVariant(qint64(1)));

    const CheckIn back = fromFields<CheckIn>(c.id, c.version, stored);
    QCOMPARE(back.id, c.id);
    QCOMPARE(back.version, c.version);
    QCOMPARE(toFields(back), fields);

    const auto review = fromFields<ProgressReview>(
        kOther, 1, {{u"indicators"_s, QVariantMap {{u"held"_s, 4}}}, {u"unknownField"_s, 1}});
    QCOMPARE(review.indicators, u"{\"held\":4}"_s); // structured JSON becomes compact text
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
