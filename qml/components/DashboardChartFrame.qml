import QtQuick
import QtCharts
import Qadam.Ui

// The ChartView every dashboard chart is drawn in (DashboardChart): Theme colours and type,
// no animation (a filter change redraws at once; screenshots settle), no frame of its own (the
// card draws it). refresh() asks the chart inside to take the model's numbers again: once made
// and whenever the model loads.
ChartView {
    id: frame

    required property Item host     // the DashboardChart: chartModel, colourFor()
    signal refresh()

    antialiasing: true
    animationOptions: ChartView.NoAnimation
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    dropShadowEnabled: false
    margins { top: 0; bottom: 0; left: 0; right: 0 }
    legend.visible: host.chartModel.series.length > 1 || host.kind === "pie"
    legend.alignment: Qt.AlignBottom
    legend.font: Qt.font({ pixelSize: Theme.captionSize })
    legend.labelColor: Theme.text
    Accessible.ignored: true    // the host carries the summary; the card's table the numbers

    /** Bar sets from the model's series, coloured by the Theme. */
    function fillBars(series) {
        series.clear()
        const all = host.chartModel.series
        for (let s = 0; s < all.length; ++s) {
            const set = series.append(all[s].name, all[s].values)
            set.color = host.colourFor(all[s].key, s)
            set.borderColor = set.color
            set.labelColor = Theme.text
            set.labelFont = Qt.font({ pixelSize: Theme.captionSize })
        }
    }
    /** Which model series a clicked bar set shows (bar sets are named after their series). */
    function setIndex(barset) {
        const all = host.chartModel.series
        for (let s = 0; s < all.length; ++s)
            if (all[s].name === barset.label)
                return s
        return 0
    }

    Connections {
        target: frame.host.chartModel
        function onChartChanged() { frame.refresh() }
    }
    Component.onCompleted: refresh()
}
