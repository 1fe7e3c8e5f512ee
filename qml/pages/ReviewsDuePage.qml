import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The supervisor's queue of progress reviews due: the people in their unit or region whose review
// date has come (the one the last sign-off scheduled, or the review interval), longest overdue
// first. A row opens the person's review form — or the sign-off of a review already written.
// A person leaves the list when the sign-off schedules their next review.
Page {
    id: page

    title: qsTr("Reviews due")
    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: Nav.back()

    function openReview(personId) {
        Nav.open("ReviewPage", { personId: personId, writeOnOpen: true })
    }

    ReviewsDueModel { id: due }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            //: heading of the reviews due list; %1 how many people
            text: due.count > 0 ? qsTr("Reviews due (%1)").arg(due.count) : page.title
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: due.errorText
            dismissible: false
            actionText: qsTr("Try again")
            onActionTriggered: due.reload()
        }
        ListView {
            id: list
            objectName: "reviewsDueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: due
            keyNavigationEnabled: true
            focus: true
            Accessible.role: Accessible.List
            Accessible.name: page.title
            delegate: ReviewsDueDelegate {
                id: row
                onClicked: page.openReview(row.personId)
            }
            ScrollBar.vertical: ScrollBar {}
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0 && !due.loading && due.errorText === ""
                symbol: "✓"
                title: qsTr("No reviews due")
                text: qsTr("People appear here on the day their progress review is due.")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: due.loading && list.count === 0
                visible: running
                Accessible.name: qsTr("Loading")
            }
        }
    }
}
