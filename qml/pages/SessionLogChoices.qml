pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// A labelled group of choices from a {code, label} list: several (check boxes) or one (radio
// buttons, none chosen until the user picks — the session log never guesses an observation).
//   SessionLogChoices { label: qsTr("Risk signals"); choices: controller.riskSignals; multiple: true }
// `selected` holds the chosen codes (one at most when multiple is false).
LabeledField {
    id: group

    property var choices: []
    property bool multiple: true
    property var selected: []

    function toggle(code, on) {
        const rest = selected.filter(c => c !== code)
        selected = on ? (multiple ? rest.concat([code]) : [code]) : rest
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            model: group.choices
            delegate: AbstractButton {
                id: choice
                required property var modelData
                readonly property bool on: group.selected.indexOf(modelData.code) >= 0
                objectName: "choice_" + modelData.code
                checkable: true
                checked: on
                height: Theme.touchTarget
                width: Math.min(implicitWidth, group.width)
                implicitWidth: contentItem.implicitWidth + 2 * Theme.spacing
                text: modelData.label
                Accessible.role: group.multiple ? Accessible.CheckBox : Accessible.RadioButton
                Accessible.name: modelData.label
                Accessible.checked: on
                onClicked: group.toggle(modelData.code, !on)
                background: Rectangle {
                    radius: Theme.radius
                    color: choice.on ? Theme.primary : Theme.surface
                    border.color: choice.visualFocus ? Theme.focus : choice.on ? Theme.primary : Theme.border
                    border.width: choice.visualFocus ? 2 : Theme.borderWidth
                }
                contentItem: Text {
                    text: choice.text
                    textFormat: Text.PlainText
                    color: choice.on ? Theme.surface : Theme.text
                    font.pixelSize: Theme.bodySize
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
            }
        }
    }
}
