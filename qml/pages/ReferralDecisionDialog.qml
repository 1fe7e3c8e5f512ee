pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// The provider's answer that needs more than a tap: decline (with the reason probation needs)
// or complete (with the minimal outcome — attendance level only, never session content).
Dialog {
    id: dialog

    property string mode: "decline"        // "decline" or "complete"
    property var outcomes: []              // [{code, label}] for "complete"
    property string referralId
    property var version
    signal confirmed(string referralId, var version, var values)

    function ask(id, ver) {
        referralId = id
        version = ver
        reasonField.text = ""
        outcomeBox.currentIndex = -1
        attendedBox.value = 0
        completedBox.checked = false
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.spacingL : Theme.maxContentWidth,
                    Theme.maxContentWidth)
    title: mode === "decline" ? qsTr("Decline the referral") : qsTr("Complete the referral")
    standardButtons: Dialog.Cancel | Dialog.Ok
    onAccepted: confirmed(referralId, version, mode === "decline"
                          ? { reason: reasonField.text }
                          : { outcome: outcomeBox.currentValue === undefined ? "" : outcomeBox.currentValue,
                              attendedCount: attendedBox.value, programmeCompleted: completedBox.checked })

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        LabeledField {
            visible: dialog.mode === "decline"
            Layout.fillWidth: true
            label: qsTr("Why you decline")
            help: qsTr("Probation reads this to refer the person elsewhere.")
            required: true
            TextArea {
                id: reasonField
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                objectName: "declineReason"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                Accessible.name: qsTr("Why you decline")
            }
        }
        LabeledField {
            visible: dialog.mode === "complete"
            Layout.fillWidth: true
            label: qsTr("Outcome for probation")
            help: qsTr("Only this outcome goes back to probation; your notes stay with you.")
            required: true
            ComboBox {
                id: outcomeBox
                objectName: "outcomeBox"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                model: dialog.outcomes
                textRole: "label"
                valueRole: "code"
                displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                Accessible.name: qsTr("Outcome for probation")
            }
        }
        LabeledField {
            visible: dialog.mode === "complete"
            Layout.fillWidth: true
            label: qsTr("Sessions attended")
            SpinBox {
                id: attendedBox
                from: 0
                to: 999
                editable: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Sessions attended")
            }
        }
        CheckBox {
            id: completedBox
            visible: dialog.mode === "complete"
            text: qsTr("The person completed the programme with us")
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: text
        }
    }
}
