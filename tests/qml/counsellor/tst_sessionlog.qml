import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import "../counselhelpers.js" as H

// Log a session as a counsellor, with the four-part notes and an explicitly chosen
// confidentiality tier, on a phone-sized page; the new session is the list's first row with its
// tier badge. A form without a tier is refused and adds nothing.
TestCase {
    id: test
    name: "SessionLog_counsellor"
    when: windowShown
    visible: true      // TestCase is invisible by default; the page must receive clicks
    width: 390
    height: 844

    ReferralModel { id: inbox; inbox: true }
    Component { id: pageComponent; SessionLogPage { } }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function press(item) {
        verify(item, "control on screen")
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }
    function openPage() {
        tryVerify(() => !inbox.loading && inbox.activePeople.length > 0, 30000, "people referred to me")
        const page = createTemporaryObject(pageComponent, test,
                                           { personId: inbox.activePeople[0], width: test.width, height: test.height })
        verify(page)
        tryVerify(() => !page.loading && H.button(page, "Log a session") !== null, 30000, "page loaded")
        return page
    }

    function test_logSessionWithNotesAndTier() {
        const page = openPage()
        const list = H.named(page, "sessionList")
        const before = list.count
        mouseClick(H.button(page, "Log a session"))
        const banner = H.named(page, "tierHeading")
        verify(banner)
        compare(banner.text, "Confidentiality: not chosen yet")
        press(H.named(page, "choice_face_to_face"))
        const duration = H.named(page, "durationField")
        duration.forceActiveFocus()
        type("45")
        const parts = { notesObservations: "Calm, on time", notesAnalysis: "Job offer helps",
                        notesConclusions: "Stable progress", notesPlan: "Meet in two weeks" }
        for (const name in parts) {
            H.named(page, name).forceActiveFocus()
            type(parts[name])
        }
        press(H.named(page, "choice_counselling_team"))
        compare(banner.text, "Confidentiality: Counselling team only")
        press(H.named(page, "saveSessionButton"))
        tryVerify(() => list.visible && list.count === before + 1, 30000, "the new session is listed")
        list.positionViewAtBeginning()
        tryVerify(() => list.itemAtIndex(0) !== null, 30000, "the newest session is on screen")
        const row = list.itemAtIndex(0)
        verify(row)
        compare(row.notesObservations, "Calm, on time")
        compare(row.notesPlan, "Meet in two weeks")
        compare(row.durationMinutes, 45)
        compare(H.named(row, "tierBadge").text, "Counselling team only")
        verify(H.named(page, "messageBanner").text.indexOf("Session saved") >= 0)
    }

    function test_noTierNoSession() {
        const page = openPage()
        const list = H.named(page, "sessionList")
        const before = list.count
        mouseClick(H.button(page, "Log a session"))
        press(H.named(page, "choice_phone"))
        H.named(page, "notesObservations").forceActiveFocus()
        type("Short call")
        press(H.named(page, "saveSessionButton"))
        const message = H.named(page, "messageBanner")
        tryVerify(() => message.text.indexOf("confidentiality tier") >= 0, 30000, "the form asks for the tier")
        verify(H.named(page, "tierHeading").visible, "the form stays open")
        keyClick(Qt.Key_Escape)
        tryVerify(() => list.visible, 30000)
        compare(list.count, before)
    }
}
