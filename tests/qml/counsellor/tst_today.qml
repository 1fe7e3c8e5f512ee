import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui

// Today as a counsellor (phone size): a referral sent to me and not answered yet is listed under
// "Referrals waiting for your answer" with who sent it and its term, and Enter on the row opens
// the person's Referrals page, where Accept and Decline are. The harness seeds the offered
// referrals (fixtures/referrals.cpp): the generated data holds only referrals already under way.
TestCase {
    id: test
    name: "CounsellorToday"
    when: windowShown
    visible: true      // TestCase is invisible by default; the page must receive keys
    width: 390
    height: 844

    Component {
        id: todayComponent
        TodayPage { width: test.width; height: test.height }
    }
    Component {
        id: referralsComponent
        ReferralsPage { width: test.width; height: test.height }
    }

    property var opened: []
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened.push({ page: page, properties: properties }) }
    }

    function init() { opened = [] }

    function referralRow(list) {
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.kind === "referral")
                return item
        }
        return null
    }

    function test_referralWaitingOpensTheReferralsPage() {
        const page = createTemporaryObject(todayComponent, test)
        const list = findChild(page, "todayList")
        verify(list)
        let row = null
        tryVerify(() => (row = referralRow(list)) !== null, 30000, "a referral waits for my answer on Today")
        verify(row.ListView.section.indexOf("Referrals waiting for your answer (") === 0, row.ListView.section)
        verify(row.title.indexOf("Referral from ") === 0, row.title)
        verify(row.detail.indexOf("Term: ") === 0, row.detail)
        verify(row.name !== "")
        const personId = row.personId

        list.currentIndex = row.index
        list.forceActiveFocus()
        tryVerify(() => list.currentItem === row && row.activeFocus, 30000)
        keyClick(Qt.Key_Return)
        compare(opened.length, 1)
        compare(opened[0].page, "ReferralsPage")
        compare(opened[0].properties.personId, personId)

        // The page it opens offers the answer for that referral.
        const referrals = createTemporaryObject(referralsComponent, test, { personId: personId })
        const referralList = findChild(referrals, "referralList")
        tryVerify(() => !referrals.loading && referralList.count > 0, 30000, "the person's referrals loaded")
        let offered = null
        for (let i = 0; i < referralList.count; ++i) {
            const r = referralList.itemAtIndex(i)
            if (r && r.canAccept && r.canDecline)
                offered = r
        }
        verify(offered, "Accept and Decline are offered on the person's Referrals page")
        compare(offered.status, "sent")
    }
}
