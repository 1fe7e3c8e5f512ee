import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import "../counselhelpers.js" as H

// A supervisor reviews a person's progress on a desktop-sized page: the form refuses a domain
// without its rationale and names it, then records the judgement of every domain; the sign-off
// with the next review's date is offered at once (left for later here); the review an officer
// wrote is signed off from its row.
TestCase {
    id: test
    name: "Review_supervisor"
    when: windowShown
    visible: true      // TestCase is invisible by default; the page must receive clicks
    width: 1280
    height: 800

    ReviewModel { id: queue; signOffQueue: true }
    Component { id: pageComponent; ReviewPage { } }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function press(item) {
        verify(item, "control on screen")
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }
    function rowWhere(list, test) {
        for (let i = 0; i < list.count; ++i) {
            const r = list.itemAtIndex(i)
            if (r && test(r))
                return r
        }
        return null
    }

    function test_judgeEachDomainAndSignOff() {
        tryVerify(() => !queue.loading, 30000)
        verify(queue.count > 0, "a review written by an officer awaits my sign-off")
        const personId = queue.data(queue.index(0, 0), ReviewModel.PersonIdRole)
        const page = createTemporaryObject(pageComponent, test, { personId: personId, width: test.width, height: test.height })
        const list = H.named(page, "reviewList")
        tryVerify(() => !page.loading && H.button(page, "New review") !== null, 30000, "reviews loaded")
        const reviewsBefore = list.count

        mouseClick(H.button(page, "New review"))
        tryVerify(() => H.named(page, "submitReviewButton") !== null, 30000, "the form is ready")
        const submit = H.named(page, "submitReviewButton")
        const form = H.named(page, "reviewForm")
        const domains = form.controller.domains
        verify(domains.length > 0)
        for (const proxy of form.controller.proxies) {
            if (proxy.count)
                continue
            const box = H.named(page, "proxy_" + proxy.code)
            box.forceActiveFocus()
            keyClick(Qt.Key_Down)
        }
        for (let i = 0; i < domains.length; ++i) {
            press(H.named(page, "rating_" + domains[i].code + "_4"))
            if (i === domains.length - 1)
                break // the last domain's rationale is left out first
            H.named(page, "rationale_" + domains[i].code).forceActiveFocus()
            type("Attends every session, new job since May.")
        }
        press(submit)
        const message = H.named(page, "messageBanner")
        const last = domains[domains.length - 1]
        tryVerify(() => message.text.indexOf(last.label) >= 0, 30000, "the refusal names the domain")
        compare(list.count, reviewsBefore)

        H.named(page, "rationale_" + last.code).forceActiveFocus()
        type("Some progress, more support needed here.")
        press(submit)
        tryVerify(() => H.named(page, "signOffPanel") !== null, 30000, "the sign-off is offered at once")
        mouseClick(H.named(page, "cancelSignOffButton"))
        tryVerify(() => list.visible && list.count === reviewsBefore + 1, 30000, "the review is recorded")
        const mine = rowWhere(list, r => r.authorName === Session.displayName && !r.signedOff)
        verify(mine, "my own review awaits sign-off")
        verify(mine.canSignOff, "I did not draft the programme: I may sign my own review off")
        verify(mine.judgementsText.indexOf(last.label + ": 4") >= 0)

        const officers = rowWhere(list, r => r.canSignOff && r.authorName !== Session.displayName)
        verify(officers, "the officer's review can be signed off")
        const period = officers.periodText
        let signOff = null
        tryVerify(() => (signOff = H.clickable(officers, "signOffButton")) !== null, 30000, "the sign-off is offered")
        mouseClick(signOff)
        let confirm = null
        tryVerify(() => (confirm = H.clickable(page, "confirmSignOffButton")) !== null, 30000, "the sign-off panel opens")
        mouseClick(confirm)
        tryVerify(() => {
            const r = rowWhere(list, x => x.periodText === period)
            return r !== null && r.signedOff && r.signedOffText.indexOf("Signed off by " + Session.displayName) === 0
        }, 30000, "signed off by me")
    }
}
