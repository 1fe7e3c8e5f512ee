#include "fuzzworld.h"

#include "fuzzentries.h"
#include "servicefixture.h"

#include "wirecodec.h"

#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Qadam::Fuzz {

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

std::optional<QByteArray> inputBody(const uint8_t *data, size_t size, bool compressed)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!compressed)
        return raw;
    auto body = Wire::decompress(raw, kMaxDecompressed);
    if (!body.ok())
        return std::nullopt;
    return body.value();
}

QByteArray withSelector(uint8_t selector, const QByteArray &body, bool compressed)
{
    return QByteArray(1, char(selector)) + (compressed ? Wire::compress(body) : body);
}

void quietLogs()
{
    QLoggingCategory::setFilterRules(u"qadam.*=false\nqt.*=false"_s);
}

ServerSelector ServerSelector::of(uint8_t byte)
{
    ServerSelector s;
    const int endpoint = byte & 3;
    s.endpoint = endpoint == 0 ? ServerEndpoint::Enroll : endpoint == 1 ? ServerEndpoint::Token : ServerEndpoint::Sync;
    s.device = (byte >> 2) & 3;
    s.compressed = (byte & 0x10) != 0;
    return s;
}

uint8_t ServerSelector::byte() const
{
    const int endpointBits = endpoint == ServerEndpoint::Enroll ? 0 : endpoint == ServerEndpoint::Token ? 1 : 2;
    return uint8_t(endpointBits | ((device & 3) << 2) | (compressed ? 0x10 : 0));
}

QString placeholderId(Placeholder p)
{
    return u"f0220000-0000-7000-8000-0000000000%1"_s.arg(int(p), 2, 16, QLatin1Char('0'));
}

ServerPlaceholders ServerPlaceholders::of(const Test::ServiceFixture &f, const QString &officerDevice)
{
    const QList<std::pair<Placeholder, QString>> ids{
        {Placeholder::PersonOwn, f.personOwn},       {Placeholder::PersonOther, f.personOther},
        {Placeholder::Consent, f.consent},           {Placeholder::Referral, f.referral},
        {Placeholder::Conviction, f.conviction},     {Placeholder::OfficerA, f.officerA},
        {Placeholder::OfficerB, f.officerB},         {Placeholder::Counsellor, f.counsellor},
        {Placeholder::Supervisor, f.supervisor},     {Placeholder::ProbationOrg, f.probationOrg},
        {Placeholder::NgoOrg, f.ngoOrg},             {Placeholder::OfficerDevice, officerDevice},
    };
    ServerPlaceholders out;
    for (const auto &[placeholder, real] : ids) {
        out.m_text.insert(placeholderId(placeholder), real);
        out.m_raw.insert(QByteArray::fromStdString(Wire::uuidToBytes(placeholderId(placeholder))),
                         QByteArray::fromStdString(Wire::uuidToBytes(real)));
    }
    return out;
}

bool ServerPlaceholders::substitute(pb::SyncRequest &req) const
{
    bool changed = false;
    for (pb::Op &op : *req.mutable_ops()) {
        const auto id = m_raw.constFind(QByteArray::fromStdString(op.record_id()));
        if (id != m_raw.cend()) {
            op.set_record_id(id->toStdString());
            changed = true;
        }
        for (pb::Field &field : *op.mutable_fields()) {
            if (field.value().has_uuid()) {
                const auto raw = m_raw.constFind(QByteArray::fromStdString(field.value().uuid()));
                if (raw != m_raw.cend()) {
                    field.mutable_value()->set_uuid(raw->toStdString());
                    changed = true;
                }
                continue;
            }
            if (!field.value().has_text())
                continue;
            const auto text = m_text.constFind(QString::fromStdString(field.value().text()));
            if (text != m_text.cend()) {
                field.mutable_value()->set_text(text->toStdString());
                changed = true;
            }
        }
    }
    return changed;
}

bool ServerPlaceholders::substitute(pb::TokenRequest &req) const
{
    const auto id = m_raw.constFind(QByteArray::fromStdString(req.device_id()));
    if (id == m_raw.cend())
        return false;
    req.set_device_id(id->toStdString());
    return true;
}

ClientSelector ClientSelector::of(uint8_t byte)
{
    return ClientSelector{(byte & 1) != 0, (byte & 2) != 0};
}

uint8_t ClientSelector::byte() const
{
    return uint8_t((compressed ? 1 : 0) | (withResults ? 2 : 0));
}

} // namespace Qadam::Fuzz
