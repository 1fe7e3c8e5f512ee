#include "referencedata.h"

#include "store/database.h"
#include "util/logging.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Stored valid_from of an entry valid "since always" (the primary key needs a value). */
constexpr QStringView kOpenStart = u"0001-01-01";
constexpr int kFormat = 1;

/** A parsed, checked dictionary, ready to write. */
struct Dictionary
{
    QString name;
    int version = 0;
    QString description;
    QList<ReferenceEntry> entries;
};

Error bad(const QString &where, const QString &why)
{
    return Error::make(Error::Invalid, u"reference data: %1: %2"_s.arg(where, why));
}

Result<QDate> optionalDate(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QDate();
    const QString s = v.toString();
    const QDate d = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!d.isValid())
        return bad(where, u"%1 must be a date yyyy-MM-dd"_s.arg(key));
    return d;
}

Result<ReferenceEntry> parseEntry(const QJsonValue &value, const QString &dictionary)
{
    static const QRegularExpression codeShape(u"^\\S{1,64}$"_s);
    const QJsonObject o = value.toObject();
    const QString code = o.value(u"code"_s).toString();
    const QString where = u"%1/%2"_s.arg(dictionary, code);
    if (!value.isObject() || !codeShape.match(code).hasMatch())
        return bad(dictionary, u"an entry needs a code of 1 to 64 characters without spaces"_s);
    ReferenceEntry e;
    e.dictionary = dictionary;
    e.code = code;
    e.parentCode = o.value(u"parentCode"_s).toString();
    const auto from = optionalDate(o, u"validFrom"_s, where);
    const auto to = optionalDate(o, u"validTo"_s, where);
    if (!from.ok())
        return from.error();
    if (!to.ok())
        return to.error();
    e.validFrom = from.value();
    e.validTo = to.value();
    if (e.validFrom.isValid() && e.validTo.isValid() && e.validTo <= e.validFrom)
        return bad(where, u"validTo must come after validFrom"_s);
    const QJsonObject labels = o.value(u"label"_s).toObject();
    e.labelKk = labels.value(u"kk"_s).toString().trimmed();
    e.labelRu = labels.value(u"ru"_s).toString().trimmed();
    e.labelEn = labels.value(u"en"_s).toString().trimmed();
    if (e.labelKk.isEmpty() || e.labelRu.isEmpty() || e.labelEn.isEmpty())
        return bad(where, u"labels in kk, ru and en are required"_s);
    if (o.contains(u"data"_s) && !o.value(u"data"_s).isObject())
        return bad(where, u"data must be an object"_s);
    e.data = o.value(u"data"_s).toObject();
    return e;
}

/** Periods of one code may not overlap; parents must be codes of the same dictionary. */
Status checkConsistency(const Dictionary &d)
{
    QHash<QString, QList<ReferenceEntry>> byCode;
    for (const ReferenceEntry &e : d.entries)
        byCode[e.code] << e;
    for (const ReferenceEntry &e : d.entries)
        if (!e.parentCode.isEmpty() && !byCode.contains(e.parentCode))
            return bad(d.name + u'/' + e.code, u"unknown parentCode"_s);
    for (auto it = byCode.begin(); it != byCode.end(); ++it) {
        QList<ReferenceEntry> &periods = it.value();
        std::sort(periods.begin(), periods.end(),
            [](const ReferenceEntry &a, const ReferenceEntry &b) { return a.validFrom < b.validFrom; });
        for (qsizetype i = 1; i < periods.size(); ++i) {
            const ReferenceEntry &before = periods.at(i - 1);
            if (!before.validTo.isValid() || before.validTo > periods.at(i).validFrom
                || !periods.at(i).validFrom.isValid())
                return bad(d.name + u'/' + it.key(), u"validity periods overlap"_s);
        }
    }
    return {};
}

Result<Dictionary> parseDictionary(const QJsonValue &value)
{
    static const QRegularExpression nameShape(u"^[a-z][a-z0-9_]{0,63}$"_s);
    const QJsonObject o = value.toObject();
    Dictionary d;
    d.name = o.value(u"name"_s).toString();
    if (!nameShape.match(d.name).hasMatch())
        return bad(u"dictionary"_s, u"name must be lower_snake_case"_s);
    const double version = o.value(u"version"_s).toDouble(-1);
    if (!o.value(u"version"_s).isDouble() || version < 1 || version > std::numeric_limits<int>::max()
        || version != double(qint64(version)))
        return bad(d.name, u"version must be a whole number from 1"_s);
    d.version = int(version);
    d.description = o.value(u"description"_s).toString();
    const QJsonArray entries = o.value(u"entries"_s).toArray();
    if (entries.isEmpty())
        return bad(d.name, u"entries must be a non-empty list"_s);
    for (const QJsonValue &v : entries) {
        auto e = parseEntry(v, d.name);
        if (!e.ok())
            return e.error();
        d.entries << e.value();
    }
    if (Status s = checkConsistency(d); !s.ok())
        return s.error();
    return d;
}

