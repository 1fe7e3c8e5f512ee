pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// One record's conflicts, field by field, the two versions side by side with a choice each. A
// saved choice becomes an ordinary change that syncs (ConflictController → core); its card leaves
// the page. With no recordId the page lists every open conflict.
Page {
    id: page

    property string recordId
    title: conflicts.recordTitle !== "" ? conflicts.recordTitle : qsTr("Conflicts")
    readonly property bool compact: width < Theme.compactMaxWidth

    property string failedConflictId
    property string failedMessage

    background: Rectangle { color: Theme.background }

    ConflictModel {
        id: conflicts
        recordId: page.recordId
    }
    ConflictController {
        id: controller
        onSucceeded: (conflictId) => {
            page.failedConflictId = ""
            page.failedMessage = ""
        }
        onFailed: (message) => page.failedMessage = message
    }

    Keys.onEscapePressed: Nav.back()

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

            Label {
                visible: conflicts.count > 0
                Layout.fillWidth: true
                text: qsTr("These fields were changed on this device and on the server before they could sync. Both versions are kept until you choose; your choice is sent with the next sync.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.bodySize
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: conflicts.errorText
                dismissible: false
            }
            Repeater {
                model: conflicts
                delegate: ConflictFieldDelegate {
                    Layout.fillWidth: true
                    busy: controller.busy
                    errorText: page.failedConflictId === conflictId ? page.failedMessage : ""
                    onResolveRequested: (conflictId, choice, mergedText) => {
                        page.failedConflictId = conflictId
                        page.failedMessage = ""
                        controller.resolve(conflictId, choice, mergedText)
                    }
                }
            }
            EmptyState {
                visible: conflicts.count === 0 && !conflicts.loading
                Layout.fillWidth: true
                symbol: "✓"
                title: qsTr("Nothing left to choose")
                text: qsTr("Every conflict of this record is settled. The choices are sent with the next sync.")
                actionText: qsTr("Back to Sync")
                onActionTriggered: Nav.back()
            }
        }
    }
}
