// ReferenceData: importing versioned dictionaries and resolving historical names by date.

#include "domain/referencedata.h"
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

constexpr qint64 kFirstImport = 1'780'000'000'000;
constexpr qint64 kLaterImport = 1'780'000'600'000;

/** A one-dictionary document; `entries` is JSON text of the entries array. */
QByteArray document(const QString &name, int version, const QString &entries)
{
    return u"{\"format\":1,\"dictionaries\":[{\"name\":\"%1\",\"version\":%2,\"entries\":%3}]}"_s.arg(name)
        .arg(version)
        .arg(entries)
        .toUtf8();
}

QString entry(const QString &code, const QString &en, const QString &extra = {})
{
    return u"{\"code\":\"%1\",\"label\":{\"kk\":\"%2 (kk)\",\"ru\":\"%2 (ru)\",\"en\":\"%2\"}%3}"_s.arg(
        code, en, extra);
}

/** Every row of both reference tables, to prove a failed import changed nothing. */
QStringList snapshot(Database &db)
{
    QStringList rows;
    for (const QString &sql :
        {u"SELECT name, version, imported_at, description FROM ref_dictionary ORDER BY 1"_s,
            u"SELECT * FROM ref_entry ORDER BY dictionary, code, valid_from"_s}) {
        auto stmt = db.prepare(sql);
        Q_ASSERT(stmt.ok());
        while (stmt.value().step().value()) {
            QStringList cells;
            for (int i = 0; i < stmt.value().columnCount(); ++i)
                cells << stmt.value().value(i).toString();
            rows << cells.join(u'|');
        }
    }
    return rows;
}

/** The entries by value: a range-for over `entries(…).value()` would dangle. */
QList<ReferenceEntry> entriesOf(Database &db, const QString &dictionary, QDate on = {})
{
    auto entries = ReferenceData::entries(db, dictionary, on);
    return entries.ok() ? entries.value() : QList<ReferenceEntry>();
}

QStringList codes(Database &db, const QString &dictionary, QDate on = {})
{
    QStringList out;
    for (const ReferenceEntry &e : entriesOf(db, dictionary, on))
        out << e.code;
    return out;
}

} // namespace

/** Versioned reference dictionaries: import rules and date-aware labels. */
class tst_ReferenceData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsBuiltIn();
    void builtInCoversEverySchemaDictionary();
    void builtInMatchesDomain();
    void labelsInEveryLanguage();
    void reimportOfSameVersionIsNoOp();
    void newerVersionReplacesEntries();
    void eachDictionaryVersionedSeparately();
    void malformedWritesNothing_data();
    void malformedWritesNothing();
    void historicalNames_data();
    void historicalNames();
    void labelNotFound_data();
    void labelNotFound();
    void labelRejectsBadArguments();
    void containsAnyPeriod();
    void territoriesOnADate();
    void importJoinsCallersTransaction();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

void tst_ReferenceData::init()
{
    QVERIFY(m_dir.isValid());
    m_db = Test::openMigrated(m_dir.filePath(u"ref%1.db"_s.arg(++m_count)));
    QVERIFY(m_db);
}

void tst_ReferenceData::cleanup()
{
    m_db.reset();
}

void tst_ReferenceData::importsBuiltIn()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db, kFirstImport).ok());
    for (const QString &d : {u"criminal_article"_s, u"restriction_type"_s, u"intervention_type"_s,
             u"need_domain"_s, u"territory"_s}) {
        QCOMPARE(ReferenceData::version(*m_db, d).value(), 1);
        QVERIFY2(!entriesOf(*m_db, d).isEmpty(), qPrintable(d));
    }
    QCOMPARE(ReferenceData::version(*m_db, u"unknown"_s).value(), 0);
    QCOMPARE(
        m_db->scalar(u"SELECT min(imported_at) FROM ref_dictionary"_s).value().toLongLong(), kFirstImport);
}

void tst_ReferenceData::builtInCoversEverySchemaDictionary()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    for (const EntitySpec &e : Schema::builtIn().entities())
        for (const FieldSpec &f : e.fields)
            if (f.type == FieldType::Code)
                QVERIFY2(ReferenceData::version(*m_db, f.refDictionary).value() > 0,
                    qPrintable(e.name + u'.' + f.name + u" → "_s + f.refDictionary));
}

