#pragma once

// Shared by the referral, session and review tests (tests/app/tst_referralmodel.cpp,
// tst_sessioncontroller.cpp, tst_reviewcontroller.cpp): row counts that prove a refused form wrote
// nothing, SQL answers computed on the store thread, and writes as another user (the officer who
// sends a referral to the counsellor under test).
#include "appsupport.h"
#include "storeworker.h"

#include "store/database.h"
#include "write/writeservice.h"

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStringList>
#include <QVariantList>

namespace Qadam::AppTest {

/** Rows of each table a write of these screens touches, plus the outbox and the audit log. */
struct Counts
{
    qint64 referrals = 0, sessions = 0, reviews = 0, consents = 0, alerts = 0, outbox = 0, audit = 0;
    bool operator==(const Counts &) const = default;
};

inline qint64 scalarOn(CoreContext &ctx, const QString &sql, const QVariantList &params = {})
{
    auto v = ctx.db.scalar(sql, params);
    return v.ok() ? v.value().toLongLong() : -1;
}

inline Counts countRows(AppSession &session)
{
    Counts c;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        const auto n = [&](const char *table) {
            return scalarOn(ctx, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        };
        c = { n("referral"), n("counselling_session"), n("progress_review"), n("consent_record"), n("alert"),
            n("outbox"), n("audit_event") };
    });
    return c;
}

/** The first column of every row of `sql`, run on the store thread. */
inline QStringList column(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    QStringList out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto stmt = ctx.db.prepare(sql);
        if (!stmt.ok())
            return;
        for (int i = 0; i < params.size(); ++i)
            stmt.value().bind(i + 1, params.at(i));
        while (true) {
            auto more = stmt.value().step();
            if (!more.ok() || !more.value())
                break;
            out << stmt.value().text(0);
        }
    });
    return out;
}

/** Waits for the first emission of `spy` (true) or the time-out (false). */
inline bool waitSignal(QSignalSpy &spy, int timeoutMs = 30'000)
{
    return waitFor([&] { return !spy.isEmpty(); }, timeoutMs);
}

/**
 * SECURITY.md R19 over a list model: no text of any role of any row holds an IIN (every IIN of
 * the store is searched for), and rows of people who have one are among the rows checked. The
 * first problem found, empty when there is none.
 */
inline QString iinShownBy(AppSession &session, const QAbstractItemModel &model, int personIdRole)
{
    const QStringList iins = column(session, QStringLiteral("SELECT iin FROM person WHERE iin IS NOT NULL AND iin <> ''"));
    if (iins.size() <= 10 || model.rowCount() == 0)
        return QStringLiteral("too little to check: %1 IINs, %2 rows").arg(iins.size()).arg(model.rowCount());
    const QHash<int, QByteArray> roles = model.roleNames();
    int rowsWithIin = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex at = model.index(r, 0);
        rowsWithIin += column(session, QStringLiteral("SELECT iin FROM person WHERE id = ?1 AND iin <> ''"),
            { at.data(personIdRole) }).size();
        QString shown;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            shown += at.data(it.key()).toString() + QChar(u'\x1f');
        for (const QString &iin : iins)
            if (shown.contains(iin))
                return QStringLiteral("an IIN is shown in row %1").arg(r);
    }
    return rowsWithIin > 0 ? QString() : QStringLiteral("no row of a person who has an IIN was checked");
}

/** What a role shows as text; maps and lists (a form's prefill) as JSON, so nothing inside hides. */
inline QString shownText(const QVariant &value)
{
    const int type = value.typeId();
    if (type == QMetaType::QVariantMap || type == QMetaType::QVariantList || type == QMetaType::QStringList
        || type == QMetaType::QVariantHash)
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    return value.toString();
}

/** iinShownBy() for a model of ONE person's records, whose rows carry no person id (sessions, the
 *  programme builder's plan): empty when `personId` has an IIN, the model has rows, and no role
 *  of any row shows any IIN of the store; otherwise what is wrong. */
inline QString iinShownFor(AppSession &session, const QAbstractItemModel &model, const QString &personId)
{
    if (column(session, QStringLiteral("SELECT iin FROM person WHERE id = ?1 AND iin <> ''"), { personId }).isEmpty())
        return QStringLiteral("the person under test has no IIN");
    if (model.rowCount() == 0)
        return QStringLiteral("no row to check");
    const QStringList iins = column(session, QStringLiteral("SELECT iin FROM person WHERE iin IS NOT NULL AND iin <> ''"));
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex at = model.index(r, 0);
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            const QString shown = shownText(at.data(it.key()));
            for (const QString &iin : iins)
                if (shown.contains(iin))
                    return QStringLiteral("an IIN is shown in row %1, role %2").arg(r).arg(QString::fromUtf8(it.value()));
        }
    }
    return {};
}

} // namespace Qadam::AppTest
