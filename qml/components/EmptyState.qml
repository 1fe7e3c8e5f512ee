import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// What a list or pane shows when it has nothing: a short title, one sentence of explanation
// and, optionally, the one action that helps.
//   EmptyState { anchors.centerIn: parent; width: parent.width
//                title: qsTr("No appearances due today")
//                text: qsTr("Overdue appearances show here as soon as they are due.") }
// Set actionText and handle actionTriggered() to offer a button.
Item {
    id: empty

    property string title
    property string text
    property string actionText
    property string symbol: "○"       // a glyph drawn large above the title; "" for none
    signal actionTriggered()

    implicitWidth: Theme.maxContentWidth / 2
    implicitHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth / 1.5)
        spacing: Theme.spacingS

        Label {
            visible: empty.symbol !== ""
            Layout.alignment: Qt.AlignHCenter
            text: empty.symbol
            font.pixelSize: Theme.headlineSize * 1.5
            color: Theme.disabled
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: empty.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subtitleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: empty.text !== ""
            Layout.fillWidth: true
            text: empty.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.muted
        }
        Button {
            visible: empty.actionText !== ""
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingS
            Layout.minimumHeight: Theme.touchTarget
            text: empty.actionText
            Accessible.name: empty.actionText
            onClicked: empty.actionTriggered()
        }
    }
}
