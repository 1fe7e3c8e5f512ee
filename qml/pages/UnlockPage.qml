import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The lock screen: passphrase, attempts left before the device wipes itself, the wait after
// failed attempts (counting down from Session.lockoutSeconds), and in the demo the passphrase.
Page {
    id: page
    title: qsTr("Unlock")
    background: Rectangle { color: Theme.background }

    property int secondsLeft: Session.lockoutSeconds
    readonly property bool waiting: secondsLeft > 0

    function submit() {
        if (passField.text === "" || Session.busy || waiting)
            return
        Session.unlock(passField.text)
        passField.clear()
    }

    Connections {
        target: Session
        function onLockoutChanged() { page.secondsLeft = Session.lockoutSeconds }
    }
    Timer {
        interval: 1000
        repeat: true
        running: page.waiting
        onTriggered: page.secondsLeft = Session.lockoutSeconds
    }
    Component.onCompleted: passField.focusInput()

    Flickable {
        anchors.fill: parent
        contentHeight: card.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        Pane {
            id: card
            width: Math.min(parent.width - 2 * Theme.spacingL, 420)
            x: (parent.width - width) / 2
            y: Math.max(Theme.margin, (page.height - implicitHeight) / 3)
            padding: Theme.margin
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }

            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingL

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Qadam")
                    font.pixelSize: Theme.headlineSize
                    font.bold: true
                    color: Theme.primary
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    //: Lock screen heading
                    text: qsTr("Records on this device are locked")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.subtitleSize
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                PassphraseField {
                    id: passField
                    Layout.fillWidth: true
                    label: qsTr("Passphrase")
                    enabled: !Session.busy && !page.waiting
                    onAccepted: page.submit()
                }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: page.waiting ? "" : Session.errorText
                    dismissible: false
                }
                Label {
                    objectName: "lockoutLabel"
                    visible: page.waiting
                    Layout.fillWidth: true
                    //: Lock screen after failed attempts; %n is seconds
                    text: qsTr("Too many wrong attempts. Try again in %n second(s).", "", page.secondsLeft)
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    font.bold: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Label {
                    objectName: "attemptsLabel"
                    visible: Session.failedAttempts > 0
                    Layout.fillWidth: true
                    //: %n attempts left before the device erases its records
                    text: qsTr("%n attempt(s) left before the records on this device are erased.", "", Session.remainingAttempts)
                    wrapMode: Text.Wrap
                    color: Session.remainingAttempts <= 3 ? Theme.danger : Theme.muted
                }
                Button {
                    objectName: "unlockButton"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: Session.busy ? qsTr("Checking…") : qsTr("Unlock")
                    highlighted: true
                    enabled: passField.text !== "" && !Session.busy && !page.waiting
                    Accessible.name: qsTr("Unlock")
                    onClicked: page.submit()
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: Session.busy
                    visible: running
                    Accessible.name: qsTr("Checking the passphrase")
                }
                Label {
                    visible: Session.demo && (Session.demoPassphrase || "") !== ""
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    //: Shown only on the demo device with synthetic data; %1 is the demo passphrase
                    text: qsTr("Demo with synthetic data: the passphrase is %1").arg(Session.demoPassphrase)
                    wrapMode: Text.Wrap
                    color: Theme.info
                    font.pixelSize: Theme.smallSize
                }
            }
        }
    }
}