void tst_ReferenceData::builtInMatchesDomain()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const QStringList needs = codes(*m_db, u"need_domain"_s);
    QCOMPARE(QSet<QString>(needs.cbegin(), needs.cend()),
        (QSet<QString> {u"documents_legal_status"_s, u"housing"_s, u"employment_income"_s, u"education"_s,
            u"family_relationships"_s, u"health_mental_health"_s, u"religious_counselling"_s,
            u"social_network_online"_s, u"women_child_needs"_s}));
    QCOMPARE(codes(*m_db, u"criminal_article"_s),
        (QStringList {u"174"_s, u"184"_s, u"255"_s, u"256"_s, u"256.1"_s, u"256.2"_s, u"258"_s, u"259"_s,
            u"260"_s, u"273"_s}));
    for (const ReferenceEntry &e : entriesOf(*m_db, u"criminal_article"_s)) {
        QVERIFY(e.data.contains(u"wordingVerified"_s)); // legal wording is data, checked before release
        if (e.code.contains(u'.')) {
            QCOMPARE(e.parentCode, e.code.section(u'.', 0, 0));
            QCOMPARE(e.data.value(u"part"_s).toString(), e.code.section(u'.', 1, 1));
        }
    }
    for (const ReferenceEntry &e : entriesOf(*m_db, u"intervention_type"_s)) {
        const QJsonArray domains = e.data.value(u"domains"_s).toArray();
        QVERIFY2(!domains.isEmpty(), qPrintable(e.code));
        for (const QJsonValue &d : domains)
            QVERIFY2(needs.contains(d.toString()), qPrintable(e.code + u" → "_s + d.toString()));
    }
}

void tst_ReferenceData::labelsInEveryLanguage()
{
    static const QRegularExpression cyrillic(u"[\\x{0400}-\\x{04FF}]"_s);
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    auto dictionaries = m_db->prepare(u"SELECT name FROM ref_dictionary"_s);
    QVERIFY(dictionaries.ok());
    Statement &stmt = dictionaries.value();
    int checked = 0;
    while (stmt.step().value()) {
        for (const ReferenceEntry &e : entriesOf(*m_db, stmt.text(0))) {
            const QString where = e.dictionary + u'/' + e.code;
            for (const QString &language : ReferenceData::languages())
                QVERIFY2(!e.label(language).trimmed().isEmpty(), qPrintable(where + u' ' + language));
            QVERIFY2(cyrillic.match(e.labelKk).hasMatch(), qPrintable(where));
            QVERIFY2(cyrillic.match(e.labelRu).hasMatch(), qPrintable(where));
            QVERIFY2(!cyrillic.match(e.labelEn).hasMatch(), qPrintable(where));
            ++checked;
        }
    }
    QVERIFY(checked > 50);
}

void tst_ReferenceData::reimportOfSameVersionIsNoOp()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db, kFirstImport).ok());
    const QStringList before = snapshot(*m_db);
    QVERIFY(ReferenceData::importBuiltIn(*m_db, kLaterImport).ok());
    QCOMPARE(snapshot(*m_db), before);

    // Same version number with different content is still skipped: versions, not contents, decide.
    QVERIFY(ReferenceData::import(
        *m_db, document(u"territory"_s, 1, u"["_s + entry(u"KZ-AST"_s, u"Renamed"_s) + u"]"_s), kLaterImport)
                .ok());
    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(ReferenceData::label(*m_db, u"territory"_s, u"KZ-AST"_s, u"en"_s, QDate(2024, 1, 1)).value(),
        u"Astana"_s);
}

void tst_ReferenceData::newerVersionReplacesEntries()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db, kFirstImport).ok());
    const QString entries = u"["_s + entry(u"KZ-AST"_s, u"Old capital"_s, u",\"validTo\":\"2030-01-01\""_s)
        + u","_s + entry(u"KZ-AST"_s, u"New capital"_s, u",\"validFrom\":\"2030-01-01\""_s) + u"]"_s;
    QVERIFY(ReferenceData::import(*m_db, document(u"territory"_s, 2, entries), kLaterImport).ok());
    QCOMPARE(ReferenceData::version(*m_db, u"territory"_s).value(), 2);
    QCOMPARE(ReferenceData::label(*m_db, u"territory"_s, u"KZ-AST"_s, u"en"_s, QDate(2029, 12, 31)).value(),
        u"Old capital"_s);
    QCOMPARE(ReferenceData::label(*m_db, u"territory"_s, u"KZ-AST"_s, u"ru"_s, QDate(2030, 1, 1)).value(),
        u"New capital (ru)"_s);
    QCOMPARE(ReferenceData::contains(*m_db, u"territory"_s, u"KZ-ALA"_s).value(), false); // dropped in v2
    QCOMPARE(m_db->scalar(u"SELECT imported_at FROM ref_dictionary WHERE name = 'territory'"_s)
                 .value()
                 .toLongLong(),
        kLaterImport);
    QCOMPARE(ReferenceData::version(*m_db, u"need_domain"_s).value(), 1); // others untouched
    QCOMPARE(codes(*m_db, u"need_domain"_s).size(), 9);
}

