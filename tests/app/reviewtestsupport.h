#pragma once

// Filling the progress review form in the app tests (tst_reviewcontroller, tst_reviewsduemodel):
// valid outcome proxies and judgements for what ReviewController loaded.
#include "reviewcontroller.h"

#include <QVariantList>
#include <QVariantMap>

namespace Qadam::AppTest {

/** Every proxy on its scale (first value), newViolations 0. */
inline QVariantMap validProxies(const ReviewController &c)
{
    QVariantMap out;
    for (const QVariant &p : c.proxies()) {
        const QVariantMap proxy = p.toMap();
        out.insert(proxy.value(QStringLiteral("code")).toString(),
            proxy.value(QStringLiteral("count")).toBool()
                ? QVariant(0)
                : proxy.value(QStringLiteral("values")).toList().first().toMap().value(QStringLiteral("code")));
    }
    return out;
}

/** Every domain the form asks rated `rating` with a rationale long enough. */
inline QVariantList validJudgements(const ReviewController &c, int rating = 3)
{
    QVariantList out;
    for (const QVariant &d : c.domains())
        out << QVariantMap { { QStringLiteral("domain"), d.toMap().value(QStringLiteral("code")) },
            { QStringLiteral("rating"), rating },
            { QStringLiteral("rationale"), QStringLiteral("Steady attendance; the housing issue is being worked on.") } };
    return out;
}

} // namespace Qadam::AppTest
