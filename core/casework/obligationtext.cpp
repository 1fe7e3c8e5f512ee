// Obligation texts from the templates of deadline_rules.json: placeholders in braces are filled
// here, so wording and date formats change with the data, not the code.
#include "obligationtext.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Qadam::ObligationText {

namespace {

using Values = QMap<QString, QString>;

QString fill(QString text, const Values &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

QString lang(const QString &language)
{
    return ReferenceData::languages().contains(language) ? language : u"en"_s;
}

QString monthName(QDate d, const QString &language, const DeadlineRules &rules)
{
    return rules.months(language).value(d.month() - 1);
}

/** The clause that says why the due date is not the day the rule names; empty when it is. */
QString moveClause(const Obligation &o, const QString &language, const DeadlineRules &rules)
{
    const Values values = { { u"nominal"_s, date(o.nominalDue, language, rules) },
        { u"day"_s, QString::number(o.ruleValue) } };
    QString key;
    if (o.rule == DeadlineRule::EveryNDays && o.dueOn > o.nominalDue)
        key = u"movedLater"_s;
    else if (o.rule == DeadlineRule::FixedDay && o.dueOn > o.nominalDue)
        key = u"windowAfterDay"_s;
    else if (o.rule == DeadlineRule::FixedDay && o.dueOn < o.nominalDue)
        key = u"movedEarlier"_s;
    else if (o.rule == DeadlineRule::FixedDay && o.nominalDue.day() != o.ruleValue)
        key = u"shortMonth"_s;
    return key.isEmpty() ? QString() : fill(rules.text({ u"clause"_s, key }, language), values);
}

} // namespace

QString date(QDate d, const QString &language, const DeadlineRules &rules)
{
    const QString l = lang(language);
    return fill(rules.text({ u"date"_s }, l),
        { { u"d"_s, QString::number(d.day()) }, { u"month"_s, monthName(d, l, rules) },
            { u"yyyy"_s, QString::number(d.year()) } });
}

QString range(QDate from, QDate to, const QString &language, const DeadlineRules &rules)
{
    const QString l = lang(language);
    if (from == to)
        return date(from, l, rules);
    if (from.year() == to.year() && from.month() == to.month())
        return fill(rules.text({ u"range"_s, u"sameMonth"_s }, l),
            { { u"d1"_s, QString::number(from.day()) }, { u"d2"_s, QString::number(to.day()) },
                { u"month"_s, monthName(to, l, rules) }, { u"yyyy"_s, QString::number(to.year()) } });
    return fill(rules.text({ u"range"_s, u"other"_s }, l),
        { { u"from"_s, date(from, l, rules) }, { u"to"_s, date(to, l, rules) } });
}

QString explain(const Obligation &o, const QString &language, const DeadlineRules &rules)
{
    const QString l = lang(language);
    const QString rule = fill(rules.text({ u"rule"_s, ruleName(o.rule) }, l),
        { { u"day"_s, QString::number(o.ruleValue) }, { u"n"_s, QString::number(o.ruleValue) } });
    QStringList parts = { fill(rules.text({ u"explanation"_s }, l),
        { { u"due"_s, date(o.dueOn, l, rules) }, { u"order"_s, o.decisionNumber },
            { u"channel"_s, rules.text({ u"channel"_s, channelName(o.channel) }, l) }, { u"rule"_s, rule },
            { u"window"_s, range(o.windowStart, o.windowEnd, l, rules) } }) };
    if (const QString moved = moveClause(o, l, rules); !moved.isEmpty())
        parts << moved;
    if (o.newDueOn.isValid() || !o.excuseReason.isEmpty())
        parts << fill(rules.text({ u"clause"_s, u"excused"_s }, l),
            { { u"reason"_s, o.excuseReason },
                { u"newDue"_s, o.newDueOn.isValid() ? date(o.newDueOn, l, rules) : u"—"_s } });
    return parts.join(u"; "_s);
}

QString status(const Obligation &o, const QString &language, const DeadlineRules &rules)
{
    const QString l = lang(language);
    QString key = statusName(o.status);
    if (o.status == ObligationStatus::Excused && o.newDueOn.isValid())
        key = u"excusedNewDate"_s;
    const QDate when = o.status == ObligationStatus::Attended ? o.attendedOn : o.newDueOn;
    return fill(rules.text({ u"status"_s, key }, l),
        { { u"n"_s, QString::number(o.overdueDays) },
            { u"date"_s, when.isValid() ? date(when, l, rules) : QString() } });
}

} // namespace Qadam::ObligationText
