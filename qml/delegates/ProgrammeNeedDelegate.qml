import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Step 1 of the programme builder: one need domain, its severity and the officer's words.
// Edits go straight to the builder (ProgrammeBuilderController), which keeps the working copy.
ItemDelegate {
    id: row

    required property int index
    required property int needIndex
    required property string title
    required property string severity
    required property string assessment
    property ProgrammeBuilderController builder

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    hoverEnabled: false
    //: Screen-reader name of a need row: %1 the need domain
    Accessible.name: qsTr("Need: %1").arg(title)
    background: Rectangle {
        color: row.severity !== "none" ? Theme.primaryTint : Theme.surface
        border.color: Theme.divider
        border.width: Theme.borderWidth
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS
        GridLayout {
            Layout.fillWidth: true
            columns: row.width < Theme.compactMaxWidth ? 1 : 2
            columnSpacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: row.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            ComboBox {
                objectName: "severity_" + row.index
                Layout.fillWidth: row.width < Theme.compactMaxWidth
                Layout.preferredWidth: Theme.masterWidth / 2
                Layout.minimumHeight: Theme.touchTarget
                model: row.builder.severities
                textRole: "text"
                valueRole: "value"
                currentIndex: count > 0 ? indexOfValue(row.severity) : -1
                //: Screen-reader name of the severity choice; %1 the need domain
                Accessible.name: qsTr("Severity of %1").arg(row.title)
                onActivated: row.builder.setSeverity(row.needIndex, currentValue)
            }
        }
        TextArea {
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            visible: row.severity !== "none"
            Layout.fillWidth: true
            text: row.assessment
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.Wrap
            //: Placeholder of the officer's assessment of one need
            placeholderText: qsTr("What you found, in a few words")
            Accessible.name: qsTr("Assessment of %1").arg(row.title)
            onEditingFinished: row.builder.setAssessment(row.needIndex, text)
        }
    }
}
