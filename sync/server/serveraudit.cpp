#include "serveraudit.h"

#include "util/uuid.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Qadam::Server::ServerAudit {

namespace {

constexpr int kPage = 1000;

void addField(QCryptographicHash &h, const QByteArray &bytes)
{
    quint32 length = qToBigEndian(quint32(bytes.size()));
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    h.addData(bytes);
}

} // namespace

QByteArray hashOf(const ServerAuditEvent &e, const QByteArray &prevHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, prevHash);
    addField(h, e.id.toUtf8());
    addField(h, QByteArray::number(e.at));
    for (const QString *s : {&e.actorId, &e.deviceId, &e.action, &e.entity, &e.recordId, &e.bucket})
        addField(h, s->toUtf8());
    return h.result();
}

Status append(StoreTxn &txn, ServerAuditEvent &e)
{
    auto last = txn.lastAuditEvent();
    if (!last.ok())
        return last.error();
    if (e.id.isEmpty())
        e.id = newUuidV7(e.at);
    e.prevHash = last.value() ? last.value()->hash : QByteArray();
    e.hash = hashOf(e, e.prevHash);
    return txn.appendAuditEvent(e);
}

Result<qint64> verify(StoreTxn &txn)
{
    QByteArray prev;
    qint64 after = 0;
    qint64 count = 0;
    for (;;) {
        auto page = txn.auditEvents(after, kPage);
        if (!page.ok())
            return page.error();
        for (const ServerAuditEvent &e : page.value()) {
            if (e.prevHash != prev || e.hash != hashOf(e, prev))
                return Error::make(Error::Corrupt, u"seq %1"_s.arg(e.seq));
            prev = e.hash;
            after = e.seq;
            ++count;
        }
        if (page.value().size() < kPage)
            return count;
    }
}

} // namespace Qadam::Server::ServerAudit
