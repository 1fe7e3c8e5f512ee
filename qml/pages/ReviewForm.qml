pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A progress review: the indicators core computed for the period (read only), the outcomes to
// record, and a judgement per need domain — a rating on the scale and a written rationale. The
// controller refuses the form while any domain lacks either, and says which.
ScrollView {
    id: form

    property ReviewController controller
    signal cancelled()

    property var ratings: ({})        // domain code → rating
    property var rationales: ({})     // domain code → text
    property var proxyValues: ({})    // proxy code → value

    function set(mapName, key, value) {
        const copy = Object.assign({}, form[mapName])
        copy[key] = value
        form[mapName] = copy
    }
    function judgements() {
        return controller.domains.map(d => ({ domain: d.code, rating: ratings[d.code] || 0,
                                              rationale: rationales[d.code] || "" }))
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: Math.min(form.availableWidth, Theme.maxContentWidth)
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            //: %1 the period the review covers
            text: qsTr("Period: %1").arg(form.controller ? form.controller.periodText : "")
            font.bold: true
            color: Theme.text
        }
        SectionHeader { Layout.fillWidth: true; text: qsTr("Computed indicators") }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            Repeater {
                model: form.controller ? form.controller.indicators : []
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    text: modelData.label + ": " + modelData.value
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                }
            }
        }
        SectionHeader { Layout.fillWidth: true; text: qsTr("Outcomes") }
        Repeater {
            model: form.controller ? form.controller.proxies : []
            delegate: LabeledField {
                id: proxy
                required property var modelData
                Layout.fillWidth: true
                label: modelData.label
                required: true
                ComboBox {
                    visible: !proxy.modelData.count
                    objectName: "proxy_" + proxy.modelData.code
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: proxy.modelData.values
                    textRole: "label"
                    valueRole: "code"
                    currentIndex: -1
                    displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                    Accessible.name: proxy.modelData.label
                    onActivated: form.set("proxyValues", proxy.modelData.code, currentValue)
                }
                SpinBox {
                    visible: proxy.modelData.count
                    objectName: "proxyCount_" + proxy.modelData.code
                    from: 0
                    to: 999
                    editable: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: proxy.modelData.label
                    onValueChanged: form.set("proxyValues", proxy.modelData.code, value)
                    Component.onCompleted: if (proxy.modelData.count) form.set("proxyValues", proxy.modelData.code, 0)
                }
            }
        }
        SectionHeader { Layout.fillWidth: true; text: qsTr("Professional judgement per domain") }
        Repeater {
            model: form.controller ? form.controller.domains : []
            delegate: ReviewDomainEditor {
                required property var modelData
                Layout.fillWidth: true
                domain: modelData
                levels: form.controller.levels
                minLength: form.controller.rationaleMinLength
                rating: form.ratings[modelData.code] || 0
                rationale: form.rationales[modelData.code] || ""
                onRated: (value) => form.set("ratings", modelData.code, value)
                onRationaleEdited: (text) => form.set("rationales", modelData.code, text)
            }
        }
        RowLayout {
            spacing: Theme.spacing
            CounselButton {
                primary: true
                objectName: "submitReviewButton"
                text: qsTr("Record review")
                enabled: form.controller && !form.controller.busy
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: form.controller.submit(form.judgements(), form.proxyValues)
            }
            Button {
                flat: true
                text: qsTr("Cancel")
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: form.cancelled()
            }
        }
    }
}
