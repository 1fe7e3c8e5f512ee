import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One conflicting field in the Sync page's list: whose record, which field, both values in brief.
// Activating it (tap, Enter, Space) asks to open the side-by-side page of that record.
ItemDelegate {
    id: row

    required property string recordId
    required property string field
    required property string entityTitle
    required property string personName
    required property string fieldTitle
    required property string deviceText
    required property string serverText
    signal openRequested(string recordId)

    readonly property string heading: personName === "" ? entityTitle
                                      //: Record kind · person, e.g. "Person · Ахметов Ерлан"
                                      : qsTr("%1 · %2").arg(entityTitle).arg(personName)

    objectName: "conflictRow-" + field
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    //: Screen reader text of a conflict row; %1 field, %2 record
    Accessible.name: qsTr("Conflict in %1 of %2: choose a version").arg(fieldTitle).arg(heading)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Keys.onDownPressed: nextItemInFocusChain(true).forceActiveFocus()
    Keys.onUpPressed: nextItemInFocusChain(false).forceActiveFocus()
    onClicked: openRequested(recordId)

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.surfaceAlt : Theme.surface
        border.width: row.activeFocus ? 2 : Theme.borderWidth
        border.color: row.activeFocus ? Theme.focus : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        Label {
            Layout.fillWidth: true
            text: row.heading
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            //: %1 is a field name; both versions are kept until someone chooses
            text: qsTr("%1: changed here and on the server").arg(row.fieldTitle)
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            //: Compact comparison: %1 this device's value, %2 the server's
            text: qsTr("Here: %1 — Server: %2").arg(row.deviceText).arg(row.serverText)
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 1
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
    }
}
