import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Qadam.Models
import Qadam.Ui

// The window. Shows what Session.state calls for: enrolment on first run, the unlock screen,
// the wiped notice, or the signed-in app (AppShell: phone stack or desktop master–detail).
// Window-wide keys: Escape goes back, Ctrl+F searches the caseload. (Activity for the idle
// auto-lock is noted by main.cpp's event filter on the whole application.)
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    //: Window title; "Qadam" (Kazakh "step") is the product name
    title: qsTr("Qadam")
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.foreground: Theme.text

    readonly property Item shell: stateLoader.item && stateLoader.item.objectName === "appShell" ? stateLoader.item : null
    property bool enrolAfterWipe: false     // the wiped notice's "Set up again"

    /** Tour and tests: a clean navigation showing `page` (see AppShell.show). */
    function show(page, properties, sectionPage) {
        if (!shell)
            return "not signed in"
        return shell.show(page, properties === undefined ? {} : properties, sectionPage)
    }

    Loader {
        id: stateLoader
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Session.state) {
            case Session.NeedsEnrolment: return enrolComponent
            case Session.Locked: return unlockComponent
            case Session.Wiped: return window.enrolAfterWipe ? enrolComponent : wipedComponent
            }
            return shellComponent
        }
    }

    Component { id: enrolComponent; EnrolPage { } }
    Component { id: unlockComponent; UnlockPage { } }
    Component { id: wipedComponent; WipedPage { onSetUpAgain: window.enrolAfterWipe = true } }
    Component { id: shellComponent; AppShell { } }

    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: window.shell !== null
        onActivated: {
            Nav.back()
        }
    }
    Shortcut {
        sequence: StandardKey.Find
        enabled: window.shell !== null
        onActivated: {
            window.shell.focusSearch()
        }
    }
}
