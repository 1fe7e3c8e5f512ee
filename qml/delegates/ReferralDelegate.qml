import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One referral: who (inbox) or to whom (a person's list), status, term, reason and outcome, and
// the actions the signed-in user may take now (the model asks core which ones).
ItemDelegate {
    id: row

    required property int index
    required property string referralId
    required property string personId
    required property string personName
    required property string status
    required property string statusText
    required property string reason
    required property string provider
    required property string termText
    required property string outcomeText
    required property var version
    required property bool canAccept
    required property bool canDecline
    required property bool canStart
    required property bool canComplete
    required property bool canLogSession
    property bool inbox: false

    signal acceptRequested()
    signal declineRequested()
    signal startRequested()
    signal completeRequested()
    signal logSessionRequested()

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    //: screen-reader summary of a referral row: %1 person or provider, %2 status, %3 term
    Accessible.name: qsTr("%1, %2, %3").arg(inbox ? personName : provider).arg(statusText).arg(termText)
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
                text: row.inbox ? row.personName : row.provider
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitleSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                text: row.statusText
                textFormat: Text.PlainText
                font.pixelSize: Theme.smallSize
                color: row.status === "sent" ? Theme.warning : row.status === "active" || row.status === "accepted"
                                                 ? Theme.ok : Theme.muted
                padding: Theme.spacingXs
                background: Rectangle {
                    radius: Theme.radius
                    color: row.status === "sent" ? Theme.warningTint : Theme.surfaceAlt
                }
            }
        }
        Label {
            visible: row.inbox && row.provider !== ""
            Layout.fillWidth: true
            text: row.provider
            textFormat: Text.PlainText
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            //: %1 the referral's term, "01.11.2026 – 30.04.2027"
            text: qsTr("Term: %1").arg(row.termText)
            textFormat: Text.PlainText
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            visible: row.reason !== ""
            Layout.fillWidth: true
            text: row.reason
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        Label {
            visible: row.outcomeText !== ""
            Layout.fillWidth: true
            //: %1 the provider's minimal outcome, e.g. "Engaged · 5 sessions attended"
            text: qsTr("Outcome: %1").arg(row.outcomeText)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: row.canAccept || row.canDecline || row.canStart || row.canComplete || row.canLogSession
            CounselButton {
                primary: true
                visible: row.canAccept
                objectName: "acceptButton"
                text: qsTr("Accept")
                height: Theme.touchTarget
                //: %1 is the person's name
                Accessible.name: qsTr("Accept the referral of %1").arg(row.personName)
                onClicked: row.acceptRequested()
            }
            CounselButton {
                visible: row.canDecline
                objectName: "declineButton"
                text: qsTr("Decline")
                height: Theme.touchTarget
                Accessible.name: qsTr("Decline the referral of %1").arg(row.personName)
                onClicked: row.declineRequested()
            }
            CounselButton {
                primary: true
                visible: row.canStart
                objectName: "startButton"
                //: starts the work on an accepted referral
                text: qsTr("Start work")
                height: Theme.touchTarget
                Accessible.name: qsTr("Start work on the referral of %1").arg(row.personName)
                onClicked: row.startRequested()
            }
            CounselButton {
                visible: row.canLogSession
                objectName: "logSessionButton"
                text: qsTr("Session log")
                height: Theme.touchTarget
                Accessible.name: qsTr("Open the session log of %1").arg(row.personName)
                onClicked: row.logSessionRequested()
            }
            CounselButton {
                visible: row.canComplete
                objectName: "completeButton"
                text: qsTr("Complete")
                height: Theme.touchTarget
                Accessible.name: qsTr("Complete the referral of %1").arg(row.personName)
                onClicked: row.completeRequested()
            }
        }
    }
}