Result<QList<Dictionary>> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        return bad(
            u"document"_s, u"not a JSON object (%1 at %2)"_s.arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toInt(-1) != kFormat)
        return bad(u"document"_s, u"format must be %1"_s.arg(kFormat));
    const QJsonArray list = root.value(u"dictionaries"_s).toArray();
    if (list.isEmpty())
        return bad(u"document"_s, u"dictionaries must be a non-empty list"_s);
    QList<Dictionary> out;
    QSet<QString> seen;
    for (const QJsonValue &v : list) {
        auto d = parseDictionary(v);
        if (!d.ok())
            return d.error();
        if (seen.contains(d.value().name))
            return bad(d.value().name, u"dictionary listed twice"_s);
        seen.insert(d.value().name);
        out << d.value();
    }
    return out;
}

/** A transaction, or a savepoint inside the caller's one; rolls back unless committed. */
class ImportScope
{
public:
    explicit ImportScope(Database &db)
        : m_db(db)
        , m_nested(db.inTransaction())
        , m_began(db.exec(m_nested ? u"SAVEPOINT reference_import"_s : u"BEGIN IMMEDIATE"_s))
    { }
    ~ImportScope()
    {
        if (m_began.ok() && !m_done)
            (void)m_db.exec(
                m_nested ? u"ROLLBACK TO reference_import; RELEASE reference_import"_s : u"ROLLBACK"_s);
    }
    ImportScope(const ImportScope &) = delete;
    ImportScope &operator=(const ImportScope &) = delete;

    [[nodiscard]] const Status &began() const { return m_began; }
    [[nodiscard]] Status commit()
    {
        Status s = m_db.exec(m_nested ? u"RELEASE reference_import"_s : u"COMMIT"_s);
        m_done = s.ok();
        return s;
    }

private:
    Database &m_db;
    bool m_nested;
    Status m_began;
    bool m_done = false;
};

QVariant storedDate(QDate d, const QVariant &whenInvalid)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : whenInvalid;
}

Status writeEntries(Database &db, const Dictionary &d)
{
    auto insert
        = db.prepare(u"INSERT INTO ref_entry(dictionary, code, parent_code, valid_from, valid_to, label_kk,"
                     u" label_ru, label_en, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s);
    if (!insert.ok())
        return insert.error();
    Statement &s = insert.value();
    for (const ReferenceEntry &e : d.entries) {
        s.reset();
        s.bind(1, d.name).bind(2, e.code).bind(
            3, e.parentCode.isEmpty() ? QVariant() : QVariant(e.parentCode));
        s.bind(4, storedDate(e.validFrom, kOpenStart.toString())).bind(5, storedDate(e.validTo, QVariant()));
        s.bind(6, e.labelKk).bind(7, e.labelRu).bind(8, e.labelEn);
        s.bind(9,
            e.data.isEmpty()
                ? QVariant()
                : QVariant(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))));
        if (Status st = s.run(); !st.ok())
            return st;
    }
    return {};
}

/** Replaces one dictionary when `d` is newer than the stored version; reports whether it did. */
Result<bool> writeIfNewer(Database &db, const Dictionary &d, qint64 nowMs)
{
    auto stored = ReferenceData::version(db, d.name);
    if (!stored.ok())
        return stored.error();
    if (d.version <= stored.value())
        return false;
    auto clear = db.prepare(u"DELETE FROM ref_entry WHERE dictionary = ?1"_s);
    if (!clear.ok())
        return clear.error();
    if (Status s = clear.value().bind(1, d.name).run(); !s.ok())
        return s.error();
    auto upsert
        = db.prepare(u"INSERT INTO ref_dictionary(name, version, imported_at, description)"
                     u" VALUES (?1, ?2, ?3, ?4) ON CONFLICT(name) DO UPDATE SET version = excluded.version,"
                     u" imported_at = excluded.imported_at, description = excluded.description"_s);
    if (!upsert.ok())
        return upsert.error();
    upsert.value().bind(1, d.name).bind(2, qint64(d.version)).bind(3, nowMs).bind(4, d.description);
    if (Status s = upsert.value().run(); !s.ok())
        return s.error();
    if (Status s = writeEntries(db, d); !s.ok())
        return s.error();
    return true;
}

QString labelColumn(const QString &language)
{
    if (language == u"kk")
        return u"label_kk"_s;
    if (language == u"ru")
        return u"label_ru"_s;
    if (language == u"en")
        return u"label_en"_s;
    return {};
}

