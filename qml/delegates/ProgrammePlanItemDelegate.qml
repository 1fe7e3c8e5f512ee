import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A row of the programme builder's plan (ProgrammeDraftModel, Plan view): a need heading, a goal
// or a measure. With `editing` false (step 2, suggestions) a goal has a switch to keep it; with
// `editing` true (step 3) goals and measures are edited in place. Every edit is an intent on the
// builder; dates are typed as year-month-day (or picked in a calendar) and checked in C++; a
// measure's provider is chosen from the builder's list (the usual kind of provider first).
ItemDelegate {
    id: row

    required property int index
    required property string kind
    required property int needIndex
    required property int goalIndex
    required property int measureIndex
    required property string title
    required property string severityText
    required property string date
    required property string interventionCode
    required property string frequency
    required property string frequencyText
    required property bool included
    required property string providerKind
    required property string providerOrganisationId
    required property string providerCounsellorId
    property ProgrammeBuilderController builder
    property bool editing: false

    readonly property bool narrow: width < Theme.compactMaxWidth
    width: ListView.view ? ListView.view.width : implicitWidth
    visible: editing ? included || kind === "need" : true
    height: visible ? implicitHeight : 0
    leftPadding: Theme.spacing + (kind === "goal" ? Theme.spacingS : kind === "measure" ? Theme.spacingXl : 0)
    rightPadding: Theme.spacing
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    hoverEnabled: false
    Accessible.name: kind === "need" ? title
                   //: Screen-reader name of a goal row; %1 the goal
                   : kind === "goal" ? qsTr("Goal: %1").arg(title)
                   //: Screen-reader name of a measure row; %1 the kind of measure
                   : qsTr("Measure: %1").arg(title)

    background: Rectangle {
        color: row.kind === "need" ? Theme.surfaceAlt : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
    }

    contentItem: Loader {
        sourceComponent: row.kind === "need" ? needView
                       : row.kind === "goal" ? (row.editing ? goalEditor : goalChoice)
                       : (row.editing ? measureEditor : measureView)
    }

    Component {
        id: needView
        RowLayout {
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: row.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                text: row.severityText
                font.pixelSize: Theme.captionSize
                color: Theme.muted
            }
            Button {
                visible: row.editing
                flat: true
                //: Adds an empty goal under a need
                text: qsTr("Add goal")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Add a goal to %1").arg(row.title)
                onClicked: row.builder.addGoal(row.needIndex)
            }
        }
    }

    Component {
        id: goalChoice
        RowLayout {
            spacing: Theme.spacingS
            CheckBox {
                objectName: "keepGoal"
                checked: row.included
                Layout.minimumHeight: Theme.touchTarget
                //: Screen-reader name of the switch that keeps a suggested goal; %1 the goal
                Accessible.name: qsTr("Keep goal: %1").arg(row.title)
                onToggled: row.builder.setGoalIncluded(row.needIndex, row.goalIndex, checked)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: row.included ? Theme.text : Theme.disabled
                }
                Label {
                    //: A goal's target date
                    text: qsTr("Target: %1").arg(row.date)
                    font.pixelSize: Theme.captionSize
                    color: Theme.muted
                }
            }
        }
    }

    Component {
        id: measureView
        Label {
            //: A suggested measure: %1 its kind, %2 due date, %3 frequency
            text: qsTr("%1 · due %2 · %3").arg(row.title).arg(row.date).arg(row.frequencyText)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: row.included ? Theme.muted : Theme.disabled
        }
    }

    Component {
        id: goalEditor
        GridLayout {
            columns: row.narrow ? 1 : 3
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingXs
            TextField {
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                objectName: "goalText"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: row.title
                //: Placeholder of a goal's text
                placeholderText: qsTr("What the person will have achieved")
                Accessible.name: qsTr("Goal text")
                onEditingFinished: row.builder.setGoalDescription(row.needIndex, row.goalIndex, text)
            }
            DateField {
                objectName: "goalTarget"
                Layout.preferredWidth: Theme.masterWidth / 3 + Theme.touchTarget // the date and its calendar button
                Layout.minimumHeight: Theme.touchTarget
                text: row.date
                Accessible.name: qsTr("Target date")
                onEditingFinished: if (text !== row.date) row.builder.setGoalTarget(row.needIndex, row.goalIndex, text)
            }
            Button {
                flat: true
                //: Adds a measure under a goal
                text: qsTr("Add measure")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: row.builder.addMeasure(row.needIndex, row.goalIndex)
            }
        }
    }

    Component {
        id: measureEditor
        GridLayout {
            // Phone: the measure and its remove button, then due date and frequency.
            columns: row.narrow ? 2 : 4
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingXs
            ComboBox {
                Layout.row: 0
                Layout.column: 0
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                model: row.builder.interventions
                textRole: "text"
                valueRole: "value"
                // count: re-evaluated once the choices arrive
                currentIndex: count > 0 ? indexOfValue(row.interventionCode) : -1
                displayText: currentIndex < 0 ? qsTr("Choose a measure") : currentText
                Accessible.name: qsTr("Kind of measure")
                onActivated: row.builder.setMeasureIntervention(row.needIndex, row.goalIndex, row.measureIndex, currentValue)
            }
            DateField {
                objectName: "measureDue"
                Layout.row: row.narrow ? 1 : 0
                Layout.column: row.narrow ? 0 : 1
                Layout.preferredWidth: Theme.masterWidth / 3 + Theme.touchTarget // the date and its calendar button
                Layout.minimumHeight: Theme.touchTarget
                text: row.date
                Accessible.name: qsTr("Due date")
                onEditingFinished: if (text !== row.date) row.builder.setMeasureDue(row.needIndex, row.goalIndex, row.measureIndex, text)
            }
            ComboBox {
                Layout.row: row.narrow ? 1 : 0
                Layout.column: row.narrow ? 1 : 2
                Layout.fillWidth: row.narrow
                Layout.preferredWidth: Theme.masterWidth / 3
                Layout.minimumHeight: Theme.touchTarget
                model: row.builder.frequencies
                textRole: "text"
                valueRole: "value"
                currentIndex: count > 0 ? indexOfValue(row.frequency) : -1
                Accessible.name: qsTr("Frequency")
                onActivated: row.builder.setMeasureFrequency(row.needIndex, row.goalIndex, row.measureIndex, currentValue)
            }
            ComboBox {
                id: providerBox
                objectName: "providerBox"
                readonly property var choices: row.builder ? row.builder.providerChoices(row.providerKind) : null
                Layout.row: row.narrow ? 2 : 1
                Layout.column: 0
                Layout.columnSpan: row.narrow ? 2 : 3
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                model: choices
                textRole: "label"
                // count: re-evaluated once the directory arrives
                currentIndex: count > 0 && choices ? choices.indexOf(row.providerOrganisationId, row.providerCounsellorId) : -1
                //: Shown in a measure's provider choice when the stored provider is not in the local directory
                displayText: currentIndex < 0 ? qsTr("Provider not in the directory") : currentText
                //: Screen-reader name of the choice of who delivers a measure
                Accessible.name: qsTr("Provider of the measure")
                onActivated: index => row.builder.setMeasureProvider(row.needIndex, row.goalIndex, row.measureIndex,
                                                                     choices.organisationIdAt(index), choices.counsellorIdAt(index))
            }
            ToolButton {
                Layout.row: 0
                Layout.column: row.narrow ? 1 : 3
                Layout.alignment: Qt.AlignRight
                text: "✕"
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                //: Removes a measure from the plan; %1 the kind of measure
                Accessible.name: qsTr("Remove measure %1").arg(row.title)
                onClicked: row.builder.removeMeasure(row.needIndex, row.goalIndex, row.measureIndex)
            }
        }
    }
}
