import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import "../counselhelpers.js" as H

// A counsellor's way from a person referred to them (their caseload holds only those: CaseScope,
// tested in tst_caseloadmodel) to logging a session: the person's sessions section leads to the
// session log with its form open, the referrals section to the referrals screen; the reviews
// section, probation's, leads nowhere.
TestCase {
    id: test
    name: "PersonSections_counsellor"
    when: windowShown
    visible: true
    width: 390
    height: 844

    property var opened: null

    ReferralModel { id: referred; inbox: true }
    Component { id: personPageComponent; PersonPage { } }
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened = { page: page, properties: properties } }
    }

    function openSectionAction(page, key) {
        mouseClick(H.named(page, "tab_" + key))
        tryVerify(() => H.named(page, "sectionAction_" + key) !== null, 30000, key + " leads to its screen")
        test.opened = null
        mouseClick(H.named(page, "sectionAction_" + key))
        tryVerify(() => test.opened !== null, 30000)
        return test.opened
    }

    function test_caseloadLeadsToLoggingASession() {
        tryVerify(() => !referred.loading && referred.activePeople.length > 0, 30000, "people are referred to me")
        const personId = referred.activePeople[0]
        const page = createTemporaryObject(personPageComponent, test, { personId: personId, width: test.width, height: test.height })
        tryVerify(() => H.named(page, "tab_sessions") !== null, 30000)
        const session = openSectionAction(page, "sessions")
        compare(session.page, "SessionLogPage")
        compare(session.properties.personId, personId)
        verify(session.properties.logOnOpen)
        const referrals = openSectionAction(page, "referrals")
        compare(referrals.page, "ReferralsPage")
        compare(referrals.properties.personId, personId)
        const reviews = H.named(page, "tab_reviews")
        if (reviews !== null) {
            mouseClick(reviews)
            wait(50)
            compare(H.named(page, "sectionAction_reviews"), null)
        }
    }
}
