#include "report.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

constexpr double kRatioTarget = 1.3;

/** A plain-text table with columns as wide as their widest cell. */
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows { std::move(header) }
    { }
    void add(QStringList row) { m_rows << std::move(row); }
    [[nodiscard]] QString render() const
    {
        QList<qsizetype> widths(m_rows.at(0).size(), 0);
        for (const QStringList &row : m_rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths.at(c), row.at(c).size());
        QString out;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            QStringList cells;
            for (qsizetype c = 0; c < m_rows.at(r).size(); ++c)
                cells << (c == 0 ? m_rows.at(r).at(c).leftJustified(widths.at(c))
                                 : m_rows.at(r).at(c).rightJustified(widths.at(c)));
            out += cells.join(u" | "_s) + u'\n';
            if (r == 0)
                out += QString(out.size() - 1, u'-') + u'\n';
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

QJsonObject figures(const QJsonObject &side, const QString &group, const QString &key)
{
    return side.value(group).toObject().value(key).toObject();
}

double p50(const QJsonObject &f)
{
    return f.value(u"p50_us"_s).toDouble();
}
double p95(const QJsonObject &f)
{
    return f.value(u"p95_us"_s).toDouble();
}

QString ms(double us)
{
    return QString::number(us / 1000.0, 'f', us < 10'000 ? 3 : 1) + u" ms"_s;
}

QString ratio(double cipherUs, double plainUs)
{
    return plainUs > 0 ? QString::number(cipherUs / plainUs, 'f', 2) + u"×"_s : u"—"_s;
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

/** Three figures in one cell: product SQLCipher / memory security off / plain. */
QString triple(double cipher, double direct, double plain)
{
    return u"%1 / %2 / %3"_s.arg(QString::number(cipher / 1000, 'f', 3),
        QString::number(direct / 1000, 'f', 3), QString::number(plain / 1000, 'f', 3));
}

/** One row of the main table. */
struct Operation
{
    QString label;
    QString key;
    double targetMs; ///< p95 target; 0 for none
};

QString verdict(const Operation &op, const QJsonObject &c, const QJsonObject &p)
{
    QStringList misses;
    if (op.targetMs > 0 && p95(c) > op.targetMs * 1000)
        misses << u"p95"_s;
    if (p50(p) > 0 && p50(c) / p50(p) > kRatioTarget)
        misses << u"ratio"_s;
    return misses.isEmpty() ? u"ok"_s : u"MISS (%1)"_s.arg(misses.join(u", "_s));
}

QList<Operation> operations(const QJsonObject &cipher)
{
    const QJsonObject insert = figures(cipher, u"default"_s, u"insert"_s);
    const int runs = insert.value(u"n"_s).toInt();
    const qint64 perRun = runs > 0 ? insert.value(u"rows"_s).toInteger() / runs : 0;
    return { { u"caseload search, Cyrillic prefix"_s, u"searchCyrillic"_s, 5 },
        { u"caseload search, Latin prefix"_s, u"searchLatin"_s, 5 },
        { u"caseload search, two words"_s, u"searchTwoWords"_s, 5 },
        { u"due list, one officer's caseload"_s, u"dueOfficer"_s, 10 },
        { u"due list, whole store (every order in force)"_s, u"dueEveryone"_s, 10 },
        { u"insert %1 check-ins, one transaction"_s.arg(count(perRun)), u"insert"_s, 0 } };
}

QString mainTable(const Sides &s)
{
    Table t({ u"operation"_s, u"runs"_s, u"SQLCipher p50"_s, u"p95"_s, u"plain p50"_s, u"p95"_s,
        u"ratio p50 (p95)"_s, u"target"_s, u"verdict"_s, u"memsec off p50"_s, u"p95"_s, u"ratio p50"_s,
        u"verdict"_s });
    for (const Operation &op : operations(s.cipher)) {
        const QJsonObject c = figures(s.cipher, u"default"_s, op.key);
        const QJsonObject d = figures(s.cipherDirect, u"default"_s, op.key);
        const QJsonObject p = figures(s.plain, u"default"_s, op.key);
        const QString target = (op.targetMs > 0 ? u"p95 ≤ %1 ms, "_s.arg(op.targetMs) : QString())
            + u"≤ %1×"_s.arg(kRatioTarget);
        t.add({ op.label, QString::number(c.value(u"n"_s).toInt()), ms(p50(c)), ms(p95(c)), ms(p50(p)),
            ms(p95(p)), ratio(p50(c), p50(p)) + u" ("_s + ratio(p95(c), p95(p)) + u')', target,
            verdict(op, c, p), ms(p50(d)), ms(p95(d)), ratio(p50(d), p50(p)), verdict(op, d, p) });
    }
    return t.render();
}

QString cacheTable(const Sides &s)
{
    const int productDefault = s.cipher.value(u"default"_s).toObject().value(u"cacheKiB"_s).toInt();
    Table t(
        { u"page cache"_s, u"search p50"_s, u"search p95"_s, u"due (officer) p95"_s, u"due (store) p50"_s });
    const QJsonArray c = s.cipher.value(u"cache"_s).toArray();
    const QJsonArray d = s.cipherDirect.value(u"cache"_s).toArray();
    const QJsonArray p = s.plain.value(u"cache"_s).toArray();
    for (qsizetype i = 0; i < c.size(); ++i) {
        const auto get = [i](const QJsonArray &side, const QString &key) {
            return side.at(i).toObject().value(key).toObject();
        };
        const int kib = c.at(i).toObject().value(u"cacheKiB"_s).toInt();
        const QString cyr = u"searchCyrillic"_s, officer = u"dueOfficer"_s, store = u"dueEveryone"_s;
        t.add({ u"%1 MiB%2"_s.arg(kib / 1024).arg(kib == productDefault ? u" (default)"_s : QString()),
            triple(p50(get(c, cyr)), p50(get(d, cyr)), p50(get(p, cyr))),
            triple(p95(get(c, cyr)), p95(get(d, cyr)), p95(get(p, cyr))),
            triple(p95(get(c, officer)), p95(get(d, officer)), p95(get(p, officer))),
            triple(p50(get(c, store)), p50(get(d, store)), p50(get(p, store))) });
    }
    return t.render();
}

QString ftsTable(const Sides &s)
{
    Table t({ u"name index"_s, u"build"_s, u"size"_s, u"Cyrillic p50"_s, u"Cyrillic p95"_s, u"Latin p95"_s,
        u"same people as token table"_s });
    const QJsonArray c = s.cipher.value(u"fts"_s).toArray();
    const QJsonArray d = s.cipherDirect.value(u"fts"_s).toArray();
    const QJsonArray p = s.plain.value(u"fts"_s).toArray();
    for (qsizetype i = 0; i < c.size(); ++i) {
        const auto get = [i](const QJsonArray &side, const QString &key) {
            return side.at(i).toObject().value(key).toObject();
        };
        const QJsonObject v = c.at(i).toObject();
        const double build = v.value(u"buildMs"_s).toDouble();
        const QString cyr = u"searchCyrillic"_s, lat = u"searchLatin"_s;
        t.add({ v.value(u"name"_s).toString(),
            build > 0 ? QString::number(build / 1000, 'f', 1) + u" s"_s : u"—"_s,
            mib(v.value(u"sizeBytes"_s).toInteger()),
            triple(p50(get(c, cyr)), p50(get(d, cyr)), p50(get(p, cyr))),
            triple(p95(get(c, cyr)), p95(get(d, cyr)), p95(get(p, cyr))),
            triple(p95(get(c, lat)), p95(get(d, lat)), p95(get(p, lat))),
            u"%1/%2"_s.arg(v.value(u"agree"_s).toInt()).arg(v.value(u"compared"_s).toInt()) });
    }
    return t.render();
}

QString proposedTable(const Sides &s)
{
    Table t({ u"due list with proposed indexes"_s, u"p50"_s, u"p95"_s, u"now p50"_s });
    for (const auto &[label, key] : { std::pair { u"one officer's caseload"_s, u"dueOfficer"_s },
             std::pair { u"whole store"_s, u"dueEveryone"_s } }) {
        // A copy: clang before 16 cannot capture a structured binding.
        const QString figure = key;
        const auto get
            = [&](const QJsonObject &side, const QString &group) { return figures(side, group, figure); };
        const QString group = u"proposedIndexes"_s;
        t.add({ label,
            triple(p50(get(s.cipher, group)), p50(get(s.cipherDirect, group)), p50(get(s.plain, group))),
            triple(p95(get(s.cipher, group)), p95(get(s.cipherDirect, group)), p95(get(s.plain, group))),
            triple(p50(get(s.cipher, u"default"_s)), p50(get(s.cipherDirect, u"default"_s)),
                p50(get(s.plain, u"default"_s))) });
    }
    return t.render();
}

QString datasetLine(const ReportContext &ctx)
{
    const QJsonObject d = ctx.dataset;
    return u"Data set: %1 people, %2 events, %3 records (%4); generated in %5 s%6\n"
           u"Files: SQLCipher %7, plaintext copy %8\n"_s
               .arg(count(d.value(u"people"_s).toInteger()), count(d.value(u"events"_s).toInteger()),
                   count(d.value(u"records"_s).toInteger()), ctx.spec)
               .arg(d.value(u"generationSeconds"_s).toDouble(), 0, 'f', 1)
               .arg(d.value(u"cached"_s).toBool() ? u" (cached from an earlier run)"_s : QString(),
                   mib(d.value(u"encryptedBytes"_s).toInteger()), mib(d.value(u"plainBytes"_s).toInteger()));
}

void compareSides(QStringList &problems, const QJsonObject &a, const QJsonObject &b, const QString &what)
{
    if (a.value(u"rows"_s) != b.value(u"rows"_s) || a.value(u"hash"_s) != b.value(u"hash"_s))
        problems << u"the sides return different rows for %1"_s.arg(what);
}

} // namespace

QStringList resultProblems(const Sides &sides)
{
    QStringList problems;
    const QList<std::pair<QString, QJsonObject>> all = { { u"SQLCipher"_s, sides.cipher },
        { u"SQLCipher (memory security off)"_s, sides.cipherDirect }, { u"plain SQLite"_s, sides.plain } };
    for (const auto &[name, side] : all)
        if (side.contains(u"error"_s) || side.isEmpty())
            problems << name + u": "_s + side.value(u"error"_s).toString(u"no result"_s);
    if (!problems.isEmpty())
        return problems;
    for (const QString &key :
        { u"searchCyrillic"_s, u"searchLatin"_s, u"searchTwoWords"_s, u"dueOfficer"_s, u"dueEveryone"_s }) {
        const QJsonObject c = figures(sides.cipher, u"default"_s, key);
        const int zero = c.value(u"zeroHitQueries"_s).toInt();
        if (key.startsWith(u"search"_s) && zero > 0)
            problems << u"%1: %2 prefixes taken from generated names found nobody"_s.arg(key).arg(zero);
        if (c.value(u"rows"_s).toInteger() == 0)
            problems << key + u": no rows"_s;
        compareSides(problems, c, figures(sides.plain, u"default"_s, key), key);
        compareSides(problems, c, figures(sides.cipherDirect, u"default"_s, key), key);
    }
    for (const auto &[name, side] : all) {
        for (const QString &key : { u"dueOfficer"_s, u"dueEveryone"_s })
            if (side.contains(u"proposedIndexes"_s)
                && figures(side, u"proposedIndexes"_s, key).value(u"hash"_s)
                != figures(side, u"default"_s, key).value(u"hash"_s))
                problems << name + u": the proposed indexes change the "_s + key;
        for (const QJsonValue &v : side.value(u"fts"_s).toArray())
            if (v[u"agree"_s] != v[u"compared"_s])
                problems << name + u": "_s + v[u"name"_s].toString()
                        + u" finds other people than the token table"_s;
    }
    return problems;
}

void printReport(const ReportContext &context, const Sides &sides, const QStringList &problems)
{
    QTextStream out(stdout);
    out << u"\nQadam store benchmark: SQLCipher against plain SQLite, same schema and rows\n"_s
        << u"Command: "_s << context.command << u'\n' << datasetLine(context) << u"Engines: "_s
        << QStringList { sides.cipher.value(u"engine"_s).toString(),
               sides.cipherDirect.value(u"engine"_s).toString(), sides.plain.value(u"engine"_s).toString() }
               .join(u" | "_s)
        << u"\nEach timing: prepare, bind, step every row (as the product does per call), after a warm-up pass.\n"_s
        << u"\"memsec off\": SQLCipher with the product's pragmas except cipher_memory_security.\n\n"_s;
    out << mainTable(sides) << u'\n';
    if (!sides.cipher.contains(u"cache"_s)) { // --main-only
        out << (problems.isEmpty() ? u"Result checks: all passed.\n"_s
                                   : u"Result checks FAILED:\n  "_s + problems.join(u"\n  "_s) + u'\n');
        out.flush();
        return;
    }
    out << u"Page cache (PRAGMA cache_size); cells: SQLCipher / SQLCipher memsec off / plain, ms:\n"_s
        << cacheTable(sides) << u'\n';
    out << u"Token table (migration 3) against FTS5 on the same folded names, limit 50; "
           u"cells: SQLCipher / memsec off / plain, ms:\n"_s
        << ftsTable(sides) << u'\n';
    out << u"Due list with proposed indexes check_in(order_id, channel, outcome, occurred_on) and "
           u"supervision_order(probation_officer_id, status), built in %1 s and rolled back; "
           u"cells: SQLCipher / memsec off / plain, ms:\n"_s.arg(
               sides.cipher.value(u"proposedIndexes"_s).toObject().value(u"buildMs"_s).toDouble() / 1000, 0,
               'f', 1)
        << proposedTable(sides) << u'\n';
    if (context.dueRows > 0)
        out << u"Due list check: the %1 rows of the whole-store list match the rule computed in C++.\n"_s.arg(
            count(context.dueRows));
    out << (problems.isEmpty() ? u"Result checks: all passed.\n"_s
                               : u"Result checks FAILED:\n  "_s + problems.join(u"\n  "_s) + u'\n');
    out.flush();
}

} // namespace Qadam::Bench