void tst_ReferenceData::eachDictionaryVersionedSeparately()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const QByteArray both = u"{\"format\":1,\"dictionaries\":["
                            u"{\"name\":\"need_domain\",\"version\":1,\"entries\":[%1]},"
                            u"{\"name\":\"restriction_type\",\"version\":3,\"entries\":[%2]}]}"_s
                                .arg(entry(u"housing"_s, u"Stale"_s), entry(u"curfew"_s, u"Curfew"_s))
                                .toUtf8();
    QVERIFY(ReferenceData::import(*m_db, both).ok());
    QCOMPARE(ReferenceData::label(*m_db, u"need_domain"_s, u"housing"_s, u"en"_s, QDate(2025, 1, 1)).value(),
        u"Housing"_s);
    QCOMPARE(codes(*m_db, u"restriction_type"_s), QStringList {u"curfew"_s});
}

void tst_ReferenceData::malformedWritesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    const QString ok = entry(u"x"_s, u"X"_s);
    auto one = [](const QString &entries) { return document(u"territory"_s, 9, entries); };
    QTest::newRow("not JSON") << QByteArray("{\"format\":1,");
    QTest::newRow("array at the top") << QByteArray("[]");
    QTest::newRow("unknown format") << u"{\"format\":2,\"dictionaries\":[]}"_s.toUtf8();
    QTest::newRow("no dictionaries") << u"{\"format\":1,\"dictionaries\":[]}"_s.toUtf8();
    QTest::newRow("name not snake_case") << document(u"Territory"_s, 9, u"["_s + ok + u"]"_s);
    QTest::newRow("version zero") << document(u"territory"_s, 0, u"["_s + ok + u"]"_s);
    QTest::newRow("version fractional")
        << u"{\"format\":1,\"dictionaries\":[{\"name\":\"territory\",\"version\":9.5,\"entries\":[%1]}]}"_s
               .arg(ok)
               .toUtf8();
    QTest::newRow("version as text")
        << u"{\"format\":1,\"dictionaries\":[{\"name\":\"territory\",\"version\":\"9\",\"entries\":[%1]}]}"_s
               .arg(ok)
               .toUtf8();
    QTest::newRow("no entries") << one(u"[]"_s);
    QTest::newRow("entry without code") << one(u"[{\"label\":{\"kk\":\"а\",\"ru\":\"а\",\"en\":\"a\"}}]"_s);
    QTest::newRow("code with a space") << one(u"["_s + entry(u"KZ AST"_s, u"X"_s) + u"]"_s);
    QTest::newRow("kk label missing") << one(u"[{\"code\":\"x\",\"label\":{\"ru\":\"а\",\"en\":\"a\"}}]"_s);
    QTest::newRow("en label blank") << one(
        u"[{\"code\":\"x\",\"label\":{\"kk\":\"а\",\"ru\":\"а\",\"en\":\"  \"}}]"_s);
    QTest::newRow("impossible date") << one(
        u"["_s + entry(u"x"_s, u"X"_s, u",\"validFrom\":\"2022-02-30\""_s) + u"]"_s);
    QTest::newRow("validTo before validFrom") << one(u"["_s
        + entry(u"x"_s, u"X"_s, u",\"validFrom\":\"2022-01-01\",\"validTo\":\"2021-01-01\""_s) + u"]"_s);
    QTest::newRow("overlapping periods")
        << one(u"["_s + entry(u"x"_s, u"A"_s, u",\"validTo\":\"2020-01-01\""_s) + u","_s
               + entry(u"x"_s, u"B"_s, u",\"validFrom\":\"2019-06-01\""_s) + u"]"_s);
    QTest::newRow("two open-ended periods") << one(u"["_s + ok + u","_s + ok + u"]"_s);
    QTest::newRow("unknown parent") << one(
        u"["_s + entry(u"x.1"_s, u"X"_s, u",\"parentCode\":\"y\""_s) + u"]"_s);
    QTest::newRow("data not an object") << one(u"["_s + entry(u"x"_s, u"X"_s, u",\"data\":[1]"_s) + u"]"_s);
    QTest::newRow("dictionary listed twice")
        << u"{\"format\":1,\"dictionaries\":[{\"name\":\"territory\",\"version\":9,\"entries\":[%1]},"
           u"{\"name\":\"territory\",\"version\":10,\"entries\":[%1]}]}"_s.arg(ok)
               .toUtf8();
    QTest::newRow("second dictionary bad")
        << u"{\"format\":1,\"dictionaries\":[{\"name\":\"need_domain\",\"version\":9,\"entries\":[%1]},"
           u"{\"name\":\"territory\",\"version\":9,\"entries\":[]}]}"_s.arg(ok)
               .toUtf8();
}

