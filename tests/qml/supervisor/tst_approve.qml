import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// A supervisor decides on programmes awaiting approval (seeded by the harness:
// tests/qml/programmeseed.h — two drafted by an officer of the unit, one by the supervisor):
// approve one on a desktop-sized window, return one with a comment on a phone (a blank comment
// is refused and nothing changes), and see that their own programme offers no decision and why.
TestCase {
    id: test
    name: "SupervisorApprove"
    when: windowShown
    visible: true // TestCase is hidden by default; the pages under it must be shown to be tapped
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ApprovalsPage { }
    }
    Component { id: planComponent; PersonSectionModel { } }

    function openPage(w, h) {
        const page = createTemporaryObject(pageComponent, test, { width: w, height: h })
        const list = findChild(page, "approvalList")
        tryVerify(() => list.count > 0, 30000, "nothing awaits approval (ProgrammeSeed::submitForApproval)")
        return page
    }

    /** The first row whose programme this supervisor may (or may not) decide on. */
    function row(list, decidable) {
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.mayDecide === decidable)
                return item
        }
        return null
    }

    function statusOf(programmeId) {
        const plan = createTemporaryObject(planComponent, test, { programmeId: programmeId })
        tryVerify(() => !plan.loading && plan.count > 0, 30000)
        return plan.data(plan.index(0, 0), PersonSectionModel.StatusRole)
    }

    function test_approve() {
        const page = openPage(1280, 800)
        const list = findChild(page, "approvalList")
        const before = list.count
        const item = row(list, true)
        verify(item !== null, "no programme this supervisor may approve")
        const id = item.programmeId
        mouseClick(item)
        compare(page.selectedId, id)
        tryVerify(() => findChild(page, "approvalPlan").count > 1, 30000, "the plan did not show")
        const approve = findChild(page, "approveButton")
        verify(approve.visible)
        mouseClick(approve)
        tryCompare(list, "count", before - 1, 30000)
        verify(findChild(page, "approvalNotice").visible)
        compare(statusOf(id), "approved")
    }

    function test_returnNeedsAComment() {
        const page = openPage(390, 844)
        const list = findChild(page, "approvalList")
        const before = list.count
        const item = row(list, true)
        verify(item !== null, "no programme this supervisor may return")
        const id = item.programmeId
        mouseClick(item)
        // On a phone the decision replaces the list.
        tryVerify(() => !list.visible, 30000)
        const send = findChild(page, "returnButton")
        mouseClick(send)
        const error = findChild(page, "decisionError")
        tryVerify(() => error.visible && error.text.length > 0, 30000, "a blank comment was not refused")
        compare(statusOf(id), "submitted")

        const comment = findChild(page, "returnComment")
        mouseClick(comment)
        tryVerify(() => comment.activeFocus, 30000, "the comment field took no focus")  // keys go nowhere before
        for (const c of "Add a job measure")
            keyClick(c)
        compare(comment.text, "Add a job measure")
        mouseClick(send)
        tryCompare(list, "count", before - 1, 30000)
        compare(statusOf(id), "draft")
    }

    function test_ownProgrammeOffersNoDecision() {
        const page = openPage(1280, 800)
        const list = findChild(page, "approvalList")
        const item = row(list, false)
        verify(item !== null, "the supervisor's own programme is not listed")
        verify(item.whyNot.length > 0)
        mouseClick(item)
        const why = findChild(page, "whyNot")
        tryVerify(() => why.visible && why.text === item.whyNot, 30000)
        verify(!findChild(page, "approveButton").visible)
        verify(!findChild(page, "returnButton").visible)
    }
}
