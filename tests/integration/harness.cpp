// Integration harness: stores (seeded templates copied per test), server-side facts, utilities.
#include "harness.h"

#include "generator/syntheticdata.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "syncservice.h"
#include "testsupport.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace Qadam::Integration {

namespace {

constexpr int kPeople = 30;
constexpr int kEventsPerPerson = 2;
constexpr int kReferredCases = 2;
const QByteArray kKeyHex = QByteArray("6b").repeated(32);

Error failure(const QString &what)
{
    return Error::make(Error::Storage, what);
}

/** Entities imported first, so later records find their directory rows. */
QList<const EntitySpec *> importOrder()
{
    QList<const EntitySpec *> first;
    QList<const EntitySpec *> rest;
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        const bool directory = spec.name == u"Organisation" || spec.name == u"StaffUser" || spec.name == u"Person";
        (directory ? first : rest) << &spec;
    }
    std::sort(first.begin(), first.end(), [](const EntitySpec *a, const EntitySpec *b) {
        const QStringList order{u"Organisation"_s, u"StaffUser"_s, u"Person"_s};
        return order.indexOf(a->name) < order.indexOf(b->name);
    });
    return first + rest;
}

/** Imports every generated record through the service (the server's own write path). */
Result<qint64> importGenerated(Database &db, Server::SyncService &service, QStringList &people)
{
    qint64 imported = 0;
    RecordStore records(db);
    for (const EntitySpec *spec : importOrder()) {
        auto ids = db.prepare(u"SELECT id FROM %1 ORDER BY id"_s.arg(spec->table));
        if (!ids.ok())
            return ids.error();
        Statement &s = ids.value();
        for (auto row = s.step(); row.ok() && row.value(); row = s.step()) {
            const QString id = s.text(0);
            auto record = records.get(*spec, id);
            if (!record.ok())
                return record.error();
            QVariantMap fields;
            for (auto it = record.value().fields.cbegin(); it != record.value().fields.cend(); ++it)
                if (!it.value().isNull())
                    fields.insert(it.key(), it.value());
            auto seq = service.importRecord(spec->name, id, fields, {});
            if (!seq.ok())
                return Error::make(seq.code(), u"import of %1 failed: %2"_s.arg(spec->name, seq.error().detail));
            ++imported;
            if (spec->name == u"Person")
                people << id;
        }
    }
    return imported;
}

QString isoDay(int offsetDays)
{
    return SystemClock().today().addDays(offsetDays).toString(Qt::ISODate);
}

/** A consent and an active referral of `personId` to the counsellor; returns the referral id. */
Result<QString> referToCounsellor(Server::SyncService &service, const QString &personId, const QString &counsellorId,
                                  const QString &ngoId)
{
    const QString consentId = newUuidV7(QDateTime::currentMSecsSinceEpoch());
    auto consent = service.importRecord(u"ConsentRecord"_s, consentId,
        {{u"personId"_s, personId}, {u"purpose"_s, u"referral"_s}, {u"basis"_s, u"written"_s},
         {u"givenOn"_s, isoDay(-30)}}, {});
    if (!consent.ok())
        return consent.error();
    const QString referralId = newUuidV7(QDateTime::currentMSecsSinceEpoch());
    auto referral = service.importRecord(u"Referral"_s, referralId,
        {{u"personId"_s, personId}, {u"counsellorId"_s, counsellorId}, {u"organisationId"_s, ngoId},
         {u"reason"_s, u"Synthetic referral for the integration test"_s}, {u"consentId"_s, consentId},
         {u"termStart"_s, isoDay(-30)}, {u"termEnd"_s, isoDay(90)}, {u"status"_s, u"active"_s}}, {});
    if (!referral.ok())
        return referral.error();
    return referralId;
}

Result<QString> organisation(Server::SyncService &service, const QString &name, const QString &kind)
{
    return service.createOrganisation({{u"nameKk"_s, name}, {u"nameRu"_s, name}, {u"kind"_s, kind}});
}

Result<QString> staff(Server::SyncService &service, const QString &name, const QString &role, const QString &orgId)
{
    return service.createUser({{u"displayName"_s, name}, {u"role"_s, role}, {u"organisationId"_s, orgId},
                               {u"status"_s, u"active"_s}});
}

