pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Sync: when this device last synced, what waits to be sent, a running sync's progress, the state
// in plain words when a person must act, and the two lists that need attention: conflicts (open
// ConflictPage for the side-by-side choice) and changes the server refused (send again where that
// can help, or discard after a confirmation). Every figure and sentence comes from C++
// (SyncController, ConflictModel, RejectedChangesModel, Session); this page only lays them out.
Page {
    id: page

    title: qsTr("Sync")
    readonly property bool compact: width < Theme.compactMaxWidth

    background: Rectangle { color: Theme.background }

    SyncController {
        id: sync
        conflicts: conflictList.count
        rejected: rejectedList.count
    }
    ConflictModel { id: conflictList }
    RejectedChangesModel { id: rejectedList }
    RejectedChangesController {
        id: rejectedActions
        onFailed: (message) => banner.text = message
        onSucceeded: banner.text = ""
    }

    Keys.onEscapePressed: Nav.back()

    ConfirmDialog {
        id: confirmDiscard
        property var seq: -1
        //: Title of the question before a refused change is dropped
        title: qsTr("Discard this change?")
        text: qsTr("The change stays refused and leaves this list. It is not sent again; make it again on the record if it is still needed.")
        confirmText: qsTr("Discard")
        destructive: true
        onConfirmed: rejectedActions.discard(seq)
    }

    Flickable {
        id: flick
        objectName: "flick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: page.compact ? Theme.spacingL : Theme.margin
            y: Theme.margin
            width: Math.min(flick.width - 2 * x, Theme.maxContentWidth)
            spacing: Theme.spacing

            ErrorBanner {
                id: attention
                objectName: "attentionBanner"
                Layout.fillWidth: true
                text: sync.attentionText
                kind: sync.attentionUrgent ? "warning" : "info"
                dismissible: false
            }
            ErrorBanner {
                id: banner
                Layout.fillWidth: true
                onDismissed: text = ""
            }

            SyncStatusCard {
                Layout.fillWidth: true
                controller: sync
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                objectName: "conflictsHeader"
                //: Heading; %1 is how many fields conflict
                text: qsTr("Conflicts (%1)").arg(conflictList.count)
            }
            Label {
                visible: conflictList.count === 0
                Layout.fillWidth: true
                text: qsTr("No conflicts. When the same field is changed here and on the server, both versions wait here for you to choose.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.bodySize
            }
            Repeater {
                model: conflictList
                delegate: ConflictRowDelegate {
                    Layout.fillWidth: true
                    onOpenRequested: (recordId) => Nav.open("ConflictPage", { recordId: recordId })
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                //: Heading; %1 is how many changes the server refused
                text: qsTr("Refused changes (%1)").arg(rejectedList.count)
            }
            Label {
                Layout.fillWidth: true
                text: rejectedList.count === 0
                      ? qsTr("Nothing was refused. Changes the server does not accept wait here, and never hold up the others.")
                      : qsTr("These changes were not accepted by the server. Send a change again where that is offered; otherwise note what it said, then discard it.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.bodySize
            }
            Repeater {
                model: rejectedList
                delegate: RejectedChangeDelegate {
                    Layout.fillWidth: true
                    busy: rejectedActions.busy
                    onRetryRequested: (seq) => rejectedActions.retry(seq)
                    onDiscardRequested: (seq) => {
                        confirmDiscard.seq = seq
                        confirmDiscard.open()
                    }
                }
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: conflictList.errorText !== "" ? conflictList.errorText : rejectedList.errorText
                dismissible: false
            }
        }
    }
}
