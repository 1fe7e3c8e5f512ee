#include "programmetemplates.h"

#include "domain/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The allowed values of an enumerated field of the built-in schema (one source of truth). */
const QStringList &enumOf(const QString &entity, const QString &field)
{
    return Schema::builtIn().entity(entity)->field(field)->enumValues;
}

Error bad(const QString &where, const QString &why)
{
    return Error::make(Error::Invalid, u"programme templates: %1: %2"_s.arg(where, why), where);
}

} // namespace

QString LocalText::in(const QString &language) const
{
    if (language == u"kk")
        return kk;
    if (language == u"en")
        return en;
    return ru;
}

/** Reads one templates document; every method checks what it reads and names the place of a fault. */
class TemplateParser
{
public:
    explicit TemplateParser(ProgrammeTemplates &out)
        : m_out(out)
    { }

    Status parse(const QJsonObject &root)
    {
        if (root.value(u"format"_s).toInt() != 1)
            return bad(u"format"_s, u"unsupported format"_s);
        m_out.m_version = root.value(u"version"_s).toInt();
        m_out.m_validFrom = QDate::fromString(root.value(u"validFrom"_s).toString(), Qt::ISODate);
        if (m_out.m_version < 1)
            return bad(u"version"_s, u"must be a positive number"_s);
        if (!m_out.m_validFrom.isValid())
            return bad(u"validFrom"_s, u"must be a date yyyy-MM-dd"_s);
        if (Status s = severityRules(root); !s.ok())
            return s;
        if (Status s = goals(root.value(u"goals"_s).toArray()); !s.ok())
            return s;
        return categories(root.value(u"categories"_s).toArray());
    }

private:
    static Status text(const QJsonValue &value, const QString &where, LocalText *out)
    {
        const QJsonObject o = value.toObject();
        *out = { o.value(u"kk"_s).toString().trimmed(), o.value(u"ru"_s).toString().trimmed(),
            o.value(u"en"_s).toString().trimmed() };
        if (out->kk.isEmpty() || out->ru.isEmpty() || out->en.isEmpty())
            return bad(where, u"needs a text in kk, ru and en"_s);
        return {};
    }

    static Status oneOf(const QString &value, const QStringList &allowed, const QString &where)
    {
        return allowed.contains(value) ? Status {} : bad(where, u"unknown value '%1'"_s.arg(value));
    }

    Status severityRules(const QJsonObject &root)
    {
        const QJsonObject priority = root.value(u"severityPriority"_s).toObject();
        const QJsonObject scale = root.value(u"dueScale"_s).toObject();
        for (const QString &severity : ProgrammeTemplates::severities().mid(1)) {
            const QString p = priority.value(severity).toString();
            if (Status s
                = oneOf(p, enumOf(u"ProgrammeNeed"_s, u"priority"_s), u"severityPriority/"_s + severity);
                !s.ok())
                return s;
            const double factor = scale.value(severity).toDouble();
            if (factor <= 0 || factor > 10)
                return bad(u"dueScale/"_s + severity, u"must be a factor above 0"_s);
            m_out.m_priority.insert(severity, p);
            m_out.m_dueScale.insert(severity, factor);
        }
        return {};
    }

    Status measure(const QJsonObject &o, const TemplateGoal &parent, const QString &where, TemplateMeasure *m)
    {
        m->interventionCode = o.value(u"intervention"_s).toString();
        m->dueInDays = o.value(u"dueInDays"_s).toInt();
        m->frequency = o.value(u"frequency"_s).toString();
        m->providerKind = o.value(u"providerKind"_s).toString();
        m->viaReferral = o.value(u"referral"_s).toBool();
        m->minSeverity = o.value(u"minSeverity"_s).toString(parent.minSeverity);
        if (m->interventionCode.isEmpty())
            return bad(where, u"needs an intervention code"_s);
        if (m->dueInDays < 1 || m->dueInDays > parent.targetInDays)
            return bad(where + u"/dueInDays"_s, u"must fall between the start and the goal's target"_s);
        if (Status s
            = oneOf(m->frequency, enumOf(u"ProgrammeMeasure"_s, u"frequency"_s), where + u"/frequency"_s);
            !s.ok())
            return s;
        if (Status s
            = oneOf(m->providerKind, enumOf(u"Organisation"_s, u"kind"_s), where + u"/providerKind"_s);
            !s.ok())
            return s;
        return minSeverity(m->minSeverity, where);
    }

    static Status minSeverity(const QString &severity, const QString &where)
    {
        return ProgrammeTemplates::severityRank(severity) >= 1
            ? Status {}
            : bad(where + u"/minSeverity"_s, u"must be a severity from low to critical"_s);
    }

