import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Qadam.Ui

// The buttons of the referral, session log and review screens: a filled primary action or an
// outlined secondary one, drawn with plain rectangles so they look the same with a GPU and in the
// software renderer of the screenshot tour (Material's shadow layer does not render there).
Button {
    id: button

    property bool primary: false

    implicitHeight: Theme.touchTarget
    Material.foreground: primary ? Theme.surface : Theme.primary
    Accessible.name: text
    background: Rectangle {
        implicitWidth: Theme.touchTarget * 2
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !button.enabled ? Theme.surfaceAlt : button.primary ? (button.down ? Theme.primaryDark : Theme.primary)
                                                                   : (button.down ? Theme.primaryTint : Theme.surface)
        border.width: button.visualFocus ? 2 : Theme.borderWidth
        border.color: button.visualFocus ? Theme.focus : button.primary ? Theme.primary : Theme.border
    }
}
