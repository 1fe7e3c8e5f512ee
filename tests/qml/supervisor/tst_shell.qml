import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui

// Supervisors get the Approvals destination, on the phone's bottom navigation and the desktop rail.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: shellComponent
        AppShell { anchors.fill: parent }
    }

    TestCase {
        name: "Shell_supervisor"
        when: windowShown

        function test_approvalsOnBothLayouts() {
            compare(Session.role, "supervisor")
            const shell = createTemporaryObject(shellComponent, root)
            verify(findChild(shell, "nav_ApprovalsPage"), "no Approvals on the phone")
            mouseClick(findChild(shell, "nav_ApprovalsPage"))
            compare(shell.section, "ApprovalsPage")
            root.width = 1280
            tryCompare(shell, "layoutMode", "expanded", 30000)
            verify(findChild(shell, "rail_ApprovalsPage").visible, "no Approvals on the rail")
            verify(findChild(shell, "masterPane").visible, "Approvals is a list: shown as the master")
        }
    }
}
