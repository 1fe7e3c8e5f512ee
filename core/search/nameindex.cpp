#include "nameindex.h"

#include "store/database.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

// Kazakh Cyrillic letters folded to the Russian letters people type on a Russian keyboard.
const QHash<QChar, QChar> &kazakhToRussian()
{
    static const QHash<QChar, QChar> map = {
        {u'ә', u'а'}, {u'ғ', u'г'}, {u'қ', u'к'}, {u'ң', u'н'}, {u'ө', u'о'},
        {u'ұ', u'у'}, {u'ү', u'у'}, {u'һ', u'х'}, {u'і', u'и'}, {u'ё', u'е'},
    };
    return map;
}

const QHash<QChar, QString> &cyrillicToLatin()
{
    static const QHash<QChar, QString> map = {
        {u'а', u"a"_s}, {u'б', u"b"_s}, {u'в', u"v"_s}, {u'г', u"g"_s}, {u'д', u"d"_s}, {u'е', u"e"_s},
        {u'ж', u"zh"_s}, {u'з', u"z"_s}, {u'и', u"i"_s}, {u'й', u"i"_s}, {u'к', u"k"_s}, {u'л', u"l"_s},
        {u'м', u"m"_s}, {u'н', u"n"_s}, {u'о', u"o"_s}, {u'п', u"p"_s}, {u'р', u"r"_s}, {u'с', u"s"_s},
        {u'т', u"t"_s}, {u'у', u"u"_s}, {u'ф', u"f"_s}, {u'х', u"kh"_s}, {u'ц', u"ts"_s}, {u'ч', u"ch"_s},
        {u'ш', u"sh"_s}, {u'щ', u"shch"_s}, {u'ъ', QString()}, {u'ы', u"y"_s}, {u'ь', QString()},
        {u'э', u"e"_s}, {u'ю', u"iu"_s}, {u'я', u"ia"_s},
    };
    return map;
}

bool hasCyrillic(const QString &s)
{
    for (const QChar c : s)
        if (c.script() == QChar::Script_Cyrillic)
            return true;
    return false;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

const QStringList &NameIndex::nameFields()
{
    static const QStringList fields = {u"surnameCyr"_s, u"givenNameCyr"_s, u"patronymicCyr"_s,
                                       u"surnameLat"_s, u"givenNameLat"_s, u"patronymicLat"_s};
    return fields;
}

QString NameIndex::fold(const QString &text)
{
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;  // é → e, ё → е, й → и: people type names without marks
        if (c == u'ı')
            out += u'i';
        else
            out += kazakhToRussian().value(c, c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString NameIndex::transliterate(const QString &folded)
{
    QString out;
    for (const QChar c : folded) {
        auto it = cyrillicToLatin().constFind(c);
        out += it == cyrillicToLatin().constEnd() ? QString(c) : it.value();
    }
    return out;
}

QStringList NameIndex::tokensFor(const QVariantMap &personFields)
{
    QSet<QString> tokens;
    for (const QString &field : nameFields()) {
        for (const QString &word : words(personFields.value(field).toString())) {
            const QString folded = fold(word);
            tokens.insert(folded);
            if (hasCyrillic(folded))
                tokens.insert(transliterate(folded));
        }
    }
    tokens.remove(QString());
    QStringList list(tokens.cbegin(), tokens.cend());
    list.sort();
    return list;
}

Status NameIndex::reindex(Database &db, const QString &personId, const QVariantMap &personFields)
{
    auto del = db.cached(u"DELETE FROM person_name_token WHERE person_id = ?1"_s);
    if (!del.ok())
        return del.error();
    del.value().bind(1, personId);
    if (Status s = del.value().run(); !s.ok())
        return s;
    auto ins = db.cached(u"INSERT OR IGNORE INTO person_name_token(token, person_id) VALUES (?1, ?2)"_s);
    if (!ins.ok())
        return ins.error();
    for (const QString &token : tokensFor(personFields)) {
        ins.value().reset();
        ins.value().bind(1, token).bind(2, personId);
        if (Status s = ins.value().run(); !s.ok())
            return s;
    }
    return {};
}

Result<QStringList> NameIndex::search(Database &db, const QString &query, int limit)
{
    QStringList prefixes;
    for (const QString &word : words(query))
        prefixes << fold(word);
    if (prefixes.isEmpty())
        return QStringList();
    // One prefix range per word; a person matches when every word matches some name part.
    // U+10FFFF sorts after every continuation in SQLite's binary (UTF-8) collation.
    QStringList selects;
    for (int i = 0; i < prefixes.size(); ++i)
        selects << u"SELECT person_id FROM person_name_token WHERE token >= ?%1 AND token < ?%1 || char(1114111)"_s.arg(i + 1);
    auto stmt = db.cached(selects.join(u" INTERSECT "_s) + u" LIMIT %1"_s.arg(limit));
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < prefixes.size(); ++i)
        stmt.value().bind(i + 1, prefixes.at(i));
    QStringList ids;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        ids << stmt.value().text(0);
    }
    return ids;
}

} // namespace Qadam
