import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A passphrase entry with a show/hide button and, when showStrength is set, a strength meter
// (Session.passphraseStrength: 0 very weak … 4 strong) with a word for it.
//   PassphraseField { id: pass; label: qsTr("Passphrase"); showStrength: true }
//   … pass.text, pass.strength, pass.accepted() on Enter
// The text never leaves this item except through `text`; nothing is logged.
ColumnLayout {
    id: field

    property string label
    property string placeholder
    property bool showStrength: false
    property alias text: input.text
    property alias input: input
    readonly property int strength: Session.passphraseStrength(input.text)
    readonly property string strengthText: [
        //: Passphrase strength, 0 of 4
        qsTr("Very weak"),
        qsTr("Weak"),
        qsTr("Fair"),
        qsTr("Good"),
        //: Passphrase strength, 4 of 4
        qsTr("Strong")][strength]
    signal accepted()

    function focusInput() { input.forceActiveFocus() }
    function clear() { input.clear() }

    spacing: Theme.spacingXs

    Label {
        visible: field.label !== ""
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        TextField {
            id: input
            objectName: "passphraseInput"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            placeholderText: field.placeholder
            Accessible.name: field.label !== "" ? field.label : qsTr("Passphrase")
            Accessible.passwordEdit: true
            onAccepted: field.accepted()
        }
        ToolButton {
            id: reveal
            checkable: true
            //: Button that shows the typed passphrase in clear text
            text: checked ? qsTr("Hide") : qsTr("Show")
            Layout.minimumWidth: Theme.touchTarget
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: checked ? qsTr("Hide passphrase") : qsTr("Show passphrase")
            focusPolicy: Qt.TabFocus
        }
    }
    RowLayout {
        visible: field.showStrength
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Accessible.role: Accessible.Indicator
        //: %1 is a strength word like "Weak"
        Accessible.name: qsTr("Passphrase strength: %1").arg(field.strengthText)

        Repeater {
            model: 4
            Rectangle {
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: 6
                radius: 3
                color: input.text.length === 0 || index >= field.strength ? Theme.divider
                       : field.strength <= 1 ? Theme.danger : field.strength === 2 ? Theme.warning : Theme.ok
            }
        }
        Label {
            Layout.leftMargin: Theme.spacingS
            Layout.minimumWidth: implicitWidth
            text: input.text.length === 0 ? "" : field.strengthText
            color: field.strength <= 1 ? Theme.danger : field.strength === 2 ? Theme.warning : Theme.ok
            font.pixelSize: Theme.smallSize
        }
    }
    Label {
        visible: field.showStrength
        Layout.fillWidth: true
        //: Advice under the passphrase strength meter
        text: qsTr("Use four or more unrelated words; length matters more than symbols.")
        wrapMode: Text.Wrap
        color: Theme.muted
        font.pixelSize: Theme.captionSize
    }
}
