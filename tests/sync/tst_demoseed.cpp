// seedDemo: the synthetic caseload imported into a real server store, and the printed accounts
// work: each enrols with its one-time code and pulls its own cases.
#include "demoseed.h"
#include "servicefixture.h"

#include <QSet>
#include <QTest>

using namespace Qadam;
using namespace Qadam::Test;
using namespace Qt::StringLiterals;

class tst_DemoSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seededAccountsEnrolAndPull()
    {
        ServiceFixture f;
        QVERIFY(f.open(u"sqlite"_s));
        auto seed = Server::seedDemo(*f.service, *f.store, f.clock, 30);
        QVERIFY2(seed.ok(), seed.ok() ? "" : qPrintable(seed.error().detail));
        QVERIFY(seed.value().records > 30);
        QStringList roles;
        for (const Server::DemoAccount &a : seed.value().accounts) {
            roles << a.role;
            QVERIFY(!a.enrolmentCode.isEmpty());
            QVERIFY(!a.displayName.isEmpty());
            QVERIFY2(a.cases > 0, qPrintable(a.role));
            pb::EnrollRequest req;
            req.set_code(a.enrolmentCode.toStdString());
            req.set_client_version("1.0.0");
            const Server::ServiceReply reply = f.service->enroll(Wire::serialise(req));
            QCOMPARE(reply.status, 200);
            pb::TokenReply tokens;
            QVERIFY(Wire::parse(reply.body, tokens));
            QCOMPARE(QString::fromStdString(tokens.role()), a.role);
            TestDevice d;
            d.id = Wire::uuidFromBytes(tokens.device_id());
            d.access = QByteArray::fromStdString(tokens.access_token());
            QSet<QString> people;
            for (const pb::SyncResponse &page : f.pullAll(d, 256 * 1024))
                for (const pb::Change &c : page.changes())
                    if (c.entity() == "Person")
                        people.insert(Wire::uuidFromBytes(c.record_id()));
            QVERIFY2(!people.isEmpty(), qPrintable(a.role));
            // A code is good once.
            QCOMPARE(f.service->enroll(Wire::serialise(req)).status, 401);
        }
        QCOMPARE(roles, (QStringList{u"probation_officer"_s, u"counsellor"_s, u"supervisor"_s}));
        QVERIFY(f.service->verifyAudit().ok());
    }
};

QTEST_GUILESS_MAIN(tst_DemoSeed)
#include "tst_demoseed.moc"
