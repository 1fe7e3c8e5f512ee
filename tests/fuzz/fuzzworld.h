#pragma once

// Shared by the fuzz entries and their seeds: how an input's first byte selects what it is, and
// the placeholders a seed uses for the seeded world's ids and secrets (which are random per run).

#include "sync.pb.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace Qadam::Test {
class ServiceFixture;
}

namespace Qadam::Fuzz {

namespace pb = ::qadam::sync::v1;

/** A decompressed input body is cut off here: large enough for every real request, small enough
 *  that libFuzzer's memory limit is not what a zstd bomb finds. */
inline constexpr qsizetype kMaxDecompressed = 4 * 1024 * 1024;

/** The body after the selector byte: the bytes as they are, or the content of one zstd frame
 *  (Wire::decompress, as the HTTP layer and the client transport do); nullopt when the frame is
 *  refused. */
[[nodiscard]] std::optional<QByteArray> inputBody(const uint8_t *data, size_t size, bool compressed);
/** `body` with the selector byte in front, compressed when asked. */
[[nodiscard]] QByteArray withSelector(uint8_t selector, const QByteArray &body, bool compressed);

/** Turns off the product's logging categories: a fuzzer runs millions of refused inputs. */
void quietLogs();

enum class ServerEndpoint { Enroll, Token, Sync };

/** server_request's first byte: bits 0–1 the endpoint (0 enroll, 1 token, 2 and 3 sync), bits 2–3
 *  the device whose access token a sync carries (officer, counsellor, supervisor, revoked), bit 4
 *  a zstd-compressed body. */
struct ServerSelector
{
    ServerEndpoint endpoint = ServerEndpoint::Sync;
    int device = 0;
    bool compressed = false;

    [[nodiscard]] static ServerSelector of(uint8_t byte);
    [[nodiscard]] uint8_t byte() const;
};

/** EnrollRequest.code and TokenRequest.refresh_token that stand for the world's unused code and
 *  the officer device's refresh token. */
inline constexpr const char *kCodePlaceholder = "@code";
inline constexpr const char *kRefreshPlaceholder = "@refresh";

/** Placeholder UUIDs ("f0220000-0000-7000-8000-0000000000NN") for the seeded world's records,
 *  users, organisations and the officer's device. */
enum class Placeholder : int {
    PersonOwn = 0x01, PersonOther = 0x02, Consent = 0x03, Referral = 0x04, Conviction = 0x05,
    OfficerA = 0x11, OfficerB = 0x12, Counsellor = 0x13, Supervisor = 0x14,
    ProbationOrg = 0x15, NgoOrg = 0x16, OfficerDevice = 0x21,
};
[[nodiscard]] QString placeholderId(Placeholder p);

/** Puts the world's real ids in for placeholder ids in a request: op record ids and text values
 *  (personId, caseOfficerId, …), and TokenRequest.device_id. */
class ServerPlaceholders
{
public:
    [[nodiscard]] static ServerPlaceholders of(const Test::ServiceFixture &f, const QString &officerDevice);
    /** True when anything was replaced. */
    bool substitute(pb::SyncRequest &req) const;
    bool substitute(pb::TokenRequest &req) const;

private:
    QHash<QString, QString> m_text;       ///< placeholder UUID text → real
    QHash<QByteArray, QByteArray> m_raw;  ///< the same as 16 raw bytes
};

/** client_reply's first byte: bit 0 a zstd-compressed body; bit 1 a reply to a push, so the
 *  results are applied as well (the SyncEngine applies both in one transaction). */
struct ClientSelector
{
    bool compressed = false;
    bool withResults = true;

    [[nodiscard]] static ClientSelector of(uint8_t byte);
    [[nodiscard]] uint8_t byte() const;
};

/** The client world's known records: ids of the golden vectors (tests/sync/golden). */
inline const QString kClientPerson = QStringLiteral("0190f3a2-6b1c-7d4e-8f00-000000000001");
inline const QString kClientOrder = QStringLiteral("0190f3a2-6b1c-7d4e-8f00-000000000002");
inline const QString kClientOfficer = QStringLiteral("0190f3a2-6b1c-7d4e-8f00-0000000000a1");

/** reference_data's first byte, modulo the number of loaders. */
enum class Loader : uint8_t {
    ReferenceImport, CalendarImport, Calendar, DeadlineRules, ProgrammeTemplates, AccessPolicy, Count
};

} // namespace Qadam::Fuzz
