import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Ui

// The question asked before something that cannot be undone (the device wipe): a long text wraps
// inside the dialog on a phone, the whole of it and both buttons are on screen, the dialog follows
// the window when it is turned or resized while open, Escape cancels and the confirm button
// confirms. No binding loop on the way (the wipe dialog used to print six on every start).
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: dialogComponent
        ConfirmDialog {
            title: "Sign out and wipe this device?"
            text: "All case records on this device will be erased. 3 changes not yet synced will be lost for good. "
                  + "You will need a new one-time code to use this device again."
            confirmText: "Erase and sign out"
            destructive: true
        }
    }

    SignalSpy { id: confirmedSpy; signalName: "confirmed" }
    SignalSpy { id: cancelledSpy; signalName: "cancelled" }

    TestCase {
        id: test
        name: "ConfirmDialog"
        when: windowShown

        function init() {
            failOnWarning(/Binding loop/)
            root.width = 390
            root.height = 844
        }

        function openDialog() {
            const dialog = createTemporaryObject(dialogComponent, root)
            verify(dialog)
            confirmedSpy.clear()
            cancelledSpy.clear()
            confirmedSpy.target = dialog
            cancelledSpy.target = dialog
            dialog.open()
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function buttons(dialog) {
            return Array.from(dialog.footer.children).filter(c => c instanceof Button)
        }

        function inWindow(item) {
            const p = item.mapToItem(null, 0, 0)
            return p.x >= 0 && p.y >= 0 && p.x + item.width <= root.width + 0.5 && p.y + item.height <= root.height + 0.5
        }

        function test_longTextWrapsAndFitsAPhone() {
            const dialog = openDialog()
            compare(dialog.width, 390 - 2 * Theme.margin)
            const label = dialog.contentItem.children[0]
            verify(label.lineCount > 1, "the text wraps: " + label.lineCount)
            verify(label.height >= label.contentHeight - 1, label.height + " < " + label.contentHeight)
            verify(inWindow(label))
            compare(buttons(dialog).length, 2)
            for (const b of buttons(dialog))
                verify(inWindow(b), b.text)
        }

        function test_followsTheWindowWhileOpen() {
            root.width = 1280
            root.height = 800
            const dialog = openDialog()
            compare(dialog.width, 480)
            root.width = 390  // turned to portrait, or the window narrowed, with the question open
            root.height = 844
            tryCompare(dialog, "width", 390 - 2 * Theme.margin)
            for (const b of buttons(dialog))
                tryVerify(() => inWindow(b), 1000, b.text)
        }

        function test_escapeCancels() {
            const dialog = openDialog()
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(cancelledSpy.count, 1)
            compare(confirmedSpy.count, 0)
        }

        function test_confirmButtonConfirms() {
            const dialog = openDialog()
            const confirm = buttons(dialog).filter(b => b.text === "Erase and sign out")[0]
            verify(confirm)
            mouseClick(confirm)
            tryCompare(dialog, "visible", false)
            compare(confirmedSpy.count, 1)
            compare(cancelledSpy.count, 0)
        }
    }
}
