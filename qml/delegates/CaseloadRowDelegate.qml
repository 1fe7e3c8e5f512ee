pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One person of the caseload: names in both scripts, category, region, the next appearance and a
// plain priority ("Needs attention now", "Follow up soon", "On track"). Never the IIN.
ItemDelegate {
    id: row

    required property int index
    required property string personId
    required property string name
    required property string altName
    required property string categoryText
    required property string regionText
    required property string nextDueText
    required property bool overdue
    required property int priority
    required property string priorityText

    signal openRequested()

    /** 0 needs attention, 1 follow up soon, 2 on track (CaseloadEntry::Priority). */
    readonly property color priorityColor: priority === 0 ? Theme.overdue : priority === 1 ? Theme.due : Theme.ok

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    leftPadding: Theme.spacingL
    Accessible.name: [name, priorityText, nextDueText].join(", ")
    onClicked: openRequested()
    Keys.onReturnPressed: openRequested()
    Keys.onEnterPressed: openRequested()

    background: Rectangle {
        color: row.down ? Theme.surfaceAlt : Theme.surface
        border.width: row.visualFocus || (row.ListView.isCurrentItem && row.ListView.view.activeFocus) ? 2 : 0
        border.color: Theme.focus
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: row.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            Label {
                text: row.priorityText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                font.bold: row.priority === 0
                color: row.priorityColor
            }
        }
        Label {
            visible: row.altName !== ""
            Layout.fillWidth: true
            text: row.altName
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            text: [row.categoryText, row.regionText].filter(s => s !== "").join(" · ")
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            text: row.nextDueText
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.smallSize
            font.bold: row.overdue
            color: row.overdue ? Theme.overdue : Theme.text
        }
    }
}
