import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// The session notes in the four parts of DOMAIN.md: observations → analysis → conclusions → plan.
// Plain text only.
ColumnLayout {
    id: notes

    function load(f) {
        observations.text = f.notesObservations || ""
        analysis.text = f.notesAnalysis || ""
        conclusions.text = f.notesConclusions || ""
        plan.text = f.notesPlan || ""
    }
    function values() {
        return { notesObservations: observations.text, notesAnalysis: analysis.text,
                 notesConclusions: conclusions.text, notesPlan: plan.text }
    }

    spacing: Theme.spacing

    SectionHeader {
        Layout.fillWidth: true
        text: qsTr("Notes")
    }
    LabeledField {
        Layout.fillWidth: true
        label: qsTr("1. Observations")
        help: qsTr("What you saw and heard, without interpretation.")
        TextArea {
            id: observations
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            objectName: "notesObservations"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            Accessible.name: qsTr("Observations")
        }
    }
    LabeledField {
        Layout.fillWidth: true
        label: qsTr("2. Analysis")
        help: qsTr("What it may mean, and why you think so.")
        TextArea {
            id: analysis
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            objectName: "notesAnalysis"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            Accessible.name: qsTr("Analysis")
        }
    }
    LabeledField {
        Layout.fillWidth: true
        label: qsTr("3. Conclusions")
        help: qsTr("What you conclude from this session.")
        TextArea {
            id: conclusions
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            objectName: "notesConclusions"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            Accessible.name: qsTr("Conclusions")
        }
    }
    LabeledField {
        Layout.fillWidth: true
        label: qsTr("4. Plan")
        help: qsTr("What happens next, and who does it.")
        TextArea {
            id: plan
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            objectName: "notesPlan"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            Accessible.name: qsTr("Plan")
        }
    }
}
