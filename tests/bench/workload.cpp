#include "workload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

QJsonArray queriesToJson(const QList<QStringList> &queries)
{
    QJsonArray out;
    for (const QStringList &words : queries)
        out << QJsonArray::fromStringList(words);
    return out;
}

QList<QStringList> queriesFromJson(const QJsonValue &value)
{
    QList<QStringList> out;
    for (const QJsonValue &query : value.toArray()) {
        QStringList words;
        for (const QJsonValue &word : query.toArray())
            words << word.toString();
        out << words;
    }
    return out;
}

} // namespace

QJsonObject Workload::toJson() const
{
    QJsonArray targets;
    for (const InsertTarget &t : insertTargets)
        targets << QJsonArray { t.personId, t.orderId };
    QJsonArray caches;
    for (int kib : cacheKiB)
        caches << kib;
    return { { u"today"_s, today }, { u"cyrillic"_s, queriesToJson(cyrillic) },
        { u"latin"_s, queriesToJson(latin) }, { u"twoWords"_s, queriesToJson(twoWords) },
        { u"officers"_s, QJsonArray::fromStringList(officers) }, { u"insertTargets"_s, targets },
        { u"cacheKiB"_s, caches }, { u"defaultCacheKiB"_s, defaultCacheKiB },
        { u"searchLimit"_s, searchLimit }, { u"dueLimit"_s, dueLimit },
        { u"dueRunsEveryone"_s, dueRunsEveryone }, { u"insertRows"_s, insertRows },
        { u"insertRuns"_s, insertRuns }, { u"agreementQueries"_s, agreementQueries },
        { u"mainOnly"_s, mainOnly } };
}

Workload Workload::fromJson(const QJsonObject &json)
{
    Workload w;
    w.today = json.value(u"today"_s).toString();
    w.cyrillic = queriesFromJson(json.value(u"cyrillic"_s));
    w.latin = queriesFromJson(json.value(u"latin"_s));
    w.twoWords = queriesFromJson(json.value(u"twoWords"_s));
    for (const QJsonValue &officer : json.value(u"officers"_s).toArray())
        w.officers << officer.toString();
    for (const QJsonValue &target : json.value(u"insertTargets"_s).toArray())
        w.insertTargets << InsertTarget { target[0].toString(), target[1].toString() };
    for (const QJsonValue &kib : json.value(u"cacheKiB"_s).toArray())
        w.cacheKiB << kib.toInt();
    w.defaultCacheKiB = json.value(u"defaultCacheKiB"_s).toInt();
    w.searchLimit = json.value(u"searchLimit"_s).toInt();
    w.dueLimit = json.value(u"dueLimit"_s).toInt();
    w.dueRunsEveryone = json.value(u"dueRunsEveryone"_s).toInt();
    w.insertRows = json.value(u"insertRows"_s).toInt();
    w.insertRuns = json.value(u"insertRuns"_s).toInt();
    w.agreementQueries = json.value(u"agreementQueries"_s).toInt();
    w.mainOnly = json.value(u"mainOnly"_s).toBool();
    return w;
}

} // namespace Qadam::Bench
