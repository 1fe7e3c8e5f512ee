import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One person whose progress review is due: name, since when, the last signed review, and whether
// a written review awaits the sign-off. Activating the row opens the person's review.
ItemDelegate {
    id: row

    required property int index
    required property string personId
    required property string personName
    required property string dueText
    required property int daysOverdue
    required property string lastReviewText
    required property string openReviewId
    required property string statusText

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    //: screen-reader summary of a row of the reviews due list: %1 person, %2 due since, %3 state
    Accessible.name: qsTr("%1, %2, %3").arg(personName).arg(dueText).arg(statusText)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    background: Rectangle {
        color: row.visualFocus || row.ListView.isCurrentItem ? Theme.primaryTint : Theme.surface
        border.color: Theme.divider
        border.width: Theme.borderWidth
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                width: Math.min(implicitWidth, parent.width)
                text: row.personName
                textFormat: Text.PlainText
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "reviewState"
                width: Math.min(implicitWidth, parent.width)
                text: row.statusText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: row.openReviewId !== "" ? Theme.info : Theme.warning
                padding: Theme.spacingXs
                background: Rectangle { radius: Theme.radius; color: row.openReviewId !== "" ? Theme.primaryTint : Theme.warningTint }
            }
        }
        Label {
            Layout.fillWidth: true
            text: row.dueText
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: row.daysOverdue > 0 ? Theme.danger : Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: row.lastReviewText
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