    Status goal(const QJsonObject &o, const QString &where)
    {
        TemplateGoal g;
        g.key = o.value(u"key"_s).toString();
        g.domainCode = o.value(u"domain"_s).toString();
        g.minSeverity = o.value(u"minSeverity"_s).toString();
        g.targetInDays = o.value(u"targetInDays"_s).toInt();
        if (g.key.isEmpty() || m_out.goal(g.key))
            return bad(where, u"needs a unique key"_s);
        if (g.domainCode.isEmpty() || g.targetInDays < 1)
            return bad(where, u"needs a domain and a target in days"_s);
        if (Status s = minSeverity(g.minSeverity, where); !s.ok())
            return s;
        if (Status s = text(o.value(u"text"_s), where + u"/text"_s, &g.text); !s.ok())
            return s;
        const QJsonArray measures = o.value(u"measures"_s).toArray();
        if (measures.isEmpty())
            return bad(where, u"a goal proposes at least one measure"_s);
        for (qsizetype i = 0; i < measures.size(); ++i) {
            TemplateMeasure m;
            if (Status s = measure(measures.at(i).toObject(), g, u"%1/measures/%2"_s.arg(where).arg(i), &m);
                !s.ok())
                return s;
            g.measures << m;
        }
        m_out.m_goals << g;
        return {};
    }

    Status goals(const QJsonArray &list)
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (Status s = goal(list.at(i).toObject(), u"goals/%1"_s.arg(i)); !s.ok())
                return s;
        return {};
    }

    Status category(const QJsonObject &o, const QString &where)
    {
        TemplateCategory c;
        c.code = o.value(u"code"_s).toString();
        if (Status s
            = oneOf(c.code, enumOf(u"AssistanceProgramme"_s, u"personCategory"_s), where + u"/code"_s);
            !s.ok())
            return s;
        if (m_out.category(c.code))
            return bad(where, u"category listed twice"_s);
        if (Status s = text(o.value(u"label"_s), where + u"/label"_s, &c.label); !s.ok())
            return s;
        const QJsonObject domains = o.value(u"domains"_s).toObject();
        for (auto it = domains.begin(); it != domains.end(); ++it) {
            QStringList keys;
            for (const QJsonValue k : it.value().toArray()) {
                const TemplateGoal *g = m_out.goal(k.toString());
                if (!g || g->domainCode != it.key())
                    return bad(
                        where + u'/' + it.key(), u"'%1' is not a goal of this domain"_s.arg(k.toString()));
                keys << g->key;
            }
            c.goalsByDomain.insert(it.key(), keys);
        }
        m_out.m_categories << c;
        return {};
    }

    Status categories(const QJsonArray &list)
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (Status s = category(list.at(i).toObject(), u"categories/%1"_s.arg(i)); !s.ok())
                return s;
        for (const QString &code : enumOf(u"AssistanceProgramme"_s, u"personCategory"_s))
            if (!m_out.category(code))
                return bad(u"categories"_s, u"no template for '%1'"_s.arg(code));
        return {};
    }

    ProgrammeTemplates &m_out;
};

Result<ProgrammeTemplates> ProgrammeTemplates::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return bad(u"document"_s, u"not a JSON object (%1)"_s.arg(error.errorString()));
    ProgrammeTemplates templates;
    if (Status s = TemplateParser(templates).parse(doc.object()); !s.ok())
        return s.error();
    return templates;
}

Result<ProgrammeTemplates> ProgrammeTemplates::builtIn()
{
    QFile file(QString::fromUtf16(kBuiltInResource));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Storage, u"built-in programme templates missing"_s);
    return fromJson(file.readAll());
}

const TemplateCategory *ProgrammeTemplates::category(const QString &code) const
{
    for (const TemplateCategory &c : m_categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

const TemplateGoal *ProgrammeTemplates::goal(const QString &key) const
{
    for (const TemplateGoal &g : m_goals)
        if (g.key == key)
            return &g;
    return nullptr;
}

QList<const TemplateGoal *> ProgrammeTemplates::goalsFor(
    const QString &categoryCode, const QString &domain, const QString &severity) const
{
    QList<const TemplateGoal *> out;
    const TemplateCategory *c = category(categoryCode);
    const int rank = severityRank(severity);
    if (!c || rank < 1)
        return out;
    for (const QString &key : c->goalsByDomain.value(domain)) {
        const TemplateGoal *g = goal(key);
        if (rank >= severityRank(g->minSeverity))
            out << g;
    }
    return out;
}

QList<TemplateMeasure> ProgrammeTemplates::measuresFor(const TemplateGoal &g, const QString &severity) const
{
    QList<TemplateMeasure> out;
    const int rank = severityRank(severity);
    for (const TemplateMeasure &m : g.measures)
        if (rank >= 1 && rank >= severityRank(m.minSeverity))
            out << m;
    return out;
}

QString ProgrammeTemplates::priorityFor(const QString &severity) const
{
    return m_priority.value(severity);
}

int ProgrammeTemplates::dueInDays(const TemplateMeasure &measure, const QString &severity) const
{
    const double scaled = measure.dueInDays * m_dueScale.value(severity, 1.0);
    return std::max(1, int(std::lround(scaled)));
}

const QStringList &ProgrammeTemplates::severities()
{
    return enumOf(u"ProgrammeNeed"_s, u"severity"_s);
}

int ProgrammeTemplates::severityRank(const QString &severity)
{
    return int(severities().indexOf(severity));
}

} // namespace Qadam
