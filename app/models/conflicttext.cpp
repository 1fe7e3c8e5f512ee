#include "conflicttext.h"

#include "counselsupport.h"

#include "domain/schema.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Qadam::ConflictText {

namespace {

struct Phrase
{
    const char *code;
    const char *text;
};

// Tables rather than switch statements: lupdate reads QT_TRANSLATE_NOOP, translation happens at lookup.
constexpr Phrase kEntities[] = {
    {"Person", QT_TRANSLATE_NOOP("ConflictText", "Person")},
    {"Relationship", QT_TRANSLATE_NOOP("ConflictText", "Relative")},
    {"Conviction", QT_TRANSLATE_NOOP("ConflictText", "Conviction")},
    {"SupervisionOrder", QT_TRANSLATE_NOOP("ConflictText", "Supervision order")},
    {"OrderSuspension", QT_TRANSLATE_NOOP("ConflictText", "Order suspension")},
    {"OrderRestriction", QT_TRANSLATE_NOOP("ConflictText", "Order restriction")},
    {"OrderStatusChange", QT_TRANSLATE_NOOP("ConflictText", "Order status change")},
    {"AssistanceProgramme", QT_TRANSLATE_NOOP("ConflictText", "Individual programme")},
    {"ProgrammeNeed", QT_TRANSLATE_NOOP("ConflictText", "Programme need")},
    {"ProgrammeGoal", QT_TRANSLATE_NOOP("ConflictText", "Programme goal")},
    {"ProgrammeMeasure", QT_TRANSLATE_NOOP("ConflictText", "Programme measure")},
    {"Referral", QT_TRANSLATE_NOOP("ConflictText", "Referral")},
    {"CheckIn", QT_TRANSLATE_NOOP("ConflictText", "Appearance")},
    {"CounsellingSession", QT_TRANSLATE_NOOP("ConflictText", "Counselling session")},
    {"ProgressReview", QT_TRANSLATE_NOOP("ConflictText", "Progress review")},
    {"Alert", QT_TRANSLATE_NOOP("ConflictText", "Alert")},
    {"Document", QT_TRANSLATE_NOOP("ConflictText", "Document")},
    {"ConsentRecord", QT_TRANSLATE_NOOP("ConflictText", "Consent")},
    {"InformationShare", QT_TRANSLATE_NOOP("ConflictText", "Information share")},
};

constexpr Phrase kFields[] = {
    {"notes", QT_TRANSLATE_NOOP("ConflictText", "Notes")},
    {"caseStatus", QT_TRANSLATE_NOOP("ConflictText", "Case status")},
    {"categoryFlags", QT_TRANSLATE_NOOP("ConflictText", "Categories")},
    {"status", QT_TRANSLATE_NOOP("ConflictText", "Status")},
    {"terminationReason", QT_TRANSLATE_NOOP("ConflictText", "Reason for ending")},
    {"supervisorComment", QT_TRANSLATE_NOOP("ConflictText", "Supervisor's comment")},
    {"closureReason", QT_TRANSLATE_NOOP("ConflictText", "Reason for closing")},
    {"assessment", QT_TRANSLATE_NOOP("ConflictText", "Assessment")},
    {"severity", QT_TRANSLATE_NOOP("ConflictText", "Severity")},
    {"reason", QT_TRANSLATE_NOOP("ConflictText", "Reason")},
    {"note", QT_TRANSLATE_NOOP("ConflictText", "Note")},
    {"minimalOutcome", QT_TRANSLATE_NOOP("ConflictText", "Outcome reported")},
    {"notPossibleReason", QT_TRANSLATE_NOOP("ConflictText", "Why it was not possible")},
    {"dueOn", QT_TRANSLATE_NOOP("ConflictText", "Due date")},
    {"residenceAddress", QT_TRANSLATE_NOOP("ConflictText", "Address")},
    {"caseOfficerId", QT_TRANSLATE_NOOP("ConflictText", "Case officer")},
    {"approvedAt", QT_TRANSLATE_NOOP("ConflictText", "Approved at")},
    {"outcome", QT_TRANSLATE_NOOP("ConflictText", "Outcome")},
};

constexpr Phrase kValues[] = {
    {"active", QT_TRANSLATE_NOOP("ConflictText", "active")},
    {"transferred", QT_TRANSLATE_NOOP("ConflictText", "transferred")},
    {"closed", QT_TRANSLATE_NOOP("ConflictText", "closed")},
    {"draft", QT_TRANSLATE_NOOP("ConflictText", "draft")},
    {"in_force", QT_TRANSLATE_NOOP("ConflictText", "in force")},
    {"suspended", QT_TRANSLATE_NOOP("ConflictText", "suspended")},
    {"extended", QT_TRANSLATE_NOOP("ConflictText", "extended")},
    {"terminated", QT_TRANSLATE_NOOP("ConflictText", "ended early")},
    {"expired", QT_TRANSLATE_NOOP("ConflictText", "expired")},
    {"submitted", QT_TRANSLATE_NOOP("ConflictText", "submitted for approval")},
    {"approved", QT_TRANSLATE_NOOP("ConflictText", "approved")},
    {"under_review", QT_TRANSLATE_NOOP("ConflictText", "under review")},
    {"completed", QT_TRANSLATE_NOOP("ConflictText", "completed")},
    {"superseded", QT_TRANSLATE_NOOP("ConflictText", "replaced by a newer version")},
    {"planned", QT_TRANSLATE_NOOP("ConflictText", "planned")},
    {"in_progress", QT_TRANSLATE_NOOP("ConflictText", "in progress")},
    {"done", QT_TRANSLATE_NOOP("ConflictText", "done")},
    {"cancelled", QT_TRANSLATE_NOOP("ConflictText", "cancelled")},
    {"not_possible", QT_TRANSLATE_NOOP("ConflictText", "not possible")},
    {"sent", QT_TRANSLATE_NOOP("ConflictText", "sent")},
    {"accepted", QT_TRANSLATE_NOOP("ConflictText", "accepted")},
    {"declined", QT_TRANSLATE_NOOP("ConflictText", "declined")},
    {"revoked", QT_TRANSLATE_NOOP("ConflictText", "revoked")},
    {"open", QT_TRANSLATE_NOOP("ConflictText", "open")},
    {"acknowledged", QT_TRANSLATE_NOOP("ConflictText", "acknowledged")},
    {"resolved", QT_TRANSLATE_NOOP("ConflictText", "resolved")},
    {"achieved", QT_TRANSLATE_NOOP("ConflictText", "achieved")},
    {"partly_achieved", QT_TRANSLATE_NOOP("ConflictText", "partly achieved")},
    {"not_achieved", QT_TRANSLATE_NOOP("ConflictText", "not achieved")},
    {"withdrawn", QT_TRANSLATE_NOOP("ConflictText", "withdrawn")},
    {"engaged", QT_TRANSLATE_NOOP("ConflictText", "engaged")},
    {"partly_engaged", QT_TRANSLATE_NOOP("ConflictText", "partly engaged")},
    {"not_engaged", QT_TRANSLATE_NOOP("ConflictText", "not engaged")},
    {"no_feedback", QT_TRANSLATE_NOOP("ConflictText", "no feedback")},
    {"referred_onward", QT_TRANSLATE_NOOP("ConflictText", "referred onward")},
    {"none", QT_TRANSLATE_NOOP("ConflictText", "none")},
    {"low", QT_TRANSLATE_NOOP("ConflictText", "low")},
    {"moderate", QT_TRANSLATE_NOOP("ConflictText", "moderate")},
    {"high", QT_TRANSLATE_NOOP("ConflictText", "high")},
    {"critical", QT_TRANSLATE_NOOP("ConflictText", "critical")},
    {"attended", QT_TRANSLATE_NOOP("ConflictText", "attended")},
    {"missed", QT_TRANSLATE_NOOP("ConflictText", "missed")},
    {"excused", QT_TRANSLATE_NOOP("ConflictText", "excused")},
};

template <std::size_t N>
QString lookup(const Phrase (&table)[N], const QString &code)
{
    for (const Phrase &p : table) {
        if (code == QLatin1StringView(p.code))
            return QCoreApplication::translate("ConflictText", p.text);
    }
    return {};
}

/** "partlyAchieved" / "partly_achieved" → "partly achieved": readable, if untranslated, for codes
 *  the tables do not know yet. */
QString words(QString code)
{
    QString out;
    for (QChar c : code.replace(u'_', u' ')) {
        if (c.isUpper() && !out.isEmpty())
            out += u' ';
        out += c.toLower();
    }
    return out;
}

QString empty()
{
    //: A field that holds no value, in the conflict comparison
    return QCoreApplication::translate("ConflictText", "(empty)");
}

} // namespace

