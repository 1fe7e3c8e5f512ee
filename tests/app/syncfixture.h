#pragma once

// Shared by the Sync screen's tests (tst_conflict*, tst_rejected*): a generated officer store with
// the synthetic conflicts and refused change of ConflictFixtures::seed().
#include "appsupport.h"
#include "conflictfixtures.h"
#include "storeworker.h"

#include <memory>

namespace Qadam::AppTest {

/** An officer's generated store (30 people) seeded by ConflictFixtures::seed(); null on failure. */
inline std::unique_ptr<GeneratedSession> seededOfficerStore(ConflictFixtures::Seeded *seeded)
{
    auto session = std::make_unique<GeneratedSession>(Role::ProbationOfficer, 30);
    if (!session->isOpen())
        return nullptr;
    bool ok = false;
    session->session().worker()->runBlocking([&](CoreContext &ctx) {
        auto result = ConflictFixtures::seed(ctx);
        ok = result.ok();
        if (ok)
            *seeded = result.value();
    });
    return ok ? std::move(session) : nullptr;
}

} // namespace Qadam::AppTest