QDate loadDate(const Statement &s, int column)
{
    const QString text = s.text(column);
    return text.isEmpty() || text == kOpenStart ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace

QString ReferenceEntry::label(const QString &language) const
{
    if (language == u"kk")
        return labelKk;
    if (language == u"ru")
        return labelRu;
    return language == u"en" ? labelEn : QString();
}

const QStringList &ReferenceData::languages()
{
    static const QStringList list = {u"kk"_s, u"ru"_s, u"en"_s};
    return list;
}

Status ReferenceData::import(Database &db, const QByteArray &json, qint64 nowMs)
{
    auto parsed = parse(json);
    if (!parsed.ok())
        return parsed.error();
    ImportScope scope(db);
    if (!scope.began().ok())
        return scope.began();
    QStringList updated;
    for (const Dictionary &d : parsed.value()) {
        auto wrote = writeIfNewer(db, d, nowMs);
        if (!wrote.ok())
            return wrote.error();
        if (wrote.value())
            updated << u"%1 v%2"_s.arg(d.name).arg(d.version);
    }
    if (Status s = scope.commit(); !s.ok())
        return s;
    if (!updated.isEmpty())
        qCInfo(lcCore) << "imported reference dictionaries:" << updated.join(u", "_s);
    return {};
}

Status ReferenceData::importBuiltIn(Database &db, qint64 nowMs)
{
    QFile file(QString::fromUtf16(kBuiltInResource));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Storage, u"built-in reference data missing"_s);
    return import(db, file.readAll(), nowMs);
}

Result<QString> ReferenceData::label(
    Database &db, const QString &dictionary, const QString &code, const QString &language, QDate on)
{
    const QString column = labelColumn(language);
    if (column.isEmpty())
        return Error::make(Error::Invalid, u"no labels in language '%1'"_s.arg(language), u"language"_s);
    if (!on.isValid())
        return Error::make(Error::Invalid, u"label needs a valid date"_s, u"on"_s);
    auto v = db.scalar(
        u"SELECT %1 FROM ref_entry WHERE dictionary = ?1 AND code = ?2 AND valid_from <= ?3"
        u" AND (valid_to IS NULL OR valid_to > ?3) ORDER BY valid_from DESC LIMIT 1"_s.arg(column),
        {dictionary, code, on.toString(Qt::ISODate)});
    if (!v.ok())
        return v.error();
    if (v.value().isNull())
        return Error::make(
            Error::NotFound, u"%1/%2 has no entry on %3"_s.arg(dictionary, code, on.toString(Qt::ISODate)));
    return v.value().toString();
}

Result<bool> ReferenceData::contains(Database &db, const QString &dictionary, const QString &code)
{
    auto v = db.scalar(
        u"SELECT 1 FROM ref_entry WHERE dictionary = ?1 AND code = ?2 LIMIT 1"_s, {dictionary, code});
    if (!v.ok())
        return v.error();
    return !v.value().isNull();
}

Result<int> ReferenceData::version(Database &db, const QString &dictionary)
{
    auto v = db.scalar(u"SELECT version FROM ref_dictionary WHERE name = ?1"_s, {dictionary});
    if (!v.ok())
        return v.error();
    return v.value().isNull() ? 0 : v.value().toInt();
}

Result<QList<ReferenceEntry>> ReferenceData::entries(Database &db, const QString &dictionary, QDate on)
{
    QString sql = u"SELECT code, parent_code, valid_from, valid_to, label_kk, label_ru, label_en, data"
                  u" FROM ref_entry WHERE dictionary = ?1"_s;
    if (on.isValid())
        sql += u" AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)"_s;
    auto stmt = db.prepare(sql + u" ORDER BY code, valid_from"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, dictionary);
    if (on.isValid())
        s.bind(2, on.toString(Qt::ISODate));
    QList<ReferenceEntry> out;
    while (true) {
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        ReferenceEntry e {dictionary, s.text(0), s.text(1), loadDate(s, 2), loadDate(s, 3), s.text(4),
            s.text(5), s.text(6), QJsonDocument::fromJson(s.text(7).toUtf8()).object()};
        out << e;
    }
}

Result<QHash<QString, QString>> ReferenceData::labels(
    Database &db, const QString &dictionary, const QString &language, QDate on)
{
    auto all = entries(db, dictionary, on);
    if (!all.ok())
        return all.error();
    QHash<QString, QString> out;
    for (const ReferenceEntry &e : std::as_const(all.value()))
        out.insert(e.code, e.label(language));
    return out;
}

Result<QHash<QString, QString>> ReferenceData::regionOf(Database &db)
{
    auto all = entries(db, u"territory"_s);
    if (!all.ok())
        return all.error();
    QHash<QString, QString> parent;
    for (const ReferenceEntry &e : std::as_const(all.value()))
        parent.insert(e.code, e.parentCode);
    QHash<QString, QString> out;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        QString code = it.key();
        // Bounded: a cycle in the data must not hang the caller.
        for (int depth = 0; depth < 8 && !parent.value(code).isEmpty(); ++depth)
            code = parent.value(code);
        out.insert(it.key(), code);
    }
    return out;
}

} // namespace Qadam
