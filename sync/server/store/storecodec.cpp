#include "storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace Qadam::Server::StoreCodec {

namespace {

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QJsonValue(qint64(v.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromUtf8(v.toByteArray()));
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const QVariant raw = v.toVariant();  // Qt 6 keeps integers as qint64
        if (raw.typeId() == QMetaType::LongLong)
            return raw;
        return QVariant(v.toDouble());
    }
    case QJsonValue::String:
        return QVariant(v.toString());
    default:
        return QVariant(QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                                    : QJsonDocument(v.toObject()))
                                              .toJson(QJsonDocument::Compact)));
    }
}

// ---- A direct writer for the hot encoders: the same compact JSON as QJsonDocument (sorted keys,
// the same number forms and escapes), without building QJsonObject trees (a third of a push's
// per-record cost on the server before, in the sync benchmark's profile).

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const char *run = begin;  // the bytes since the last escape are copied in one append
    for (const char *p = begin; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

void appendInteger(QByteArray &out, qint64 n)
{
    out += QByteArray::number(n);
}

void appendValue(QByteArray &out, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? '1' : '0';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        appendInteger(out, v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        out += qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return;
    }
    case QMetaType::QByteArray:
        appendString(out, QString::fromUtf8(v.toByteArray()));
        return;
    default:
        appendString(out, v.toString());
    }
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QString encodeFields(const QVariantMap &fields)
{
    QByteArray out;
    out.reserve(64 * (fields.size() + 1));
    out += '{';
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {  // QVariantMap: keys already sorted
        if (it != fields.cbegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
    return QString::fromUtf8(out);
}

namespace {

/**
 * The stored form of a record's fields read directly from the column's text: a flat object of
 * strings, numbers, true/false and null, which is all encodeFields writes. Gives the values
 * QJsonDocument + fromJson gave (integers that fit qint64 as qint64, other numbers as double,
 * true/false as 1/0), without a UTF-8 copy or a parsed tree: a pull reads every record it sends
 * this way, and this was a fifth of the server's time for a page. Anything else (a nested value,
 * an escape it does not handle, a syntax error) returns false, and the caller reads the text the
 * general way, so both give the same map for every input.
 */
class FlatObjectReader
{
public:
    explicit FlatObjectReader(QStringView text) : m_p(text.begin()), m_end(text.end()) {}

    bool read(QVariantMap &out)
    {
        skipSpace();
        if (!take(u'{'))
            return false;
        skipSpace();
        if (take(u'}'))
            return atEnd();
        for (;;) {
            QString key;
            QVariant value;
            skipSpace();
            if (!string(key))
                return false;
            skipSpace();
            if (!take(u':'))
                return false;
            skipSpace();
            if (!scalar(value))
                return false;
            out.insert(key, value);
            skipSpace();
            if (take(u'}'))
                return atEnd();
            if (!take(u','))
                return false;
        }
    }

private:
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == u' ' || *m_p == u'\t' || *m_p == u'\n' || *m_p == u'\r'))
            ++m_p;
    }
    bool take(char16_t c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool literal(QStringView word)
    {
        if (m_end - m_p < word.size() || QStringView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    static int hexDigit(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }
    bool string(QString &out)
    {
        if (!take(u'"'))
            return false;
        const QChar *run = m_p;  // the characters since the last escape go in one append
        for (; m_p != m_end; ++m_p) {
            const char16_t c = m_p->unicode();
            if (c == u'"') {
                out.append(run, m_p - run);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;  // raw control characters are not JSON
            if (QChar::isSurrogate(c)) {
                // A pair (a character beyond the BMP, an emoji) is copied as it is; a lone half
                // is left to the general way.
                if (!QChar::isHighSurrogate(c) || m_end - m_p < 2 || !m_p[1].isLowSurrogate())
                    return false;
                ++m_p;
                continue;
            }
            if (c != u'\\')
                continue;
            out.append(run, m_p - run);
            if (++m_p == m_end)
                return false;
            switch (m_p->unicode()) {
            case u'"': out += u'"'; break;
            case u'\\': out += u'\\'; break;
            case u'/': out += u'/'; break;
            case u'b': out += u'\b'; break;
            case u'f': out += u'\f'; break;
            case u'n': out += u'\n'; break;
            case u'r': out += u'\r'; break;
            case u't': out += u'\t'; break;
            case u'u': {
                if (m_end - m_p < 5)
                    return false;
                int code = 0;
                for (int i = 1; i <= 4; ++i) {
                    const int d = hexDigit(m_p[i]);
                    if (d < 0)
                        return false;
                    code = code * 16 + d;
                }
                if (QChar::isSurrogate(char32_t(code)))
                    return false;
                out += QChar(char16_t(code));
                m_p += 4;
                break;
            }
            default:
                return false;
            }
            run = m_p + 1;
        }
        return false;
    }
    bool number(QVariant &out)
    {
        const QChar *start = m_p;
        take(u'-');
        const auto digits = [this] {
            const QChar *from = m_p;
            while (m_p != m_end && m_p->unicode() >= u'0' && m_p->unicode() <= u'9')
                ++m_p;
            return qsizetype(m_p - from);
        };
        const QChar *intStart = m_p;
        const qsizetype intDigits = digits();
        if (intDigits == 0 || (intDigits > 1 && *intStart == u'0'))
            return false;
        bool integral = true;
        if (take(u'.')) {
            integral = false;
            if (digits() == 0)
                return false;
        }
        if (m_p != m_end && (*m_p == u'e' || *m_p == u'E')) {
            integral = false;
            ++m_p;
            if (!take(u'+'))
                take(u'-');
            if (digits() == 0)
                return false;
        }
        const QStringView text(start, m_p);
        bool ok = false;
        if (integral) {
            const qint64 n = text.toLongLong(&ok);
            if (ok) {
                out = QVariant(n);
                return true;
            }
        }
        const double d = text.toDouble(&ok);
        if (!ok || !qIsFinite(d))
            return false;
        // QJsonDocument keeps a whole number as an integer however it was written (1e3, 2.0, -0).
        if (std::trunc(d) == d && d >= -0x1p63 && d < 0x1p63)
            out = QVariant(qint64(d));
        else
            out = QVariant(d);
        return true;
    }
    bool scalar(QVariant &out)
    {
        if (m_p == m_end)
            return false;
        switch (m_p->unicode()) {
        case u'"': {
            QString s;
            if (!string(s))
                return false;
            out = QVariant(std::move(s));
            return true;
        }
        case u'n':
            out = QVariant();
            return literal(u"null");
        case u't':
            out = QVariant(qint64(1));
            return literal(u"true");
        case u'f':
            out = QVariant(qint64(0));
            return literal(u"false");
        default:
            return number(out);  // '{' and '[' fail here: nested values are read the general way
        }
    }

    const QChar *m_p;
    const QChar *m_end;
};

} // namespace

QVariantMap decodeFields(const QString &json)
{
    QVariantMap out;
    if (FlatObjectReader(json).read(out))
        return out;
    out.clear();
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), fromJson(it.value()));
    return out;
}

namespace {

/** The key of the shared writer in the compact form: no field is named "". */
const QString kSharedWriter;

/** The device most of the fields were written by, if it wrote two or more (ties: the lowest id,
 *  so the same versions always give the same text). */
QString sharedWriter(const QHash<QString, QString> &writers)
{
    // Most records were written by one device alone (every create): no count needed then.
    QString only;
    int onlyCount = 0;
    bool several = false;
    for (const QString &w : writers) {
        if (w.isEmpty())
            continue;
        if (onlyCount > 0 && w != only) {
            several = true;
            break;
        }
        only = w;
        ++onlyCount;
    }
    if (!several)
        return onlyCount >= 2 ? only : QString();
    QHash<QString, int> counts;
    for (const QString &w : writers) {
        if (!w.isEmpty())
            ++counts[w];
    }
    QString best;
    int bestCount = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && !best.isEmpty() && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

QString encodeVersions(const QHash<QString, qint64> &versions, const QHash<QString, QString> &writers)
{
    QStringList keys = versions.keys();
    keys.sort();  // QJsonObject's order: the stored text stays the same for the same versions
    const QString shared = sharedWriter(writers);
    QByteArray out;
    out.reserve(16 * (keys.size() + 1) + 2 * shared.size());
    out += '{';
    if (!shared.isEmpty()) {  // "" sorts first
        appendString(out, kSharedWriter);
        out += ':';
        appendString(out, shared);
    }
    for (const QString &key : keys) {
        if (out.size() > 1)
            out += ',';
        appendString(out, key);
        out += ':';
        const QString writer = writers.value(key);
        if (writer == shared) {
            appendInteger(out, versions.value(key));
        } else {
            out += '[';
            appendInteger(out, versions.value(key));
            out += ',';
            appendString(out, writer);
            out += ']';
        }
    }
    out += '}';
    return QString::fromUtf8(out);
}

QHash<QString, qint64> decodeVersions(const QString &json, QHash<QString, QString> *writers)
{
    QHash<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString shared = o.value(kSharedWriter).toString();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == kSharedWriter)
            continue;
        const bool pair = it.value().isArray();
        const QJsonArray array = pair ? it.value().toArray() : QJsonArray();
        out.insert(it.key(), pair ? array.at(0).toInteger() : it.value().toInteger());
        const QString writer = pair ? array.at(1).toString() : shared;
        if (writers && !writer.isEmpty())
            writers->insert(it.key(), writer);
    }
    return out;
}

QString encodeValue(const QVariant &value)
{
    return compact(QJsonArray{toJson(value)});
}

QVariant decodeValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    return a.isEmpty() ? QVariant() : fromJson(a.first());
}

QString encodeList(const QStringList &items, bool dropEmpty)
{
    QJsonArray a;
    for (const QString &s : items) {
        if (!dropEmpty || !s.isEmpty())
            a.append(s);
    }
    return compact(a);
}

} // namespace Qadam::Server::StoreCodec
