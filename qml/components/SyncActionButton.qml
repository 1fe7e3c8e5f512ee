import QtQuick
import QtQuick.Controls
import Qadam.Ui

// The main action of a Sync screen card ("Sync now", "Save this choice"): a filled Theme.primary
// button drawn without the style's elevation effect, so it shows the same with the software
// renderer (screenshot tour, offscreen tests) as on a GPU. Enter and Return activate it.
Button {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Label {
        text: control.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: control.enabled ? Theme.textOnPrimary : Theme.disabled
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitWidth: 2 * Theme.touchTarget
        radius: Theme.radius
        color: !control.enabled ? Theme.surfaceAlt : control.down ? Theme.primaryDark : Theme.primary
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focus
    }
}
