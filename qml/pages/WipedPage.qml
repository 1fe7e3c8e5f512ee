import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// After a sign-out, a wipe command from the server or the tenth wrong passphrase: the records
// on this device are gone. Says so plainly and what to do next.
Page {
    id: page
    signal setUpAgain()
    title: qsTr("Device wiped")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 440)
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("The records on this device were erased")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: Session.errorText !== "" ? Session.errorText
                  : qsTr("Changes that were already synced are safe on the server. To work on this device again, ask your administrator for a new one-time code.")
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.bodySize
        }
        RowLayout {
            spacing: Theme.spacingS
            Button {
                text: qsTr("Set up again")
                highlighted: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Set up this device again")
                onClicked: page.setUpAgain()
            }
            Button {
                text: qsTr("Close Qadam")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Close Qadam")
                onClicked: Qt.quit()
            }
        }
    }
}
