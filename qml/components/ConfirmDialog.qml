import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qadam.Ui

// A modal question before something that cannot be undone. Name the consequence in `text`.
//   ConfirmDialog {
//       id: confirmWipe
//       title: qsTr("Wipe this device?")
//       text: qsTr("All case records on this device are erased…")
//       confirmText: qsTr("Wipe this device"); destructive: true
//       onConfirmed: Session.signOutAndWipe()
//   }
//   … confirmWipe.open()
// Escape or the cancel button closes it without confirming. Centered in the window overlay.
Dialog {
    id: dialog

    property string text
    property string confirmText: qsTr("Confirm")
    //: Dialog button that closes without doing anything
    property string cancelText: qsTr("Cancel")
    property bool destructive: false
    signal confirmed()
    signal cancelled()

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 480)
    closePolicy: Popup.CloseOnEscape

    onOpened: cancelButton.forceActiveFocus()
    onRejected: cancelled()

    // The wrapped text inside a layout: as the content item itself, a Label fed its height back
    // into the dialog's implicitHeight while the window was laid out (a binding loop, printed six
    // times on every start by the wipe question of SettingsPage).
    contentItem: ColumnLayout {
        Label {
            Layout.fillWidth: true
            text: dialog.text
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS
        Item { Layout.fillWidth: true }
        Button {
            id: cancelButton
            text: dialog.cancelText
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: dialog.cancelText
            Keys.onReturnPressed: clicked()
            onClicked: dialog.reject()
        }
        Button {
            id: confirmButton
            text: dialog.confirmText
            highlighted: true
            Layout.minimumHeight: Theme.touchTarget
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacingS
            Material.background: dialog.destructive ? Theme.danger : Theme.primary
            Material.foreground: Theme.textOnPrimary
            palette.button: dialog.destructive ? Theme.danger : Theme.primary
            palette.buttonText: Theme.textOnPrimary
            Accessible.name: dialog.confirmText
            Keys.onReturnPressed: clicked()
            onClicked: {
                dialog.close()
                dialog.confirmed()
            }
        }
    }
}
