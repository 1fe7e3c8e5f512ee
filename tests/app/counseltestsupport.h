#pragma once

// Shared by the referral, session and review tests (tests/app/tst_referralmodel.cpp,
// tst_sessioncontroller.cpp, tst_reviewcontroller.cpp): row counts that prove a refused form wrote
// nothing, SQL answers computed on the store thread, and writes as another user (the officer who
// sends a referral to the counsellor under test).
#include "appsupport.h"
#include "storeworker.h"

#include "store/database.h"
#include "write/writeservice.h"

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

} // namespace Qadam::AppTest
