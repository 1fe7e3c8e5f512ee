import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// The dashboard's filters: period, region, case officer, person category (DashboardFilters),
// Four across on a desktop, two on a tablet, one under the other on a phone.
GridLayout {
    id: bar

    required property DashboardFilters filters
    property int columnCount: 4

    columns: columnCount
    columnSpacing: Theme.spacingS
    rowSpacing: Theme.spacingXs

    // A combo box shows the entry whose value is the filter's: after a reset or new choices too.
    component FilterBox: ComboBox {
        id: box
        required property var current
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        Layout.preferredWidth: 1           // equal shares of the row
        textRole: "label"
        valueRole: "value"
        function sync() { currentIndex = Math.max(0, indexOfValue(current)) }
        onCurrentChanged: sync()
        onModelChanged: sync()
        Component.onCompleted: sync()
        Accessible.description: displayText
    }

    FilterBox {
        objectName: "periodFilter"
        model: bar.filters.periodOptions
        current: bar.filters.periodMonths
        //: Dashboard filter: over which months the figures are counted
        Accessible.name: qsTr("Period")
        onActivated: bar.filters.periodMonths = currentValue
    }
    FilterBox {
        objectName: "regionFilter"
        model: bar.filters.regionOptions
        current: bar.filters.region
        Accessible.name: qsTr("Region")
        onActivated: bar.filters.region = currentValue
    }
    FilterBox {
        objectName: "officerFilter"
        model: bar.filters.officerOptions
        current: bar.filters.officer
        //: Dashboard filter: the probation officer who owns the cases
        Accessible.name: qsTr("Case officer")
        onActivated: bar.filters.officer = currentValue
    }
    FilterBox {
        objectName: "categoryFilter"
        model: bar.filters.categoryOptions
        current: bar.filters.category
        Accessible.name: qsTr("Category")
        onActivated: bar.filters.category = currentValue
    }
}
