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
        // The period is chosen here; by default it runs from the last signed review to today.
        GridLayout {
            Layout.fillWidth: true
            columns: form.availableWidth < Theme.compactMaxWidth ? 2 : 3
            columnSpacing: Theme.spacing
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("From (YYYY-MM-DD)")
                DateField {
                    id: startField
                    objectName: "periodStartField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: form.controller ? form.controller.periodStart : ""
                    //: the first day of the period a progress review covers
                    Accessible.name: qsTr("Period from")
                }
            }
            LabeledField {
                Layout.fillWidth: true
                label: qsTr("To (YYYY-MM-DD)")
                DateField {
                    id: endField
                    objectName: "periodEndField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: form.controller ? form.controller.periodEnd : ""
                    //: the last day of the period a progress review covers
                    Accessible.name: qsTr("Period to")
                }
            }
            Button {
                objectName: "periodButton"
                flat: true
                Layout.alignment: Qt.AlignBottom
                Layout.minimumHeight: Theme.touchTarget
                //: recomputes the review's indicators for the dates typed
                text: qsTr("Use this period")
                Accessible.name: text
                enabled: form.controller && (startField.text !== form.controller.periodStart
                                             || endField.text !== form.controller.periodEnd)
                onClicked: form.controller.setPeriod(startField.text, endField.text)
            }
        }
        SectionHeader { Layout.fillWidth: true; text: qsTr("Computed indicators") }
        Label {
            objectName: "trendNote"
            Layout.fillWidth: true
            text: form.controller ? form.controller.trendNote : ""
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        GridLayout {
            Layout.fillWidth: true
            columns: form.availableWidth < Theme.compactMaxWidth ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingS
            Repeater {
                model: form.controller ? form.controller.indicators : []
                delegate: ColumnLayout {
                    id: indicator
                    required property var modelData
                    required property int index
                    objectName: "indicator_" + index
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: indicator.modelData.label + ": " + indicator.modelData.value
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        objectName: "trend"
                        visible: text !== ""
                        Layout.fillWidth: true
                        text: indicator.modelData.trendText
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.captionSize
                        color: indicator.modelData.direction === "improved" ? Theme.ok
                             : indicator.modelData.direction === "worsened" ? Theme.danger : Theme.muted
                    }
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
