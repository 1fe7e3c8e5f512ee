// Tests for Qadam::HybridClock and UUIDv7 generation.
#include "util/clock.h"
#include "util/hlc.h"
#include "util/uuid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_HybridClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tickIsMonotonic_data();
    void tickIsMonotonic();
    void observeMovesPastRemote();
    void uuidV7Format();
};

void tst_HybridClock::tickIsMonotonic_data()
{
    QTest::addColumn<qint64>("step");
    QTest::newRow("clock moves forward") << qint64(5);
    QTest::newRow("clock stands still") << qint64(0);
    QTest::newRow("clock goes back") << qint64(-60'000);
}

void tst_HybridClock::tickIsMonotonic()
{
    QFETCH(qint64, step);
    ManualClock clock;
    HybridClock hlc(clock);
    qint64 previous = hlc.tick();
    for (int i = 0; i < 100; ++i) {
        clock.advance(step);
        const qint64 next = hlc.tick();
        QVERIFY(next > previous);
        previous = next;
    }
    if (step > 0)
        QCOMPARE(HybridClock::wallMs(previous), clock.nowMs());
}

void tst_HybridClock::observeMovesPastRemote()
{
    ManualClock clock(1'000'000);
    HybridClock hlc(clock);
    const qint64 remote = HybridClock::pack(2'000'000, 7);  // a device whose clock runs ahead
    const qint64 after = hlc.observe(remote);
    QVERIFY(after > remote);
    QVERIFY(hlc.tick() > after);
}

void tst_HybridClock::uuidV7Format()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newUuidV7(1'780'000'000'123);
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), u'7');
        QVERIFY(QString(u"89ab"_s).contains(id.at(19)));
        QCOMPARE(uuidV7Millis(id), qint64(1'780'000'000'123));
        static const QRegularExpression canonical(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QVERIFY2(canonical.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(QUuid(id).toString(QUuid::WithoutBraces), id);
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
    QVERIFY(newUuidV7(1) < newUuidV7(2));  // time-ordered keys index well
}

QTEST_GUILESS_MAIN(tst_HybridClock)
#include "tst_hybridclock.moc"
