import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Today: what the signed-in user has to do now, in sections with counts (TodayModel): overdue
// and due appearances of both channels with the explanation of each date, open alerts,
// programme measures due, sessions planned, referrals waiting for a counsellor's answer (the row
// opens the person's Referrals page, where Accept and Decline are). "Attended" on a row, then "Confirm": two taps.
// "Other outcome…" opens RecordAppearancePage (missed, excused). Pull down to sync on a phone.
// Every text and every decision comes from C++; this page lays them out.
// No `pragma ComponentBehavior: Bound` here: in Qt 6.4 it stops ListView from creating section
// delegates ("Component is not ready").
Page {
    id: page

    title: qsTr("Today")
    readonly property bool compact: width < Theme.compactMaxWidth
    /** The pull distance that starts a sync. */
    readonly property int pullThreshold: Theme.headerHeight + Theme.spacingL

    background: Rectangle { color: Theme.background }

    /** The question before an attendance is recorded (keyboard flows and tests reach it here). */
    readonly property alias attendQuestion: confirmAttend

    TodayModel { id: today }

    AppearanceController {
        id: appearance
        onSucceeded: (message) => {
            banner.text = ""
            snackbar.show(message)
        }
        onFailed: (message) => banner.text = message
    }

    ConfirmDialog {
        id: confirmAttend
        property var target: ({})
        //: Title of the question before an attendance is recorded
        title: qsTr("Record attendance?")
        //: %1 is the person's name, %2 what the appearance is (e.g. "Report to the probation service")
        text: qsTr("%1 attended today: %2.").arg(target.name || "").arg(target.title || "")
        //: Confirms recording that the person came
        confirmText: qsTr("Confirm")
        onConfirmed: appearance.attend(target.personId, target.orderId, target.channel, target.dueOn)
    }

    Component { id: sectionHeading; TodaySectionDelegate { } }

    function openRecordPage(row) {
        Nav.open("RecordAppearancePage", {
            personId: row.personId, orderId: row.orderId, channel: row.channel, dueOn: row.dueOn,
            name: row.name, altName: row.altName, appearanceTitle: row.title, detail: row.detail,
            statusText: row.statusText, canAttend: row.canAttend, canMiss: row.canMiss,
            canExcuse: row.canExcuse
        })
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            id: banner
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            onDismissed: text = ""
        }
        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            text: today.errorText
            //: Button that loads the list again after a failure
            actionText: qsTr("Try again")
            onActionTriggered: today.reload()
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                // Pull-to-sync hint, revealed above the list while it is pulled down.
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.spacing
                visible: list.contentY < list.originY - Theme.spacing
                text: list.contentY < list.originY - page.pullThreshold
                      //: Shown while the Today list is pulled down far enough to sync
                      ? qsTr("Release to sync")
                      //: Shown while the Today list is pulled down
                      : qsTr("Pull to sync")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }

            ListView {
                id: list
                objectName: "todayList"
                anchors.fill: parent
                model: today
                clip: true
                focus: true
                keyNavigationEnabled: true
                boundsBehavior: page.compact ? Flickable.DragOverBounds : Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                Accessible.role: Accessible.List
                Accessible.name: page.title

                onDragEnded: if (page.compact && contentY < originY - page.pullThreshold) Session.syncNow()

                section.property: "sectionLabel"
                section.criteria: ViewSection.FullString
                section.delegate: sectionHeading

                delegate: TodayRowDelegate {
                    id: rowDelegate
                    required property string orderId
                    required property string channel
                    required property string dueOn
                    required property string openPage
                    onAttendRequested: {
                        list.currentIndex = index
                        confirmAttend.target = {
                            personId: personId, orderId: orderId, channel: channel, dueOn: dueOn,
                            name: name, title: title
                        }
                        confirmAttend.open()
                    }
                    onOtherOutcomeRequested: page.openRecordPage(rowDelegate)
                    // The row names its page (TodayModel): the person, or their referrals to answer.
                    onOpenRequested: Nav.open(openPage, { personId: personId })
                }
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: today.loading && today.count === 0
                visible: running
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: !today.loading && today.count === 0 && today.errorText === ""
                symbol: "✓"
                //: Today page with nothing to do
                title: qsTr("Nothing due today")
                text: qsTr("Overdue and due appearances, open alerts and programme measures show here as soon as they are due.")
            }
        }
    }

    // Confirmation after a recording; the row itself goes from the list as the model reloads.
    Rectangle {
        id: snackbar
        objectName: "snackbar"
        property string message
        function show(text) {
            message = text
            hideTimer.restart()
        }
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingL
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.maxContentWidth)
        height: snackLabel.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.text
        visible: hideTimer.running
        Accessible.role: Accessible.AlertMessage
        Accessible.name: message
        Label {
            id: snackLabel
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: snackbar.message
            wrapMode: Text.Wrap
            color: Theme.surface
            font.pixelSize: Theme.bodySize
        }
        Timer { id: hideTimer; interval: 4000 }
    }
}
