import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// A heading above a group of rows or fields, with an optional action on the right.
//   SectionHeader { text: qsTr("Obligations") }
//   SectionHeader { text: qsTr("Sessions"); actionText: qsTr("Log a session"); onActionTriggered: … }
// Announced to screen readers as a heading.
Item {
    id: header

    property string text
    property string actionText        // empty: no action button
    property bool actionEnabled: true
    signal actionTriggered()

    implicitHeight: Math.max(Theme.touchTarget, title.implicitHeight + Theme.spacingS)
    implicitWidth: layout.implicitWidth

    RowLayout {
        id: layout
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            id: title
            Layout.fillWidth: true
            text: header.text
            font.pixelSize: Theme.subtitleSize
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: header.text
        }
        Button {
            visible: header.actionText !== ""
            enabled: header.actionEnabled
            flat: true
            text: header.actionText
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: header.actionText
            onClicked: header.actionTriggered()
        }
    }
}
