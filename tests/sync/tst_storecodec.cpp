// Tests for the server store's JSON columns (sync/server/store/storecodec.h): the direct writer
// must produce exactly the text QJsonDocument produced before it, and read back to the same values.
#include "store/storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Qadam::Server;

namespace {

/** What encodeFields wrote before the direct writer: the reference. */
QString viaQJson(const QVariantMap &fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant &v = it.value();
        QJsonValue j;
        if (!v.isValid() || v.isNull())
            j = QJsonValue(QJsonValue::Null);
        else if (v.typeId() == QMetaType::Bool)
            j = QJsonValue(qint64(v.toBool() ? 1 : 0));
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            j = QJsonValue(v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            j = QJsonValue(v.toDouble());
        else
            j = QJsonValue(v.toString());
        o.insert(it.key(), j);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** What decodeFields read before its direct reader: QJsonDocument, numbers as qint64 when they
 *  were written as integers that fit, true/false as 1/0, nested values as their compact text. */
QVariantMap decodeViaQJson(const QString &json)
{
    QVariantMap out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QVariant value;
        switch (v.type()) {
        case QJsonValue::Bool: value = qint64(v.toBool() ? 1 : 0); break;
        case QJsonValue::Double: {
            const QVariant raw = v.toVariant();
            value = raw.typeId() == QMetaType::LongLong ? raw : QVariant(v.toDouble());
            break;
        }
        case QJsonValue::String: value = v.toString(); break;
        case QJsonValue::Array: value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)); break;
        case QJsonValue::Object: value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)); break;
        default: break;
        }
        out.insert(it.key(), value);
    }
    return out;
}

} // namespace

class tst_StoreCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreTheTextQJsonWrote_data();
    void fieldsAreTheTextQJsonWrote();
    void fieldsReadAsQJsonReadThem_data();
    void fieldsReadAsQJsonReadThem();
    void versionsAreTheTextQJsonWrote();
    void versionsNameTheSharedWriterOnce();
};

void tst_StoreCodec::fieldsAreTheTextQJsonWrote_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::newRow("empty") << QVariantMap{};
    QTest::newRow("plain") << QVariantMap{{u"status"_s, u"attended"_s}, {u"count"_s, 3}, {u"ok"_s, true}};
    QTest::newRow("cyrillic and kazakh")
        << QVariantMap{{u"familyName"_s, u"Сериков"_s}, {u"note"_s, u"Әлем, ұлт, құқық — «дәйексөз»"_s}};
    QTest::newRow("escapes") << QVariantMap{
        {u"q"_s, u"say \"no\" \\ then/"_s}, {u"ctl"_s, u"a\tb\nc\rd\be\ff"_s},
        {u"low"_s, QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f)}, {u"nul"_s, QString(QChar(0))}};
    QTest::newRow("numbers") << QVariantMap{
        {u"zero"_s, 0}, {u"neg"_s, -42}, {u"big"_s, std::numeric_limits<qint64>::max()},
        {u"small"_s, std::numeric_limits<qint64>::min()}, {u"half"_s, 0.5}, {u"third"_s, 1.0 / 3.0},
        {u"whole"_s, 2.0}, {u"tiny"_s, 1e-300}, {u"huge"_s, 1.5e300}};
    QTest::newRow("nulls") << QVariantMap{{u"none"_s, QVariant()}, {u"nullString"_s, QVariant(QString())}};
    QTest::newRow("emoji and key escapes") << QVariantMap{{u"k\"ey"_s, u"🙂 ok"_s}};
}

void tst_StoreCodec::fieldsAreTheTextQJsonWrote()
{
    QFETCH(QVariantMap, fields);
    const QString encoded = StoreCodec::encodeFields(fields);
    QCOMPARE(encoded, viaQJson(fields));
    const QVariantMap back = StoreCodec::decodeFields(encoded);
    QCOMPARE(back.keys(), fields.keys());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant &v = it.value();
        const QVariant &b = back.value(it.key());
        if (v.isNull())
            QVERIFY2(b.isNull(), qPrintable(it.key()));
        else if (v.typeId() == QMetaType::Double)
            QCOMPARE(b.toDouble(), v.toDouble());
        else if (v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            QCOMPARE(b.toLongLong(), v.toLongLong());
        else
            QCOMPARE(b.toString(), v.toString());
    }
}

