import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The supervisor's dashboard (issue 7): caseload, appearance compliance per channel, overdue
// appearances and measures, programme progress, referrals by organisation, open alerts and
// reviews due, for the cases the supervisor may open, filtered by period, region, officer and
// category. Every number — a bar, a slice, a point or its figure in a card's table — opens the
// people behind it beside the charts (over them on a phone). No risk scores: counts of what was
// recorded or is due (DOMAIN.md). The figures come from core (DashboardQueries); the page only
// lays them out: three cards across on a desktop, two on a tablet, one on a phone.
Page {
    id: page

    //: Title of the supervisor's dashboard of figures and charts
    title: qsTr("Dashboard")
    background: Rectangle { color: Theme.background }

    readonly property bool wide: width >= Theme.expandedMinWidth - Theme.railWidth
    readonly property bool drillOpen: drillModel.figure !== ""
    readonly property int panelWidth: wide ? Math.min(Theme.masterWidth, width / 3) : width
    // The cards share what the drill-down list leaves (it sits beside them on a desktop).
    readonly property real chartsWidth: width - (wide && drillOpen ? panelWidth : 0)
    readonly property int columns: chartsWidth >= 1100 ? 3 : chartsWidth >= Theme.compactMaxWidth ? 2 : 1

    Keys.onEscapePressed: drillOpen ? closeDrill() : Nav.back()

    /** Shows the people behind value `row` of `series` in the chart `figure`. */
    function openDrill(figure, row, series) {
        drillModel.show(figure, row, series)
        drillPanel.focusList()
    }
    function closeDrill() {
        drillModel.clear()
        scroller.forceActiveFocus()
    }

    DashboardFilters { id: choices }
    DashboardData { id: dashboard; filters: choices }
    DashboardDrillModel { id: drillModel; source: dashboard }

    DashboardChartModel { id: caseload; source: dashboard; figure: "caseloadByOfficer" }
    DashboardChartModel { id: compliance; source: dashboard; figure: "compliance" }
    DashboardChartModel { id: overdue; source: dashboard; figure: "overdue" }
    DashboardChartModel { id: progress; source: dashboard; figure: "programmeProgress" }
    DashboardChartModel { id: referrals; source: dashboard; figure: "referrals" }
    DashboardChartModel { id: alerts; source: dashboard; figure: "alerts" }
    DashboardChartModel { id: reviews; source: dashboard; figure: "reviews" }

    // Horizontal bars need room per bar: a card grows with its categories.
    function barsHeight(model) {
        return Math.max(160, Math.min(420, 48 + model.count * model.series.length * 18 + model.count * 10))
    }

    Flickable {
        id: scroller
        objectName: "dashboardScroller"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: page.chartsWidth
        visible: page.wide || !page.drillOpen
        contentHeight: content.implicitHeight + 2 * Theme.spacingL
        clip: true
        activeFocusOnTab: false
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            x: Theme.spacingL
            y: Theme.spacingL
            width: scroller.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    objectName: "filterSummary"
                    Layout.fillWidth: true
                    text: choices.summaryText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                }
                BusyIndicator {
                    visible: dashboard.loading
                    running: visible
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                }
            }

            // The period's de-identified statistics and NGO activity, as CSV (hidden where
            // export is off on this device); ExportController writes the audit event.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                ExportButton {
                    objectName: "exportStatistics"
                    kind: "statistics"
                    fromDate: choices.fromDate
                    toDate: choices.toDate
                    period: "month"
                }
                ExportButton {
                    objectName: "exportNgoActivity"
                    kind: "ngo"
                    fromDate: choices.fromDate
                    toDate: choices.toDate
                }
            }

            DashboardFilterBar {
                Layout.fillWidth: true
                filters: choices
                columnCount: page.columns >= 2 ? 4 : 2
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: dashboard.errorText
                actionText: qsTr("Try again")
                onActionTriggered: dashboard.reload()
            }

            GridLayout {
                id: grid
                Layout.fillWidth: true
                columns: page.columns
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL
                readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns

                DashboardCard {
                    id: caseloadCard
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "caseload"
                    //: Dashboard card: the people under supervision
                    heading: qsTr("Caseload")
                    //: Under the caseload figure of the dashboard
                    note: qsTr("people with an active case")
                    kind: "hbar"
                    chartModel: caseload
                    chartHeight: page.barsHeight(caseload)
                    onPicked: (row, series) => page.openDrill(caseload.figure, row, series)

                    tools: Component {
                        Flow {
                            spacing: Theme.spacingXs
                            Repeater {
                                model: [
                                    //: Dashboard: caseload grouped by case officer
                                    { figure: "caseloadByOfficer", label: qsTr("By officer") },
                                    //: Dashboard: caseload grouped by region of residence
                                    { figure: "caseloadByRegion", label: qsTr("By region") },
                                    //: Dashboard: caseload grouped by person category
                                    { figure: "caseloadByCategory", label: qsTr("By category") }
                                ]
                                DashboardChoiceChip {
                                    required property var modelData
                                    objectName: "caseloadChoice_" + modelData.figure
                                    text: modelData.label
                                    checked: caseload.figure === modelData.figure
                                    onClicked: caseload.figure = modelData.figure
                                }
                            }
                        }
                    }
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "compliance"
                    //: Dashboard card: share of the monthly appearances (Art. 172 p9) that were attended
                    heading: qsTr("Appearance compliance")
                    note: qsTr("of appearances attended; excused ones not counted. A figure opens who missed.")
                    kind: "line"
                    chartModel: compliance
                    onPicked: (row, series) => page.openDrill("compliance", row, series)
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "overdue"
                    //: Dashboard card: appearances and programme measures past their date
                    heading: qsTr("Overdue")
                    note: qsTr("appearances and programme measures overdue today")
                    kind: "hbar"
                    chartModel: overdue
                    chartHeight: page.barsHeight(overdue)
                    onPicked: (row, series) => page.openDrill("overdue", row, series)
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "programmeProgress"
                    //: Dashboard card: how much of each individual programme is delivered
                    heading: qsTr("Programme progress")
                    note: qsTr("programmes, by share of planned measures delivered")
                    kind: "hbar"
                    chartModel: progress
                    chartHeight: page.barsHeight(progress)
                    onPicked: (row, series) => page.openDrill("programmeProgress", row, series)
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "referrals"
                    //: Dashboard card: referrals to organisations and how they ended
                    heading: qsTr("Referrals by organisation")
                    note: qsTr("referrals started in the period")
                    kind: "hbar"
                    chartModel: referrals
                    chartHeight: page.barsHeight(referrals)
                    onPicked: (row, series) => page.openDrill("referrals", row, series)
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "alerts"
                    //: Dashboard card: alerts not resolved yet, by severity
                    heading: qsTr("Open alerts")
                    note: qsTr("open or acknowledged, by severity")
                    kind: "pie"
                    chartModel: alerts
                    onPicked: (row, series) => page.openDrill("alerts", row, series)
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.cellWidth
                    figureName: "reviews"
                    //: Dashboard card: progress reviews that are due or await a sign-off
                    heading: qsTr("Progress reviews")
                    note: qsTr("programmes due for a review today. A person opens their review.")
                    kind: "bar"
                    chartModel: reviews
                    chartHeight: 180
                    onPicked: (row, series) => page.openDrill("reviews", row, series)
                }
            }
        }
    }

    DashboardDrillPanel {
        id: drillPanel
        objectName: "drillPanel"
        visible: page.drillOpen
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: page.panelWidth
        drill: drillModel
        onCloseRequested: page.closeDrill()
    }
}
