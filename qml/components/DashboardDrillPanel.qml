import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The people behind one dashboard figure (DashboardDrillModel): names in both scripts and their
// categories, never an IIN. Choosing one opens the person (the person page records the read in
// the audit log) or, for the reviews figure, their progress review. Beside the charts on a
// desktop, over them on a phone; Escape or the close button hides it.
Rectangle {
    id: panel

    required property DashboardDrillModel drill
    signal closeRequested()

    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    Keys.onEscapePressed: panel.closeRequested()

    function focusList() { list.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                objectName: "drillTitle"
                Layout.fillWidth: true
                text: panel.drill.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.subtitleSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                objectName: "drillClose"
                text: "✕"
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                //: Closes the list of people behind a dashboard figure
                Accessible.name: qsTr("Close the list")
                onClicked: panel.closeRequested()
            }
        }
        Label {
            Layout.fillWidth: true
            //: Under the heading of a dashboard drill-down: %1 the figure (a number or a percentage),
            //: then how many people it concerns
            text: qsTr("Figure: %1 · %n person(s)", "", panel.drill.count).arg(panel.drill.figureText)
            visible: !panel.drill.loading
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            //: Why opening a person from the dashboard is not private
            text: qsTr("Opening a person is recorded in the audit log.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.captionSize
            color: Theme.muted
        }
        Label {
            visible: panel.drill.errorText !== ""
            Layout.fillWidth: true
            text: panel.drill.errorText
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        BusyIndicator {
            visible: panel.drill.loading
            running: visible
            Layout.alignment: Qt.AlignHCenter
        }

        ListView {
            id: list
            objectName: "drillList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.drill
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: panel.drill.title
            Keys.onReturnPressed: if (currentItem) currentItem.clicked()
            Keys.onEnterPressed: if (currentItem) currentItem.clicked()
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: person
                required property int index
                required property string personId
                required property string name
                required property string otherName
                required property string detailText
                objectName: "drillPerson_" + index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                Accessible.name: otherName !== "" ? name + ", " + otherName : name
                Accessible.description: detailText
                onClicked: Nav.open(panel.drill.targetPage, { personId: person.personId })
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: person.name
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                    Label {
                        visible: text !== ""
                        Layout.fillWidth: true
                        text: person.otherName
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                    }
                    Label {
                        visible: text !== ""
                        Layout.fillWidth: true
                        text: person.detailText
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.captionSize
                        color: Theme.muted
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0 && !panel.drill.loading && panel.drill.errorText === ""
                symbol: ""
                //: A dashboard figure of zero: nobody to list
                title: qsTr("Nobody to show")
                text: qsTr("No person in your scope is counted in this figure.")
            }
        }
    }
}
