import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import QadamTest

// The unlock screen: a wrong passphrase says how many attempts are left before the device erases
// its records, the right one opens the app.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: unlockComponent
        UnlockPage { anchors.fill: parent }
    }

    TestCase {
        name: "Unlock_officer"
        when: windowShown

        function enter(page, passphrase) {
            const field = findChild(page, "passphraseInput")
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of passphrase)
                keyClick(c)
            compare(field.text, passphrase)
            const button = findChild(page, "unlockButton")
            verify(button.enabled)
            mouseClick(button)
        }

        function test_wrongThenRightPassphrase() {
            Session.lock()
            compare(Session.state, Session.Locked)
            const page = createTemporaryObject(unlockComponent, root)
            const attempts = findChild(page, "attemptsLabel")
            verify(!attempts.visible)

            enter(page, "not the passphrase")
            tryCompare(Session, "failedAttempts", 1, 30000)
            tryCompare(Session, "busy", false, 30000)
            compare(Session.state, Session.Locked)
            verify(attempts.visible, "remaining attempts not shown")
            verify(attempts.text.indexOf("9") >= 0, attempts.text)
            compare(findChild(page, "passphraseInput").text, "", "a refused passphrase stays in the field")

            enter(page, TestEnv.passphrase)
            tryCompare(Session, "state", Session.Unlocked, 30000)
            compare(Session.failedAttempts, 0)
        }
    }
}
