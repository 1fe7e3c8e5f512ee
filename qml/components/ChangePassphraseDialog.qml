import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Change the passphrase of this device: current, new (with strength), repeat. Calls
// Session.changePassphrase() and shows its answer (Session.passphraseChanged). Settings only.
Dialog {
    id: dialog

    property bool working: false
    property string message

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 420, 460)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Change passphrase")

    readonly property bool canSubmit: current.text !== "" && fresh.strength >= 2
                                      && fresh.text === repeat.text && fresh.text !== current.text && !working

    function submit() {
        if (!canSubmit)
            return
        working = true
        message = ""
        Session.changePassphrase(current.text, fresh.text)
    }

    onOpened: {
        current.clear(); fresh.clear(); repeat.clear()
        message = ""
        current.focusInput()
    }

    Connections {
        target: Session
        function onPassphraseChanged(ok, text) {
            dialog.working = false
            if (ok)
                dialog.close()
            else
                dialog.message = text
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.message
            dismissible: false
        }
        PassphraseField {
            id: current
            Layout.fillWidth: true
            label: qsTr("Current passphrase")
            onAccepted: fresh.focusInput()
        }
        PassphraseField {
            id: fresh
            Layout.fillWidth: true
            label: qsTr("New passphrase")
            showStrength: true
            onAccepted: repeat.focusInput()
        }
        LabeledField {
            Layout.fillWidth: true
            error: repeat.text !== "" && repeat.text !== fresh.text ? qsTr("The two passphrases differ.") : ""
            PassphraseField {
                id: repeat
                Layout.fillWidth: true
                label: qsTr("Repeat the new passphrase")
                onAccepted: dialog.submit()
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS
        BusyIndicator {
            running: dialog.working
            visible: running
            Layout.leftMargin: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: qsTr("Changing the passphrase")
        }
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Cancel")
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Cancel")
            onClicked: dialog.close()
        }
        Button {
            text: qsTr("Change")
            highlighted: true
            enabled: dialog.canSubmit
            Layout.minimumHeight: Theme.touchTarget
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacingS
            Accessible.name: qsTr("Change passphrase")
            onClicked: dialog.submit()
        }
    }
}
