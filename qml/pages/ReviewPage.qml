pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A person's progress reviews: the list with sign-off (supervisors; never on a review they
// wrote, and the row says so), and a new review for the period since the last one. Without a
// person: the supervisor's queue of reviews awaiting their sign-off.
Page {
    id: page

    property string personId
    property bool writing: false
    property string message: ""
    property bool writeOnOpen: false         // tour and deep links: open the review form at once
    readonly property bool loading: reviews.loading || controller.busy

    function startWriting() {
        message = ""
        form.ratings = {}
        form.rationales = {}
        form.proxyValues = {}
        controller.loadForm(personId)
        writing = true
    }

    title: personId === "" ? qsTr("Reviews to sign off") : qsTr("Progress reviews")
    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: writing ? writing = false : Nav.back()
    Component.onCompleted: if (writeOnOpen) startWriting()

    ReviewModel {
        id: reviews
        personId: page.personId
        signOffQueue: page.personId === ""
    }
    ReviewController {
        id: controller
        onRecorded: (reviewId, text) => { page.message = text; banner.kind = "info"; page.writing = false }
        onSignedOff: (reviewId, text) => { page.message = text; banner.kind = "info" }
        onFailed: (text) => { page.message = text; banner.kind = "error" }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            text: page.writing ? qsTr("New review") : page.title
            actionText: reviews.canCreate && !page.writing ? qsTr("New review") : ""
            onActionTriggered: page.startWriting()
        }
        ErrorBanner {
            id: banner
            objectName: "messageBanner"
            Layout.fillWidth: true
            text: page.message !== "" ? page.message
                                      : page.writing && controller.formNote !== "" ? controller.formNote : reviews.errorText
            onDismissed: page.message = ""
        }
        ReviewForm {
            id: form
            objectName: "reviewForm"
            visible: page.writing && controller.ready
            Layout.fillWidth: true
            Layout.fillHeight: true
            controller: controller
            onCancelled: page.writing = false
        }
        ListView {
            id: list
            objectName: "reviewList"
            visible: !page.writing
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: reviews
            keyNavigationEnabled: true
            focus: true
            Accessible.role: Accessible.List
            Accessible.name: page.title
            delegate: ReviewDelegate {
                id: row
                showPerson: page.personId === ""
                enabled: !controller.busy
                onSignOffRequested: controller.signOff(row.reviewId)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0 && !reviews.loading
                title: page.personId === "" ? qsTr("Nothing to sign off") : qsTr("No reviews yet")
                text: qsTr("A review shows progress for a period: computed indicators and a judgement per domain.")
            }
        }
    }
}
