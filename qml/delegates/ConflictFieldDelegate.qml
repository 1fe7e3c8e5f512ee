pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One conflicting field, both versions side by side (stacked when narrow), and the person's
// choice: keep this device's version, keep the server's, or (free text) write a merged text.
// Emits resolveRequested(); the page's ConflictController does the work in core.
Rectangle {
    id: card

    required property string conflictId
    required property string field
    required property string fieldTitle
    required property string deviceText
    required property string serverText
    required property string deviceRaw
    required property string serverRaw
    required property bool mergeable
    required property bool fromThisDevice
    required property string deviceWho
    required property string deviceWhen
    required property string serverWho
    required property string serverWhen
    property bool busy: false
    property string errorText
    signal resolveRequested(string conflictId, string choice, string mergedText)

    property string choice: ""
    objectName: "conflict-" + field
    readonly property bool wide: width >= Theme.compactMaxWidth - 2 * Theme.margin  // side by side in a detail pane

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.divider

    component VersionPane: Rectangle {
        id: pane
        property string heading
        property string value
        property string who
        property string when
        property color strong
        property bool chosen: false
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        implicitHeight: paneColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: chosen ? Theme.conflictChosenTint : Qt.rgba(strong.r, strong.g, strong.b, 0.06)
        border.width: chosen ? 2 : Theme.borderWidth
        border.color: chosen ? Theme.conflictChosen : strong
        ColumnLayout {
            id: paneColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacingXs
            Label {
                Layout.fillWidth: true
                text: pane.heading
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: pane.strong
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: pane.who === "" ? pane.when
                                      //: Who made a version and when, e.g. "Aliya Nurlanovna, 21.11.2026 10:25"
                                      : (pane.when === "" ? pane.who : qsTr("%1, %2").arg(pane.who).arg(pane.when))
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXs
                text: pane.value
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
        }
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: card.fieldTitle
            font.pixelSize: Theme.subtitleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        GridLayout {
            Layout.fillWidth: true
            columns: card.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            VersionPane {
                objectName: "devicePane"
                heading: card.fromThisDevice ? qsTr("On this device") : qsTr("From another device")
                value: card.deviceText
                who: card.deviceWho
                when: card.deviceWhen
                strong: Theme.conflictLocal
                chosen: card.choice === "mine"
            }
            VersionPane {
                objectName: "serverPane"
                heading: qsTr("On the server")
                value: card.serverText
                who: card.serverWho
                when: card.serverWhen
                strong: Theme.conflictServer
                chosen: card.choice === "theirs"
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Which version should stay?")
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        ButtonGroup { id: choices }
        RadioButton {
            objectName: "keepMine"
            Layout.minimumHeight: Theme.touchTarget
            ButtonGroup.group: choices
            text: card.fromThisDevice ? qsTr("Keep the version from this device") : qsTr("Keep the version from the other device")
            Accessible.name: text
            checked: card.choice === "mine"
            onClicked: card.choice = "mine"
        }
        RadioButton {
            objectName: "keepTheirs"
            Layout.minimumHeight: Theme.touchTarget
            ButtonGroup.group: choices
            text: qsTr("Keep the server's version")
            Accessible.name: text
            checked: card.choice === "theirs"
            onClicked: card.choice = "theirs"
        }
        RadioButton {
            objectName: "writeMerged"
            visible: card.mergeable
            Layout.minimumHeight: Theme.touchTarget
            ButtonGroup.group: choices
            text: qsTr("Write a merged text from both")
            Accessible.name: text
            checked: card.choice === "merged"
            onClicked: {
                if (merged.text === "")
                    merged.text = card.serverRaw + "\n\n" + card.deviceRaw
                card.choice = "merged"
                merged.forceActiveFocus()
            }
        }
        TextArea {
            id: merged
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            objectName: "mergedText"
            visible: card.choice === "merged"
            Layout.fillWidth: true
            Layout.minimumHeight: 3 * Theme.touchTarget
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            font.pixelSize: Theme.bodySize
            //: Placeholder of the editor where both versions of a note are merged by hand
            placeholderText: qsTr("The text to keep")
            Accessible.name: qsTr("Merged text for %1").arg(card.fieldTitle)
        }
        Label {
            visible: card.errorText !== ""
            Layout.fillWidth: true
            text: card.errorText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.smallSize
        }
        SyncActionButton {
            objectName: "saveChoice"
            Layout.minimumHeight: Theme.touchTarget
            text: qsTr("Save this choice")
            enabled: card.choice !== "" && !card.busy
            //: Screen reader: %1 is the field whose conflict is settled
            Accessible.name: qsTr("Save the choice for %1").arg(card.fieldTitle)
            onClicked: card.resolveRequested(card.conflictId, card.choice, card.choice === "merged" ? merged.text : "")
        }
    }
}
