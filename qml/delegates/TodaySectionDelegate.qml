import QtQuick
import Qadam.Ui

// The heading of one Today section; `section` is TodayModel's sectionLabel (with its count).
// A file of its own: an inline section delegate in a `ComponentBehavior: Bound` page is not
// created by ListView in Qt 6.4 ("Component is not ready").
Rectangle {
    id: heading

    required property string section

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: header.implicitHeight + Theme.spacingS
    color: Theme.background

    SectionHeader {
        id: header
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingS
        anchors.topMargin: Theme.spacingS
        text: heading.section
    }
}
