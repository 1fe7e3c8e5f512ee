import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// First run: bind this device to the server with the one-time code from the administrator and
// choose the passphrase that protects the records on it. Calls Session.enrol(); Session.busy
// and Session.errorText report progress and failure.
Page {
    id: page
    title: qsTr("Set up this device")
    background: Rectangle { color: Theme.background }

    readonly property bool passphrasesMatch: confirmField.text === passField.text
    readonly property bool canSubmit: serverField.text.trim() !== "" && codeField.text.trim() !== ""
                                      && passField.strength >= 2 && passphrasesMatch && !Session.busy

    function submit() {
        if (!canSubmit)
            return
        Session.enrol(serverField.text.trim(), codeField.text.trim(), passField.text)
    }

    Flickable {
        anchors.fill: parent
        contentHeight: card.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }

        Pane {
            id: card
            width: Math.min(parent.width - 2 * Theme.spacingL, 480)
            x: (parent.width - width) / 2
            y: Theme.margin
            padding: Theme.margin
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }

            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingL

                Label {
                    text: qsTr("Qadam")
                    font.pixelSize: Theme.headlineSize
                    font.bold: true
                    color: Theme.primary
                }
                Label {
                    Layout.fillWidth: true
                    text: page.title
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Records are kept encrypted on this device and work without a connection. "
                               + "Your administrator gives you the server address and a one-time code.")
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: Theme.bodySize
                }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: Session.errorText
                    dismissible: false
                }
                LabeledField {
                    Layout.fillWidth: true
                    label: qsTr("Server address")
                    help: qsTr("For example https://qadam.example.kz")
                    TextField {
                        id: serverField
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        // R18 not sensitive: the server address is printed on the enrolment slip, no case data
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        enabled: !Session.busy
                        Accessible.name: qsTr("Server address")
                        focus: true
                        onAccepted: codeField.forceActiveFocus()
                    }
                }
                LabeledField {
                    Layout.fillWidth: true
                    //: The enrolment code an administrator issues once per device
                    label: qsTr("One-time code")
                    help: qsTr("It works once and expires; ask for a new one if it was refused.")
                    TextField {
                        id: codeField
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        enabled: !Session.busy
                        Accessible.name: qsTr("One-time code")
                        onAccepted: passField.focusInput()
                    }
                }
                PassphraseField {
                    id: passField
                    Layout.fillWidth: true
                    label: qsTr("Choose a passphrase")
                    showStrength: true
                    enabled: !Session.busy
                    onAccepted: confirmField.focusInput()
                }
                LabeledField {
                    Layout.fillWidth: true
                    error: confirmField.text !== "" && !page.passphrasesMatch ? qsTr("The two passphrases differ.") : ""
                    PassphraseField {
                        id: confirmField
                        Layout.fillWidth: true
                        label: qsTr("Repeat the passphrase")
                        enabled: !Session.busy
                        onAccepted: page.submit()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    //: Warning under the passphrase fields at enrolment
                    text: qsTr("Nobody can recover a forgotten passphrase. After 10 wrong attempts the records on this device are erased.")
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    font.pixelSize: Theme.smallSize
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    BusyIndicator {
                        running: Session.busy
                        visible: running
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.preferredWidth: Theme.touchTarget
                        Accessible.name: qsTr("Setting up")
                    }
                    Label {
                        visible: Session.busy
                        Layout.fillWidth: true
                        text: qsTr("Setting up this device and fetching your cases…")
                        wrapMode: Text.Wrap
                        color: Theme.muted
                    }
                    Item { Layout.fillWidth: !Session.busy }
                    Button {
                        text: qsTr("Set up")
                        highlighted: true
                        enabled: page.canSubmit
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Set up this device")
                        onClicked: page.submit()
                    }
                }
            }
        }
    }
}
