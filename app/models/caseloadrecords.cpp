#include "caseloadrecords.h"

#include "casework/obligationloader.h"
#include "casework/obligationrules.h"
#include "domain/referencedata.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

QString joined(const Statement &s, int first)
{
    return CaseloadRecords::listName(s.text(first), s.text(first + 1), s.text(first + 2));
}

PersonSummary summary(const Statement &s, const QString &language)
{
    PersonSummary p;
    p.id = s.text(0);
    const QString cyrillic = joined(s, 1);
    const QString latin = joined(s, 4);
    const bool latinFirst = language == u"en" && !latin.isEmpty();
    p.primaryName = latinFirst || cyrillic.isEmpty() ? latin : cyrillic;
    p.secondaryName = latinFirst || cyrillic.isEmpty() ? cyrillic : latin;
    if (p.secondaryName == p.primaryName)
        p.secondaryName.clear();
    p.categories = s.text(7).split(u',', Qt::SkipEmptyParts);
    p.caseStatus = s.text(8);
    p.territory = s.text(9);
    return p;
}

} // namespace

QString CaseloadRecords::listName(const QString &surname, const QString &given, const QString &patronymic)
{
    QStringList parts;
    if (const QString s = surname.trimmed(); !s.isEmpty())
        parts << s;
    for (const QString &name : { given.trimmed(), patronymic.trimmed() })
        if (!name.isEmpty())
            parts << name.left(1).toUpper() + u'.';
    return parts.join(u' ');
}

QString CaseloadRecords::idList(const QSet<QString> &ids)
{
    QJsonArray list;
    for (const QString &id : ids)
        list.append(id);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<QHash<QString, PersonSummary>> CaseloadRecords::people(
    Database &db, const QSet<QString> &ids, const QString &language)
{
    if (ids.isEmpty())
        return QHash<QString, PersonSummary>();
    auto stmt = db.cached(u"SELECT id, surname_cyr, given_name_cyr, patronymic_cyr, surname_lat, "
                          u"given_name_lat, patronymic_lat, category_flags, case_status, "
                          u"residence_territory FROM person WHERE id IN (SELECT value FROM json_each(?1))"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, idList(ids));
    QHash<QString, PersonSummary> out;
    out.reserve(ids.size());
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        if (ids.contains(stmt.value().text(0)))
            out.insert(stmt.value().text(0), summary(stmt.value(), language));
    }
}

Result<QList<Obligation>> CaseloadRecords::obligations(Database &db, const QSet<QString> &ids, const QDate &today)
{
    return ObligationLoader(db).obligations(ids, today);
}

Result<QHash<QString, QString>> CaseloadRecords::labels(
    Database &db, const QString &dictionary, const QString &language, const QDate &today)
{
    return ReferenceData::labels(db, dictionary, language, today);
}

Result<QHash<QString, QString>> CaseloadRecords::regionOf(Database &db)
{
    return ReferenceData::regionOf(db);
}

Result<QHash<QString, QString>> CaseloadRecords::regionLabels(
    Database &db, const QString &language, const QDate &today)
{
    auto names = labels(db, u"territory"_s, language, today);
    auto regions = regionOf(db);
    if (!names.ok() || !regions.ok())
        return names.ok() ? regions.error() : names.error();
    QHash<QString, QString> out;
    for (auto it = regions.value().cbegin(); it != regions.value().cend(); ++it)
        out.insert(it.key(), names.value().value(it.value()));
    return out;
}

bool CaseloadRecords::needsAction(const Obligation &o, const QDate &today)
{
    return DeadlineRules::builtIn().needsAction(o, today);
}

bool CaseloadRecords::attendableOn(const Obligation &o, const QDate &day)
{
    const QDate last = o.windowEnd > o.dueOn ? o.windowEnd : o.dueOn;
    return (!o.windowStart.isValid() || o.windowStart <= day) && day <= last;
}

QString CaseloadRecords::categoryLabel(const QString &code)
{
    //: Person category (plain, non-stigmatising wording)
    if (code == u"released_convict")
        return tr("Released, under supervision");
    if (code == u"returnee")
        return tr("Returnee");
    if (code == u"returnee_child")
        return tr("Returnee child");
    if (code == u"woman_at_risk")
        return tr("Woman, family support");
    if (code == u"youth_prevention")
        return tr("Youth prevention (voluntary)");
    if (code == u"relative_supporter")
        return tr("Relative, supporter");
    return code;
}

QString CaseloadRecords::caseStatusLabel(const QString &code)
{
    if (code == u"active")
        return tr("Active");
    if (code == u"transferred")
        return tr("Transferred");
    if (code == u"closed")
        return tr("Closed");
    return code;
}

QString CaseloadRecords::channelTitle(Channel channel)
{
    //: PEC Art. 172 part 9: the appearance at the internal affairs body (police)
    return channel == Channel::Police ? tr("Appearance for registration (police)")
                                      //: PEC Art. 172 part 9: the report at the probation service
                                      : tr("Report to the probation service");
}

QString CaseloadRecords::alertKindLabel(const QString &kind)
{
    if (kind == u"missed_check_in")
        return tr("Missed appearance");
    if (kind == u"overdue_measure")
        return tr("Programme measure overdue");
    if (kind == u"order_ending")
        return tr("Supervision order ending");
    if (kind == u"referral_ending")
        return tr("Referral ending");
    if (kind == u"consent_withdrawn")
        return tr("Consent withdrawn");
    if (kind == u"review_due")
        return tr("Progress review due");
    if (kind == u"risk_signal")
        return tr("Concern noted in a session");
    if (kind == u"counsellor_safety")
        return tr("Counsellor safety check");
    return tr("Other alert");
}

} // namespace Qadam
