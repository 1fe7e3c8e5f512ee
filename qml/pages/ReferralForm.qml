pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A new referral in two steps: 1. the person's consent (choose a recorded one, or record it now),
// 2. to whom, why, for which measure and for how long. Nothing is sent without a consent; the
// controller and core check it again.
ScrollView {
    id: form

    property string personId
    property ReferralController controller
    signal cancelled()

    readonly property bool hasConsent: consentBox.currentIndex >= 0
    contentWidth: availableWidth
    clip: true

    onVisibleChanged: if (visible && controller) controller.loadOptions(personId)

    ColumnLayout {
        width: Math.min(form.availableWidth, Theme.maxContentWidth)
        spacing: Theme.spacingL

        SectionHeader {
            Layout.fillWidth: true
            //: step 1 of sending a referral
            text: qsTr("1. The person's consent")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("A referral shares the person's case with a provider. It needs the person's recorded consent.")
        }
        LabeledField {
            visible: form.controller && form.controller.consents.length > 0
            Layout.fillWidth: true
            label: qsTr("Recorded consent")
            required: true
            ComboBox {
                id: consentBox
                objectName: "consentBox"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                model: form.controller ? form.controller.consents : []
                textRole: "label"
                valueRole: "id"
                currentIndex: count > 0 ? 0 : -1
                Accessible.name: qsTr("Recorded consent")
            }
        }
        ColumnLayout {
            visible: form.controller && form.controller.consents.length === 0
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ErrorBanner {
                Layout.fillWidth: true
                kind: "warning"
                dismissible: false
                text: qsTr("No consent to a referral is recorded for this person. Ask the person, then record the consent here.")
            }
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("How the person gave consent")
                ComboBox {
                    id: basisBox
                    objectName: "consentFormBox"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: form.controller ? form.controller.consentForms : []
                    textRole: "label"
                    valueRole: "code"
                    Accessible.name: qsTr("How the person gave consent")
                }
            }
            CounselButton {
                objectName: "recordConsentButton"
                text: qsTr("Record consent given today")
                enabled: form.controller && !form.controller.busy
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: form.controller.recordConsent(form.personId, basisBox.currentValue)
            }
        }

        SectionHeader {
            Layout.fillWidth: true
            //: step 2 of sending a referral
            text: qsTr("2. The referral")
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Refer to")
            required: true
            ComboBox {
                id: providerBox
                objectName: "providerBox"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                enabled: form.hasConsent
                model: form.controller ? form.controller.providers : []
                textRole: "label"
                valueRole: "counsellorId"
                displayText: currentIndex < 0 ? qsTr("Choose a counsellor…") : currentText
                // Never preselect a provider: the officer chooses who the person is referred to.
                onModelChanged: currentIndex = -1
                Component.onCompleted: currentIndex = -1
                Accessible.name: qsTr("Refer to")
            }
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Programme measure it delivers")
            help: qsTr("Optional. Completing the referral can mark the measure delivered.")
            ComboBox {
                id: measureBox
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                enabled: form.hasConsent
                model: [{ id: "", label: qsTr("None") }].concat(form.controller ? form.controller.measures : [])
                textRole: "label"
                valueRole: "id"
                Accessible.name: qsTr("Programme measure it delivers")
            }
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Reason")
            help: qsTr("The only case detail the provider sees. Keep it short and factual.")
            required: true
            TextArea {
                id: reasonField
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                objectName: "reasonField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                enabled: form.hasConsent
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                Accessible.name: qsTr("Reason")
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: form.availableWidth < Theme.compactMaxWidth ? 1 : 2
            columnSpacing: Theme.spacing
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("Term starts (YYYY-MM-DD)")
                required: true
                DateField {
                    id: startField
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    enabled: form.hasConsent
                    text: form.controller ? form.controller.defaultTermStart : ""
                    Accessible.name: qsTr("Term starts")
                }
            }
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("Term ends (YYYY-MM-DD)")
                required: true
                DateField {
                    id: endField
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    enabled: form.hasConsent
                    text: form.controller ? form.controller.defaultTermEnd : ""
                    Accessible.name: qsTr("Term ends")
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            CounselButton {
                primary: true
                objectName: "sendButton"
                text: qsTr("Send referral")
                enabled: form.controller && !form.controller.busy
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: form.controller.create({
                    personId: form.personId,
                    consentId: form.hasConsent ? consentBox.currentValue : "",
                    counsellorId: providerBox.currentIndex >= 0 ? providerBox.currentValue : "",
                    measureId: measureBox.currentValue === undefined ? "" : measureBox.currentValue,
                    reason: reasonField.text,
                    termStart: startField.text,
                    termEnd: endField.text
                })
            }
            Button {
                flat: true
                text: qsTr("Cancel")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: form.cancelled()
            }
        }
    }
}