QString entityTitle(const QString &entity)
{
    const QString known = lookup(kEntities, entity);
    return known.isEmpty() ? words(entity) : known;
}

QString fieldTitle(const QString &field)
{
    const QString known = lookup(kFields, field);
    if (!known.isEmpty())
        return known;
    QString w = words(field);
    if (!w.isEmpty())
        w[0] = w[0].toUpper();
    return w;
}

QString valueText(const FieldSpec *spec, const QVariant &stored, const QHash<QString, QString> &names)
{
    if (stored.isNull() || stored.toString().isEmpty())
        return empty();
    const QString raw = stored.toString();
    const FieldType type = spec ? spec->type : FieldType::Text;
    switch (type) {
    case FieldType::Enum: {
        const QString known = lookup(kValues, raw);
        return known.isEmpty() ? words(raw) : known;
    }
    case FieldType::EnumSet: {
        QStringList parts;
        for (const QString &code : raw.split(u',', Qt::SkipEmptyParts)) {
            const QString known = lookup(kValues, code);
            parts << (known.isEmpty() ? words(code) : known);
        }
        return parts.join(u", "_s);
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(raw, Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : raw;
    }
    case FieldType::Timestamp:
        return dateTimeText(stored.toLongLong());
    case FieldType::Boolean:
        return stored.toBool() ? QCoreApplication::translate("ConflictText", "yes")
                               : QCoreApplication::translate("ConflictText", "no");
    case FieldType::Id:
        //: A record this device does not hold, named in a conflict
        return names.value(raw, QCoreApplication::translate("ConflictText", "another record"));
    default:
        return raw;
    }
}

QString reasonText(const QString &code, const QString &field)
{
    const char *c = "ConflictText";
    if (code == u"forbidden")
        return field.isEmpty() ? QCoreApplication::translate(c, "Your role may not make this change.")
                               //: %1 is a field name, e.g. "Case status"
                               : QCoreApplication::translate(c, "Your role may not change “%1”.").arg(field);
    if (code == u"out_of_scope")
        return QCoreApplication::translate(c, "This case is no longer assigned or referred to you.");
    if (code == u"invalid")
        return field.isEmpty() ? QCoreApplication::translate(c, "The server found the change not valid.")
                               : QCoreApplication::translate(c, "The value of “%1” is not valid.").arg(field);
    if (code == u"unknown_entity")
        return QCoreApplication::translate(c, "The server does not know this kind of record: update the app.");
    if (code == u"duplicate")
        return QCoreApplication::translate(c, "The server already has this record.");
    if (code == u"append_only")
        return QCoreApplication::translate(c, "This record cannot be changed once saved; add a correction instead.");
    if (code == u"stale_command")
        return QCoreApplication::translate(c, "The record changed on the server before this step arrived.");
    return QCoreApplication::translate(c, "The server refused the change.");
}

QString dateTimeText(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QLocale::ShortFormat);
}

bool isMergeableText(const FieldSpec *spec)
{
    return spec && spec->type == FieldType::Text;
}

QHash<QString, QString> staffNames(Database &db)
{
    QHash<QString, QString> names;
    auto stmt = db.prepare(u"SELECT id, display_name FROM staff_user"_s);
    if (!stmt.ok())
        return names;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok() || !row.value())
            break;
        names.insert(stmt.value().text(0), stmt.value().text(1));
    }
    return names;
}

QString personName(Database &db, const QString &personId)
{
    if (personId.isEmpty())
        return {};
    return Counsel::personName(db, personId);
}

} // namespace Qadam::ConflictText
