pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// The judgement of one need domain: a rating on the review scale and the written rationale
// (with its minimum length shown as the person types).
Rectangle {
    id: editor

    property var domain: ({})          // {code, label, required, previousText}
    property var levels: []            // [{rating, label}]
    property int minLength: 0
    property int rating: 0
    property string rationale: ""
    signal rated(int value)
    signal rationaleEdited(string text)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: editor.domain.required ? qsTr("%1 *").arg(editor.domain.label) : editor.domain.label
            textFormat: Text.PlainText
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: text !== ""
            Layout.fillWidth: true
            text: editor.domain.previousText || ""
            textFormat: Text.PlainText
            font.pixelSize: Theme.captionSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: editor.levels
                delegate: RadioButton {
                    required property var modelData
                    objectName: "rating_" + editor.domain.code + "_" + modelData.rating
                    //: a judgement rating: %1 the number, %2 its meaning
                    text: qsTr("%1 — %2").arg(modelData.rating).arg(modelData.label)
                    checked: editor.rating === modelData.rating
                    height: Theme.touchTarget
                    //: %1 a need domain, %2 the rating, %3 its meaning
                    Accessible.name: qsTr("%1: rating %2, %3").arg(editor.domain.label).arg(modelData.rating).arg(modelData.label)
                    onClicked: editor.rated(modelData.rating)
                }
            }
        }
        TextArea {
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            objectName: "rationale_" + editor.domain.code
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            text: editor.rationale
            placeholderText: qsTr("Why this rating: what you saw, what changed")
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            //: %1 is a need domain
            Accessible.name: qsTr("Rationale for %1").arg(editor.domain.label)
            onTextChanged: if (text !== editor.rationale) editor.rationaleEdited(text)
        }
        Label {
            Layout.fillWidth: true
            //: %1 characters typed, %2 the minimum
            text: qsTr("%1 of at least %2 characters").arg(editor.rationale.trim().length).arg(editor.minLength)
            font.pixelSize: Theme.captionSize
            color: editor.rationale.trim().length >= editor.minLength ? Theme.ok : Theme.muted
        }
    }
}
