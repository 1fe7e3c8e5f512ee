import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One programme awaiting approval (ProgrammeApprovalsModel): for whom (names only, never the IIN),
// drafted by whom and when, how large the plan is, and — when this supervisor may not decide —
// why not.
ItemDelegate {
    id: row

    required property int index
    required property string programmeId
    required property string personName
    required property string personNameLatin
    required property string draftedBy
    required property string submittedText
    required property int needCount
    required property int goalCount
    required property int measureCount
    required property bool mayDecide
    required property string whyNot
    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    //: Screen-reader name of a programme awaiting approval: %1 the person, %2 who drafted it
    Accessible.name: qsTr("Programme for %1, drafted by %2").arg(personName).arg(draftedBy)
    background: Rectangle {
        color: row.selected || row.visualFocus ? Theme.primaryTint : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: row.personName
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: row.personNameLatin
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            //: %1 officer's name, %2 date sent
            text: qsTr("Drafted by %1 · sent %2").arg(row.draftedBy).arg(row.submittedText)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            //: Size of a programme: %1 needs, %2 goals, %3 measures
            text: qsTr("%1 needs · %2 goals · %3 measures").arg(row.needCount).arg(row.goalCount).arg(row.measureCount)
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
        Label {
            visible: !row.mayDecide && row.whyNot !== ""
            Layout.fillWidth: true
            text: row.whyNot
            wrapMode: Text.Wrap
            font.pixelSize: Theme.captionSize
            color: Theme.warning
        }
    }
}
