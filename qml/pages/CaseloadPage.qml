pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Caseload: search as you type (Cyrillic or Latin), filters (category, status, region, overdue)
// and sort (name, next appearance, priority). CaseloadModel does the searching on the store
// thread and hands rows over a page at a time; this page only lays them out. Tapping a person
// opens PersonPage. Ctrl+F focuses the search (AppShell calls focusSearch()).
Page {
    id: page

    title: qsTr("Caseload")
    readonly property bool compact: width < Theme.compactMaxWidth
    property bool filtersShown: !compact

    background: Rectangle { color: Theme.background }

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    CaseloadModel { id: caseload }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: controls.implicitHeight + 2 * Theme.spacingS
            color: Theme.surface

            ColumnLayout {
                id: controls
                // Top, left and right only: the height follows the content (filters fold away).
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.topMargin: Theme.spacingS
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                spacing: Theme.spacingS

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    TextField {
                        id: search
                        objectName: "searchField"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        //: Caseload search; names can be typed in Cyrillic or Latin letters
                        placeholderText: qsTr("Search by name (Cyrillic or Latin)")
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        Accessible.name: qsTr("Search by name")
                        onTextChanged: caseload.searchText = text
                        Keys.onDownPressed: list.forceActiveFocus()
                        Keys.onEscapePressed: text = ""
                    }
                    ToolButton {
                        objectName: "filtersToggle"
                        visible: page.compact
                        checkable: true
                        checked: page.filtersShown
                        text: "⚲"
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget
                        //: Shows or hides the caseload filters
                        Accessible.name: qsTr("Filters and sort")
                        onToggled: page.filtersShown = checked
                    }
                }

                GridLayout {
                    visible: page.filtersShown
                    Layout.fillWidth: true
                    columns: page.width < Theme.masterWidth + Theme.margin ? 1 : 2
                    columnSpacing: Theme.spacingS
                    rowSpacing: Theme.spacingXs

                    ComboBox {
                        id: categoryBox
                        objectName: "categoryFilter"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        model: caseload.categoryOptions
                        textRole: "label"
                        valueRole: "value"
                        Accessible.name: qsTr("Category")
                        onActivated: caseload.category = currentValue
                    }
                    ComboBox {
                        id: statusBox
                        objectName: "statusFilter"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        model: caseload.statusOptions
                        textRole: "label"
                        valueRole: "value"
                        Accessible.name: qsTr("Case status")
                        onActivated: caseload.status = currentValue
                    }
                    ComboBox {
                        id: regionBox
                        objectName: "regionFilter"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        model: caseload.regionOptions
                        textRole: "label"
                        valueRole: "value"
                        Accessible.name: qsTr("Region")
                        onActivated: caseload.region = currentValue
                    }
                    ComboBox {
                        id: sortBox
                        objectName: "sortOrder"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        textRole: "label"
                        valueRole: "value"
                        model: [
                            //: Caseload sort order
                            { value: CaseloadModel.Name, label: qsTr("Sort by name") },
                            //: Caseload sort order: the next appearance due
                            { value: CaseloadModel.NextDue, label: qsTr("Sort by next appearance") },
                            //: Caseload sort order: who needs attention first (plain wording, not a risk score)
                            { value: CaseloadModel.Priority, label: qsTr("Sort by who needs attention") }
                        ]
                        Accessible.name: qsTr("Sort order")
                        onActivated: caseload.sortOrder = currentValue
                    }
                    CheckBox {
                        objectName: "overdueOnly"
                        Layout.columnSpan: parent.columns
                        Layout.minimumHeight: Theme.touchTarget
                        //: Caseload filter: only people with an overdue appearance
                        text: qsTr("Only overdue appearances")
                        Accessible.name: text
                        onToggled: caseload.overdueOnly = checked
                    }
                }

                Label {
                    objectName: "countLabel"
                    Layout.fillWidth: true
                    //: %1 people shown of %2 in the caseload
                    text: qsTr("%1 of %2 people").arg(caseload.matchCount).arg(caseload.totalCount)
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    Accessible.name: text
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }

        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
            text: caseload.errorText
            actionText: qsTr("Try again")
            onActionTriggered: caseload.reload()
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "caseloadList"
                anchors.fill: parent
                model: caseload
                clip: true
                keyNavigationEnabled: true
                reuseItems: true
                ScrollBar.vertical: ScrollBar { }
                Accessible.role: Accessible.List
                Accessible.name: page.title
                Keys.onUpPressed: (event) => {
                    if (currentIndex <= 0)
                        search.forceActiveFocus()
                    else
                        event.accepted = false
                }
                delegate: CaseloadRowDelegate {
                    onOpenRequested: Nav.open("PersonPage", { personId: personId })
                }
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: caseload.loading && list.count === 0
                visible: running
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: !caseload.loading && caseload.matchCount === 0 && caseload.errorText === ""
                symbol: caseload.totalCount === 0 ? "☰" : "⌕"
                title: caseload.totalCount === 0
                       //: Caseload with nobody in it
                       ? qsTr("No one in your caseload yet")
                       //: Caseload search or filters that match nobody
                       : qsTr("No one matches")
                text: caseload.totalCount === 0
                      ? qsTr("People assigned to you, or referred to you, show here after the next sync.")
                      : qsTr("Check the spelling, try the other alphabet, or clear the filters.")
            }
        }
    }
}
