pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Record an appearance (PEC Art. 172 part 9): attended on a day, missed (after its period, with
// what was done), or excused with a reason and a new date. Opened from a Today row with the
// obligation's properties, or with only `personId` (and optionally `channel`): then the
// controller looks up the appearance to record now. Core checks and writes (AppearanceController).
Page {
    id: page

    property string personId
    property string orderId
    property string channel
    property string dueOn
    property string name
    property string altName
    property string appearanceTitle
    property string detail
    property string statusText
    property bool canAttend: false
    property bool canMiss: false
    property bool canExcuse: false

    title: qsTr("Record an appearance")
    readonly property bool compact: width < Theme.compactMaxWidth
    readonly property bool known: orderId !== ""
    property bool looking: false

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: Nav.back()

    AppearanceController {
        id: appearance
        onFound: (a) => {
            page.looking = false
            if (a.orderId === undefined)
                return
            page.orderId = a.orderId; page.channel = a.channel; page.dueOn = a.dueOn
            page.name = a.name; page.altName = a.altName; page.appearanceTitle = a.title
            page.detail = a.detail; page.statusText = a.statusText
            page.canAttend = a.canAttend; page.canMiss = a.canMiss; page.canExcuse = a.canExcuse
        }
        onSucceeded: Nav.back()
        onFailed: (message) => banner.text = message
    }

    Component.onCompleted: {
        if (!known && personId !== "") {
            looking = true
            appearance.findDue(personId, channel)
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: page.compact ? Theme.spacingL : Theme.margin
            y: Theme.margin
            width: Math.min(flick.width - 2 * x, Theme.maxContentWidth)
            spacing: Theme.spacing

            ErrorBanner {
                id: banner
                Layout.fillWidth: true
                onDismissed: text = ""
            }

            BusyIndicator { visible: page.looking; running: visible; Layout.alignment: Qt.AlignHCenter }

            EmptyState {
                Layout.fillWidth: true
                visible: !page.looking && !page.known
                //: Record page when the person has nothing to record now
                title: qsTr("No appearance to record now")
                text: qsTr("This person has no appearance due or open at the moment.")
            }

            ColumnLayout {
                visible: page.known
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    Layout.fillWidth: true
                    text: page.name
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    visible: page.altName !== ""
                    text: page.altName
                    textFormat: Text.PlainText
                    color: Theme.muted
                    font.pixelSize: Theme.bodySize
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    text: page.appearanceTitle
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.subtitleSize
                    color: Theme.text
                }
                Label {
                    text: page.statusText
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.statusColor(page.canMiss ? "overdue" : "due")
                }
                Label {
                    Layout.fillWidth: true
                    text: page.detail
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                }
            }

            SectionHeader {
                visible: page.known
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                //: Heading above the choice attended / missed / excused
                text: qsTr("Outcome")
            }
            ButtonGroup { id: outcomeGroup }
            RadioButton {
                id: attendedChoice
                objectName: "attendedChoice"
                visible: page.known
                enabled: page.canAttend
                checked: page.canAttend
                ButtonGroup.group: outcomeGroup
                text: qsTr("Attended")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
            }
            RadioButton {
                id: missedChoice
                objectName: "missedChoice"
                visible: page.known
                enabled: page.canMiss
                checked: !page.canAttend && page.canMiss
                ButtonGroup.group: outcomeGroup
                //: Outcome: the person did not come and had no valid reason
                text: qsTr("Missed")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
            }
            RadioButton {
                id: excusedChoice
                objectName: "excusedChoice"
                visible: page.known
                enabled: page.canExcuse
                checked: !page.canAttend && !page.canMiss && page.canExcuse
                ButtonGroup.group: outcomeGroup
                //: Outcome: the person could not come for a valid reason; a new date is set
                text: qsTr("Excused, with a new date")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
            }

            LabeledField {
                visible: page.known && attendedChoice.checked
                Layout.fillWidth: true
                //: Date field; the format hint follows in the placeholder
                label: qsTr("Date of the appearance")
                DateField {
                    id: occurredField
                    objectName: "occurredField"
                    Layout.fillWidth: true
                    text: appearance.today
                    today: appearance.today
                    maximumDate: appearance.today // not in the future (CheckInService)
                    Accessible.name: qsTr("Date of the appearance")
                }
            }

            LabeledField {
                visible: page.known && missedChoice.checked
                Layout.fillWidth: true
                label: qsTr("What was done (optional)")
                TextArea {
                    id: followUpField
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    //: Placeholder of the follow-up note of a missed appearance
                    placeholderText: qsTr("For example: called, visited the home, set a new date")
                    Accessible.name: qsTr("What was done")
                }
            }

            LabeledField {
                visible: page.known && excusedChoice.checked
                Layout.fillWidth: true
                label: qsTr("Reason")
                ComboBox {
                    id: reasonBox
                    objectName: "reasonBox"
                    Layout.fillWidth: true
                    model: appearance.excuseReasons
                    textRole: "label"
                    valueRole: "code"
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Reason")
                }
            }
            TextField {
                id: reasonText
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                visible: page.known && excusedChoice.checked && reasonBox.currentValue === "other"
                Layout.fillWidth: true
                placeholderText: qsTr("Describe the reason")
                Accessible.name: qsTr("Describe the reason")
            }
            LabeledField {
                visible: page.known && excusedChoice.checked
                Layout.fillWidth: true
                label: qsTr("New date of the appearance")
                DateField {
                    id: newDueField
                    objectName: "newDueField"
                    Layout.fillWidth: true
                    today: appearance.today
                    minimumDate: appearance.earliestNewDue(page.dueOn)
                    Accessible.name: qsTr("New date of the appearance")
                }
            }

            Button {
                objectName: "saveButton"
                visible: page.known
                enabled: !appearance.busy && outcomeGroup.checkedButton !== null
                highlighted: true
                Layout.topMargin: Theme.spacing
                Layout.minimumHeight: Theme.touchTarget
                //: Saves the appearance's outcome
                text: qsTr("Record")
                Accessible.name: qsTr("Record the outcome")
                onClicked: {
                    if (attendedChoice.checked)
                        appearance.attend(page.personId, page.orderId, page.channel, page.dueOn, occurredField.text)
                    else if (missedChoice.checked)
                        appearance.miss(page.personId, page.orderId, page.channel, page.dueOn, followUpField.text)
                    else
                        appearance.excuse(page.personId, page.orderId, page.channel, page.dueOn,
                                          reasonBox.currentValue, reasonText.text, newDueField.text)
                }
            }
        }
    }
}
