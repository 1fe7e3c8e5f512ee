pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// Start window until the app screens land: reports the unlocked, encrypted demo store.
ApplicationWindow {
    id: window
    width: 1024
    height: 640
    visible: true
    title: qsTr("Qadam")
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Demo store unlocked")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            //: Storage engine and schema version shown on the start window
            text: qsTr("Encrypted with SQLCipher %1, schema version %2").arg(StoreStatus.cipherVersion).arg(StoreStatus.schemaVersion)
            font.pixelSize: Theme.bodySize
            color: Theme.muted
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing / 2
            Label { text: qsTr("People under supervision and in prevention work"); color: Theme.text }
            Label { text: Number(StoreStatus.people).toLocaleString(Qt.locale(), "f", 0); font.bold: true }
            Label { text: qsTr("Records"); color: Theme.text }
            Label { text: Number(StoreStatus.records).toLocaleString(Qt.locale(), "f", 0); font.bold: true }
            Label { text: qsTr("Changes waiting to sync"); color: Theme.text }
            Label { text: Number(StoreStatus.pendingChanges).toLocaleString(Qt.locale(), "f", 0); font.bold: true }
            Label { text: qsTr("Audit trail"); color: Theme.text }
            Label {
                //: %1 is a number of audit events
                text: StoreStatus.auditChainIntact ? qsTr("%1 events, chain intact").arg(StoreStatus.auditEvents)
                                                   : qsTr("Chain broken: contact your administrator")
                color: StoreStatus.auditChainIntact ? Theme.ok : Theme.danger
                font.bold: true
            }
        }
        Item { Layout.fillHeight: true }
        Label {
            text: qsTr("Qt %1 · demo data is synthetic").arg(StoreStatus.qtVersion)
            color: Theme.muted
        }
    }
}
