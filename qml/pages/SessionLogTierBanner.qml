import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The confidentiality tier of the session being written, always in view above the form: who
// will read it. Warns until a tier is chosen; the session cannot be saved before that.
Rectangle {
    id: banner

    property string tier: ""
    property SessionController controller
    readonly property bool chosen: tier !== ""

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radius
    color: chosen ? Theme.primaryTint : Theme.warningTint
    border.width: Theme.borderWidth
    border.color: chosen ? Theme.primary : Theme.warning
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text + ". " + detail.text

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingXs
        Label {
            id: heading
            objectName: "tierHeading"
            Layout.fillWidth: true
            text: banner.chosen && banner.controller
                  //: %1 is the chosen confidentiality tier, e.g. "Counselling team only"
                  ? qsTr("Confidentiality: %1").arg(banner.controller.label("confidentialityTier", banner.tier))
                  : qsTr("Confidentiality: not chosen yet")
            textFormat: Text.PlainText
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: banner.chosen ? Theme.primaryDark : Theme.warning
            wrapMode: Text.Wrap
        }
        Label {
            id: detail
            Layout.fillWidth: true
            text: banner.controller ? banner.controller.tierDescription(banner.tier) : ""
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
