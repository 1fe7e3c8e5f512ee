import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One progress review: period, author, the judgement per domain, sign-off state, and the
// supervisor's sign-off — or why they may not sign this one off.
ItemDelegate {
    id: row

    required property int index
    required property string reviewId
    required property string periodText
    required property string authorName
    required property bool signedOff
    required property string signedOffText
    required property string judgementsText
    required property bool canSignOff
    required property string signOffNote
    required property string personName
    required property string nextReviewText
    property bool showPerson: false

    signal signOffRequested()

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    //: screen-reader summary: %1 period, %2 sign-off state
    Accessible.name: qsTr("Review %1, %2").arg(periodText).arg(signedOffText)
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
                text: row.showPerson ? row.personName + " · " + row.periodText : row.periodText
                textFormat: Text.PlainText
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "signOffState"
                width: Math.min(implicitWidth, parent.width)
                text: row.signedOffText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: row.signedOff ? Theme.ok : Theme.warning
                padding: Theme.spacingXs
                wrapMode: Text.Wrap
                background: Rectangle { radius: Theme.radius; color: row.signedOff ? Theme.okTint : Theme.warningTint }
            }
        }
        Label {
            Layout.fillWidth: true
            //: %1 the name of the person who wrote the review
            text: qsTr("Written by %1").arg(row.authorName)
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            visible: row.judgementsText !== ""
            Layout.fillWidth: true
            text: row.judgementsText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
        Label {
            objectName: "nextReviewText"
            visible: row.nextReviewText !== ""
            Layout.fillWidth: true
            text: row.nextReviewText
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
        Label {
            visible: row.signOffNote !== ""
            Layout.fillWidth: true
            text: row.signOffNote
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        CounselButton {
            primary: true
            visible: row.canSignOff
            objectName: "signOffButton"
            text: qsTr("Sign off")
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Sign off the review of %1").arg(row.periodText)
            onClicked: row.signOffRequested()
        }
    }
}
