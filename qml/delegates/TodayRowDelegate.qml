pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One row of the Today page: who, what is due and why (the explanation of the date), and for an
// appearance the direct "Attended" action plus "Other outcome" (missed, excused). What the row
// offers comes from TodayModel's roles (canAttend, canMiss, canExcuse); nothing is decided here.
ItemDelegate {
    id: row

    required property int index
    required property string kind
    required property string personId
    required property string name
    required property string altName
    required property string title
    required property string detail
    required property string statusText
    required property bool urgent
    required property bool canAttend
    required property bool canMiss
    required property bool canExcuse

    signal attendRequested()
    signal otherOutcomeRequested()
    signal openRequested()

    readonly property string statusKind: urgent ? "overdue" : "due"

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    leftPadding: Theme.spacingL
    highlighted: ListView.isCurrentItem && activeFocus
    Accessible.name: [name, title, statusText].filter(s => s !== "").join(", ")
    onClicked: openRequested()
    Keys.onReturnPressed: openRequested()
    Keys.onEnterPressed: openRequested()

    background: Rectangle {
        color: row.down ? Theme.surfaceAlt : Theme.surface
        border.width: row.visualFocus ? 2 : 0
        border.color: Theme.focus
        Rectangle {
            width: 4
            height: parent.height
            color: Theme.statusColor(row.statusKind)
            visible: row.kind === "appearance" || row.urgent
        }
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
                text: row.statusText
                textFormat: Text.PlainText
                font.pixelSize: Theme.smallSize
                font.bold: row.urgent
                color: Theme.statusColor(row.statusKind)
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
            text: row.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        Label {
            visible: row.detail !== ""
            Layout.fillWidth: true
            text: row.detail
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        RowLayout {
            visible: row.canAttend || row.canMiss || row.canExcuse
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Button {
                objectName: "attendButton"
                visible: row.canAttend
                highlighted: true
                //: Records that the person came to the appearance
                text: qsTr("Attended")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Attended: %1").arg(row.name)
                onClicked: row.attendRequested()
            }
            Button {
                objectName: "otherOutcomeButton"
                visible: row.canMiss || row.canExcuse
                flat: true
                //: Opens the form to record a missed or excused appearance
                text: qsTr("Other outcome…")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Missed or excused: %1").arg(row.name)
                onClicked: row.otherOutcomeRequested()
            }
            Item { Layout.fillWidth: true }
        }
    }
}
