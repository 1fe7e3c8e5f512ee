import QtQuick
import QtTest
import Qadam.Models
import Qadam.Ui
import "../counselhelpers.js" as H

// A supervisor opens the dashboard on a desktop-sized window: the figures shown are the models'
// (computed by core for the same filter), choosing a case officer narrows the caseload to that
// officer's cases, a number opens the people behind it, and a person from that list opens on the
// person page with their name.
TestCase {
    id: test
    name: "Dashboard_supervisor"
    when: windowShown
    visible: true      // TestCase is invisible by default; the page must receive clicks
    width: 1280
    height: 800

    Component { id: pageComponent; DashboardPage { } }
    Component { id: personComponent; PersonPage { } }

    // The known answer, made apart from the page: the same core figures for the default filter.
    DashboardData { id: answer }
    DashboardChartModel { id: caseloadAnswer; source: answer; figure: "caseloadByOfficer" }
    DashboardChartModel { id: categoryAnswer; source: answer; figure: "caseloadByCategory" }
    DashboardChartModel { id: overdueAnswer; source: answer; figure: "overdue" }
    DashboardDrillModel { id: drillAnswer; source: answer }

    property var opened: []
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened.push({ page: page, properties: properties }) }
    }

    function choose(box, value) {
        const target = box.indexOfValue(value)
        verify(target > 0, "the choice is offered: " + value)
        box.forceActiveFocus()
        while (box.currentIndex < target)
            keyClick(Qt.Key_Down) // a keyboard choice activates, as a click in the list does
        compare(box.currentValue, value)
    }

    function test_figuresFilterDrillDownAndPerson() {
        tryVerify(() => answer.revision > 0 && !answer.loading, 30000, "core figures computed")
        verify(caseloadAnswer.total > 0, "the supervisor's scope has active cases")
        verify(categoryAnswer.count > 1, "several person categories in the scope")

        const page = createTemporaryObject(pageComponent, test, { width: test.width, height: test.height })
        verify(page)
        const caseloadTotal = H.named(page, "caseload_total")
        tryCompare(caseloadTotal, "text", String(caseloadAnswer.total), 30000)
        tryCompare(H.named(page, "overdue_total"), "text", overdueAnswer.totalText, 30000)
        // The figure's number is also in the card's table, a button per value.
        compare(H.named(page, "caseload_0_0").text, String(caseloadAnswer.valueAt(0, 0)))
        compare(H.named(page, "caseload_0_0").Accessible.name,
                caseloadAnswer.categories[0] + ": " + caseloadAnswer.valueAt(0, 0))

        // Filter: the least common category; the caseload is the people who have it, and the
        // category chart keeps one bar.
        let bar = -1
        for (let i = 0; i < categoryAnswer.count; ++i)
            if (categoryAnswer.valueAt(i, 0) > 0 && (bar < 0 || categoryAnswer.valueAt(i, 0) < categoryAnswer.valueAt(bar, 0)))
                bar = i
        const category = categoryAnswer.categoryKeys[bar]
        const theirs = categoryAnswer.valueAt(bar, 0)
        verify(theirs < caseloadAnswer.total, "the filter narrows")
        choose(H.named(page, "categoryFilter"), category)
        tryCompare(caseloadTotal, "text", String(theirs), 30000)
        verify(H.named(page, "filterSummary").text.indexOf(categoryAnswer.categories[bar]) >= 0,
               "the summary names the category")
        mouseClick(H.named(page, "caseloadChoice_caseloadByCategory"))
        // Everyone counted has the category: its bar equals the caseload.
        tryVerify(() => H.named(page, "caseload_0_0") !== null
                  && H.named(page, "caseload_0_0").Accessible.name === categoryAnswer.categories[bar] + ": " + theirs, 30000)

        // Drill-down: the category's number opens its people.
        const cell = H.named(page, "caseload_0_0")
        const shown = Number(cell.text)
        mouseClick(cell)
        const panel = H.named(page, "drillPanel")
        verify(panel && panel.visible, "the list opens beside the charts")
        const list = H.named(page, "drillList")
        tryCompare(list, "count", shown, 30000)
        verify(H.named(page, "drillTitle").text.length > 0)
        verify(H.named(page, "dashboardScroller").visible, "the charts stay beside the list on a desktop")

        // A person from the list: the page asks for the person page with their id.
        tryVerify(() => list.itemAtIndex(0) !== null, 30000, "the first person is on screen")
        const row = list.itemAtIndex(0)
        const name = row.name
        verify(name.length > 0)
        test.opened = []
        list.forceActiveFocus()
        list.currentIndex = 0
        keyClick(Qt.Key_Return)
        compare(test.opened.length, 1)
        compare(test.opened[0].page, "PersonPage")
        const personId = test.opened[0].properties.personId
        verify(personId.length > 0)
        const person = createTemporaryObject(personComponent, test, { personId: personId, width: test.width, height: test.height })
        const surname = name.split(" ")[0]
        tryVerify(() => {
            const cyr = H.named(person, "namesCyrillic"), lat = H.named(person, "namesLatin")
            return (cyr !== null && cyr.text.indexOf(surname) >= 0) || (lat !== null && lat.text.indexOf(surname) >= 0)
        }, 30000, "the person page shows the person chosen: " + name)

        // Escape closes the list; the charts are back alone.
        list.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        tryVerify(() => !panel.visible, 30000)
    }

    function test_phoneShowsOneColumnAndTheListOverTheCharts() {
        tryVerify(() => answer.revision > 0 && !answer.loading, 30000)
        const page = createTemporaryObject(pageComponent, test, { width: 390, height: 760 })
        compare(page.columns, 1)
        const alerts = H.named(page, "card_alerts")
        const overdue = H.named(page, "card_overdue")
        verify(alerts && overdue)
        compare(alerts.width, overdue.width)
        let most = 0        // the overdue figure with the most behind it
        for (let i = 1; i < overdueAnswer.count; ++i)
            if (overdueAnswer.valueAt(i, 0) > overdueAnswer.valueAt(most, 0))
                most = i
        drillAnswer.show("overdue", most, 0)
        tryVerify(() => !drillAnswer.loading && drillAnswer.title !== "", 30000)
        verify(drillAnswer.count > 0, "people with something overdue")
        tryVerify(() => H.named(page, "overdue_0_0") !== null, 30000)
        const cell = H.named(page, "overdue_" + most + "_0")
        cell.forceActiveFocus()     // below the fold on a phone: the keyboard reaches it
        keyClick(Qt.Key_Return)
        const panel = H.named(page, "drillPanel")
        verify(panel.visible)
        compare(panel.width, page.width)
        tryCompare(H.named(page, "drillList"), "count", drillAnswer.count, 30000)
        mouseClick(H.named(page, "drillClose"))
        tryVerify(() => !panel.visible, 30000)
        verify(H.named(page, "dashboardScroller").visible)
    }
}