void tst_ReferenceData::malformedWritesNothing()
{
    QFETCH(QByteArray, json);
    QVERIFY(ReferenceData::importBuiltIn(*m_db, kFirstImport).ok());
    const QStringList before = snapshot(*m_db);
    const Status s = ReferenceData::import(*m_db, json, kLaterImport);
    QVERIFY(!s.ok());
    QCOMPARE(s.code(), Error::Invalid);
    QCOMPARE(snapshot(*m_db), before);
    QVERIFY(!m_db->inTransaction());
}

void tst_ReferenceData::historicalNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("expected");
    const QString yuz = u"KZ-YUZ"_s, ast = u"KZ-AST"_s;
    QTest::newRow("South Kazakhstan, day before the rename")
        << yuz << u"ru"_s << QDate(2018, 6, 18) << u"Южно-Казахстанская область"_s;
    QTest::newRow("Turkistan, day of the rename")
        << yuz << u"ru"_s << QDate(2018, 6, 19) << u"Туркестанская область"_s;
    QTest::newRow("South Kazakhstan in Kazakh")
        << yuz << u"kk"_s << QDate(2010, 1, 1) << u"Оңтүстік Қазақстан облысы"_s;
    QTest::newRow("Turkistan in Kazakh") << yuz << u"kk"_s << QDate(2024, 1, 1) << u"Түркістан облысы"_s;
    QTest::newRow("Turkistan in English") << yuz << u"en"_s << QDate(2024, 1, 1) << u"Turkistan Region"_s;
    QTest::newRow("Akmola before 1998") << ast << u"en"_s << QDate(1997, 12, 10) << u"Akmola"_s;
    QTest::newRow("Astana, first period") << ast << u"en"_s << QDate(2019, 3, 22) << u"Astana"_s;
    QTest::newRow("Nur-Sultan from 2019-03-23") << ast << u"en"_s << QDate(2019, 3, 23) << u"Nur-Sultan"_s;
    QTest::newRow("Nur-Sultan in Kazakh") << ast << u"kk"_s << QDate(2020, 7, 1) << u"Нұр-Сұлтан"_s;
    QTest::newRow("Nur-Sultan, last day") << ast << u"ru"_s << QDate(2022, 9, 16) << u"Нур-Султан"_s;
    QTest::newRow("Astana again from 2022-09-17") << ast << u"ru"_s << QDate(2022, 9, 17) << u"Астана"_s;
    QTest::newRow("Shymkent, city since 2018")
        << u"KZ-SHY"_s << u"en"_s << QDate(2018, 6, 19) << u"Shymkent"_s;
    QTest::newRow("Abai region from 2022-06-08")
        << u"KZ-ABA"_s << u"kk"_s << QDate(2022, 6, 8) << u"Абай облысы"_s;
    QTest::newRow("Jetisu region in Russian")
        << u"KZ-ZHT"_s << u"ru"_s << QDate(2023, 1, 1) << u"Область Жетісу"_s;
    QTest::newRow("Ulytau region in Kazakh")
        << u"KZ-ULT"_s << u"kk"_s << QDate(2023, 1, 1) << u"Ұлытау облысы"_s;
    QTest::newRow("article 256 part 2")
        << u"256.2"_s << u"en"_s << QDate(2020, 1, 1)
        << u"Propaganda of terrorism or public calls to commit an act of terrorism (part 2)"_s;
}

