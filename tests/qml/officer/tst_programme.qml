import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// Build and submit an individual programme through the guided builder, phone-sized, as a
// probation officer, for the person the harness took in (tests/qml/programmeseed.h): assess a
// need with the keyboard, see the templates' suggestions, go on to edit, choose a measure's provider
// with the keyboard (the usual kind of provider first), save the draft, go back and forth without
// losing it, submit — and find the programme awaiting approval in the store, with that provider.
TestCase {
    id: test
    name: "OfficerProgramme"
    when: windowShown
    visible: true // TestCase is hidden by default; the pages under it must be shown to be tapped
    width: 390
    height: 844

    Component {
        id: pageComponent
        ProgrammeBuilderPage { width: test.width; height: test.height }
    }
    Component { id: caseloadComponent; CaseloadModel { debounceMs: 0 } }
    Component { id: sectionComponent; PersonSectionModel { } }

    function seededPerson() {
        const caseload = createTemporaryObject(caseloadComponent, test, { searchText: "Baghdarlamaev" })
        tryVerify(() => !caseload.loading && caseload.matchCount > 0, 30000,
                  "the harness did not take in the seeded person (ProgrammeSeed::takeInPerson)")
        return caseload.personIdAt(0)
    }

    function test_buildAndSubmit() {
        const personId = seededPerson()
        const page = createTemporaryObject(pageComponent, test, { personId: personId })
        const builder = page.builder
        tryVerify(() => builder.ready && !builder.busy, 30000, "the builder did not open")
        compare(builder.blocker, "")
        compare(builder.step, 0)
        const next = findChild(page, "nextButton")

        // Step 1: the first domain assessed "high" with the keyboard.
        const needs = findChild(page, "needsList")
        tryVerify(() => needs.count > 0 && needs.itemAtIndex(0) !== null, 30000)
        const severity = findChild(needs.itemAtIndex(0), "severity_0")
        severity.forceActiveFocus()
        for (let i = 0; i < 4 && severity.currentValue !== "high"; ++i)
            keyClick(Qt.Key_Down)
        compare(severity.currentValue, "high")
        compare(needs.itemAtIndex(0).severity, "high")

        // Step 2: the templates' suggestions for it.
        mouseClick(next)
        tryCompare(builder, "step", 1, 30000)
        verify(builder.goalCount > 0, "no suggestions for a high need")
        const goals = builder.goalCount
        tryVerify(() => findChild(page, "suggestionList").count > 1, 30000)

        // Back and forward again: the assessment and the suggestions are as they were.
        mouseClick(findChild(page, "backButton"))
        compare(builder.step, 0)
        compare(needs.itemAtIndex(0).severity, "high")
        mouseClick(next)
        tryCompare(builder, "step", 1, 30000)
        compare(builder.goalCount, goals)

        // Step 3: the first measure's provider, chosen with the keyboard.
        mouseClick(next)
        compare(builder.step, 2)
        const editor = findChild(page, "planEditor")
        tryVerify(() => editor.count > 1 && editor.itemAtIndex(0) !== null, 30000)
        let measure = null
        for (let i = 0; i < editor.count && !measure; ++i) {
            editor.positionViewAtIndex(i, ListView.Contain)
            const item = editor.itemAtIndex(i)
            if (item && item.kind === "measure")
                measure = item
        }
        verify(measure, "the plan has a measure")
        verify(measure.providerKind !== "", "the templates name who usually delivers the measure")
        const provider = findChild(measure, "providerBox")
        verify(provider && provider.visible)
        verify(provider.height >= Theme.touchTarget)
        tryVerify(() => provider.count > 1, 30000, "the directory's providers are offered")
        compare(provider.currentIndex, 0)
        compare(provider.currentText, "No provider yet")
        provider.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(provider.currentIndex, 1)
        tryVerify(() => measure.providerOrganisationId !== "", 5000, "the choice did not reach the builder")
        const label = provider.currentText
        verify(label.endsWith(" (usual provider)"), "the usual kind of provider is offered first: " + label)
        const providerName = label.replace(" (usual provider)", "").split(" · ")[0]
        editor.positionViewAtBeginning()

        // Save: the draft is stored through core.
        mouseClick(next)
        tryCompare(builder, "step", 3, 30000)
        verify(builder.programmeId !== "", "the draft was not saved")
        compare(builder.errorText, "")
        const review = findChild(page, "reviewList")
        tryVerify(() => review.count > 1, 30000)
        compare(review.itemAtIndex(0).status, "draft")

        // Submit: the store holds it awaiting approval; the page says so.
        mouseClick(next)
        tryVerify(() => builder.submitted, 30000, "the programme was not submitted: " + builder.errorText)
        tryVerify(() => findChild(page, "blocker").visible, 30000)
        const programme = createTemporaryObject(sectionComponent, test, { personId: personId, section: "programme" })
        tryVerify(() => !programme.loading && programme.count > 0, 30000)
        compare(programme.data(programme.index(0, 0), PersonSectionModel.StatusRole), "submitted")
        let withProvider = 0
        for (let i = 0; i < programme.count; ++i) {
            const at = programme.index(i, 0)
            if (programme.data(at, PersonSectionModel.EntityRole) === "ProgrammeMeasure"
                    && String(programme.data(at, PersonSectionModel.SubtitleRole)).startsWith(providerName))
                ++withProvider
        }
        compare(withProvider, 1, "the stored measure names the chosen provider " + providerName)
    }

    function test_submittedBlocksANewProgramme() {
        const personId = seededPerson()
        const page = createTemporaryObject(pageComponent, test, { personId: personId })
        const builder = page.builder
        tryVerify(() => builder.ready && !builder.busy, 30000)
        // The person's programme now awaits approval: the builder says so instead of offering steps.
        verify(builder.blocker !== "")
        verify(findChild(page, "blocker").visible)
        verify(!findChild(page, "nextButton").visible)
    }
}
