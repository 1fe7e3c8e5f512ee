import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// A message across the top of a page or form: hidden while `text` is empty.
//   ErrorBanner { Layout.fillWidth: true; text: controller.errorText }
//   ErrorBanner { text: model.errorText; actionText: qsTr("Try again"); onActionTriggered: model.reload() }
// kind: "error" (default), "warning" or "info". The close button clears nothing by itself: it
// emits dismissed(); the owner clears its text (the banner hides until the text changes).
Rectangle {
    id: banner

    property string text
    property string kind: "error"
    property string actionText
    property bool dismissible: true
    signal actionTriggered()
    signal dismissed()

    property bool dismissedByUser: false
    onTextChanged: dismissedByUser = false

    readonly property color strong: kind === "warning" ? Theme.warning : kind === "info" ? Theme.info : Theme.danger
    visible: text !== "" && !dismissedByUser
    implicitHeight: visible ? layout.implicitHeight + 2 * Theme.spacingS : 0
    implicitWidth: layout.implicitWidth + 2 * Theme.spacing
    radius: Theme.radius
    color: kind === "warning" ? Theme.warningTint : kind === "info" ? Theme.infoTint : Theme.dangerTint
    border.width: Theme.borderWidth
    border.color: strong

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingXs
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        spacing: Theme.spacingS

        Rectangle {
            Layout.preferredWidth: 4
            Layout.fillHeight: true
            radius: 2
            color: banner.strong
        }
        Label {
            Layout.fillWidth: true
            text: banner.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: banner.strong
            font.pixelSize: Theme.bodySize
        }
        Button {
            visible: banner.actionText !== ""
            flat: true
            text: banner.actionText
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: banner.actionText
            onClicked: banner.actionTriggered()
        }
        ToolButton {
            visible: banner.dismissible
            text: "✕"
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            //: Closes an error or information message
            Accessible.name: qsTr("Dismiss message")
            onClicked: {
                banner.dismissedByUser = true
                banner.dismissed()
            }
        }
    }
}
