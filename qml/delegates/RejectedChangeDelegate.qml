import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One change the server refused: what was attempted, on whose record, why (in words), and what
// core offers: "Send again" where resending can help (RejectedChangesModel's canRetry: a refused
// edit not refused for the role or the case) and "Discard" (the page confirms first).
Rectangle {
    id: row

    required property var deviceSeq
    required property string attempted
    required property string entityTitle
    required property string personName
    required property string reasonText
    required property string when
    required property bool canRetry
    property bool busy: false
    signal discardRequested(var seq)
    signal retryRequested(var seq)

    objectName: "rejected-" + deviceSeq
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.divider

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: 4
            Layout.fillHeight: true
            radius: 2
            color: Theme.warning
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Label {
                Layout.fillWidth: true
                text: row.personName === "" ? row.entityTitle : qsTr("%1 · %2").arg(row.entityTitle).arg(row.personName)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: row.attempted
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Label {
                objectName: "reason"
                Layout.fillWidth: true
                text: row.reasonText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.warning
            }
            Label {
                visible: row.when !== ""
                Layout.fillWidth: true
                //: When the refused change was made on this device
                text: qsTr("Made %1").arg(row.when)
                font.pixelSize: Theme.captionSize
                color: Theme.muted
            }
        }
        // The actions stacked at the row's end, so the words keep the width on a phone.
        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingXs
            Button {
                objectName: "retryButton"
                visible: row.canRetry
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                //: Sends a change the server refused once more, as it was made
                text: qsTr("Send again")
                enabled: !row.busy
                flat: true
                //: Screen reader: %1 is what the refused change did
                Accessible.name: qsTr("Send refused change again: %1").arg(row.attempted)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: row.retryRequested(row.deviceSeq)
            }
            Button {
                objectName: "discardButton"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Discard")
                enabled: !row.busy
                flat: true
                //: Screen reader: %1 is what the refused change did
                Accessible.name: qsTr("Discard refused change: %1").arg(row.attempted)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: row.discardRequested(row.deviceSeq)
            }
        }
    }
}
