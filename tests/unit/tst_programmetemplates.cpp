// Tests for Qadam::ProgrammeTemplates: the bundled templates load with every text in kk, ru and
// en, cover every person category and need domain, use codes of the reference dictionaries, and
// a damaged document is refused with the place of the fault.
#include "casework/programmetemplates.h"
#include "domain/referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QStringList kCategories = { u"released_convict"_s, u"returnee_woman"_s, u"returnee_minor"_s,
    u"youth_prevention"_s, u"relative"_s };

/** A dictionary of the bundled reference data: code → its `data.domains` (empty for need_domain). */
QHash<QString, QStringList> referenceCodes(const QString &dictionary)
{
    QFile file(QString::fromUtf16(ReferenceData::kBuiltInResource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QStringList> codes;
    for (const QJsonValue &d :
        QJsonDocument::fromJson(file.readAll()).object().value(u"dictionaries"_s).toArray()) {
        if (d.toObject().value(u"name"_s).toString() != dictionary)
            continue;
        for (const QJsonValue &e : d.toObject().value(u"entries"_s).toArray()) {
            QStringList domains;
            for (const QJsonValue &v : e.toObject().value(u"data"_s).toObject().value(u"domains"_s).toArray())
                domains << v.toString();
            codes.insert(e.toObject().value(u"code"_s).toString(), domains);
        }
    }
    return codes;
}

QJsonObject builtInDocument()
{
    QFile file(QString::fromUtf16(ProgrammeTemplates::kBuiltInResource));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

/** Applies `edit` to the object at `path` (keys and array indexes) of `root`. */
QJsonValue edited(const QJsonValue &node, QStringList path, const std::function<void(QJsonObject &)> &edit)
{
    if (path.isEmpty()) {
        QJsonObject o = node.toObject();
        edit(o);
        return o;
    }
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        a[step.toInt()] = edited(a.at(step.toInt()), path, edit);
        return a;
    }
    QJsonObject o = node.toObject();
    o[step] = edited(o.value(step), path, edit);
    return o;
}

using Edit = std::function<void(QJsonObject &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class tst_ProgrammeTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoadsWithEveryText();
    void everyCategoryCoversEveryDomain_data();
    void everyCategoryCoversEveryDomain();
    void codesComeFromTheReferenceDictionaries();
    void severityPicksGoalsAndMeasures_data();
    void severityPicksGoalsAndMeasures();
    void severityScalesDueDays_data();
    void severityScalesDueDays();
    void damagedDocumentIsRefused_data();
    void damagedDocumentIsRefused();
};

void tst_ProgrammeTemplates::builtInLoadsWithEveryText()
{
    auto templates = ProgrammeTemplates::builtIn();
    QVERIFY2(templates.ok(), qPrintable(templates.ok() ? QString() : templates.error().detail));
    const ProgrammeTemplates &t = templates.value();
    QVERIFY(t.version() >= 1);
    QVERIFY(t.validFrom().isValid());
    QCOMPARE(t.categories().size(), kCategories.size());
    static const QRegularExpression cyrillic(u"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]"_s);
    static const QRegularExpression kazakhLetters(u"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]"_s);
    QList<std::pair<QString, LocalText>> texts;
    for (const TemplateCategory &c : t.categories())
        texts << std::pair { c.code, c.label };
    for (const TemplateGoal &g : t.goals())
        texts << std::pair { g.key, g.text };
    for (const auto &[where, text] : texts) {
        QVERIFY2(!text.kk.isEmpty() && !text.ru.isEmpty() && !text.en.isEmpty(), qPrintable(where));
        QVERIFY2(cyrillic.match(text.kk).hasMatch() && cyrillic.match(text.ru).hasMatch(), qPrintable(where));
        QVERIFY2(!cyrillic.match(text.en).hasMatch(), qPrintable(where));
        // Kazakh, not Russian: each Kazakh text uses letters the Russian alphabet does not have.
        QVERIFY2(kazakhLetters.match(text.kk).hasMatch(), qPrintable(where));
        QCOMPARE(text.in(u"kk"_s), text.kk);
        QCOMPARE(text.in(u"en"_s), text.en);
        QCOMPARE(text.in(u"ru"_s), text.ru);
    }
}

void tst_ProgrammeTemplates::everyCategoryCoversEveryDomain_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("domain");
    for (const QString &category : kCategories)
        for (const QString &domain : referenceCodes(u"need_domain"_s).keys())
            QTest::newRow(qPrintable(category + u", "_s + domain)) << category << domain;
}

void tst_ProgrammeTemplates::everyCategoryCoversEveryDomain()
{
    QFETCH(QString, category);
    QFETCH(QString, domain);
    const ProgrammeTemplates t = ProgrammeTemplates::builtIn().value();
    QVERIFY(t.goalsFor(category, domain, u"none"_s).isEmpty());
    const auto low = t.goalsFor(category, domain, u"low"_s);
    const auto critical = t.goalsFor(category, domain, u"critical"_s);
    QVERIFY(!low.isEmpty());
    QVERIFY(critical.size() >= low.size());
    // Within one need, no intervention is proposed twice, and every goal has a measure.
    QStringList interventions;
    for (const TemplateGoal *g : critical) {
        QCOMPARE(g->domainCode, domain);
        QVERIFY(!t.measuresFor(*g, u"low"_s).isEmpty() || g->minSeverity != u"low");
        for (const TemplateMeasure &m : t.measuresFor(*g, u"critical"_s)) {
            QVERIFY2(!interventions.contains(m.interventionCode), qPrintable(m.interventionCode));
            interventions << m.interventionCode;
        }
    }
}

void tst_ProgrammeTemplates::codesComeFromTheReferenceDictionaries()
{
    const auto domains = referenceCodes(u"need_domain"_s);
    const auto interventions = referenceCodes(u"intervention_type"_s);
    QCOMPARE(domains.size(), 9);
    const ProgrammeTemplates t = ProgrammeTemplates::builtIn().value();
    for (const TemplateGoal &g : t.goals()) {
        QVERIFY2(domains.contains(g.domainCode), qPrintable(g.key));
        for (const TemplateMeasure &m : g.measures) {
            QVERIFY2(interventions.contains(m.interventionCode), qPrintable(m.interventionCode));
            QVERIFY2(interventions.value(m.interventionCode).contains(g.domainCode),
                qPrintable(g.key + u": "_s + m.interventionCode));
            // Outside providers work through a referral (and so with consent).
            QCOMPARE(m.viaReferral,
                m.providerKind == u"ngo" || m.providerKind == u"health"
                    || m.providerKind == u"religious_board");
        }
    }
}

void tst_ProgrammeTemplates::severityPicksGoalsAndMeasures_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("goals");
    QTest::addColumn<QStringList>("interventions");
    QTest::addColumn<QString>("priority");
    QTest::newRow("none suggests nothing")
        << u"released_convict"_s << u"housing"_s << u"none"_s << QStringList() << QStringList() << QString();
    QTest::newRow("low documents") << u"released_convict"_s << u"documents_legal_status"_s << u"low"_s
                                   << QStringList { u"identity_documents"_s }
                                   << QStringList { u"legal_aid_documents"_s } << u"low"_s;
    QTest::newRow("moderate documents add benefits")
        << u"released_convict"_s << u"documents_legal_status"_s << u"moderate"_s
        << QStringList { u"identity_documents"_s, u"benefits_entitlements"_s }
        << QStringList { u"legal_aid_documents"_s, u"social_benefits"_s } << u"medium"_s;
    QTest::newRow("high mental health adds an assessment")
        << u"released_convict"_s << u"health_mental_health"_s << u"high"_s
        << QStringList { u"psychological_wellbeing"_s, u"health_care_access"_s }
        << QStringList { u"psychological_counselling"_s, u"psychiatric_assessment"_s, u"medical_care"_s }
        << u"high"_s;
    QTest::newRow("returnee woman's family starts with screening")
        << u"returnee_woman"_s << u"family_relationships"_s << u"low"_s << QStringList { u"family_safety"_s }
        << QStringList { u"family_violence_screening"_s } << u"low"_s;
    QTest::newRow("returnee minor goes to school") << u"returnee_minor"_s << u"education"_s << u"critical"_s
                                                   << QStringList { u"child_school_enrolment"_s }
                                                   << QStringList { u"education_enrolment"_s } << u"high"_s;
    QTest::newRow("youth religious literacy") << u"youth_prevention"_s << u"religious_counselling"_s
                                              << u"moderate"_s << QStringList { u"religious_literacy"_s }
                                              << QStringList { u"theological_counselling"_s } << u"medium"_s;
    QTest::newRow("relative as supporter")
        << u"relative"_s << u"family_relationships"_s << u"high"_s << QStringList { u"supporter_role"_s }
        << QStringList { u"family_mediation"_s, u"family_violence_screening"_s } << u"high"_s;
    QTest::newRow("unknown category")
        << u"prisoner"_s << u"housing"_s << u"high"_s << QStringList() << QStringList() << u"high"_s;
}

