pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// One person's case: the header (names in Cyrillic and Latin, categories in plain words, case
// status, the IIN masked and only for roles that may read it) and the sections this role sees
// (PersonModel decides, through core's access policy), one at a time under a tab bar that
// scrolls on a phone. Opening the case as a supervisor or counsellor is audited by the model.
Page {
    id: page

    property string personId
    title: person.ready ? person.namesCyrillic : qsTr("Person")
    /** The key of the section shown ("overview", "order", "timeline", …). */
    property string currentSection: "overview"
    readonly property bool compact: width < Theme.compactMaxWidth

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: Nav.back()
    // Left and right switch sections from anywhere on the page (the tabs and the rows pass them up).
    Keys.onLeftPressed: moveSection(-1)
    Keys.onRightPressed: moveSection(1)

    /** Shows the section `delta` places left or right of the current one (arrow keys on the tabs). */
    function moveSection(delta) {
        const keys = person.sectionKeys()
        const next = keys.indexOf(currentSection) + delta
        if (next >= 0 && next < keys.length)
            currentSection = keys[next]
    }

    PersonModel {
        id: person
        personId: page.personId
    }

    PersonSectionModel {
        id: rows
        personId: page.personId
        section: page.currentSection
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            text: person.errorText
            dismissible: false
            //: Button that reads the case again after a failure
            actionText: qsTr("Try again")
            onActionTriggered: person.reload()
        }

        // Header: who this is, in both scripts; what kind of support; case status.
        Rectangle {
            visible: person.ready
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + 2 * Theme.spacing
            color: Theme.surface

            ColumnLayout {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingXs

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            objectName: "namesCyrillic"
                            Layout.fillWidth: true
                            text: person.namesCyrillic
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.pixelSize: page.compact ? Theme.subtitleSize + 2 : Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Label {
                            objectName: "namesLatin"
                            Layout.fillWidth: true
                            text: person.namesLatin
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.bodySize
                            color: Theme.muted
                        }
                    }
                    Button {
                        objectName: "buildProgramme"
                        visible: person.mayBuildProgramme
                        //: Opens the guided builder of the individual programme of social and legal assistance
                        text: qsTr("Programme builder")
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: text
                        onClicked: Nav.open("ProgrammeBuilderPage", { personId: page.personId })
                    }
                    ExportButton {
                        objectName: "exportCaseReport"
                        kind: "case"
                        personId: page.personId
                        Layout.minimumHeight: Theme.touchTarget
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    Repeater {
                        model: person.categories
                        delegate: Label {
                            required property string modelData
                            text: modelData
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.captionSize
                            color: Theme.primaryDark
                            leftPadding: Theme.spacingS
                            rightPadding: Theme.spacingS
                            topPadding: 2
                            bottomPadding: 2
                            background: Rectangle { radius: Theme.radius; color: Theme.primaryTint }
                        }
                    }
                    Label {
                        text: person.caseStatusText
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.captionSize
                        color: Theme.muted
                        topPadding: 2
                        leftPadding: Theme.spacingS
                    }
                    Label {
                        objectName: "iinMasked"
                        visible: person.iinMasked !== ""
                        //: The person's IIN with all but the last four digits hidden
                        text: qsTr("IIN %1").arg(person.iinMasked)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.captionSize
                        color: Theme.muted
                        topPadding: 2
                        leftPadding: Theme.spacingS
                    }
                }
            }
        }

        // The section tabs: a horizontal list, so a phone scrolls it (a TabBar left off-screen
        // tabs drawn over the first one when its model was reset).
        ListView {
            id: tabs
            objectName: "sectionTabs"
            visible: person.ready
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + Theme.spacingXs
            orientation: ListView.Horizontal
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: person
            focus: true
            keyNavigationEnabled: true
            highlightFollowsCurrentItem: true
            highlightMoveDuration: 0
            currentIndex: Math.max(0, person.sectionKeys().indexOf(page.currentSection))
            // The arrow keys move the current tab; the section follows.
            onCurrentIndexChanged: {
                const keys = person.sectionKeys()
                if (currentIndex >= 0 && currentIndex < keys.length)
                    page.currentSection = keys[currentIndex]
            }
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Sections of the case")
            delegate: TabButton {
                required property string key
                required property string title
                required property int count
                required property int index
                objectName: "tab_" + key
                width: implicitWidth
                height: tabs.height
                //: A section tab: %1 the section, %2 how many records it holds
                text: count > 0 && key !== "overview" && key !== "programme" ? qsTr("%1 (%2)").arg(title).arg(count) : title
                Accessible.name: text
                checkable: false
                checked: page.currentSection === key
                onClicked: page.currentSection = key
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: Theme.borderWidth
                color: Theme.divider
            }
        }

        // The section's own screen, where this role may act there (PersonModel.sectionPages).
        SectionActionBar {
            visible: person.ready && sectionPage !== ""
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth + 2 * Theme.margin
            Layout.alignment: Qt.AlignHCenter
            section: page.currentSection
            sectionPage: person.sectionPages[page.currentSection] || ""
            personId: page.personId
        }

        ListView {
            id: list
            objectName: "sectionRows"
            visible: person.ready
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth + 2 * Theme.margin
            Layout.alignment: Qt.AlignHCenter
            clip: true
            model: rows
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Entries of this section")
            delegate: PersonSectionRowDelegate {}
            ScrollBar.vertical: ScrollBar {}

            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: rows.count === 0 && !rows.loading
                title: rows.errorText !== "" ? rows.errorText : qsTr("Nothing recorded here yet")
                text: rows.errorText !== "" ? "" : qsTr("Entries appear here as soon as they are recorded or synced.")
            }
        }

        Item {
            visible: !person.ready
            Layout.fillWidth: true
            Layout.fillHeight: true
            BusyIndicator {
                anchors.centerIn: parent
                running: person.loading
                Accessible.name: qsTr("Loading")
            }
        }
    }
}
