import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui

// The app shell as an officer: one column with bottom navigation on a phone, rail + master list
// + detail pane on a desktop; Nav.open/back go where the layout says; a screen that is not in
// the build shows the neutral "not available" page; resizing keeps the place.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: shellComponent
        AppShell { anchors.fill: parent }
    }

    TestCase {
        name: "Shell_officer"
        when: windowShown

        function makeShell(w, h) {
            root.width = w
            root.height = h
            const shell = createTemporaryObject(shellComponent, root)
            verify(shell, "AppShell did not load")
            return shell
        }

        function isA(item, type) { return item !== null && String(item).indexOf(type) === 0 }

        function test_phoneHasBottomNavigationWithoutApprovals() {
            const shell = makeShell(390, 844)
            compare(shell.layoutMode, "compact")
            verify(findChild(shell, "bottomNav").visible)
            verify(!findChild(shell, "navRail").visible)
            verify(!findChild(shell, "masterPane").visible)
            verify(findChild(shell, "nav_TodayPage"))
            verify(findChild(shell, "nav_SettingsPage"))
            verify(!findChild(shell, "nav_ApprovalsPage").visible, "officers approve nothing")
            mouseClick(findChild(shell, "nav_SettingsPage"))
            compare(shell.section, "SettingsPage")
            verify(isA(shell.currentPage, "SettingsPage"), String(shell.currentPage))
            verify(findChild(shell, "nav_SettingsPage").checked)
        }

        function test_phoneOpenPushesAndBackPops() {
            const shell = makeShell(390, 844)
            const stack = findChild(shell, "detailStack")
            compare(stack.depth, 1)
            Nav.open("NoSuchPage", { personId: "x" })
            compare(stack.depth, 2)
            verify(isA(shell.currentPage, "PageUnavailable"), String(shell.currentPage))
            compare(shell.currentPage.pageName, "NoSuchPage")
            verify(findChild(shell, "backButton").visible)
            mouseClick(findChild(shell, "backButton"))
            tryCompare(stack, "depth", 1, 30000)
            verify(!findChild(shell, "backButton").visible)
            Nav.back()                                   // nothing to go back to: stays
            compare(stack.depth, 1)
        }

        function test_desktopMasterDetail() {
            const shell = makeShell(1280, 800)
            compare(shell.layoutMode, "expanded")
            verify(findChild(shell, "navRail").visible)
            verify(!findChild(shell, "bottomNav").visible)
            verify(findChild(shell, "masterPane").visible, "Today is a list: shown as the master")
            verify(findChild(shell, "masterLoader").item, "nothing in the master pane")
            const stack = findChild(shell, "detailStack")
            compare(stack.depth, 0)
            Nav.open("NoSuchPage", { personId: "a" })
            compare(stack.depth, 1)
            Nav.open("NoSuchPage", { personId: "b" })    // the next one from the list replaces
            compare(stack.depth, 1)
            Nav.open("OtherPage", {})                   // a different screen from the detail stacks
            compare(stack.depth, 2)
            Nav.back()
            Nav.back()
            compare(stack.depth, 0)
            verify(findChild(shell, "masterPane").visible)
            mouseClick(findChild(shell, "rail_SettingsPage"))
            verify(!findChild(shell, "masterPane").visible, "Settings is not a list: full width")
            verify(isA(shell.currentPage, "SettingsPage"))
        }

        function test_resizeKeepsThePlace() {
            const shell = makeShell(390, 844)
            Nav.open("NoSuchPage", { personId: "a" })
            root.width = 1280
            tryCompare(shell, "layoutMode", "expanded", 30000)
            verify(findChild(shell, "masterLoader").item, "nothing in the master pane")
            compare(findChild(shell, "detailStack").depth, 1)
            verify(findChild(shell, "masterPane").visible)
            root.width = 390
            tryCompare(shell, "layoutMode", "compact", 30000)
            compare(findChild(shell, "detailStack").depth, 2)
            compare(shell.entries.length, 1)
        }

        function test_searchShortcutGoesToCaseload() {
            const shell = makeShell(1280, 800)
            shell.focusSearch()
            compare(shell.section, "CaseloadPage")
        }

        function test_showReportsMissingAndShown() {
            const shell = makeShell(390, 844)
            compare(shell.show("NoSuchPage", {}, "TodayPage"), "missing")
            compare(shell.section, "TodayPage")
            compare(shell.show("SettingsPage", {}), "")
            compare(shell.section, "SettingsPage")
        }
    }
}
