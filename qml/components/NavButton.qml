import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One destination of the bottom navigation (phone) or the navigation rail (desktop): a glyph
// above a short label; `checked` marks the current section. Used by AppShell only.
AbstractButton {
    id: button

    property string symbol
    property int badge: 0          // a count shown on the glyph (e.g. approvals waiting); 0 hides it

    checkable: false
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    implicitWidth: Math.max(Theme.touchTarget, column.implicitWidth + Theme.spacingS * 2)
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + Theme.spacingS * 2)

    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        color: button.hovered ? Theme.surfaceAlt : "transparent"
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.focus
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        id: column
        spacing: 2
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 56
            implicitHeight: 30
            radius: 15
            color: button.checked ? Theme.primaryTint : "transparent"
            Label {
                anchors.centerIn: parent
                text: button.symbol
                font.pixelSize: 20
                color: button.checked ? Theme.primary : Theme.muted
                Accessible.ignored: true
            }
            Rectangle {
                visible: button.badge > 0
                anchors.right: parent.right
                anchors.top: parent.top
                implicitWidth: Math.max(18, badgeLabel.implicitWidth + 8)
                implicitHeight: 18
                radius: 9
                color: Theme.danger
                Label {
                    id: badgeLabel
                    anchors.centerIn: parent
                    text: button.badge > 99 ? "99+" : String(button.badge)
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.captionSize - 1
                    font.bold: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: button.text
            // Long words ("Синхронизация") shrink a little to fit instead of being cut.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.captionSize - 3
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.captionSize
            font.bold: button.checked
            color: button.checked ? Theme.primary : Theme.muted
        }
    }
}