void tst_StoreCodec::fieldsReadAsQJsonReadThem_data()
{
    // Texts the direct reader takes, and texts it leaves to QJsonDocument (nested, malformed, odd
    // escapes): either way the map is the one QJsonDocument gave, value and type.
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("expectedSize");
    QTest::newRow("compact, as written") << StoreCodec::encodeFields({{u"status"_s, u"attended"_s}, {u"n"_s, 3}}) << 2;
    QTest::newRow("empty") << u"{}"_s << 0;
    QTest::newRow("spaces around everything") << u" {\n \"a\" : 1 ,\t\"b\":\r\"x\" } "_s << 2;
    QTest::newRow("escapes") << uR"({"a":"q\"\\\/\b\f\n\r\t\u0041\u00e9\u0000z"})"_s << 1;
    QTest::newRow("escaped pair") << uR"({"e":"\ud83d\ude42"})"_s << 1;
    QTest::newRow("raw pair, cyrillic, kazakh") << u"{\"e\":\"🙂 Сериков құқық\"}"_s << 1;
    QTest::newRow("lone raw surrogate") << u"{\"e\":\""_s + QChar(0xd83d) + u"x\"}"_s << 1;
    QTest::newRow("literals") << u"{\"t\":true,\"f\":false,\"n\":null}"_s << 3;
    QTest::newRow("numbers") << u"{\"i\":-0,\"big\":9223372036854775807,\"over\":9223372036854775808,"
                                 u"\"min\":-9223372036854775808,\"d\":1.5,\"e\":1e3,\"E\":-2.5E-3,\"p\":1e+2,"
                                 u"\"z\":0.0,\"w\":2.0,\"x\":-0.0,\"q\":1.5e22,\"third\":0.3333333333333333}"_s << 13;
    QTest::newRow("nested") << u"{\"a\":[1,2],\"o\":{\"x\":1},\"s\":\"t\"}"_s << 3;
    QTest::newRow("duplicate key") << u"{\"a\":1,\"a\":2}"_s << 1;
    for (const QString &bad : {u"{\"a\":1,}"_s, u"{\"a\":01}"_s, u"{\"a\" 1}"_s, u"{\"a\":1} x"_s, u"[1,2]"_s,
                               QString(), u"{\"a\":\"open}"_s, u"{\"a\":-}"_s, u"{\"a\":1.}"_s,
                               u"{\"a\":tru}"_s, uR"({"a":"\x"})"_s, uR"({"a":"\u12"})"_s,
                               u"{\"a\":\"tab\there\"}"_s, u"{\"a\":1e400}"_s, u"{a:1}"_s})
        QTest::newRow(qPrintable(u"malformed: "_s + bad)) << bad << -1;
}

void tst_StoreCodec::fieldsReadAsQJsonReadThem()
{
    QFETCH(QString, json);
    QFETCH(int, expectedSize);
    const QVariantMap reference = decodeViaQJson(json);
    const QVariantMap read = StoreCodec::decodeFields(json);
    if (expectedSize >= 0)
        QCOMPARE(read.size(), expectedSize);  // the row reads what it says (not an empty map both ways)
    QCOMPARE(read.keys(), reference.keys());
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        const QVariant &got = read.value(it.key());
        QCOMPARE(got.typeId(), it.value().typeId());
        QCOMPARE(got, it.value());
    }
}

