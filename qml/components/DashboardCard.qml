import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// One figure of the dashboard: a heading, the headline number with what it counts, the chart
// and the same numbers as text (DashboardFigureTable). Any bar, slice, point or number emits
// picked(row, series); the page opens the people behind it.
//   DashboardCard { heading: qsTr("Open alerts"); kind: "pie"; chartModel: alerts; figureName: "alerts" }
Rectangle {
    id: card

    required property var chartModel
    property string heading
    property string kind: "bar"
    property string figureName          // objectName prefix (tests)
    property string note                // one line under the heading: what is counted, and when
    property int chartHeight: 220
    /** Controls between the heading and the figure (e.g. a choice of grouping); null for none. */
    property Component tools: null
    signal picked(int row, int series)

    objectName: "card_" + figureName
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: card.heading
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subtitleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: card.heading
        }
        Loader {
            active: card.tools !== null
            visible: active
            Layout.fillWidth: true
            sourceComponent: card.tools
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                objectName: card.figureName + "_total"
                text: card.chartModel.loading && card.chartModel.count === 0 ? "…" : card.chartModel.totalText
                font.pixelSize: Theme.headlineSize
                font.bold: true
                color: Theme.primary
                Accessible.name: card.chartModel.summaryText
            }
            Label {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                text: card.note
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
        Label {
            visible: card.chartModel.errorText !== ""
            Layout.fillWidth: true
            text: card.chartModel.errorText
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        Label {
            objectName: card.figureName + "_empty"
            visible: !card.chartModel.loading && card.chartModel.errorText === "" && card.chartModel.count === 0
            Layout.fillWidth: true
            //: A dashboard chart with no records for the chosen filters
            text: qsTr("Nothing to show for these filters.")
            wrapMode: Text.Wrap
            color: Theme.muted
        }
        DashboardChart {
            visible: card.chartModel.count > 0
            Layout.fillWidth: true
            Layout.preferredHeight: card.chartHeight
            chartModel: card.chartModel
            kind: card.kind
            onPicked: (row, series) => card.picked(row, series)
        }
        DashboardFigureTable {
            Layout.fillWidth: true
            chartModel: card.chartModel
            figureName: card.figureName
            onPicked: (row, series) => card.picked(row, series)
        }
        Item { Layout.fillHeight: true } // a shorter card of a row keeps its content at the top
    }
}
