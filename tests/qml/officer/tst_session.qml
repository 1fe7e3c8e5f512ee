import QtQuick
import QtTest
import Qadam.Models
import QadamTest

// The harness opened a generated store as the officer with the most cases: the app is unlocked as
// that role, and a lock/unlock round trip keeps the same user.
TestCase {
    name: "Session_officer"

    function test_unlockedAsRole() {
        compare(TestEnv.role, "officer")
        compare(Session.state, Session.Unlocked)
        compare(Session.role, "probation_officer")
        verify(Session.userId.length > 0, "no user id")
        verify(Session.displayName.length > 0, "no display name")
        verify(Session.roleTitle.length > 0, "no role title")
    }

    function test_lockAndUnlockKeepsUser() {
        const user = Session.userId
        Session.lock()
        compare(Session.state, Session.Locked)
        Session.unlock(TestEnv.passphrase)
        tryCompare(Session, "state", Session.Unlocked, 30000)
        compare(Session.userId, user)
        compare(Session.role, "probation_officer")
    }
}
