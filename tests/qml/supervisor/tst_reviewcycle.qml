import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import "../counselhelpers.js" as H

// The supervisor's review cycle end to end, on a desktop-sized window: open a review from the
// reviews due list, see the indicators and their trend, rate every domain with a rationale (the
// form refuses a missing rationale and names the domain), sign off scheduling the next review,
// see the date on the review and the person leave the due list. And a review of a programme the
// supervisor drafted (fixtures/reviewcycle.cpp): the sign-off is not offered and the page says why.
TestCase {
    id: test
    name: "ReviewCycle_supervisor"
    when: windowShown
    visible: true      // TestCase is invisible by default; the pages must receive clicks
    width: 1280
    height: 800

    property var opened: null   // the last Nav.open() request: {page, properties}

    ReviewsDueModel { id: due }
    Component { id: duePageComponent; ReviewsDuePage { } }
    Component { id: reviewPageComponent; ReviewPage { } }
    Component { id: personPageComponent; PersonPage { } }
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened = { page: page, properties: properties } }
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function press(item) {
        verify(item, "control on screen")
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }
    function isoDate(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0")
    }
    function shownDate(iso) {
        const p = iso.split("-")
        return p[2] + "." + p[1] + "." + p[0]
    }
    /** Opens the review of the due list's row `index` as a person would: click the row. */
    function openFromDueList(duePage, index) {
        const list = H.named(duePage, "reviewsDueList")
        list.positionViewAtIndex(index, ListView.Beginning)
        let row = null
        tryVerify(() => (row = list.itemAtIndex(index)) !== null, 30000, "the row is on screen")
        test.opened = null
        mouseClick(row)
        tryVerify(() => test.opened !== null, 30000, "the row asks to open a page")
        compare(test.opened.page, "ReviewPage")
        compare(test.opened.properties.personId, row.personId)
        return createTemporaryObject(reviewPageComponent, test,
                                     Object.assign({ width: test.width, height: test.height }, test.opened.properties))
    }

    function test_1_reviewCycleFromTheDueList() {
        tryVerify(() => !due.loading && due.count > 0, 30000, "reviews are due")
        const duePage = createTemporaryObject(duePageComponent, test, { width: test.width, height: test.height })
        const list = H.named(duePage, "reviewsDueList")
        tryVerify(() => list.count === due.count, 30000, "the list shows every person due")
        let index = -1
        for (let i = 0; i < due.count && index < 0; ++i)
            if (due.data(due.index(i, 0), ReviewsDueModel.OpenReviewIdRole) === "")
                index = i
        verify(index >= 0, "someone is due with no review written yet")
        const personId = due.data(due.index(index, 0), ReviewsDueModel.PersonIdRole)
        const dueBefore = due.count

        const page = openFromDueList(duePage, index)
        tryVerify(() => H.named(page, "submitReviewButton") !== null, 30000, "the review form opens at once")
        const form = H.named(page, "reviewForm")
        const controller = form.controller
        // The indicators core computed, and what the trend compares with.
        verify(H.named(page, "trendNote").text.length > 0)
        verify(H.named(page, "indicator_0") !== null)
        compare(H.named(page, "periodEndField").text, controller.periodEnd)

        for (const proxy of controller.proxies) {
            if (proxy.count)
                continue
            H.named(page, "proxy_" + proxy.code).forceActiveFocus()
            keyClick(Qt.Key_Down)
        }
        const domains = controller.domains
        verify(domains.length > 0)
        for (let i = 0; i < domains.length; ++i) {
            press(H.named(page, "rating_" + domains[i].code + "_4"))
            if (i === domains.length - 1)
                break // the last domain's rationale is left out first
            H.named(page, "rationale_" + domains[i].code).forceActiveFocus()
            type("Keeps every appointment, found work.")
        }
        const submit = H.named(page, "submitReviewButton")
        const last = domains[domains.length - 1]
        const message = () => H.named(page, "messageBanner")  // shown once it has something to say
        press(submit)
        tryVerify(() => message() !== null && message().text.indexOf(last.label) >= 0, 30000, "the refusal names the domain")
        verify(H.named(page, "signOffPanel") === null, "nothing recorded, nothing to sign")

        H.named(page, "rationale_" + last.code).forceActiveFocus()
        type("Some progress, more support needed.")
        press(submit)
        tryVerify(() => H.named(page, "signOffPanel") !== null, 30000, "recorded: the sign-off is offered")
        const nextField = H.named(page, "nextReviewField")
        compare(nextField.text, controller.nextReviewDefault)
        const soon = new Date()
        soon.setDate(soon.getDate() + 45)
        nextField.forceActiveFocus()
        nextField.selectAll()
        type(isoDate(soon))
        let confirm = null
        tryVerify(() => (confirm = H.clickable(page, "confirmSignOffButton")) !== null, 30000, "the sign-off takes a click")
        mouseClick(confirm)
        const when = shownDate(isoDate(soon))
        tryVerify(() => message() !== null && message().text === "Review signed off. The next review is due on " + when + ".", 30000)
        const reviews = H.named(page, "reviewList")
        tryVerify(() => {
            const row = reviews.itemAtIndex(0)
            return row !== null && row.signedOff && row.nextReviewText === "Next review due on " + when
        }, 30000, "the review shows its sign-off and the next review's date")
        tryVerify(() => due.rowOf(personId) < 0 && due.count === dueBefore - 1, 30000, "no longer due")
        tryVerify(() => list.count === dueBefore - 1, 30000, "the due list dropped the person")
    }

    function test_2_programmeAuthorMayNotSignOff() {
        tryVerify(() => !due.loading && due.count > 0, 30000)
        const duePage = createTemporaryObject(duePageComponent, test, { width: test.width, height: test.height })
        const list = H.named(duePage, "reviewsDueList")
        tryVerify(() => list.count === due.count, 30000)
        for (let i = 0; i < due.count; ++i) {
            if (due.data(due.index(i, 0), ReviewsDueModel.OpenReviewIdRole) === "")
                continue
            const page = openFromDueList(duePage, i)
            tryVerify(() => H.named(page, "signOffPanel") !== null, 30000, "a written review offers its sign-off")
            const block = H.named(page, "signOffBlock")
            if (block === null) {
                page.visible = false  // it lies over the due list the next row is clicked in
                continue // someone else's programme: the fixture's person is further down
            }
            verify(block.text.indexOf("You drafted this person's programme") === 0, block.text)
            verify(H.named(page, "confirmSignOffButton") === null, "no sign-off button")
            mouseClick(H.named(page, "cancelSignOffButton"))
            const reviews = H.named(page, "reviewList")
            tryVerify(() => reviews.count > 0 && reviews.itemAtIndex(0) !== null, 30000)
            const row = reviews.itemAtIndex(0)
            verify(!row.canSignOff)
            verify(row.signOffNote.indexOf("You drafted the programme under review") === 0, row.signOffNote)
            verify(H.named(row, "signOffButton") === null)
            verify(due.rowOf(test.opened.properties.personId) >= 0, "still due: nothing was signed")
            return
        }
        fail("the fixture's review of a programme the supervisor drafted is in the due list")
    }

    function test_3_personPageLeadsToTheReviews() {
        tryVerify(() => !due.loading && due.count > 0, 30000)
        const personId = due.data(due.index(0, 0), ReviewsDueModel.PersonIdRole)
        const page = createTemporaryObject(personPageComponent, test, { personId: personId, width: test.width, height: test.height })
        tryVerify(() => H.named(page, "tab_reviews") !== null, 30000, "the reviews section is shown")
        mouseClick(H.named(page, "tab_reviews"))
        tryVerify(() => H.named(page, "sectionAction_reviews") !== null, 30000, "the section leads to its screen")
        test.opened = null
        mouseClick(H.named(page, "sectionAction_reviews"))
        tryVerify(() => test.opened !== null, 30000)
        compare(test.opened.page, "ReviewPage")
        compare(test.opened.properties.personId, personId)
        // A supervisor neither answers referrals nor logs sessions: those sections lead nowhere.
        mouseClick(H.named(page, "tab_sessions"))
        wait(50)
        compare(H.named(page, "sectionAction_sessions"), null)
    }
}
