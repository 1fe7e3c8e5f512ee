pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Referrals. With a personId: that person's referrals, and (probation officer) a new referral
// with the person's consent. Without one: the counsellor's inbox — referrals offered to them to
// accept or decline, and the people referred to them (their caseload).
Page {
    id: page

    property string personId: ""
    readonly property bool inbox: personId === ""
    property string message: ""
    property bool creating: false
    property bool createOnOpen: false        // tour and deep links: open the new-referral form
    readonly property bool loading: referrals.loading || controller.busy

    title: inbox ? qsTr("Referrals to me") : qsTr("Referrals")
    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: creating ? creating = false : Nav.back()
    Component.onCompleted: if (createOnOpen && !inbox) creating = true

    ReferralModel {
        id: referrals
        personId: page.personId
        inbox: page.inbox
    }
    ReferralController {
        id: controller
        onSucceeded: (text) => { page.message = text; messageBanner.kind = "info" }
        onFailed: (text) => { page.message = text; messageBanner.kind = "error" }
        onCreated: page.creating = false
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            text: page.inbox
                  //: %1 number of people with an active referral to the counsellor
                  ? qsTr("Referred to me · %n people", "", referrals.activePeople.length)
                  : page.creating ? qsTr("New referral") : page.title
            actionText: referrals.canCreate && !page.creating ? qsTr("New referral") : ""
            onActionTriggered: page.creating = true
        }
        ErrorBanner {
            id: messageBanner
            objectName: "messageBanner"
            Layout.fillWidth: true
            text: page.message !== "" ? page.message : referrals.errorText
            onDismissed: page.message = ""
        }
        ReferralForm {
            id: form
            visible: page.creating
            Layout.fillWidth: true
            Layout.fillHeight: true
            personId: page.personId
            controller: controller
            onCancelled: page.creating = false
        }
        ListView {
            id: list
            objectName: "referralList"
            visible: !page.creating
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: referrals
            keyNavigationEnabled: true
            focus: true
            Accessible.role: Accessible.List
            Accessible.name: page.title
            delegate: ReferralDelegate {
                id: row
                inbox: page.inbox
                enabled: !controller.busy
                onAcceptRequested: controller.accept(row.referralId, row.version)
                onStartRequested: controller.start(row.referralId, row.version)
                onDeclineRequested: declineDialog.ask(row.referralId, row.version)
                onCompleteRequested: completeDialog.ask(row.referralId, row.version)
                onLogSessionRequested: Nav.open("SessionLogPage", { personId: row.personId })
                onClicked: if (page.inbox && row.canLogSession) Nav.open("PersonPage", { personId: row.personId })
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0 && !referrals.loading
                title: page.inbox ? qsTr("No referrals to you") : qsTr("No referrals yet")
                text: page.inbox ? qsTr("When probation refers a person to you, the referral shows here to accept or decline.")
                                 : qsTr("Referrals to counsellors and organisations show here with their outcome.")
            }
        }
    }

    ReferralDecisionDialog {
        id: declineDialog
        mode: "decline"
        onConfirmed: (referralId, version, values) => controller.decline(referralId, version, values.reason)
    }
    ReferralDecisionDialog {
        id: completeDialog
        mode: "complete"
        outcomes: controller.outcomes
        onConfirmed: (referralId, version, values) => controller.complete(referralId, version, values.outcome,
                                                                           values.attendedCount, values.programmeCompleted)
    }
}
