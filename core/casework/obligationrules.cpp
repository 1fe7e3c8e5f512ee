// The deadline engine's configuration from deadline_rules.json: parsed and checked once, so a
// missing template or a malformed level fails a test rather than a screen.
#include "obligationrules.h"

#include "util/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

Error bad(const QString &why)
{
    return Error::make(Error::Invalid, u"deadline rules: "_s + why);
}

/** Every template ObligationText uses, each needed in kk, ru and en. */
const QList<QStringList> &requiredTexts()
{
    static const QList<QStringList> paths = {
        { u"explanation"_s },
        { u"date"_s },
        { u"range"_s, u"sameMonth"_s },
        { u"range"_s, u"other"_s },
        { u"channel"_s, u"police"_s },
        { u"channel"_s, u"probation"_s },
        { u"rule"_s, u"calendar_month"_s },
        { u"rule"_s, u"fixed_day"_s },
        { u"rule"_s, u"every_n_days"_s },
        { u"clause"_s, u"movedEarlier"_s },
        { u"clause"_s, u"movedLater"_s },
        { u"clause"_s, u"shortMonth"_s },
        { u"clause"_s, u"windowAfterDay"_s },
        { u"clause"_s, u"excused"_s },
        { u"status"_s, u"upcoming"_s },
        { u"status"_s, u"open"_s },
        { u"status"_s, u"due_soon"_s },
        { u"status"_s, u"overdue"_s },
        { u"status"_s, u"attended"_s },
        { u"status"_s, u"excused"_s },
        { u"status"_s, u"excusedNewDate"_s },
        { u"status"_s, u"missed"_s },
    };
    return paths;
}

Result<EscalationLevel> parseLevel(const QJsonValue &v, const EscalationLevel *previous)
{
    static const QStringList routes = { u"channel_officer"_s, u"supervisor"_s };
    static const QStringList severities = { u"info"_s, u"warning"_s, u"urgent"_s };
    const QJsonObject o = v.toObject();
    const EscalationLevel level { o.value(u"level"_s).toInt(0), o.value(u"afterOverdueDays"_s).toInt(-1),
        o.value(u"route"_s).toString(), o.value(u"severity"_s).toString() };
    if (level.level < 0 || level.afterOverdueDays < 1)
        return bad(u"a level needs level ≥ 0 and afterOverdueDays ≥ 1"_s);
    if (previous && (level.level <= previous->level || level.afterOverdueDays <= previous->afterOverdueDays))
        return bad(u"levels must rise in level and afterOverdueDays"_s);
    if (!routes.contains(level.route) || !severities.contains(level.severity))
        return bad(u"level %1: unknown route or severity"_s.arg(level.level));
    return level;
}

} // namespace

Result<DeadlineRules> DeadlineRules::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(u"format"_s).toInt(0) != 1)
        return bad(u"format must be 1"_s);
    DeadlineRules rules;
    rules.m_version = root.value(u"version"_s).toInt(0);
    rules.m_settings.dueSoonWorkingDays = root.value(u"dueSoonWorkingDays"_s).toInt(-1);
    rules.m_settings.horizonMonths = root.value(u"horizonMonths"_s).toInt(-1);
    if (rules.m_version < 1 || rules.m_settings.dueSoonWorkingDays < 0
        || rules.m_settings.dueSoonWorkingDays > 20 || rules.m_settings.horizonMonths < 0
        || rules.m_settings.horizonMonths > 12)
        return bad(u"version ≥ 1, dueSoonWorkingDays 0–20 and horizonMonths 0–12 are required"_s);
    rules.m_texts = root.value(u"texts"_s).toObject();
    for (Status s : { rules.parseAlerts(root.value(u"alerts"_s).toObject()), rules.checkTexts() })
        if (!s.ok())
            return s.error();
    return rules;
}

Status DeadlineRules::parseAlerts(const QJsonObject &alerts)
{
    m_alertKind = alerts.value(u"kind"_s).toString();
    m_lookbackDays = alerts.value(u"lookbackDays"_s).toInt(-1);
    m_workingDays = alerts.value(u"overdueDays"_s).toString() == u"working";
    if (m_alertKind.isEmpty() || m_lookbackDays < 1
        || (!m_workingDays && alerts.value(u"overdueDays"_s).toString() != u"calendar"))
        return bad(u"alerts need a kind, lookbackDays ≥ 1 and overdueDays working|calendar"_s);
    for (const QJsonValue &v : alerts.value(u"levels"_s).toArray()) {
        auto level = parseLevel(v, m_levels.isEmpty() ? nullptr : &m_levels.last());
        if (!level.ok())
            return level.error();
        m_levels << level.value();
    }
    return m_levels.isEmpty() ? Status(bad(u"alerts need at least one level"_s)) : Status {};
}

Status DeadlineRules::checkTexts() const
{
    for (const QString &language : ReferenceData::languages()) {
        for (const QStringList &path : requiredTexts())
            if (text(path, language).isEmpty())
                return bad(u"texts/%1 has no %2 text"_s.arg(path.join(u'/'), language));
        if (months(language).size() != 12)
            return bad(u"texts/months/%1 needs 12 names"_s.arg(language));
    }
    return {};
}

const DeadlineRules &DeadlineRules::builtIn()
{
    static const DeadlineRules rules = [] {
        QFile file(QString::fromUtf16(kResource));
        auto parsed = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll())
                                                     : Result<DeadlineRules>(bad(u"missing"_s));
        if (parsed.ok())
            return parsed.value();
        qCWarning(lcCore) << "built-in deadline rules unusable:" << parsed.error().detail;
        DeadlineRules fallback;
        fallback.m_levels
            = { { 0, 1, u"channel_officer"_s, u"warning"_s }, { 1, 3, u"supervisor"_s, u"urgent"_s } };
        return fallback;
    }();
    return rules;
}

const EscalationLevel *DeadlineRules::levelFor(int days) const
{
    const EscalationLevel *reached = nullptr;
    for (const EscalationLevel &level : m_levels)
        if (days >= level.afterOverdueDays)
            reached = &level;
    return reached;
}

QString DeadlineRules::text(const QStringList &path, const QString &language) const
{
    QJsonObject node = m_texts;
    for (const QString &step : path)
        node = node.value(step).toObject();
    return node.value(language).toString();
}

QStringList DeadlineRules::months(const QString &language) const
{
    QStringList names;
    for (const QJsonValue &v : m_texts.value(u"months"_s).toObject().value(language).toArray())
        names << v.toString();
    return names;
}

} // namespace Qadam
