pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Settings: language (applies at once), auto-lock time, passphrase, who is signed in, versions,
// and signing out, which erases the records on this device after a confirmation.
Page {
    id: page
    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }

    // Language names are written in their own language on purpose: never translated.
    readonly property var languages: [
        { code: "kk", name: "Қазақша" },
        { code: "ru", name: "Русский" },
        { code: "en", name: "English" }
    ]
    readonly property var lockTimeouts: [1, 2, 5, 10, 15, 30]

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingL, Theme.maxContentWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingS

            Item { implicitHeight: Theme.spacingS }

            SectionHeader { Layout.fillWidth: true; text: qsTr("Language") }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Repeater {
                    model: page.languages
                    RadioButton {
                        required property var modelData
                        text: modelData.name
                        checked: Session.language === modelData.code
                        implicitHeight: Theme.touchTarget
                        Accessible.name: modelData.name
                        onClicked: Session.language = modelData.code
                    }
                }
            }

            SectionHeader { Layout.fillWidth: true; text: qsTr("Security") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    //: Setting: lock the app after this long without use
                    text: qsTr("Lock after inactivity")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                ComboBox {
                    id: timeoutBox
                    Layout.minimumHeight: Theme.touchTarget
                    Layout.preferredWidth: 180
                    model: page.lockTimeouts.map(m => qsTr("%n minute(s)", "", m))
                    currentIndex: Math.max(0, page.lockTimeouts.indexOf(Session.lockTimeoutMinutes))
                    Accessible.name: qsTr("Lock after inactivity")
                    onActivated: (index) => Session.lockTimeoutMinutes = page.lockTimeouts[index]
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Qadam also locks when it goes to the background.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            Switch {
                objectName: "exportEnabled"
                Layout.fillWidth: true
                //: Setting: PDF and CSV reports may be saved outside the app on this device (off on phones by default)
                text: qsTr("Allow exports (PDF, CSV) from this device")
                checked: Session.exportEnabled
                Accessible.name: text
                onToggled: Session.exportEnabled = checked
            }
            Button {
                text: qsTr("Change passphrase…")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Change passphrase")
                onClicked: changeDialog.open()
            }
            Button {
                text: qsTr("Lock now")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Lock now")
                onClicked: Session.lock()
            }

            SectionHeader { Layout.fillWidth: true; text: qsTr("Account") }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacingS
                Label { text: qsTr("Name"); color: Theme.muted; visible: nameValue.visible }
                Label {
                    id: nameValue
                    visible: (Session.displayName || "") !== ""
                    Layout.fillWidth: true
                    text: Session.displayName || ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label { text: qsTr("Role"); color: Theme.muted }
                Label { Layout.fillWidth: true; text: Session.roleTitle; color: Theme.text; wrapMode: Text.Wrap }
                Label { text: qsTr("Server"); color: Theme.muted }
                Label {
                    Layout.fillWidth: true
                    //: Shown instead of a server address when the device works from a local store only
                    text: Session.serverUrl !== "" ? Session.serverUrl : qsTr("Not connected to a server")
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                }
            }
            Button {
                text: qsTr("Sign out and wipe this device…")
                Layout.minimumHeight: Theme.touchTarget
                Layout.topMargin: Theme.spacingS
                Material.background: Theme.dangerTint
                Material.foreground: Theme.danger
                palette.button: Theme.dangerTint
                palette.buttonText: Theme.danger
                Accessible.name: qsTr("Sign out and wipe this device")
                onClicked: wipeDialog.open()
            }

            SectionHeader { Layout.fillWidth: true; text: qsTr("About") }
            Label {
                Layout.fillWidth: true
                text: Session.versions
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    ChangePassphraseDialog { id: changeDialog }

    ConfirmDialog {
        id: wipeDialog
        title: qsTr("Sign out and wipe this device?")
        //: Confirmation before erasing the device; names the consequence
        text: Session.pendingChanges > 0
              ? qsTr("All case records on this device will be erased. %n change(s) not yet synced will be lost for good. You will need a new one-time code to use this device again.", "", Session.pendingChanges)
              : qsTr("All case records on this device will be erased. Everything is synced, so nothing is lost on the server. You will need a new one-time code to use this device again.")
        confirmText: qsTr("Erase and sign out")
        destructive: true
        onConfirmed: Session.signOutAndWipe()
    }
}
