pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A person's progress reviews: the list with sign-off (supervisors; never on a programme they
// drafted, and the row says so), and a new review for a period (by default since the last signed
// review) with the computed indicators and their trend. A supervisor signs the review off right
// after recording it and schedules the next review. Without a person: the supervisor's queue of
// reviews awaiting their sign-off.
Page {
    id: page

    property string personId
    property bool writing: false
    property string message: ""
    property bool writeOnOpen: false         // tour, deep links, the reviews due list: open the form at once
    property string signingId: ""            // the review whose sign-off panel is open
    property string signingBlock: ""         // why the supervisor may not sign that one off
    property bool offeredOpen: false         // the waiting review's sign-off was offered on opening
    readonly property bool loading: reviews.loading || controller.busy

    function startWriting() {
        message = ""
        signingId = ""
        form.ratings = {}
        form.rationales = {}
        form.proxyValues = {}
        controller.loadForm(personId)
        writing = true
    }
    function startSigning(reviewId, block) {
        writing = false
        signingBlock = block
        signingId = reviewId
    }

    title: personId === "" ? qsTr("Reviews to sign off") : qsTr("Progress reviews")
    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: writing ? writing = false : signingId !== "" ? signingId = "" : Nav.back()
    Component.onCompleted: if (writeOnOpen) startWriting()

    ReviewModel {
        id: reviews
        personId: page.personId
        signOffQueue: page.personId === ""
    }
    ReviewController {
        id: controller
        onRecorded: (reviewId, text) => {
            page.message = text
            banner.kind = "info"
            page.writing = false
            if (controller.signsOff)
                page.startSigning(reviewId, controller.signOffBlock)
        }
        onSignedOff: (reviewId, text) => { page.message = text; banner.kind = "info"; page.signingId = "" }
        onFailed: (text) => { page.message = text; banner.kind = "error" }
        // Opened to review (the reviews due list) while a written review awaits sign-off: offer
        // that sign-off first, once; "New review" still writes one for the period after it.
        onFormChanged: if (page.writeOnOpen && !page.offeredOpen && controller.openReviewId !== "" && controller.signsOff) {
                           page.offeredOpen = true
                           page.startSigning(controller.openReviewId, controller.signOffBlock)
                       }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            text: page.writing ? qsTr("New review") : page.title
            actionText: reviews.canCreate && !page.writing && page.signingId === "" ? qsTr("New review") : ""
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
        ReviewSignOffPanel {
            objectName: "signOffPanel"
            visible: page.signingId !== ""
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            reviewId: page.signingId
            block: page.signingBlock
            nextDefault: controller.nextReviewDefault
            busy: controller.busy
            onSignOffRequested: (nextReviewOn) => controller.signOff(page.signingId, nextReviewOn)
            onCancelled: page.signingId = ""
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
                onSignOffRequested: page.startSigning(row.reviewId, "")
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