void tst_ProgrammeTemplates::severityPicksGoalsAndMeasures()
{
    QFETCH(QString, category);
    QFETCH(QString, domain);
    QFETCH(QString, severity);
    QFETCH(QStringList, goals);
    QFETCH(QStringList, interventions);
    QFETCH(QString, priority);
    const ProgrammeTemplates t = ProgrammeTemplates::builtIn().value();
    QStringList gotGoals, gotInterventions;
    for (const TemplateGoal *g : t.goalsFor(category, domain, severity)) {
        gotGoals << g->key;
        for (const TemplateMeasure &m : t.measuresFor(*g, severity))
            gotInterventions << m.interventionCode;
    }
    QCOMPARE(gotGoals, goals);
    QCOMPARE(gotInterventions, interventions);
    QCOMPARE(t.priorityFor(severity), priority);
}

void tst_ProgrammeTemplates::severityScalesDueDays_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("days");
    QTest::newRow("low: later") << u"low"_s << 45;
    QTest::newRow("moderate: as written") << u"moderate"_s << 30;
    QTest::newRow("high: sooner") << u"high"_s << 23;
    QTest::newRow("critical: twice as soon") << u"critical"_s << 15;
}

void tst_ProgrammeTemplates::severityScalesDueDays()
{
    QFETCH(QString, severity);
    QFETCH(int, days);
    const ProgrammeTemplates t = ProgrammeTemplates::builtIn().value();
    const TemplateMeasure legalAid = t.goal(u"identity_documents"_s)->measures.constFirst();
    QCOMPARE(legalAid.dueInDays, 30);
    QCOMPARE(t.dueInDays(legalAid, severity), days);
}

