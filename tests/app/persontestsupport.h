#pragma once

// Shared by the person-screen, programme-builder and approval tests: reads of the real store the
// models sit on (on its thread, through StoreWorker::runBlocking) and a dump of every role value a
// model shows, so a test can assert what never reaches the screen.
#include "appsession.h"
#include "storeworker.h"

#include "casework/caseaccess.h"
#include "store/database.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QVariant>

namespace Qadam::PersonTest {

/** The first column of the first row of `sql`; an invalid QVariant on failure. */
inline QVariant scalar(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    QVariant out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto v = ctx.db.scalar(sql, params);
        if (v.ok())
            out = v.value();
    });
    return out;
}

inline qint64 count(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    return scalar(session, sql, params).toLongLong();
}

/** The first column of every row of `sql`. */
inline QStringList column(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    QStringList out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(sql);
        if (!q.ok())
            return;
        for (int i = 0; i < params.size(); ++i)
            q.value().bind(i + 1, params.at(i));
        while (true) {
            auto row = q.value().step();
            if (!row.ok() || !row.value())
                return;
            out << q.value().text(0);
        }
    });
    return out;
}

/** The first of `candidates` the signed-in user may open (inScope) or may not; empty when none. */
inline QString caseInScope(AppSession &session, const QStringList &candidates, bool inScope)
{
    QString found;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        for (const QString &id : candidates) {
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, id, ctx.today);
            if (access.ok() && AccessPolicy::builtIn().mayReadCase(ctx.actor, access.value()) == inScope) {
                found = id;
                return;
            }
        }
    });
    return found;
}

/** Every value of every role of every row, as text. */
inline QStringList everyValue(const QAbstractItemModel &model)
{
    QStringList out;
    const auto roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row)
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            out << model.data(model.index(row, 0), it.key()).toString();
    return out;
}

inline QVariant value(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role));
}

} // namespace Qadam::PersonTest
