import QtQuick
import QtQuick.Controls
import Qadam.Ui

// Shown in place of a page whose file is not part of this build (AppShell loads pages by
// name). Neutral on purpose: the person did nothing wrong.
Page {
    id: page
    property string pageName
    title: qsTr("Not available")
    background: Rectangle { color: Theme.background }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width
        title: qsTr("This screen is not available yet")
        //: Shown when a screen is missing from this version of the app
        text: qsTr("It will come with a later version of Qadam. Everything else keeps working.")
    }
}
