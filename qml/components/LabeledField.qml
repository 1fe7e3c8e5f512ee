import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// A label above any input, with an optional help line and an error line under it.
//   LabeledField {
//       label: qsTr("Server address"); help: qsTr("Given by your administrator")
//       error: urlError
//       TextField { Layout.fillWidth: true; Accessible.name: qsTr("Server address") }
//   }
// The children go between the label and the help/error lines (they fill the width). The label
// is marked `required` with " *" when `required` is true.
ColumnLayout {
    id: field

    property string label
    property string help
    property string error
    property bool required: false
    default property alias content: slot.data

    spacing: Theme.spacingXs

    Label {
        visible: field.label !== ""
        //: %1 is a field label; the star marks a required field
        text: field.required ? qsTr("%1 *").arg(field.label) : field.label
        color: Theme.text
        font.pixelSize: Theme.smallSize
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: slot
        Layout.fillWidth: true
        spacing: Theme.spacingXs
    }
    Label {
        visible: field.help !== "" && field.error === ""
        text: field.help
        color: Theme.muted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: field.error !== ""
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: field.error
    }
}
