import QtQuick
import QtCharts
import Qadam.Ui

// One chart of the dashboard, drawn with QtCharts from a DashboardChartModel:
//   kind "bar"   vertical bars, one bar set per series (categories along the bottom)
//        "hbar"  horizontal bars (long category names such as officers and organisations)
//        "line"  one line per series over the categories (periods); at most two series
//        "pie"   one slice per category, first series only
// A click or tap on a bar, a point or a slice emits picked(row, series); the page opens the
// people behind it. The chart is decoration for sighted users: the same numbers are in the
// card's table (DashboardFigureTable), which is what keyboards and screen readers use, so the
// chart itself only carries the model's summary as its accessible description.
Item {
    id: root

    required property var chartModel
    property string kind: "bar"
    signal picked(int row, int series)

    implicitHeight: 220
    Accessible.role: Accessible.Chart
    Accessible.name: chartModel ? chartModel.summaryText : ""

    // Theme colours in a fixed order: series keep their colour when a filter changes.
    readonly property var palette: [Theme.primary, Theme.accent, Theme.warning, Theme.info, Theme.excused,
                                    Theme.danger, Theme.primaryDark, Theme.ok]
    function colourFor(key, index) {
        switch (key) {
        case "high": case "overdue": case "missed": return Theme.danger
        case "medium": case "due": return Theme.warning
        case "low": return Theme.info
        case "attended": case "completed": case "delivered": return Theme.ok
        }
        return palette[index % palette.length]
    }
    // A round maximum a little above the largest value, so the top bar never touches the frame.
    function niceMax(value) {
        if (chartModel && chartModel.percent)
            return 100
        if (value <= 4)
            return 4
        const step = Math.pow(10, Math.floor(Math.log(value) / Math.LN10))
        for (const m of [1, 2, 2.5, 5, 10])
            if (m * step >= value * 1.1)
                return m * step
        return 10 * step
    }
    function tickCount(max) {
        return max <= 4 ? max + 1 : 5
    }
    readonly property font axisFont: Qt.font({ pixelSize: Theme.captionSize })

    Loader {
        anchors.fill: parent
        sourceComponent: root.kind === "pie" ? pieChart : root.kind === "line" ? lineChart
                         : root.kind === "hbar" ? hbarChart : barChart
    }

    Component {
        id: barChart
        DashboardChartFrame {
            id: frame
            host: root
            BarSeries {
                id: bars
                barWidth: 0.7
                labelsVisible: true
                labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                axisX: BarCategoryAxis {
                    categories: root.chartModel.categories
                    labelsFont: root.axisFont
                    labelsColor: Theme.muted
                    gridVisible: false
                    lineVisible: false
                }
                axisY: ValueAxis {
                    min: 0
                    max: root.niceMax(root.chartModel.maxValue)
                    tickCount: root.tickCount(max)
                    labelFormat: "%d"
                    labelsFont: root.axisFont
                    labelsColor: Theme.muted
                    gridLineColor: Theme.divider
                    lineVisible: false
                }
                onClicked: (index, barset) => root.picked(index, frame.setIndex(barset))
            }
            onRefresh: fillBars(bars)
        }
    }

    Component {
        id: hbarChart
        DashboardChartFrame {
            id: frame
            host: root
            HorizontalBarSeries {
                id: hbars
                barWidth: 0.7
                labelsVisible: true
                labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                axisY: BarCategoryAxis {
                    categories: root.chartModel.categories
                    labelsFont: root.axisFont
                    labelsColor: Theme.text
                    gridVisible: false
                    lineVisible: false
                }
                axisX: ValueAxis {
                    min: 0
                    max: root.niceMax(root.chartModel.maxValue)
                    tickCount: root.tickCount(max)
                    labelFormat: "%d"
                    labelsFont: root.axisFont
                    labelsColor: Theme.muted
                    gridLineColor: Theme.divider
                    lineVisible: false
                }
                onClicked: (index, barset) => root.picked(index, frame.setIndex(barset))
            }
            onRefresh: fillBars(hbars)
        }
    }

    Component {
        id: lineChart
        DashboardChartFrame {
            host: root
            BarCategoryAxis {
                id: periods
                categories: root.chartModel.categories
                labelsFont: root.axisFont
                labelsColor: Theme.muted
                gridVisible: false
            }
            ValueAxis {
                id: share
                min: 0
                max: root.niceMax(root.chartModel.maxValue)
                tickCount: 5
                labelFormat: root.chartModel.percent ? "%d %%" : "%d"
                labelsFont: root.axisFont
                labelsColor: Theme.muted
                gridLineColor: Theme.divider
                lineVisible: false
            }
            LineSeries {
                id: first
                axisX: periods
                axisY: share
                width: 3
                pointsVisible: true
                onClicked: point => root.picked(Math.round(point.x), 0)
            }
            LineSeries {
                id: second
                axisX: periods
                axisY: share
                width: 3
                pointsVisible: true
                style: Qt.DashLine
                onClicked: point => root.picked(Math.round(point.x), 1)
            }
            onRefresh: {
                const all = root.chartModel.series
                const lines = [first, second]
                for (let s = 0; s < lines.length; ++s) {
                    const line = lines[s]
                    line.clear()
                    line.visible = s < all.length
                    if (s >= all.length)
                        continue
                    line.name = all[s].name
                    line.color = root.colourFor(all[s].key, s)
                    for (let i = 0; i < all[s].values.length; ++i)
                        if (!isNaN(all[s].values[i])) // a month with nothing decided has no point
                            line.append(i, all[s].values[i])
                }
            }
        }
    }

    Component {
        id: pieChart
        DashboardChartFrame {
            id: pieFrame
            host: root
            legend.alignment: width > 2 * height ? Qt.AlignRight : Qt.AlignBottom
            property var sliceRows: []      // slice index -> model row (empty slices are left out)
            PieSeries {
                id: pie
                size: 0.9
                holeSize: 0.45
                onClicked: slice => {
                    for (let i = 0; i < pie.count; ++i)
                        if (pie.at(i) === slice)
                            root.picked(pieFrame.sliceRows[i], 0)
                }
            }
            onRefresh: {
                pie.clear()
                const rows = []
                const all = root.chartModel.series
                if (all.length === 0)
                    return
                const keys = root.chartModel.categoryKeys
                const values = all[0].values
                for (let i = 0; i < values.length; ++i) {
                    if (values[i] <= 0)
                        continue // an empty slice only crowds the legend; the table lists it
                    const slice = pie.append(root.chartModel.categories[i] + " · " + values[i], values[i])
                    slice.color = root.colourFor(keys[i], i)
                    slice.borderColor = Theme.surface
                    rows.push(i)
                }
                sliceRows = rows
            }
        }
    }
}
