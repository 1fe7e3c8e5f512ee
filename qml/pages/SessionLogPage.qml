pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A person's counselling sessions, and (counsellor on an active referral) logging a new one or
// correcting one they wrote. Each session's confidentiality tier is shown on its row; while
// writing, the tier stays in view in a banner above the form.
Page {
    id: page

    property string personId
    property bool logging: false
    property string message: ""
    property bool logOnOpen: false           // tour and deep links: open the form at once
    readonly property bool loading: sessions.loading

    function startLogging(sessionId, fields) {
        form.amendingId = sessionId
        form.load(fields)
        logging = true
    }

    title: qsTr("Session log")
    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: logging ? logging = false : Nav.back()
    Component.onCompleted: {
        controller.loadReferrals(personId)
        if (logOnOpen)
            startLogging("", {})
    }

    SessionModel {
        id: sessions
        personId: page.personId
    }
    SessionController {
        id: controller
        onLogged: (sessionId, alertRaised, text) => { page.message = text; banner.kind = "info"; page.logging = false }
        onFailed: (text) => { page.message = text; banner.kind = "error" }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            text: page.logging ? (form.amendingId === "" ? qsTr("New session") : qsTr("Correct a session"))
                               //: %n number of sessions
                               : qsTr("Sessions · %n", "", sessions.count)
            actionText: !page.logging && controller.referrals.length > 0 ? qsTr("Log a session") : ""
            onActionTriggered: page.startLogging("", {})
        }
        ErrorBanner {
            id: banner
            objectName: "messageBanner"
            Layout.fillWidth: true
            text: page.message !== "" ? page.message : sessions.errorText
            onDismissed: page.message = ""
        }
        SessionLogForm {
            id: form
            visible: page.logging
            Layout.fillWidth: true
            Layout.fillHeight: true
            personId: page.personId
            controller: controller
            onCancelled: page.logging = false
        }
        ListView {
            id: list
            objectName: "sessionList"
            visible: !page.logging
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: sessions
            keyNavigationEnabled: true
            focus: true
            Accessible.role: Accessible.List
            Accessible.name: page.title
            delegate: SessionDelegate {
                id: row
                onAmendRequested: page.startLogging(row.sessionId, row.fields)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0 && !sessions.loading
                title: qsTr("No sessions you may read")
                text: controller.referrals.length > 0 ? qsTr("Log the first session with this person.")
                                                      : qsTr("Sessions of the counselling team show here as their confidentiality allows.")
            }
        }
    }
}