void tst_ReferenceData::historicalNames()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QDate, on);
    QFETCH(QString, expected);
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const QString dictionary = code.startsWith(u"KZ-") ? u"territory"_s : u"criminal_article"_s;
    const auto label = ReferenceData::label(*m_db, dictionary, code, language, on);
    QVERIFY2(label.ok(), qPrintable(label.ok() ? QString() : label.error().detail));
    QCOMPARE(label.value(), expected);
}

void tst_ReferenceData::labelNotFound_data()
{
    QTest::addColumn<QString>("dictionary");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("on");
    QTest::newRow("Shymkent before it became a city") << u"territory"_s << u"KZ-SHY"_s << QDate(2018, 6, 18);
    QTest::newRow("Abai region the day before") << u"territory"_s << u"KZ-ABA"_s << QDate(2022, 6, 7);
    QTest::newRow("unknown code") << u"territory"_s << u"KZ-XXX"_s << QDate(2022, 6, 7);
    QTest::newRow("unknown dictionary") << u"planets"_s << u"KZ-AST"_s << QDate(2022, 6, 7);
    QTest::newRow("article before the 2014 Code") << u"criminal_article"_s << u"255"_s << QDate(2014, 12, 31);
}

void tst_ReferenceData::labelNotFound()
{
    QFETCH(QString, dictionary);
    QFETCH(QString, code);
    QFETCH(QDate, on);
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const auto label = ReferenceData::label(*m_db, dictionary, code, u"ru"_s, on);
    QVERIFY(!label.ok());
    QCOMPARE(label.code(), Error::NotFound);
}

void tst_ReferenceData::labelRejectsBadArguments()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const auto german = ReferenceData::label(*m_db, u"territory"_s, u"KZ-AST"_s, u"de"_s, QDate(2024, 1, 1));
    QCOMPARE(german.code(), Error::Invalid);
    const auto noDate = ReferenceData::label(*m_db, u"territory"_s, u"KZ-AST"_s, u"kk"_s, QDate());
    QCOMPARE(noDate.code(), Error::Invalid);
}

void tst_ReferenceData::containsAnyPeriod()
{
    QCOMPARE(ReferenceData::contains(*m_db, u"territory"_s, u"KZ-AST"_s).value(), false); // before import
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    QCOMPARE(ReferenceData::contains(*m_db, u"territory"_s, u"KZ-YUZ"_s).value(), true);
    QCOMPARE(ReferenceData::contains(*m_db, u"criminal_article"_s, u"256.1"_s).value(), true);
    QCOMPARE(ReferenceData::contains(*m_db, u"criminal_article"_s, u"256.3"_s).value(), false);
    QCOMPARE(ReferenceData::contains(*m_db, u"need_domain"_s, u"KZ-AST"_s).value(), false);
}

void tst_ReferenceData::territoriesOnADate()
{
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const QStringList in2017 = codes(*m_db, u"territory"_s, QDate(2017, 1, 1));
    QCOMPARE(in2017.size(), 16); // 14 regions, Astana and Almaty
    QVERIFY(!in2017.contains(u"KZ-SHY"_s));
    const QList<ReferenceEntry> today = entriesOf(*m_db, u"territory"_s, QDate(2024, 1, 1));
    int regions = 0, cities = 0;
    for (const ReferenceEntry &e : today)
        (e.data.value(u"kind"_s).toString() == u"city" ? cities : regions) += 1;
    QCOMPARE(regions, 17);
    QCOMPARE(cities, 3);
    QCOMPARE(codes(*m_db, u"territory"_s).count(u"KZ-AST"_s), 4); // every historical name of the capital
}

void tst_ReferenceData::importJoinsCallersTransaction()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.began());
        QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
        QVERIFY(m_db->inTransaction()); // still the caller's; rolled back when tx goes out of scope
    }
    QCOMPARE(ReferenceData::version(*m_db, u"territory"_s).value(), 0);
    Transaction tx(*m_db);
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    QVERIFY(!ReferenceData::import(*m_db, QByteArray("not json")).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(ReferenceData::version(*m_db, u"territory"_s).value(), 1);
}

QTEST_GUILESS_MAIN(tst_ReferenceData)
#include "tst_referencedata.moc"
