import QtQuick
import QtQuick.Controls
import Qadam.Ui

// One of a few mutually exclusive choices inside a dashboard card (e.g. caseload by officer,
// region or category): an outlined chip, filled when chosen. Drawn with rectangles so it shows
// the same in the software renderer of the screenshot tour.
AbstractButton {
    id: chip

    checkable: false           // `checked` follows the owner's choice, a click only asks for it
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    implicitHeight: Theme.touchTarget - Theme.spacingS
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.primaryTint : chip.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: chip.visualFocus ? 2 : Theme.borderWidth
        border.color: chip.visualFocus ? Theme.focus : chip.checked ? Theme.primary : Theme.border
    }
    contentItem: Label {
        id: label
        text: chip.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.smallSize
        font.bold: chip.checked
        color: chip.checked ? Theme.primary : Theme.text
    }
}
