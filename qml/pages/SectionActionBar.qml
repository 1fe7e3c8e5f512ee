import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Ui

// Under a section of the person page: the button that leads to the section's own screen where
// the role may act (referrals, the session log, progress reviews). PersonModel decides which
// sections have one for this role; the screens check again and core has the last word.
RowLayout {
    id: bar

    property string section          // "referrals", "sessions", "reviews"
    property string sectionPage      // the page to open, "" for none
    property string personId

    readonly property var labels: ({
        //: Person page, referrals section: opens the referrals screen of this person
        referrals: qsTr("Open referrals"),
        //: Person page, sessions section: opens the session log of this person (counsellors)
        sessions: qsTr("Log a session"),
        //: Person page, reviews section: opens the progress reviews of this person
        reviews: qsTr("Open progress reviews")
    })

    spacing: Theme.spacingS

    Item { Layout.fillWidth: true }
    CounselButton {
        objectName: "sectionAction_" + bar.section
        Layout.rightMargin: Theme.margin
        Layout.topMargin: Theme.spacingXs
        text: bar.labels[bar.section] || ""
        Accessible.name: text
        onClicked: Nav.open(bar.sectionPage, bar.section === "sessions" ? { personId: bar.personId, logOnOpen: true }
                                                                        : { personId: bar.personId })
    }
}