/** Our own users (nobody else's data points at them), cases assigned and referred. */
Status addScenario(Server::SyncService &service, SeedInfo &seed)
{
    auto office = organisation(service, u"Integration office A"_s, u"probation_service"_s);
    auto office2 = organisation(service, u"Integration office B"_s, u"probation_service"_s);
    auto ngo = organisation(service, u"Integration NGO"_s, u"ngo"_s);
    if (!office.ok() || !office2.ok() || !ngo.ok())
        return failure(u"organisations"_s);
    auto officer = staff(service, u"Officer A"_s, u"probation_officer"_s, office.value());
    auto officer2 = staff(service, u"Officer B"_s, u"probation_officer"_s, office2.value());
    auto counsellor = staff(service, u"Counsellor C"_s, u"counsellor"_s, ngo.value());
    if (!officer.ok() || !officer2.ok() || !counsellor.ok())
        return failure(u"users"_s);
    seed.officerId = officer.value();
    seed.secondOfficerId = officer2.value();
    seed.counsellorId = counsellor.value();
    for (const QString &person : std::as_const(seed.people))
        if (Status s = service.assignCase(person, seed.officerId); !s.ok())
            return s;
    for (int i = 0; i < kReferredCases; ++i) {
        const QString person = seed.people.at(i);
        auto referral = referToCounsellor(service, person, seed.counsellorId, ngo.value());
        if (!referral.ok())
            return referral.error();
        seed.referredCases << person;
        seed.referralOf.insert(person, referral.value());
    }
    return {};
}

Result<SeedInfo> seedStore(const QString &url, const QString &scratchDir)
{
    auto store = Server::openServerStore(url, QByteArray::fromHex(kKeyHex));
    if (!store.ok())
        return store.error();
    SystemClock clock;
    Server::SyncService service(*store.value(), clock);
    auto migrated = Test::openMigrated(scratchDir + u"/generated.db"_s);
    if (!migrated)
        return failure(u"generator store"_s);
    GeneratorOptions options;
    options.seed = 4;
    options.people = kPeople;
    options.eventsPerPerson = kEventsPerPerson;
    options.today = clock.today();
    if (auto generated = SyntheticData::generate(*migrated, options); !generated.ok())
        return generated.error();
    SeedInfo seed;
    auto imported = importGenerated(*migrated, service, seed.people);
    if (!imported.ok())
        return imported.error();
    seed.importedRecords = imported.value();
    if (Status s = addScenario(service, seed); !s.ok())
        return s.error();
    return seed;
}

/** The seeded template of one kind, made once per test process. */
struct Template
{
    QString url;         ///< sqlite:PATH or the template database's URL
    QString database;    ///< PG template name
    SeedInfo seed;
};

QTemporaryDir &templateDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString uniqueDatabaseName(const QString &what)
{
    static int counter = 0;
    return u"qadam_it_%1_%2_%3"_s.arg(what).arg(QCoreApplication::applicationPid()).arg(++counter);
}

/** Drops the PG template when the process ends. */
struct TemplateDropper
{
    QString database;
    ~TemplateDropper()
    {
        if (!database.isEmpty())
            (void)pgAdminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    }
};

Result<Template> makeTemplate(StoreKind kind)
{
    Template t;
    const QString scratch = templateDir().path() + (kind == StoreKind::Sqlite ? u"/sqlite"_s : u"/pg"_s);
    QDir().mkpath(scratch);
    if (kind == StoreKind::Sqlite) {
        t.url = u"sqlite:"_s + scratch + u"/template.db"_s;
    } else {
        auto base = pgBaseUrl();
        if (!base.ok())
            return base.error();
        t.database = uniqueDatabaseName(u"tpl"_s);
        if (Status s = pgAdminExec(u"CREATE DATABASE %1"_s.arg(t.database)); !s.ok())
            return s.error();
        static TemplateDropper dropper;
        dropper.database = t.database;
        t.url = pgUrlFor(base.value(), t.database);
    }
    auto seed = seedStore(t.url, scratch);
    if (!seed.ok())
        return seed.error();
    t.seed = seed.value();
    return t;
}

Result<Template> templateFor(StoreKind kind)
{
    static QHash<int, Template> templates;
    if (!templates.contains(int(kind))) {
        auto made = makeTemplate(kind);
        if (!made.ok())
            return made.error();
        templates.insert(int(kind), made.value());
    }
    return templates.value(int(kind));
}

Status copySqlite(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return failure(u"cannot copy the store file"_s);
    }
    return {};
}

} // namespace

QStringList storeRowsToRun()
{
    const QString only = qEnvironmentVariable("QADAM_IT_STORE");
    if (only == u"sqlite" || only == u"postgresql")
        return {only};
    return {u"sqlite"_s, u"postgresql"_s};
}

StoreKind storeKindOf(const QString &row)
{
    return row == u"postgresql" ? StoreKind::Postgres : StoreKind::Sqlite;
}

