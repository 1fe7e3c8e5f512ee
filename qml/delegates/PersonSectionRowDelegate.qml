import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One row of a person screen section (PersonSectionModel): a title, a line of facts, an optional
// longer text (an obligation's explanation, an assessment), a status badge, a date and, for the
// programme, progress — indented by depth (need → goal → measure). Case data as plain text.
ItemDelegate {
    id: row

    required property int index
    required property string recordId
    required property string entity
    required property string title
    required property string subtitle
    required property string detail
    required property string status
    required property string statusText
    required property string dateText
    required property int depth
    required property int progress

    width: ListView.view ? ListView.view.width : implicitWidth
    leftPadding: Theme.spacing + depth * Theme.spacingL
    rightPadding: Theme.spacing
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    //: Screen-reader text of a row: %1 title, %2 facts, %3 status
    Accessible.name: qsTr("%1. %2. %3").arg(title).arg(subtitle).arg(statusText)

    background: Rectangle {
        color: row.visualFocus || row.ListView.isCurrentItem ? Theme.primaryTint
             : row.depth === 0 && row.entity !== "" ? Theme.surface : Theme.background
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: row.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: row.depth === 0
                font.pixelSize: row.depth === 0 ? Theme.bodySize : Theme.smallSize + 1
                color: Theme.text
            }
            Label {
                visible: row.dateText !== ""
                text: row.dateText
                textFormat: Text.PlainText
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
        Label {
            visible: row.subtitle !== ""
            Layout.fillWidth: true
            text: row.subtitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            visible: row.detail !== ""
            Layout.fillWidth: true
            text: row.detail
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
        RowLayout {
            visible: row.statusText !== "" && row.statusText !== row.subtitle || row.progress >= 0
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                visible: row.statusText !== "" && row.statusText !== row.subtitle
                text: row.statusText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                font.bold: true
                color: Theme.statusColor(row.status)
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                topPadding: 2
                bottomPadding: 2
                background: Rectangle { radius: Theme.radius; color: Theme.statusTint(row.status) }
            }
            ProgressBar {
                visible: row.progress >= 0
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.masterWidth / 2
                from: 0
                to: 100
                value: Math.max(0, row.progress)
                //: Screen-reader name of a progress bar; %1 is a percentage
                Accessible.name: qsTr("Progress %1%").arg(Math.max(0, row.progress))
            }
            Label {
                visible: row.progress >= 0
                //: A percentage of measures delivered
                text: qsTr("%1%").arg(Math.max(0, row.progress))
                font.pixelSize: Theme.captionSize
                color: Theme.muted
            }
        }
    }
}
