pragma Singleton
import QtQuick

// Navigation intents. Pages never push or pop themselves: they ask, and Main.qml decides where
// the screen goes (the stack on a phone, the detail pane on a desktop).
//   Nav.open("PersonPage", { personId: id })   Nav.back()   Nav.home("TodayPage")
QtObject {
    signal openRequested(string page, var properties)
    signal backRequested()
    signal homeRequested(string page)

    function open(page, properties) { openRequested(page, properties === undefined ? {} : properties) }
    function back() { backRequested() }
    function home(page) { homeRequested(page) }
}
