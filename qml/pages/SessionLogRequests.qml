pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// Requests the person made and the alternatives offered, each with its outcome.
// `requests` is [{request, alternative, outcome}]; rows left blank are dropped on saving (C++).
LabeledField {
    id: editor

    property var outcomes: []          // [{code, label}]
    property var requests: []

    function setAt(i, key, value) {
        const copy = requests.slice()
        copy[i] = Object.assign({}, copy[i])
        copy[i][key] = value
        requests = copy
    }

    label: qsTr("Requests and alternatives offered")

    Repeater {
        model: editor.requests.length
        delegate: Rectangle {
            id: item
            required property int index
            Layout.fillWidth: true
            implicitHeight: fields.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radius
            color: Theme.surfaceAlt
            ColumnLayout {
                id: fields
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                spacing: Theme.spacingXs
                TextField {
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    placeholderText: qsTr("What the person asked for")
                    text: editor.requests[item.index].request || ""
                    Accessible.name: qsTr("Request %1").arg(item.index + 1)
                    onEditingFinished: editor.setAt(item.index, "request", text)
                }
                TextField {
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    placeholderText: qsTr("Alternative offered (optional)")
                    text: editor.requests[item.index].alternative || ""
                    Accessible.name: qsTr("Alternative offered for request %1").arg(item.index + 1)
                    onEditingFinished: editor.setAt(item.index, "alternative", text)
                }
                ComboBox {
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: editor.outcomes
                    textRole: "label"
                    valueRole: "code"
                    currentIndex: indexOfValue(editor.requests[item.index].outcome || "")
                    displayText: currentIndex < 0 ? qsTr("Outcome…") : currentText
                    Accessible.name: qsTr("Outcome of request %1").arg(item.index + 1)
                    onActivated: editor.setAt(item.index, "outcome", currentValue)
                }
            }
        }
    }
    Button {
        flat: true
        text: qsTr("Add a request")
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: text
        onClicked: editor.requests = editor.requests.concat([{ request: "", alternative: "", outcome: "" }])
    }
}