Result<QString> pgBaseUrl()
{
    if (qEnvironmentVariableIsSet("QADAM_PG_URL"))
        return qEnvironmentVariable("QADAM_PG_URL");
    if (!qEnvironmentVariableIsSet("QADAM_PG_URL_FILE"))
        return Error::make(Error::Unavailable, u"no PostgreSQL: run under ctest (fixture pg) or set QADAM_PG_URL"_s);
    QFile file(qEnvironmentVariable("QADAM_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Unavailable,
                           u"QADAM_PG_URL_FILE is set but %1 cannot be read: did the pg fixture run?"_s.arg(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString pgUrlFor(const QString &base, const QString &database)
{
    QUrl url(base);
    url.setPath(u"/"_s + database);
    return url.toString();
}

Status pgAdminExec(const QString &sql)
{
    auto base = pgBaseUrl();
    if (!base.ok())
        return base.error();
    try {
        pqxx::connection connection(pgUrlFor(base.value(), u"postgres"_s).toStdString());
        pqxx::nontransaction work(connection);
        work.exec(sql.toStdString());
        return {};
    } catch (const std::exception &e) {
        return failure(u"PostgreSQL: "_s + QString::fromUtf8(e.what()));
    }
}

TestStore::~TestStore()
{
    if (!m_pgDatabase.isEmpty())
        (void)pgAdminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase));
}

QString TestStore::keyHex()
{
    return QString::fromLatin1(kKeyHex);
}

Result<std::unique_ptr<TestStore>> TestStore::create(StoreKind kind, const QString &dir)
{
    auto tpl = templateFor(kind);
    if (!tpl.ok())
        return tpl.error();
    std::unique_ptr<TestStore> store(new TestStore);
    store->m_kind = kind;
    store->m_seed = tpl.value().seed;
    if (kind == StoreKind::Sqlite) {
        const QString path = dir + u"/server.db"_s;
        if (Status s = copySqlite(tpl.value().url.mid(7), path); !s.ok())
            return s.error();
        store->m_url = u"sqlite:"_s + path;
        return store;
    }
    const QString name = uniqueDatabaseName(u"t"_s);
    if (Status s = pgAdminExec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, tpl.value().database)); !s.ok())
        return s.error();
    store->m_pgDatabase = name;
    store->m_url = pgUrlFor(pgBaseUrl().value(), name);
    return store;
}

Result<std::unique_ptr<Server::ServerStore>> TestStore::open() const
{
    return Server::openServerStore(m_url, QByteArray::fromHex(kKeyHex));
}

Result<std::unique_ptr<TestStore>> TestStore::backup(const QString &dir) const
{
    std::unique_ptr<TestStore> copy(new TestStore);
    copy->m_kind = m_kind;
    copy->m_seed = m_seed;
    if (m_kind == StoreKind::Sqlite) {
        const QString path = dir + u"/backup.db"_s;
        if (Status s = copySqlite(m_url.mid(7), path); !s.ok())
            return s.error();
        copy->m_url = u"sqlite:"_s + path;
        return copy;
    }
    const QString name = uniqueDatabaseName(u"b"_s);
    if (Status s = pgAdminExec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, m_pgDatabase)); !s.ok())
        return s.error();
    copy->m_pgDatabase = name;
    copy->m_url = pgUrlFor(pgBaseUrl().value(), name);
    return copy;
}

Result<ServerFacts> serverFacts(Server::ServerStore &store)
{
    auto txn = store.begin(false);
    if (!txn.ok())
        return txn.error();
    Server::StoreTxn &t = *txn.value();
    ServerFacts facts;
    auto high = t.highWater();
    auto audit = t.auditEvents(0, 1'000'000);
    if (!high.ok() || !audit.ok())
        return failure(u"server facts"_s);
    facts.highWater = high.value();
    facts.auditEvents = audit.value().size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        auto records = t.recordsOf(spec.name, 1'000'000);
        if (!records.ok())
            return records.error();
        for (const Server::StoredRecord &r : records.value()) {
            hash.addData(u"%1/%2/%3/"_s.arg(r.entity, r.id).arg(r.version).toUtf8());
            hash.addData(QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact));
        }
    }
    facts.recordsDigest = QString::fromLatin1(hash.result().toHex());
    return facts;
}

Result<qint64> receiptCount(Server::ServerStore &store, const QString &deviceId, qint64 upTo)
{
    auto txn = store.begin(false);
    if (!txn.ok())
        return txn.error();
    qint64 n = 0;
    for (qint64 seq = 1; seq <= upTo; ++seq) {
        auto r = txn.value()->receipt(deviceId, seq);
        if (!r.ok())
            return r.error();
        n += r.value().has_value() ? 1 : 0;
    }
    return n;
}

Result<std::optional<Server::StoredRecord>> serverRecord(Server::ServerStore &store, const QString &entity,
                                                         const QString &id)
{
    auto txn = store.begin(false);
    if (!txn.ok())
        return txn.error();
    return txn.value()->record(entity, id);
}

bool anyContains(const QList<QByteArray> &blobs, const QString &needle, bool isUuid)
{
    const QByteArray text = needle.toUtf8();
    const QByteArray raw = isUuid ? QByteArray::fromStdString(Wire::uuidToBytes(needle)) : QByteArray();
    for (const QByteArray &b : blobs) {
        if (!text.isEmpty() && b.contains(text))
            return true;
        if (!raw.isEmpty() && b.contains(raw))
            return true;
    }
    return false;
}

QString serverBinary()
{
    return QStringLiteral(QADAM_SERVER_BIN);
}

QString deviceToolBinary()
{
    return QStringLiteral(QADAM_DEVICETOOL_BIN);
}

} // namespace Qadam::Integration
