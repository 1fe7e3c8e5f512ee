#include "casereport.h"

#include "personlabels.h"
#include "personreader.h"
#include "storeworker.h"

#include "casework/progressreview.h"
#include "store/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using Rows = QList<SectionRow>;

QString tr(const char *source, const char *comment = nullptr)
{
    // The context lupdate gives tr() in this namespace, so the .ts translations are found.
    return QCoreApplication::translate("Qadam", source, comment);
}

QString names(const QVariantMap &p, const QString &script)
{
    QStringList parts;
    for (const QString &field : { u"surname"_s, u"givenName"_s, u"patronymic"_s })
        if (const QString part = p.value(field + script).toString(); !part.isEmpty())
            parts << part;
    return parts.join(u' ');
}

QString sectionTitle(const QString &key)
{
    if (key == u"overview")
        return tr("Person summary");
    if (key == u"order")
        return tr("Administrative supervision: order and obligations", "DOMAIN glossary: administrative supervision");
    if (key == u"appearances_police")
        return tr("Appearances for registration at the internal affairs body", "PEC Art. 172 part 9, channel 1");
    if (key == u"appearances_probation")
        return tr("Appearances at the probation service", "PEC Art. 172 part 9, channel 2");
    if (key == u"programme")
        return tr("Individual programme of social and legal assistance", "DOMAIN glossary");
    if (key == u"referrals")
        return tr("Referrals and outcomes");
    if (key == u"sessions")
        return tr("Counselling sessions (attendance only)");
    return tr("Progress reviews");
}

/** The record kind and field group a section's rows need to be exported at all. Sessions have
 *  none: whether one may leave depends on the session (its tier), so each row is checked alone. */
std::pair<QString, FieldGroup> exportNeed(const QString &key)
{
    if (key == u"overview")
        return { u"Person"_s, FieldGroup::Basics };
    if (key == u"order")
        return { u"SupervisionOrder"_s, FieldGroup::Status };
    if (key.startsWith(u"appearances"))
        return { u"CheckIn"_s, FieldGroup::Status };
    if (key == u"programme")
        return { u"AssistanceProgramme"_s, FieldGroup::Status };
    if (key == u"referrals")
        return { u"Referral"_s, FieldGroup::Status };
    if (key == u"sessions")
        return {};
    return { u"ProgressReview"_s, FieldGroup::Status };
}

/** The order's rows; without the legal group (decision, court) the texts that quote it go. */
Rows orderRows(const PersonReader &r, Rows rows)
{
    if (r.may(AccessAction::Export, u"SupervisionOrder"_s, FieldGroup::Legal))
        return rows;
    for (SectionRow &row : rows) {
        if (row.entity != u"SupervisionOrder")
            continue;
        if (row.depth == 0)
            row.title = tr("Court order of administrative supervision");
        row.detail.clear(); // ObligationText::explain() names the court decision
    }
    return rows;
}

/** The timeline's rows of one channel (suspensions belong to both). */
Rows channelRows(const PersonReader &r, const Rows &timeline, const QString &channel)
{
    const QString channelText = PersonLabels::enumText(QString(), u"channel"_s, channel);
    Rows out;
    for (const SectionRow &row : timeline)
        if (row.title == channelText || row.entity == u"OrderSuspension")
            out << row;
    return orderRows(r, out);
}

QJsonObject jsonOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return QJsonObject::fromVariantMap(value.toMap());
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonValue atPath(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(u'.'))
        v = v.toObject().value(part);
    return v;
}

/** A review's computed process indicators in one line ("label: value; …"), in the scales' words. */
QString indicatorLine(const QJsonObject &indicators, const QString &language)
{
    QStringList parts;
    for (const QJsonValue &d : ProgressReviewService::scales().value(u"indicators"_s).toArray()) {
        const QJsonObject def = d.toObject();
        const QJsonObject label = def.value(u"label"_s).toObject();
        const QJsonValue v = atPath(indicators, def.value(u"path"_s).toString());
        const QString text = label.value(language).toString(label.value(u"en"_s).toString());
        parts << text + u": "_s + (v.isDouble() ? QLocale::c().toString(v.toDouble(), 'g', 4) : u"—"_s);
    }
    return parts.join(u"; "_s);
}

