import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// The supervisor's sign-off of one review, which also schedules the next review: the date it is
// due (suggested: the review interval after today). When the supervisor may not sign this one off
// (they drafted the programme under review) the panel says so instead of offering the button.
Rectangle {
    id: panel

    property string reviewId
    property string nextDefault          // ISO date suggested for the next review
    property string block                // why this supervisor may not sign off; "" when they may
    property bool busy: false
    signal signOffRequested(string nextReviewOn)
    signal cancelled()

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.primary
    border.width: Theme.borderWidth

    onReviewIdChanged: nextField.text = nextDefault
    onNextDefaultChanged: if (nextField.text === "") nextField.text = nextDefault

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("Sign off and schedule the next review")
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "signOffBlock"
            visible: panel.block !== ""
            Layout.fillWidth: true
            text: panel.block
            wrapMode: Text.Wrap
            color: Theme.warning
            font.pixelSize: Theme.smallSize
        }
        LabeledField {
            visible: panel.block === ""
            Layout.fillWidth: true
            //: the date the next progress review is due, typed as year-month-day
            label: qsTr("Next review on (YYYY-MM-DD)")
            required: true
            help: qsTr("The person appears in the reviews due list on this date.")
            DateField {
                id: nextField
                objectName: "nextReviewField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Next review on")
                Keys.onReturnPressed: signButton.clicked()
            }
        }
        RowLayout {
            spacing: Theme.spacing
            CounselButton {
                id: signButton
                primary: true
                visible: panel.block === ""
                objectName: "confirmSignOffButton"
                text: qsTr("Sign off")
                enabled: !panel.busy
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Sign off the review and schedule the next one")
                onClicked: panel.signOffRequested(nextField.text)
            }
            Button {
                flat: true
                objectName: "cancelSignOffButton"
                text: panel.block === "" ? qsTr("Not now") : qsTr("Close")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: panel.cancelled()
            }
        }
    }
}
