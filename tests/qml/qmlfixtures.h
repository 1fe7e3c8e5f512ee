#pragma once

// Fixtures of the Qt Quick tests: extra records a flow needs that the generator does not make
// (e.g. a programme awaiting approval). Each lives in its own tests/qml/fixtures/<name>.cpp and
// registers itself; the harness (qmltestmain.cpp) runs every fixture once, in name order, after
// the generated store is open and before any TestCase, on the GUI thread. Write through the
// session's store thread (session.worker()->runBlocking) and core services, as the staff would.
//
//     QADAM_QML_FIXTURE(programmes, [](Qadam::AppSession &session, Qadam::Role role) {
//         if (role == Qadam::Role::Supervisor) ...
//     });
#include "appsession.h"

#include <functional>

namespace Qadam::QmlTest {

using Fixture = std::function<void(AppSession &session, Role role)>;

/** Registers `fixture` under `name`; returns true (for a static initialiser). */
bool registerFixture(const char *name, Fixture fixture);
/** Runs every registered fixture in name order. */
void runFixtures(AppSession &session, Role role);

} // namespace Qadam::QmlTest

#define QADAM_QML_FIXTURE(name, ...) \
    static const bool qadamQmlFixture_##name = ::Qadam::QmlTest::registerFixture(#name, __VA_ARGS__)
