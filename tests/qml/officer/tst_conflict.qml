import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// Sync as a probation officer on a real generated store with synthetic sync trouble
// (ConflictFixtures::seed, run by the harness for the officer): the Sync page lists two conflicts
// on one person and one refused change; opening a conflict shows both versions side by side; the
// officer settles each field by its own choice (a merged text for the notes, the server's value for
// the case status) and the conflicts leave every list; the refused change is discarded after a
// confirmation; a refused edit that resending can mend (fixtures/refusedretry.cpp) is sent again
// and waits for upload, while the out-of-scope one offers no "Send again". Phone size; the
// side-by-side layout is checked at desktop size too.
TestCase {
    id: test
    name: "OfficerConflict"
    when: windowShown
    visible: true          // a TestCase is invisible by default; its pages must be shown to get clicks
    width: 390
    height: 844

    Component {
        id: syncComponent
        SyncPage { width: test.width; height: test.height }
    }
    Component {
        id: conflictComponent
        ConflictPage { width: test.width; height: test.height }
    }
    Component {
        id: desktopConflictComponent
        ConflictPage { width: 1280; height: 800 }
    }
    Component { id: conflictModelComponent; ConflictModel { } }
    Component { id: rejectedModelComponent; RejectedChangesModel { } }
    Component { id: syncStateComponent; SyncController { } }

    property var opened: []
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened.push({ page: page, properties: properties }) }
    }

    function init() { opened = [] }

    // Walks children (a Qt list property, not a JS array) and a control's contentItem.
    function visibleLabel(item, text) {
        if (!item)
            return null
        if (item.text === text && item.visible)
            return item
        const kids = item.children
        let sawContent = false
        for (let i = 0; kids !== undefined && i < kids.length; ++i) {
            sawContent = sawContent || kids[i] === item.contentItem
            const found = visibleLabel(kids[i], text)
            if (found)
                return found
        }
        if (item.contentItem && !sawContent)
            return visibleLabel(item.contentItem, text)
        return null
    }

    // Scrolls the page's Flickable until `item` is on screen (as a person would), then clicks it.
    function tap(page, item) {
        const flick = findChild(page, "flick")
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - flick.height / 3, flick.contentHeight - flick.height))
        waitForRendering(page)
        mouseClick(item)
    }

    function test_1_resolveFieldByField() {
        const conflicts = createTemporaryObject(conflictModelComponent, test)
        tryVerify(() => !conflicts.loading, 30000)
        verify(conflicts.count === 2, "the harness seeds two conflicts (ConflictFixtures::seedBlocking); found "
               + conflicts.count)

        const sync = createTemporaryObject(syncComponent, test)
        tryVerify(() => findChild(sync, "conflictRow-notes") !== null, 30000)
        verify(findChild(sync, "conflictRow-caseStatus") !== null)
        verify(visibleLabel(sync, "Conflicts (2)") !== null)
        // The attention line says, in words, what to do.
        tryCompare(findChild(sync, "attentionBanner"), "visible", true, 30000)

        const row = findChild(sync, "conflictRow-notes")
        tap(sync, row)
        compare(opened.length, 1)
        compare(opened[0].page, "ConflictPage")
        const recordId = opened[0].properties.recordId
        verify(recordId !== "")

        const page = createTemporaryObject(conflictComponent, test, { recordId: recordId })
        tryVerify(() => findChild(page, "conflict-notes") !== null && findChild(page, "conflict-caseStatus") !== null,
                  30000)
        const notes = findChild(page, "conflict-notes")
        const status = findChild(page, "conflict-caseStatus")
        // Both versions, side by side on the card, as plain text.
        verify(visibleLabel(notes, "On this device") !== null)
        verify(visibleLabel(notes, "On the server") !== null)
        verify(visibleLabel(notes, notes.deviceText) !== null)
        verify(visibleLabel(notes, notes.serverText) !== null)
        verify(notes.deviceText !== notes.serverText)
        // Phone: the two versions stacked; desktop: side by side.
        const phonePanes = [findChild(notes, "devicePane"), findChild(notes, "serverPane")]
        verify(phonePanes[1].y > phonePanes[0].y)
        const wide = createTemporaryObject(desktopConflictComponent, test, { recordId: recordId })
        tryVerify(() => findChild(wide, "conflict-notes") !== null, 30000)
        const widePanes = [findChild(findChild(wide, "conflict-notes"), "devicePane"),
                           findChild(findChild(wide, "conflict-notes"), "serverPane")]
        tryVerify(() => widePanes[0].y === widePanes[1].y && widePanes[1].x > widePanes[0].x, 30000)
        wide.destroy()
        // Case status is not free text: no merged editor offered.
        compare(findChild(status, "writeMerged").visible, false)

        // Notes: write a merged text from both.
        const save = findChild(notes, "saveChoice")
        compare(save.enabled, false)                   // nothing chosen yet
        tap(page, findChild(notes, "writeMerged"))
        const editor = findChild(notes, "mergedText")
        tryCompare(editor, "visible", true, 30000)
        verify(editor.text.indexOf(notes.deviceRaw) >= 0 && editor.text.indexOf(notes.serverRaw) >= 0)
        editor.text = "Bakery shifts; appearances moved to Thursdays."
        tap(page, save)
        tryVerify(() => findChild(page, "conflict-notes") === null, 30000)
        tryCompare(conflicts, "count", 1, 30000)

        // Case status: keep the server's value.
        tap(page, findChild(status, "keepTheirs"))
        tap(page, findChild(status, "saveChoice"))
        tryCompare(conflicts, "count", 0, 30000)
        tryVerify(() => visibleLabel(page, "Nothing left to choose") !== null, 30000)

        // The Sync page's list empties too.
        tryVerify(() => findChild(sync, "conflictRow-notes") === null && findChild(sync, "conflictRow-caseStatus") === null,
                  30000)
        tryVerify(() => visibleLabel(sync, "Conflicts (0)") !== null, 30000)
    }

    function test_2_discardRefusedChange() {
        const rejected = createTemporaryObject(rejectedModelComponent, test)
        tryVerify(() => !rejected.loading, 30000)
        verify(rejected.count >= 1, "the harness seeds one refused change")
        const before = rejected.count

        const sync = createTemporaryObject(syncComponent, test)
        tryVerify(() => findChild(sync, "discardButton") !== null, 30000)
        verify(visibleLabel(sync, "This case is no longer assigned or referred to you.") !== null)
        tap(sync, findChild(sync, "discardButton"))
        // A confirmation first: nothing is discarded until the officer confirms.
        let confirm = null
        tryVerify(() => (confirm = visibleLabel(Overlay.overlay, "Discard")) !== null, 30000)
        compare(rejected.count, before)
        mouseClick(confirm)
        tryCompare(rejected, "count", before - 1, 30000)
    }

    function test_3_sendRefusedChangeAgain() {
        const rejected = createTemporaryObject(rejectedModelComponent, test)
        tryVerify(() => !rejected.loading, 30000)
        const state = createTemporaryObject(syncStateComponent, test)
        // The model says which refusals may be sent again; find one that may and one that may not.
        let retrySeq = -1
        let keepSeq = -1
        for (let i = 0; i < rejected.count; ++i) {
            const index = rejected.index(i, 0)
            const seq = rejected.data(index, RejectedChangesModel.DeviceSeqRole)
            if (rejected.data(index, RejectedChangesModel.CanRetryRole))
                retrySeq = seq
            else if (rejected.data(index, RejectedChangesModel.ReasonCodeRole) === "out_of_scope")
                keepSeq = seq
        }
        verify(retrySeq > 0, "the harness seeds a refused edit that may be sent again (fixtures/refusedretry.cpp)")
        const before = rejected.count

        const sync = createTemporaryObject(syncComponent, test)
        tryVerify(() => findChild(sync, "rejected-" + retrySeq) !== null, 30000)
        const row = findChild(sync, "rejected-" + retrySeq)
        const retry = findChild(row, "retryButton")
        verify(retry.visible)
        verify(retry.height >= Theme.touchTarget)
        compare(retry.Accessible.name, "Send refused change again: " + row.attempted)
        if (keepSeq > 0)
            compare(findChild(findChild(sync, "rejected-" + keepSeq), "retryButton").visible, false)
        tryVerify(() => !state.syncing && state.pendingChanges >= 0, 30000)
        const pendingBefore = state.pendingChanges

        tap(sync, retry)
        // No question: the same change goes to the outbox again and leaves the refused list.
        tryCompare(rejected, "count", before - 1, 30000)
        tryVerify(() => findChild(sync, "rejected-" + retrySeq) === null, 30000)
        tryCompare(state, "pendingChanges", pendingBefore + 1, 30000)
    }
}
