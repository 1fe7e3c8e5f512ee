import QtQuick
import QtQuick.Controls
import Qadam.Ui

// The numbers of a dashboard chart as text: one line per category, one button per series
// value. This is how keyboards and screen readers reach the figures (Tab to a value, Enter
// opens the people behind it), and it is what a sighted user reads when bars are too small.
//   DashboardFigureTable { chartModel: caseload; onPicked: (row, series) => … }
// Positioners, not Layouts: the rows are remade on every filter change, and Qt Quick Layouts
// 6.4 crash when a Repeater remakes items inside a layout that is being arranged.
Column {
    id: table

    required property var chartModel
    property string figureName          // objectName prefix of the value buttons (tests)
    readonly property int cellWidth: Theme.touchTarget + Theme.spacing * 2
    readonly property int seriesCount: chartModel.series.length
    // When several series leave too little room, a label gets a line of its own above its values.
    readonly property bool stacked: seriesCount > 1 && width < Theme.masterWidth / 2 + seriesCount * cellWidth
    signal picked(int row, int series)

    spacing: 0

    // Column headings when there is more than one series (e.g. referred / completed).
    Row {
        visible: table.seriesCount > 1
        anchors.right: parent.right
        spacing: Theme.spacingXs
        Repeater {
            model: table.chartModel.series
            Label {
                required property var modelData
                width: table.cellWidth
                horizontalAlignment: Text.AlignRight
                rightPadding: Theme.spacingXs
                text: modelData.name
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.captionSize
                color: Theme.muted
                Accessible.ignored: true
            }
        }
    }

    Repeater {
        model: table.chartModel
        Item {
            id: line
            required property int index
            required property string label
            required property var valueTexts
            width: table.width
            height: table.stacked ? name.implicitHeight + values.height : values.height

            Label {
                id: name
                width: table.stacked ? line.width : line.width - values.width - Theme.spacingXs
                height: table.stacked ? implicitHeight : values.height
                verticalAlignment: table.stacked ? Text.AlignBottom : Text.AlignVCenter
                topPadding: table.stacked ? Theme.spacingXs : 0
                text: line.label
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.smallSize
                color: Theme.text
            }
            Row {
                id: values
                x: line.width - width
                y: table.stacked ? name.implicitHeight : 0
                spacing: Theme.spacingXs
                Repeater {
                    model: line.valueTexts
                    AbstractButton {
                        id: cell
                        required property int index
                        required property string modelData
                        readonly property string seriesName: table.seriesCount > cell.index
                                                             ? table.chartModel.series[cell.index].name : ""
                        objectName: table.figureName + "_" + line.index + "_" + cell.index
                        width: table.cellWidth
                        height: Theme.touchTarget - Theme.spacingS
                        focusPolicy: Qt.StrongFocus
                        hoverEnabled: true
                        text: modelData
                        //: A figure of the dashboard for screen readers: %1 what is counted (an officer,
                        //: a region, a month), %2 the series (e.g. "Completed"), %3 the number
                        Accessible.name: table.seriesCount > 1 ? qsTr("%1, %2: %3").arg(line.label).arg(seriesName).arg(modelData)
                                                              : qsTr("%1: %2").arg(line.label).arg(modelData)
                        Accessible.description: qsTr("Opens the list of people")
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        onClicked: table.picked(line.index, cell.index)
                        background: Rectangle {
                            radius: Theme.radius / 2
                            color: cell.hovered || cell.visualFocus ? Theme.primaryTint : "transparent"
                            border.width: cell.visualFocus ? 2 : 0
                            border.color: Theme.focus
                        }
                        contentItem: Label {
                            text: cell.text
                            horizontalAlignment: Text.AlignRight
                            verticalAlignment: Text.AlignVCenter
                            rightPadding: Theme.spacingXs
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            font.underline: cell.hovered
                            color: Theme.primary
                        }
                    }
                }
            }
        }
    }
}
