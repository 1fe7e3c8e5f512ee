import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The signed-in app: navigation and where pages go. Pages ask through Nav (open/back/home);
// this item decides:
//  - compact (phone, < Theme.compactMaxWidth): one StackView, a header with back and title,
//    bottom navigation;
//  - medium: navigation rail + one StackView;
//  - expanded (>= Theme.expandedMinWidth): rail + master (Today, Caseload, Approvals) + detail
//    StackView; Nav.open() goes to the detail pane.
// Navigation is kept as data (section + opened entries) and the views are rebuilt from it when
// the layout changes, so turning a tablet or resizing a window keeps the place.
// Pages are loaded by file name (qrc:/Qadam/Ui/pages/<Name>.qml); a missing one shows
// PageUnavailable. A page may offer `function focusSearch()` (Ctrl+F).
Item {
    id: shell
    objectName: "appShell"

    // Follows the width after each resize, never during one: switching panes inside a layout's
    // geometry change crashes Qt Quick Layouts 6.4.
    property string layoutMode: "compact"
    function modeFor(w) {
        return w < Theme.compactMaxWidth ? "compact" : w < Theme.expandedMinWidth ? "medium" : "expanded"
    }
    onWidthChanged: Qt.callLater(() => { layoutMode = modeFor(width) })
    readonly property bool compact: layoutMode === "compact"
    readonly property bool expanded: layoutMode === "expanded"
    readonly property bool supervisor: Session.role === "supervisor"
    readonly property var masterSections: ["TodayPage", "CaseloadPage", "ApprovalsPage", "ReviewsDuePage"]
    readonly property bool masterShown: expanded && masterSections.indexOf(section) >= 0
    // For the navigation functions: computed now, not read from a binding that may not have seen
    // the latest layoutMode or section yet.
    function showsMaster() {
        return layoutMode === "expanded" && masterSections.indexOf(section) >= 0
    }

    property string section: "TodayPage"
    property var entries: []            // [{page, properties}] opened on top of the section
    property var componentCache: ({})
    property var loadFailures: ({})        // page -> "missing" or the load error

    // Fixed, so the navigation buttons are made once: Qt Quick Layouts 6.4 crash when a Repeater
    // remakes its items inside a hidden layout (a language switch or a new role would).
    readonly property var allSections: ["TodayPage", "CaseloadPage", "ApprovalsPage", "ReviewsDuePage", "DashboardPage", "SyncPage", "SettingsPage"]
    readonly property var supervisorSections: ["ApprovalsPage", "ReviewsDuePage", "DashboardPage"]
    readonly property var symbols: ({ TodayPage: "◷", CaseloadPage: "☰", ApprovalsPage: "✓", ReviewsDuePage: "↻", DashboardPage: "▥", SyncPage: "⇅", SettingsPage: "⚙" })
    readonly property var labels: ({
        //: Bottom navigation: appearances and tasks due today
        TodayPage: qsTr("Today"),
        //: Bottom navigation: the people assigned to this user
        CaseloadPage: qsTr("Caseload"),
        //: Bottom navigation: programmes waiting for the supervisor's approval
        ApprovalsPage: qsTr("Approvals"),
        //: Navigation: the people whose progress review is due (supervisor); keep it short
        ReviewsDuePage: qsTr("Reviews"),
        //: Navigation: the supervisor's figures and charts of their unit or region
        DashboardPage: qsTr("Dashboard"),
        SyncPage: qsTr("Sync"),
        SettingsPage: qsTr("Settings")
    })

    readonly property Item currentPage: detailStack.currentItem ? detailStack.currentItem
                                        : (masterShown ? masterLoader.item : null)
    readonly property string currentTitle: currentPage && currentPage.title !== undefined ? currentPage.title : ""

    function isSection(page) {
        return allSections.indexOf(page) >= 0 && (supervisorSections.indexOf(page) < 0 || supervisor)
    }

    function componentFor(page) {
        if (!/^[A-Z][A-Za-z]*Page$/.test(page))
            return unavailable
        if (!componentCache[page]) {
            const c = Qt.createComponent(Qt.resolvedUrl("../pages/" + page + ".qml"))
            if (c.status !== Component.Ready) {
                // A file that is not in the build is expected while pages are being written;
                // a file that fails to load is a defect, reported for the tour and tests.
                const missing = c.errorString().indexOf("No such file") >= 0
                loadFailures[page] = missing ? "missing" : c.errorString()
                if (!missing)
                    console.warn("AppShell:", page, "did not load:", c.errorString())
            }
            componentCache[page] = c.status === Component.Ready ? c : unavailable
        }
        return componentCache[page]
    }

    function pushTo(stack, page, properties, operation) {
        const component = componentFor(page)
        stack.push(component, component === unavailable ? { pageName: page } : properties, operation)
    }

    function setSection(page) {
        section = isSection(page) ? page : "TodayPage"
        entries = []
        rebuild()
    }

    function open(page, properties, immediate) {
        if (isSection(page) && Object.keys(properties).length === 0)
            return setSection(page)
        // A second person from the master list replaces the first instead of stacking up.
        if (showsMaster() && entries.length > 0 && entries[0].page === page) {
            entries = [{ page: page, properties: properties }]
            detailStack.clear()
            pushTo(detailStack, page, properties, StackView.Immediate)
            return
        }
        entries = entries.concat([{ page: page, properties: properties }])
        pushTo(detailStack, page, properties, layoutMode === "compact" && !immediate ? StackView.PushTransition : StackView.Immediate)
    }

    function back() {
        if (entries.length === 0)
            return false
        entries = entries.slice(0, entries.length - 1)
        if (detailStack.depth > 1 || showsMaster())
            detailStack.pop(layoutMode === "compact" ? StackView.PopTransition : StackView.Immediate)
        if (showsMaster() && entries.length === 0)
            detailStack.clear()
        return true
    }

    // Tour and tests: a clean navigation showing `page` (opened over `sectionPage` if not a
    // section). Returns "" when shown, "missing" when the page is not in the build, else the error.
    function show(page, properties, sectionPage) {
        if (isSection(page)) {
            setSection(page)
        } else {
            setSection(sectionPage && isSection(sectionPage) ? sectionPage : "CaseloadPage")
            open(page, properties, true)
        }
        const failure = loadFailures[page]
        return failure === undefined ? "" : failure
    }

    function rebuild() {
        detailStack.clear()
        masterLoader.sourceComponent = showsMaster() ? componentFor(section) : null
        if (!showsMaster())
            pushTo(detailStack, section, {}, StackView.Immediate)
        for (const e of entries)
            pushTo(detailStack, e.page, e.properties, StackView.Immediate)
    }

    function focusSearch() {
        if (section !== "CaseloadPage")
            setSection("CaseloadPage")
        const page = showsMaster() ? masterLoader.item : detailStack.get(0)
        if (page && typeof page.focusSearch === "function")
            page.focusSearch()
    }

    onLayoutModeChanged: rebuild()
    onSupervisorChanged: if (!isSection(section)) setSection("TodayPage")
    Component.onCompleted: {
        layoutMode = modeFor(width)
        rebuild()
    }

    Connections {
        target: Nav
        function onOpenRequested(page, properties) { shell.open(page, properties) }
        function onBackRequested() { shell.back() }
        function onHomeRequested(page) { shell.setSection(page) }
    }

    Component {
        id: unavailable
        PageUnavailable { }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Navigation rail (medium and expanded).
        Rectangle {
            objectName: "navRail"
            visible: !shell.compact
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            color: Theme.surface
            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: Theme.spacing
                spacing: Theme.spacingS
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: Theme.spacing
                    //: App name in the navigation rail; "Qadam" means "step"
                    text: qsTr("Qadam")
                    font.pixelSize: Theme.subtitleSize
                    font.bold: true
                    color: Theme.primary
                }
                Repeater {
                    model: shell.allSections
                    NavButton {
                        required property string modelData
                        objectName: "rail_" + modelData
                        visible: shell.isSection(modelData)
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.railWidth - Theme.spacingS
                        text: shell.labels[modelData]
                        symbol: shell.symbols[modelData]
                        checked: shell.section === modelData
                        onClicked: shell.setSection(modelData)
                    }
                }
                Item { Layout.fillHeight: true }
            }
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }
        }

        // Master list (expanded, list sections only).
        Rectangle {
            objectName: "masterPane"
            visible: shell.masterShown
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.masterWidth
            color: Theme.surface
            Loader {
                id: masterLoader
                objectName: "masterLoader"
                anchors.fill: parent
            }
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }
        }

        // Header + detail stack.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ToolBar {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.headerHeight
                background: Rectangle {
                    color: Theme.surface
                    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingS
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingS
                    ToolButton {
                        objectName: "backButton"
                        visible: shell.entries.length > 0
                        text: "←"
                        font.pixelSize: Theme.titleSize
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget
                        //: Goes back to the previous screen
                        Accessible.name: qsTr("Back")
                        onClicked: shell.back()
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: shell.entries.length > 0 ? 0 : Theme.spacingS
                        text: shell.currentTitle
                        elide: Text.ElideRight
                        font.pixelSize: Theme.titleSize - 2
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                    }
                    SyncIndicator { }
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                StackView {
                    id: detailStack
                    objectName: "detailStack"
                    anchors.fill: parent
                    clip: true
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: shell.masterShown && detailStack.depth === 0
                    symbol: "☰"
                    //: Desktop detail pane before anything is chosen in the list
                    title: qsTr("Nothing selected")
                    text: qsTr("Choose a person or a task in the list to see it here.")
                }
            }

            // Bottom navigation (phone).
            Rectangle {
                objectName: "bottomNav"
                visible: shell.compact
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.bottomNavHeight
                color: Theme.surface
                Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.divider }
                RowLayout {
                    anchors.fill: parent
                    spacing: 0
                    Repeater {
                        model: shell.allSections
                        NavButton {
                            required property string modelData
                            objectName: "nav_" + modelData
                            visible: shell.isSection(modelData)
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: shell.labels[modelData]
                            symbol: shell.symbols[modelData]
                            checked: shell.section === modelData
                            onClicked: shell.setSection(modelData)
                        }
                    }
                }
            }
        }
    }
}
