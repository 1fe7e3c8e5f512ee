import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The always-visible connection and pending-changes indicator of the header.
//   SyncIndicator { }            // tap (or Enter) opens the Sync screen
// Shows: a dot (online / offline), a short state ("Offline", "Syncing…", "Needs attention") and
// the number of changes waiting to sync. Reads Session.online, pendingChanges, syncState.
AbstractButton {
    id: control

    readonly property bool syncing: ["connecting", "pushing", "pulling"].indexOf(Session.syncState) >= 0
    readonly property bool attention: Session.syncState === "needs_attention"
                                      || Session.unresolvedConflicts > 0 || Session.rejectedChanges > 0
    readonly property string stateText: {
        if (attention)
            //: Sync indicator: conflicts or rejected changes need the user
            return qsTr("Needs attention")
        if (syncing)
            return qsTr("Syncing…")
        //: Sync indicator: connection to the server
        return Session.online ? qsTr("Online") : qsTr("Offline")
    }
    readonly property string pendingText: Session.pendingChanges > 0
        //: Sync indicator: %n changes saved on this device, not yet sent
        ? qsTr("%n to send", "", Session.pendingChanges) : ""

    implicitHeight: Theme.touchTarget
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true

    Accessible.role: Accessible.Button
    Accessible.name: pendingText === "" ? qsTr("Sync: %1").arg(stateText)
                                        : qsTr("Sync: %1, %2").arg(stateText).arg(pendingText)
    Accessible.description: qsTr("Opens the sync screen")
    ToolTip.visible: hovered
    ToolTip.text: Accessible.name
    ToolTip.delay: 600

    onClicked: Nav.open("SyncPage", {})
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: height / 2
        color: control.attention ? Theme.warningTint : (control.hovered ? Theme.surfaceAlt : Theme.surface)
        border.width: control.visualFocus ? 2 : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focus : Theme.border
        anchors.fill: parent
        anchors.topMargin: Theme.spacingXs
        anchors.bottomMargin: Theme.spacingXs
    }

    contentItem: Item {
        RowLayout {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spacingS

            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: control.attention ? Theme.warning : (Session.online ? Theme.online : Theme.offline)
                border.width: Session.online ? 0 : 2
                border.color: Theme.offline
                SequentialAnimation on opacity {
                    running: control.syncing
                    loops: Animation.Infinite
                    alwaysRunToEnd: true
                    NumberAnimation { to: 0.3; duration: 500 }
                    NumberAnimation { to: 1; duration: 500 }
                }
            }
            Label {
                text: control.stateText
                color: control.attention ? Theme.warning : Theme.text
                font.pixelSize: Theme.smallSize
            }
            Rectangle {
                visible: control.pendingText !== ""
                radius: height / 2
                color: Theme.primary
                implicitHeight: pendingLabel.implicitHeight + Theme.spacingXs
                implicitWidth: pendingLabel.implicitWidth + Theme.spacingS * 2
                Label {
                    id: pendingLabel
                    anchors.centerIn: parent
                    text: control.pendingText
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.captionSize
                    font.bold: true
                }
            }
        }
    }
}
