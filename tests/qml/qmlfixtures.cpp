#include "qmlfixtures.h"

#include <cstdio>
#include <map>
#include <string>

namespace Qadam::QmlTest {

namespace {
std::map<std::string, Fixture> &registry()
{
    static std::map<std::string, Fixture> fixtures; // built before main() by static initialisers
    return fixtures;
}
} // namespace

bool registerFixture(const char *name, Fixture fixture)
{
    registry()[name] = std::move(fixture);
    return true;
}

void runFixtures(AppSession &session, Role role)
{
    for (const auto &[name, fixture] : registry()) {
        std::printf("qadam_qmltest: fixture %s\n", name.c_str());
        fixture(session, role);
    }
}

} // namespace Qadam::QmlTest
