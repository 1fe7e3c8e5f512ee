pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The guided programme builder (PEC Art. 172 part 7): assess needs by domain → the templates'
// suggestions → edit goals and measures → submit to the supervisor. ProgrammeBuilderController
// keeps the working copy and asks core at every step; this page lays the steps out. Back never
// loses anything; from the edit step on, the draft is saved through core.
Page {
    id: page

    property string personId
    //: Title of the guided builder of the individual programme of social and legal assistance
    title: qsTr("Individual programme")
    readonly property bool compact: width < Theme.compactMaxWidth
    /** The builder behind the steps (read-only; tests and the shell read its state). */
    readonly property ProgrammeBuilderController builder: wizard
    readonly property var stepTitles: [
        //: Step 1 of the programme builder
        qsTr("Assess needs"),
        //: Step 2 of the programme builder: goals and measures the templates propose
        qsTr("Suggested goals"),
        //: Step 3 of the programme builder
        qsTr("Goals and measures"),
        //: Step 4 of the programme builder
        qsTr("Submit for approval")
    ]

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: wizard.step > 0 ? wizard.back() : Nav.back()

    ProgrammeBuilderController {
        id: wizard
        personId: page.personId
        onSucceeded: (message) => notice.text = message
        onFailed: notice.text = ""
    }

    PersonSectionModel {
        id: preview
        programmeId: wizard.step === ProgrammeBuilderController.Submit ? wizard.programmeId : ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Where the officer is: "Step 2 of 4 · Suggested goals".
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: steps.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            ColumnLayout {
                id: steps
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingXs
                Label {
                    objectName: "stepTitle"
                    Layout.fillWidth: true
                    //: %1 step number, %2 number of steps, %3 the step's title
                    text: qsTr("Step %1 of %2 · %3").arg(wizard.step + 1).arg(page.stepTitles.length).arg(page.stepTitles[wizard.step])
                    font.pixelSize: Theme.subtitleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: page.stepTitles.length
                    value: wizard.step + 1
                    Accessible.ignored: true
                }
            }
        }

        ErrorBanner {
            objectName: "builderError"
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            text: wizard.errorText
            onDismissed: {}
        }
        ErrorBanner {
            objectName: "builderNotice"
            id: notice
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            kind: "info"
            onDismissed: text = ""
        }

        EmptyState {
            objectName: "blocker"
            visible: wizard.ready && wizard.blocker !== ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            symbol: wizard.submitted ? "✓" : "○"
            title: wizard.submitted ? qsTr("Sent for approval") : qsTr("No new programme now")
            text: wizard.blocker
            //: Goes back from the programme builder to the person
            actionText: qsTr("Back to the person")
            onActionTriggered: Nav.back()
        }

        StackLayout {
            id: stack
            visible: wizard.ready && wizard.blocker === ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth + 2 * Theme.margin
            Layout.alignment: Qt.AlignHCenter
            currentIndex: wizard.step

            ListView {
                id: needsList
                objectName: "needsList"
                clip: true
                spacing: Theme.spacingS
                topMargin: Theme.spacingS
                model: wizard.needs
                keyNavigationEnabled: true
                Accessible.name: qsTr("Need domains")
                header: Label {
                    width: needsList.width
                    bottomPadding: Theme.spacingS
                    text: qsTr("Give every domain a severity. \"No need\" means you assessed it and found nothing to work on.")
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                delegate: ProgrammeNeedDelegate { builder: wizard }
                ScrollBar.vertical: ScrollBar {}
            }

            ListView {
                objectName: "suggestionList"
                clip: true
                model: wizard.plan
                Accessible.name: qsTr("Suggested goals and measures")
                delegate: ProgrammePlanItemDelegate { builder: wizard; editing: false }
                ScrollBar.vertical: ScrollBar {}
            }

            ListView {
                objectName: "planEditor"
                clip: true
                model: wizard.plan
                Accessible.name: qsTr("Goals and measures")
                delegate: ProgrammePlanItemDelegate { builder: wizard; editing: true }
                ScrollBar.vertical: ScrollBar {}
            }

            ListView {
                id: reviewList
                objectName: "reviewList"
                clip: true
                model: preview
                Accessible.name: qsTr("The programme as it will be sent")
                header: Label {
                    width: reviewList.width
                    padding: Theme.spacing
                    //: %1 number of goals, %2 number of measures
                    text: qsTr("%1 goals, %2 measures. The supervisor approves the programme or returns it with a comment.")
                          .arg(wizard.goalCount).arg(wizard.measureCount)
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                delegate: PersonSectionRowDelegate {}
                ScrollBar.vertical: ScrollBar {}
            }
        }

        Item {
            visible: !wizard.ready
            Layout.fillWidth: true
            Layout.fillHeight: true
            BusyIndicator { anchors.centerIn: parent; running: wizard.busy; Accessible.name: qsTr("Loading") }
        }

        // Back / save / next: always within thumb reach on a phone.
        Rectangle {
            visible: wizard.ready && wizard.blocker === ""
            Layout.fillWidth: true
            implicitHeight: actions.implicitHeight + 2 * Theme.spacingS
            color: Theme.surface
            RowLayout {
                id: actions
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                spacing: Theme.spacingS
                Button {
                    objectName: "backButton"
                    enabled: wizard.step > 0 && !wizard.busy
                    //: Goes to the previous step of the programme builder
                    text: qsTr("Back")
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: wizard.back()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "saveButton"
                    visible: wizard.step >= ProgrammeBuilderController.Edit
                    enabled: !wizard.busy
                    flat: true
                    text: qsTr("Save draft")
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: wizard.saveDraft()
                }
                Button {
                    objectName: "nextButton"
                    enabled: !wizard.busy
                    highlighted: true
                    text: wizard.step === ProgrammeBuilderController.Submit ? qsTr("Submit for approval")
                        : wizard.step === ProgrammeBuilderController.Edit ? qsTr("Save and review")
                        : qsTr("Next")
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: wizard.next()
                }
            }
        }
    }
}
