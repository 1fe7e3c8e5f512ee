pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// One counselling session: the structured fields of DOMAIN.md "Session log content", the notes
// in four parts and the confidentiality tier, chosen explicitly and shown in a banner that stays
// in view while the form scrolls. Saving writes one append-only record (or a correction).
ColumnLayout {
    id: form

    property string personId
    property string amendingId: ""         // set: this form corrects that session
    property SessionController controller
    signal cancelled()

    /** Fills the form from a session's readable fields (a correction), or clears it. */
    function load(fields) {
        const f = fields || {}
        const list = s => (s || "").split(",").filter(x => x !== "")
        dateField.text = f.occurredOn || controller.today
        mode.selected = list(f.mode)
        durationField.text = f.durationMinutes ? String(f.durationMinutes) : ""
        topicsField.text = f.topics || ""
        emotions.selected = list(f.emotionalState)
        intensity.selected = list(f.intensity)
        stability.selected = list(f.stability)
        stabilityWhy.text = f.stabilityRationale || ""
        risks.selected = list(f.riskSignals)
        altered.selected = list(f.alteredState)
        requests.requests = f.requests ? JSON.parse(f.requests) : []
        engagement.selected = list(f.engagement)
        notes.load(f)
        nextField.text = f.nextSessionOn || ""
        safety.selected = list(f.counsellorSafetyCheck)
        tier.selected = list(f.confidentialityTier)
    }
    function values() {
        const one = g => g.selected.length > 0 ? g.selected[0] : ""
        return Object.assign({
            personId: personId,
            referralId: referralBox.currentIndex >= 0 ? referralBox.currentValue : "",
            occurredOn: dateField.text, mode: one(mode), durationMinutes: durationField.text,
            topics: topicsField.text, emotionalState: emotions.selected, intensity: one(intensity),
            stability: one(stability), stabilityRationale: stabilityWhy.text, riskSignals: risks.selected,
            alteredState: altered.selected, requests: requests.requests, engagement: one(engagement),
            nextSessionOn: nextField.text, counsellorSafetyCheck: one(safety), confidentialityTier: one(tier)
        }, notes.values())
    }

    spacing: Theme.spacingS

    SessionLogTierBanner {
        id: tierBanner
        objectName: "tierBanner"
        Layout.fillWidth: true
        controller: form.controller
        tier: tier.selected.length > 0 ? tier.selected[0] : ""
    }
    ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: Math.min(scroll.availableWidth, Theme.maxContentWidth)
            spacing: Theme.spacingL

            LabeledField {
                visible: referralBox.count > 1
                Layout.fillWidth: true
                label: qsTr("Referral")
                required: true
                ComboBox {
                    id: referralBox
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: form.controller ? form.controller.referrals : []
                    textRole: "label"
                    valueRole: "id"
                    currentIndex: count > 0 ? 0 : -1
                    Accessible.name: qsTr("Referral")
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: scroll.availableWidth < Theme.compactMaxWidth ? 1 : 2
                columnSpacing: Theme.spacing
                LabeledField {
                    Layout.fillWidth: true
                    label: qsTr("Date (YYYY-MM-DD)")
                    required: true
                    DateField {
                        id: dateField
                        objectName: "dateField"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        today: form.controller ? form.controller.today : ""
                        maximumDate: form.controller ? form.controller.today : "" // not in the future (SessionService)
                        Accessible.name: qsTr("Date of the session")
                    }
                }
                LabeledField {
                    Layout.fillWidth: true
                    label: qsTr("Duration, minutes")
                    TextField {
                        id: durationField
                        objectName: "durationField"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhDigitsOnly
                        validator: IntValidator { bottom: 1; top: 1440 }
                        Accessible.name: qsTr("Duration in minutes")
                    }
                }
            }
            SessionLogChoices { id: mode; objectName: "modeChoices"; Layout.fillWidth: true; multiple: false
                label: qsTr("How it took place"); required: true; choices: form.controller ? form.controller.modes : [] }
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("Topics")
                TextArea {
                    id: topicsField
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    Accessible.name: qsTr("Topics")
                }
            }
            SessionLogChoices { id: emotions; Layout.fillWidth: true; label: qsTr("Observed emotional state")
                choices: form.controller ? form.controller.emotionalStates : [] }
            SessionLogChoices { id: intensity; Layout.fillWidth: true; multiple: false; label: qsTr("Intensity")
                choices: form.controller ? form.controller.intensities : [] }
            SessionLogChoices { id: stability; Layout.fillWidth: true; multiple: false
                label: qsTr("Stability"); help: qsTr("Your judgement; say why below.")
                choices: form.controller ? form.controller.stabilities : [] }
            TextArea {
                id: stabilityWhy
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                visible: stability.selected.length > 0
                Layout.fillWidth: true
                placeholderText: qsTr("Why you judge it so")
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                Accessible.name: qsTr("Rationale for the stability judgement")
            }
            SessionLogChoices { id: risks; Layout.fillWidth: true; label: qsTr("Risk signals in communication")
                help: qsTr("Any risk signal alerts your supervisor; the alert carries no notes.")
                choices: form.controller ? form.controller.riskSignals : [] }
            SessionLogChoices { id: altered; Layout.fillWidth: true; label: qsTr("Altered state")
                choices: form.controller ? form.controller.alteredStates : [] }
            SessionLogRequests { id: requests; Layout.fillWidth: true
                outcomes: form.controller ? form.controller.requestOutcomes : [] }
            SessionLogChoices { id: engagement; Layout.fillWidth: true; multiple: false; label: qsTr("Engagement")
                choices: form.controller ? form.controller.engagements : [] }
            SessionLogNotes { id: notes; Layout.fillWidth: true }
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("Next session (YYYY-MM-DD)")
                DateField {
                    id: nextField
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    today: form.controller ? form.controller.today : ""
                    minimumDate: form.controller ? form.controller.earliestNextSession(dateField.text) : ""
                    Accessible.name: qsTr("Date of the next session")
                }
            }
            SessionLogChoices { id: safety; Layout.fillWidth: true; multiple: false
                label: qsTr("Home visit safety check"); choices: form.controller ? form.controller.safetyChecks : [] }
            SessionLogChoices { id: tier; objectName: "tierChoices"; Layout.fillWidth: true; multiple: false
                label: qsTr("Who may read this session"); required: true
                choices: form.controller ? form.controller.tiers : [] }
            RowLayout {
                spacing: Theme.spacing
                CounselButton {
                    primary: true
                    objectName: "saveSessionButton"
                    text: form.amendingId === "" ? qsTr("Save session") : qsTr("Save correction")
                    enabled: form.controller && !form.controller.busy
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: form.amendingId === "" ? form.controller.log(form.values())
                                                      : form.controller.amend(form.amendingId, form.values())
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
}
