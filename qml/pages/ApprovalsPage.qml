pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Programmes awaiting the supervisor's approval, in their scope: the list, and for the chosen
// one its plan (needs → goals → measures) with "Approve" or "Return with comment" (a comment is
// required). A programme the supervisor drafted shows why they cannot decide on it; core refuses
// it anyway. List and detail side by side when there is room, one after the other on a phone.
Page {
    id: page

    //: Title of the supervisor's list of programmes awaiting approval
    title: qsTr("Approvals")
    property string selectedId: ""
    readonly property bool wide: width >= Theme.compactMaxWidth
    readonly property int selectedRow: approvals.count >= 0 ? approvals.indexOf(selectedId) : -1

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: selectedId !== "" && !wide ? selectedId = "" : Nav.back()

    function field(role) {
        return page.selectedRow < 0 ? "" : approvals.data(approvals.index(page.selectedRow, 0), role)
    }

    ProgrammeApprovalsModel { id: approvals }

    PersonSectionModel {
        id: plan
        programmeId: page.selectedRow >= 0 ? page.selectedId : ""
    }

    ProgrammeApprovalController {
        id: decision
        onSucceeded: (programmeId, message) => {
            notice.text = message
            comment.text = ""
            page.selectedId = ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            text: approvals.errorText
            actionText: qsTr("Try again")
            onActionTriggered: approvals.reload()
        }
        ErrorBanner {
            id: notice
            objectName: "approvalNotice"
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            kind: "info"
            onDismissed: text = ""
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ListView {
                id: list
                objectName: "approvalList"
                visible: page.wide || page.selectedRow < 0
                Layout.fillHeight: true
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: page.wide ? Math.min(Theme.masterWidth, page.width / 2) : -1
                clip: true
                model: approvals
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.name: page.title
                delegate: ApprovalDelegate {
                    selected: programmeId === page.selectedId
                    onClicked: page.selectedId = programmeId
                    Keys.onReturnPressed: page.selectedId = programmeId
                }
                ScrollBar.vertical: ScrollBar {}

                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: approvals.count === 0 && !approvals.loading
                    symbol: "✓"
                    title: qsTr("Nothing awaits your approval")
                    text: qsTr("Programmes your officers submit appear here.")
                }
            }

            Rectangle {
                visible: page.wide
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.borderWidth
                color: Theme.divider
            }

            ColumnLayout {
                visible: page.selectedRow >= 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                Button {
                    visible: !page.wide
                    flat: true
                    //: Goes back from one programme to the list of programmes awaiting approval
                    text: qsTr("‹ All programmes")
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Back to all programmes")
                    onClicked: page.selectedId = ""
                }
                ListView {
                    id: planList
                    objectName: "approvalPlan"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: plan
                    Accessible.name: qsTr("The programme's plan")
                    header: Label {
                        width: planList.width
                        padding: Theme.spacing
                        text: page.field(ProgrammeApprovalsModel.PersonNameRole)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.subtitleSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    delegate: PersonSectionRowDelegate {}
                    ScrollBar.vertical: ScrollBar {}
                }

                ErrorBanner {
                    objectName: "decisionError"
                    Layout.fillWidth: true
                    Layout.margins: visible ? Theme.spacingS : 0
                    text: decision.errorText
                }

                // The decision, or why this supervisor cannot take it.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: decide.implicitHeight + 2 * Theme.spacingS
                    color: Theme.surface
                    ColumnLayout {
                        id: decide
                        anchors.fill: parent
                        anchors.margins: Theme.spacingS
                        spacing: Theme.spacingS
                        Label {
                            objectName: "whyNot"
                            visible: !page.field(ProgrammeApprovalsModel.MayDecideRole)
                            Layout.fillWidth: true
                            text: page.field(ProgrammeApprovalsModel.WhyNotRole)
                            wrapMode: Text.Wrap
                            color: Theme.warning
                        }
                        TextArea {
                            id: comment
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            objectName: "returnComment"
                            visible: page.field(ProgrammeApprovalsModel.MayDecideRole) === true
                            Layout.fillWidth: true
                            Layout.minimumHeight: Theme.touchTarget * 2
                            wrapMode: TextEdit.Wrap
                            textFormat: TextEdit.PlainText
                            //: Placeholder of the supervisor's comment when returning a programme
                            placeholderText: qsTr("To return it: what should the officer change?")
                            Accessible.name: qsTr("Comment for the officer")
                        }
                        RowLayout {
                            visible: page.field(ProgrammeApprovalsModel.MayDecideRole) === true
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            Button {
                                objectName: "returnButton"
                                enabled: !decision.busy
                                //: Sends a programme back to the officer with the supervisor's comment
                                text: qsTr("Return with comment")
                                Layout.minimumHeight: Theme.touchTarget
                                Accessible.name: text
                                onClicked: decision.sendBack(page.selectedId, comment.text)
                            }
                            Item { Layout.fillWidth: true }
                            Button {
                                objectName: "approveButton"
                                enabled: !decision.busy
                                highlighted: true
                                //: Approves the individual programme
                                text: qsTr("Approve")
                                Layout.minimumHeight: Theme.touchTarget
                                Accessible.name: text
                                onClicked: decision.approve(page.selectedId)
                            }
                        }
                    }
                }
            }

            EmptyState {
                visible: page.wide && page.selectedRow < 0 && approvals.count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                symbol: ""
                title: qsTr("Choose a programme")
                text: qsTr("Its plan and your decision appear here.")
            }
        }
    }
}