void tst_StoreCodec::versionsAreTheTextQJsonWrote()
{
    const QHash<QString, qint64> versions{{u"status"_s, 3}, {u"note"_s, 12}, {u"actualDate"_s, 1}, {u"zeta"_s, 7}};
    const QHash<QString, QString> writers{{u"note"_s, u"0190a1b2-dev"_s}, {u"zeta"_s, u"q\"uote"_s}};
    QJsonObject o;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const QString w = writers.value(it.key());
        o.insert(it.key(), w.isEmpty() ? QJsonValue(it.value()) : QJsonValue(QJsonArray{it.value(), w}));
    }
    const QString reference = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    const QString encoded = StoreCodec::encodeVersions(versions, writers);
    QCOMPARE(encoded, reference);
    QHash<QString, QString> backWriters;
    QCOMPARE(StoreCodec::decodeVersions(encoded, &backWriters), versions);
    QCOMPARE(backWriters, writers);
    QCOMPARE(StoreCodec::encodeVersions({}), u"{}"_s);
}

void tst_StoreCodec::versionsNameTheSharedWriterOnce()
{
    // A record created on a device: every field but two written by it, one by another device,
    // one by none (the server's own stamp).
    const QString device = u"0190a1b2-0000-7000-8000-00000000000a"_s;
    const QString other = u"0190a1b2-0000-7000-8000-00000000000b"_s;
    const QHash<QString, qint64> versions{{u"channel"_s, 1}, {u"dueOn"_s, 1}, {u"note"_s, 4},
                                          {u"outcome"_s, 2}, {u"stamp"_s, 3}};
    const QHash<QString, QString> writers{{u"channel"_s, device}, {u"dueOn"_s, device}, {u"note"_s, other},
                                          {u"outcome"_s, device}};
    const QString encoded = StoreCodec::encodeVersions(versions, writers);
    const QJsonObject expected{{u""_s, device},
                               {u"channel"_s, 1},
                               {u"dueOn"_s, 1},
                               {u"note"_s, QJsonArray{4, other}},
                               {u"outcome"_s, 2},
                               {u"stamp"_s, QJsonArray{3, u""_s}}};
    QCOMPARE(encoded, QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    QCOMPARE(encoded.count(device), 1);
    QHash<QString, QString> back;
    QCOMPARE(StoreCodec::decodeVersions(encoded, &back), versions);
    QCOMPARE(back, writers);

    // The form stored before: each writer beside its field.
    QHash<QString, QString> old;
    QCOMPARE(StoreCodec::decodeVersions(u"{\"a\":[1,\"%1\"],\"b\":[1,\"%1\"],\"c\":2}"_s.arg(device), &old),
             (QHash<QString, qint64>{{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 2}}));
    QCOMPARE(old, (QHash<QString, QString>{{u"a"_s, device}, {u"b"_s, device}}));

    // Two devices with two fields each: the lower id is the shared one, whatever the hash order.
    const QHash<QString, QString> tie{{u"a"_s, other}, {u"b"_s, other}, {u"c"_s, device}, {u"d"_s, device}};
    const QHash<QString, qint64> ones{{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 1}, {u"d"_s, 1}};
    const QString tied = StoreCodec::encodeVersions(ones, tie);
    QVERIFY2(tied.startsWith(u"{\"\":\""_s + device), qPrintable(tied));
    back.clear();
    QCOMPARE(StoreCodec::decodeVersions(tied, &back), ones);
    QCOMPARE(back, tie);

    // A create: one device wrote every field; it is named once.
    const QHash<QString, QString> alone{{u"a"_s, device}, {u"b"_s, device}, {u"c"_s, device}};
    const QHash<QString, qint64> three{{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 1}};
    QCOMPARE(StoreCodec::encodeVersions(three, alone), u"{\"\":\"%1\",\"a\":1,\"b\":1,\"c\":1}"_s.arg(device));
    // One field by one device (the rest by the server): nothing to share, the writer stays beside it.
    const QHash<QString, QString> lone{{u"b"_s, device}};
    QCOMPARE(StoreCodec::encodeVersions(three, lone), u"{\"a\":1,\"b\":[1,\"%1\"],\"c\":1}"_s.arg(device));
    back.clear();
    QCOMPARE(StoreCodec::decodeVersions(StoreCodec::encodeVersions(three, lone), &back), three);
    QCOMPARE(back, lone);
}

QTEST_GUILESS_MAIN(tst_StoreCodec)
#include "tst_storecodec.moc"