Rows reviewRows(const PersonReader &r, Rows rows)
{
    for (SectionRow &row : rows) {
        auto review = r.record(u"ProgressReview"_s, row.recordId);
        const QJsonObject indicators = review.ok() ? jsonOf(review.value().value(u"indicators"_s)) : QJsonObject();
        if (!indicators.isEmpty())
            row.detail = indicatorLine(indicators, r.language());
    }
    return rows;
}

Result<Rows> sectionRows(const PersonReader &r, const QString &key, const Rows &timeline)
{
    if (key == u"appearances_police")
        return channelRows(r, timeline, u"police"_s);
    if (key == u"appearances_probation")
        return channelRows(r, timeline, u"probation"_s);
    auto rows = PersonSections::load(r, key);
    if (!rows.ok())
        return rows.error();
    if (key == u"order")
        return orderRows(r, rows.value());
    if (key == u"reviews")
        return reviewRows(r, rows.value());
    return rows;
}

Status fillHeader(CaseReport &report, const PersonReader &r)
{
    auto person = r.record(u"Person"_s, r.personId());
    if (!person.ok())
        return person.error();
    const QVariantMap &p = person.value();
    report.namesCyrillic = names(p, u"Cyr"_s);
    report.namesLatin = names(p, u"Lat"_s);
    report.categories = PersonLabels::categoryTexts(p.value(u"categoryFlags"_s).toString());
    report.caseStatusText = PersonLabels::enumText(u"Person"_s, u"caseStatus"_s, p.value(u"caseStatus"_s).toString());
    return {};
}

Status fillSections(CaseReport &report, const PersonReader &r)
{
    auto timeline = PersonSections::load(r, u"timeline"_s);
    if (!timeline.ok())
        return timeline.error();
    for (const QString &key : CaseReport::sectionKeys()) {
        CaseReportSection section { key, sectionTitle(key), {}, false };
        const auto [entity, group] = exportNeed(key);
        const QString screenKey = key.startsWith(u"appearances") ? u"timeline"_s : key;
        section.withheld = !PersonSections::visible(r, screenKey)
            || (!entity.isEmpty() && !r.may(AccessAction::Export, entity, group));
        if (!section.withheld) {
            auto rows = sectionRows(r, key, timeline.value());
            if (!rows.ok())
                return rows.error();
            section.rows = rows.value();
        }
        report.sections << section;
    }
    return {};
}

} // namespace

const QStringList &CaseReport::sectionKeys()
{
    static const QStringList keys = { u"overview"_s, u"order"_s, u"appearances_police"_s, u"appearances_probation"_s,
        u"programme"_s, u"referrals"_s, u"sessions"_s, u"reviews"_s };
    return keys;
}

Result<CaseReport> CaseReport::load(CoreContext &ctx, const QString &personId, const QString &language)
{
    auto exists = ctx.db.scalar(u"SELECT count(*) FROM person WHERE id = ?1"_s, { personId });
    if (!exists.ok())
        return exists.error();
    if (exists.value().toLongLong() == 0)
        return Error::make(Error::NotFound, u"case report: no such case"_s);
    auto reader = PersonReader::open(ctx.db, ctx.actor, personId, ctx.today, language, PersonReader::Purpose::Export);
    if (!reader.ok())
        return reader.error();
    const PersonReader &r = reader.value();
    if (!r.mayOpen())
        return Error::make(Error::Forbidden, accessReasonName(r.refusal()));
    if (!r.may(AccessAction::Export, u"Person"_s, FieldGroup::Basics))
        return Error::make(Error::Forbidden, u"export_not_permitted"_s);

    CaseReport report;
    report.personId = personId;
    report.reference = personId.section(u'-', -1).toUpper(); // the random end of the UUIDv7
    report.language = language;
    report.exportedById = ctx.actor.userId;
    report.exportedByName = r.staffName(ctx.actor.userId);
    report.exportedByRole = PersonLabels::roleText(roleName(ctx.actor.role));
    report.exportedAt = ctx.clock.now().toLocalTime();
    if (Status s = fillHeader(report, r); !s.ok())
        return s.error();
    if (Status s = fillSections(report, r); !s.ok())
        return s.error();
    return report;
}

} // namespace Qadam
