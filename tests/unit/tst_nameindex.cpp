// Tests for Qadam::NameIndex: caseload search by a prefix of any name part, either script, any case.
#include "search/nameindex.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_NameIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fold_data();
    void fold();
    void search_data();
    void search();
    void renameReindexes();
    void rejectedWriteLeavesIndexAlone();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WriteService> m_service;
    QHash<QString, QString> m_ids;
};

void tst_NameIndex::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"n.db"_s));
    QVERIFY(m_db);
    m_service = std::make_unique<WriteService>(*m_db, m_clock, Actor{u"018f0000-0000-7000-8000-00000000a001"_s});
    const QList<QPair<QString, QVariantMap>> people = {
        {u"ayan"_s, {{u"surnameCyr"_s, u"Жұмабаев"_s}, {u"givenNameCyr"_s, u"Аян"_s}, {u"patronymicCyr"_s, u"Серікұлы"_s},
                     {u"surnameLat"_s, u"Zhumabayev"_s}, {u"givenNameLat"_s, u"Ayan"_s}}},
        {u"oksana"_s, {{u"surnameCyr"_s, u"Ковалёва"_s}, {u"givenNameCyr"_s, u"Оксана"_s}, {u"patronymicCyr"_s, u"Петровна"_s},
                       {u"surnameLat"_s, u"Kovaleva"_s}, {u"givenNameLat"_s, u"Oksana"_s}}},
        {u"nurlan"_s, {{u"surnameCyr"_s, u"Әбдіғали"_s}, {u"givenNameCyr"_s, u"Нұрлан"_s}}},  // no Latin spelling stored
        {u"aigerim"_s, {{u"surnameCyr"_s, u"Жұмабаева"_s}, {u"givenNameCyr"_s, u"Әйгерім"_s},
                        {u"surnameLat"_s, u"Zhumabaeva"_s}, {u"givenNameLat"_s, u"Äigerım"_s}}},
    };
    for (const auto &[key, fields] : people) {
        QVariantMap withStatus = fields;
        withStatus.insert(u"caseStatus"_s, u"active"_s);
        auto id = m_service->create(u"Person"_s, withStatus);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        m_ids.insert(key, id.value());
    }
}

void tst_NameIndex::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("Cyrillic capitals") << u"ЖҰМАБАЕВ"_s << u"жумабаев"_s;
    QTest::newRow("Kazakh letters to Russian base") << u"Әйгерім"_s << u"аигерим"_s;
    QTest::newRow("ё folds to е") << u"Ковалёва"_s << u"ковалева"_s;
    QTest::newRow("Latin diacritics") << u"Äigerım"_s << u"aigerim"_s;
    QTest::newRow("Latin case") << u"ZhumaBAYEV"_s << u"zhumabayev"_s;
}

void tst_NameIndex::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(NameIndex::fold(input), folded);
}

void tst_NameIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Cyrillic surname prefix") << u"Жұма"_s << QStringList{u"aigerim"_s, u"ayan"_s};
    QTest::newRow("Cyrillic typed without Kazakh letters") << u"жума"_s << QStringList{u"aigerim"_s, u"ayan"_s};
    QTest::newRow("Latin surname prefix, lower case") << u"zhumabay"_s << QStringList{u"ayan"_s};
    QTest::newRow("given name, upper case") << u"ОКСАНА"_s << QStringList{u"oksana"_s};
    QTest::newRow("patronymic prefix") << u"серік"_s << QStringList{u"ayan"_s};
    QTest::newRow("two words narrow the match") << u"Жұмабаев Аян"_s << QStringList{u"ayan"_s};
    QTest::newRow("Latin finds a Cyrillic-only person") << u"Nurl"_s << QStringList{u"nurlan"_s};
    QTest::newRow("Latin diacritics ignored") << u"aiger"_s << QStringList{u"aigerim"_s};
    QTest::newRow("ё typed as е") << u"ковалев"_s << QStringList{u"oksana"_s};
    QTest::newRow("no match") << u"Смирнов"_s << QStringList{};
    QTest::newRow("a prefix of no name part") << u"умабаев"_s << QStringList{};
    QTest::newRow("punctuation only") << u"%_'"_s << QStringList{};
}

void tst_NameIndex::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto ids = NameIndex::search(*m_db, query);
    QVERIFY(ids.ok());
    QStringList found;
    for (const QString &id : ids.value())
        found << m_ids.key(id);
    found.sort();
    QCOMPARE(found, expected);
}

void tst_NameIndex::renameReindexes()
{
    const QString id = m_ids.value(u"oksana"_s);
    const qint64 version = m_service->get(u"Person"_s, id).value().version;
    QVERIFY(m_service->update(u"Person"_s, id, version, {{u"surnameCyr"_s, u"Иванова"_s}, {u"surnameLat"_s, u"Ivanova"_s}}).ok());
    QCOMPARE(NameIndex::search(*m_db, u"Иванова"_s).value(), QStringList{id});
    QCOMPARE(NameIndex::search(*m_db, u"Kovaleva"_s).value(), QStringList{});
    QCOMPARE(NameIndex::search(*m_db, u"Оксана"_s).value(), QStringList{id});
}

void tst_NameIndex::rejectedWriteLeavesIndexAlone()
{
    const qint64 before = m_db->scalar(u"SELECT count(*) FROM person_name_token"_s).value().toLongLong();
    auto bad = m_service->create(u"Person"_s, {{u"surnameCyr"_s, u"Несохранённый"_s}, {u"birthDate"_s, u"2001-13-01"_s}});
    QVERIFY(!bad.ok());
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM person_name_token"_s).value().toLongLong(), before);
    QVERIFY(NameIndex::search(*m_db, u"Несохран"_s).value().isEmpty());
}

QTEST_GUILESS_MAIN(tst_NameIndex)
#include "tst_nameindex.moc"
