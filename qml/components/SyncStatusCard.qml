pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The Sync page's summary card: state, a running sync's progress, last sync (relative and
// absolute), changes waiting, and "Sync now". Figures come from `controller` (SyncController) and
// Session; nothing is computed here.
Rectangle {
    id: card

    required property SyncController controller

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.divider

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            objectName: "syncStateLabel"
            Layout.fillWidth: true
            text: Session.syncStateText
            font.pixelSize: Theme.subtitleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ProgressBar {
            visible: card.controller.syncing
            Layout.fillWidth: true
            from: 0
            to: 100
            indeterminate: Session.syncPercent < 0
            value: Math.max(0, Session.syncPercent)
            //: Accessible name of the progress bar of a running sync
            Accessible.name: Session.syncPercent < 0 ? qsTr("Sync running") : qsTr("Sync %1% done").arg(Session.syncPercent)
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingXs

            Label {
                text: qsTr("Last sync")
                color: Theme.muted
                font.pixelSize: Theme.bodySize
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "lastSyncRelative"
                    Layout.fillWidth: true
                    text: card.controller.lastSyncRelative
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                Label {
                    visible: text !== ""
                    Layout.fillWidth: true
                    text: card.controller.lastSyncAbsolute
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
            }
            Label {
                //: Label: number of changes saved on this device and not yet sent
                text: qsTr("Waiting to be sent")
                color: Theme.muted
                font.pixelSize: Theme.bodySize
            }
            Label {
                objectName: "pendingCount"
                Layout.fillWidth: true
                text: card.controller.pendingChanges === 0 ? qsTr("nothing")
                                                            : qsTr("%n change(s)", "", card.controller.pendingChanges)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
        }
        SyncActionButton {
            objectName: "syncNowButton"
            Layout.topMargin: Theme.spacingS
            Layout.minimumHeight: Theme.touchTarget
            text: card.controller.syncing ? qsTr("Syncing…") : qsTr("Sync now")
            enabled: !card.controller.syncing
            Accessible.name: qsTr("Sync now")
            onClicked: card.controller.syncNow()
        }
    }
}