void tst_ProgrammeTemplates::damagedDocumentIsRefused_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("where");
    const QStringList firstGoal = { u"goals"_s, u"0"_s };
    const QStringList firstMeasure = firstGoal + QStringList { u"measures"_s, u"0"_s };
    QTest::newRow("goal without Kazakh text")
        << (firstGoal + QStringList { u"text"_s }) << Edit([](QJsonObject &o) { o.remove(u"kk"_s); })
        << u"goals/0/text"_s;
    QTest::newRow("category label with an empty English text")
        << QStringList { u"categories"_s, u"2"_s, u"label"_s }
        << Edit([](QJsonObject &o) { o[u"en"_s] = u" "_s; }) << u"categories/2/label"_s;
    QTest::newRow("unknown frequency")
        << firstMeasure << Edit([](QJsonObject &o) { o[u"frequency"_s] = u"daily"_s; })
        << u"goals/0/measures/0/frequency"_s;
    QTest::newRow("unknown provider kind")
        << firstMeasure << Edit([](QJsonObject &o) { o[u"providerKind"_s] = u"court"_s; })
        << u"goals/0/measures/0/providerKind"_s;
    QTest::newRow("due after the goal's target")
        << firstMeasure << Edit([](QJsonObject &o) { o[u"dueInDays"_s] = 400; })
        << u"goals/0/measures/0/dueInDays"_s;
    QTest::newRow("severity none as a threshold")
        << firstGoal << Edit([](QJsonObject &o) { o[u"minSeverity"_s] = u"none"_s; })
        << u"goals/0/minSeverity"_s;
    QTest::newRow("a goal filed under another domain")
        << QStringList { u"categories"_s, u"0"_s, u"domains"_s }
        << Edit([](QJsonObject &o) { o[u"housing"_s] = QJsonArray { u"identity_documents"_s }; })
        << u"categories/0/housing"_s;
    QTest::newRow("a category missing") << QStringList() << Edit([](QJsonObject &o) {
        QJsonArray categories = o.value(u"categories"_s).toArray();
        categories.removeLast();
        o[u"categories"_s] = categories;
    }) << u"categories"_s;
    QTest::newRow("a newer format") << QStringList() << Edit([](QJsonObject &o) { o[u"format"_s] = 2; })
                                    << u"format"_s;
    QTest::newRow("no priority for a severity")
        << QStringList { u"severityPriority"_s } << Edit([](QJsonObject &o) { o.remove(u"critical"_s); })
        << u"severityPriority/critical"_s;
}

void tst_ProgrammeTemplates::damagedDocumentIsRefused()
{
    QFETCH(QStringList, path);
    QFETCH(Edit, edit);
    QFETCH(QString, where);
    const QJsonObject damaged = edited(builtInDocument(), path, edit).toObject();
    auto loaded = ProgrammeTemplates::fromJson(QJsonDocument(damaged).toJson());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.code(), Error::Invalid);
    QCOMPARE(loaded.error().field, where);
    QVERIFY(ProgrammeTemplates::fromJson(QJsonDocument(builtInDocument()).toJson()).ok());
}

QTEST_GUILESS_MAIN(tst_ProgrammeTemplates)
#include "tst_programmetemplates.moc"
