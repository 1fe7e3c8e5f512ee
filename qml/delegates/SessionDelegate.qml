import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One logged session: date, mode, duration, engagement, its confidentiality tier as a badge,
// and — when the reader may see them — topics and the four-part notes (plain text).
ItemDelegate {
    id: row

    required property int index
    required property string sessionId
    required property string dateText
    required property string modeText
    required property int durationMinutes
    required property string tier
    required property string tierText
    required property string engagementText
    required property string topics
    required property bool notesVisible
    required property string notesObservations
    required property string notesAnalysis
    required property string notesConclusions
    required property string notesPlan
    required property string counsellorName
    required property bool amended
    required property bool canAmend
    required property var fields

    signal amendRequested()

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    //: screen-reader summary: %1 date, %2 mode, %3 confidentiality tier
    Accessible.name: qsTr("Session %1, %2, %3").arg(dateText).arg(modeText).arg(tierText)
    background: Rectangle {
        color: row.visualFocus || row.ListView.isCurrentItem ? Theme.primaryTint : Theme.surface
        border.color: Theme.divider
        border.width: Theme.borderWidth
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                //: %1 date, %2 mode ("Face to face"), %3 minutes
                text: row.durationMinutes > 0 ? qsTr("%1 · %2 · %3 min").arg(row.dateText).arg(row.modeText).arg(row.durationMinutes)
                                              : qsTr("%1 · %2").arg(row.dateText).arg(row.modeText)
                textFormat: Text.PlainText
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                objectName: "tierBadge"
                text: row.tierText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: row.tier === "sealed" ? Theme.danger : row.tier === "shared_summary" ? Theme.ok : Theme.primaryDark
                padding: Theme.spacingXs
                background: Rectangle { radius: Theme.radius; color: Theme.surfaceAlt }
            }
        }
        Label {
            Layout.fillWidth: true
            //: %1 counsellor's name, %2 engagement ("Engaged"); "corrected" marks an amended record
            text: [row.counsellorName, row.engagementText, row.amended ? qsTr("corrected") : ""]
                  .filter(s => s !== "").join(" · ")
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            elide: Text.ElideRight
        }
        Repeater {
            model: row.notesVisible ? [
                { title: qsTr("Topics"), text: row.topics },
                { title: qsTr("Observations"), text: row.notesObservations },
                { title: qsTr("Analysis"), text: row.notesAnalysis },
                { title: qsTr("Conclusions"), text: row.notesConclusions },
                { title: qsTr("Plan"), text: row.notesPlan }
            ].filter(p => p.text !== "") : []
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                //: %1 part of the notes ("Observations"), %2 its text
                text: qsTr("%1: %2").arg(modelData.title).arg(modelData.text)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 6
                elide: Text.ElideRight
                font.pixelSize: Theme.smallSize
                color: Theme.text
            }
        }
        Button {
            visible: row.canAmend
            flat: true
            //: corrects a logged session (an amendment; the original stays in the history)
            text: qsTr("Correct")
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Correct the session of %1").arg(row.dateText)
            onClicked: row.amendRequested()
        }
    }
}
