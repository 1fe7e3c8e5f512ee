import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import "../counselhelpers.js" as H

// A counsellor accepts a referral from their inbox (phone size): the row turns "Accepted", offers
// "Start work", and the person joins the counsellor's caseload. The harness seeds the offered
// referral (tests/qml/counselseed.h): the generated data holds only referrals already under way.
TestCase {
    id: test
    name: "Referral_counsellor"
    when: windowShown
    visible: true      // TestCase is invisible by default; the page must receive clicks
    width: 390
    height: 844

    ReferralModel { id: inbox; inbox: true }
    Component { id: pageComponent; ReferralsPage { } }

    function offeredRow(list) {
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && row.canAccept)
                return row
        }
        return null
    }

    function test_acceptAReferral() {
        const page = createTemporaryObject(pageComponent, test, { width: test.width, height: test.height })
        verify(page)
        compare(page.title, "Referrals to me")
        const list = H.named(page, "referralList")
        tryVerify(() => !page.loading && list.count > 0, 30000, "inbox loaded")
        const row = offeredRow(list)
        verify(row, "an offered referral awaits an answer (seeded by the harness)")
        const referralId = row.referralId
        const personId = row.personId
        compare(row.statusText, "Awaiting the provider")
        tryVerify(() => !inbox.loading, 30000)
        compare(inbox.activePeople.indexOf(personId), -1) // not my case until I accept
        mouseClick(H.named(row, "acceptButton"))
        tryVerify(() => !page.loading, 30000)
        let accepted = null
        tryVerify(() => {
            for (let i = 0; i < list.count; ++i) {
                const r = list.itemAtIndex(i)
                if (r && r.referralId === referralId && r.status === "accepted")
                    accepted = r
            }
            return accepted !== null
        }, 30000, "the referral is accepted")
        compare(accepted.statusText, "Accepted")
        verify(!accepted.canAccept)
        verify(accepted.canStart)
        tryVerify(() => inbox.activePeople.indexOf(personId) >= 0, 30000, "the person joins my caseload")
        verify(H.named(page, "messageBanner").text.indexOf("Referral accepted") >= 0)
    }
}
