import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// The person screen as a probation officer on a real generated store, phone-sized: open a case
// from the caseload, see the names in both scripts and the masked IIN, switch sections by tapping
// the tabs and with the arrow keys, read the appearance timeline and the programme, go back with
// Escape.
TestCase {
    id: test
    name: "OfficerPerson"
    when: windowShown
    visible: true // TestCase is hidden by default; the pages under it must be shown to be tapped
    // Wide enough for the desktop layout; the phone page is made 390 wide inside it.
    width: 1280
    height: 844

    Component {
        id: pageComponent
        PersonPage { width: 390; height: 844 }
    }
    Component { id: caseloadComponent; CaseloadModel { debounceMs: 0 } }
    Component { id: personComponent; PersonModel { } }

    SignalSpy { id: backSpy; target: Nav; signalName: "backRequested" }

    /** A case of this officer with appearances on its timeline. */
    function richPerson() {
        const caseload = createTemporaryObject(caseloadComponent, test)
        tryVerify(() => !caseload.loading && caseload.matchCount > 0, 30000, "the officer has no caseload")
        for (let i = 0; i < Math.min(caseload.rowCount(), 15); ++i) {
            const person = createTemporaryObject(personComponent, test, { personId: caseload.personIdAt(i) })
            tryVerify(() => !person.loading && (person.ready || person.errorText !== ""), 30000)
            const timeline = person.sectionKeys().indexOf("timeline")
            if (person.ready && timeline >= 0 && person.data(person.index(timeline, 0), PersonModel.CountRole) > 0)
                return person.personId
        }
        return ""
    }

    /** Taps a section's tab, scrolling the tab bar to it first as a person would on a phone. */
    function tapTab(page, key) {
        const tabs = findChild(page, "sectionTabs")
        const at = tabs.model.sectionKeys().indexOf(key)
        verify(at >= 0, "no section " + key)
        tabs.positionViewAtIndex(at, ListView.Contain)
        wait(0)
        const tab = findChild(page, "tab_" + key)
        verify(tab !== null, "no tab " + key)
        mouseClick(tab)
        compare(page.currentSection, key)
    }

    function test_openAndSwitchSections() {
        const personId = richPerson()
        verify(personId !== "", "no case with appearances")
        const page = createTemporaryObject(pageComponent, test, { personId: personId })
        const names = findChild(page, "namesCyrillic")
        tryVerify(() => names.visible && names.text.length > 0, 30000, "the header did not load")
        verify(findChild(page, "namesLatin").text.length > 0)
        const iin = findChild(page, "iinMasked")
        verify(iin.visible)
        compare(iin.text.replace(/[^0-9]/g, "").length, 4, "only the IIN's last four digits show")
        compare(page.title, names.text)

        const rows = findChild(page, "sectionRows")
        tryVerify(() => rows.count > 0, 30000, "the overview is empty")

        tapTab(page, "timeline")
        // Overview rows are facts without a record; the timeline's rows are records.
        tryVerify(() => rows.count > 0 && rows.itemAtIndex(0) && rows.itemAtIndex(0).entity !== "", 30000)
        const first = rows.itemAtIndex(0)
        verify(["CheckIn", "SupervisionOrder", "OrderSuspension"].indexOf(first.entity) >= 0, "not an appearance: " + first.entity)

        tapTab(page, "programme")
        tryVerify(() => rows.count > 0 && rows.itemAtIndex(0) && rows.itemAtIndex(0).entity === "AssistanceProgramme", 30000)
        verify(rows.itemAtIndex(0).statusText.length > 0)

        // Arrow keys move between the tabs; the section follows.
        const tabs = findChild(page, "sectionTabs")
        tabs.forceActiveFocus()
        keyClick(Qt.Key_Right)
        compare(page.currentSection, "referrals")
        keyClick(Qt.Key_Left)
        compare(page.currentSection, "programme")

        backSpy.clear()
        page.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(backSpy.count, 1)
    }

    function test_desktopWidthShowsTheSameCase() {
        const personId = richPerson()
        const page = createTemporaryObject(pageComponent, test, { personId: personId, width: 1280, height: 800 })
        const names = findChild(page, "namesCyrillic")
        tryVerify(() => names.visible && names.text.length > 0, 30000)
        tapTab(page, "history")
        // Officers' own reads are not audited, so the history may be empty; the tab still shows.
        verify(findChild(page, "sectionRows").visible)
    }
}
