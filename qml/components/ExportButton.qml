import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Qadam.Models

// One export action: asks where to save (a save dialog offering a file name), then runs the
// export through ExportController on the store thread and shows the outcome next to the button.
// Hidden while export is off on this device (Session.exportEnabled, off on phones by default) and,
// for case reports, for roles that may not export them. The controller decides everything else
// (scope, permission, redaction, the audit event); this only gathers the intent.
//
//   ExportButton { kind: "case"; personId: page.personId }
//   ExportButton { kind: "statistics"; fromDate: "2026-01-01"; toDate: "2026-06-30"; period: "quarter" }
//   ExportButton { kind: "ngo"; fromDate: "2026-01-01"; toDate: "2026-06-30" }
Button {
    id: button

    /** "case" (PDF case report), "statistics" (de-identified CSV) or "ngo" (NGO activity CSV). */
    property string kind: "case"
    property string personId
    /** ISO dates (YYYY-MM-DD), inclusive: the period of a statistics or NGO report. */
    property string fromDate
    property string toDate
    /** Statistics rows per "month", "quarter" or "year". */
    property string period: "month"
    /** NGO report: one organisation's id, or every organisation in scope when empty. */
    property string organisationId
    readonly property alias busy: exporter.busy

    signal exported(string path, string message)
    signal exportFailed(string message)

    visible: exporter.available && (kind !== "case" || exporter.mayExportCases)
    enabled: !exporter.busy
    flat: true
    text: kind === "case" ? qsTr("Export case report (PDF)")
        : kind === "ngo" ? qsTr("Export NGO activity (CSV)")
        //: De-identified statistics: counts only, small cells suppressed
        : qsTr("Export statistics (CSV)")
    Accessible.name: text
    Accessible.description: exporter.busy ? qsTr("Exporting…") : ""
    onClicked: {
        dialog.selectedFile = dialog.currentFolder + "/" + exporter.suggestedFileName(kind, personId)
        dialog.open()
    }

    /** Runs the export into `fileUrl` without the dialog (tests, scheduled actions). */
    function exportTo(fileUrl) {
        if (kind === "case")
            exporter.exportCasePdf(personId, fileUrl)
        else if (kind === "ngo")
            exporter.exportNgoActivity(fromDate, toDate, organisationId, fileUrl)
        else
            exporter.exportStatistics(fromDate, toDate, period, fileUrl)
    }

    ExportController {
        id: exporter
        onSucceeded: (path, message) => {
            button.ToolTip.show(message, 6000)
            button.exported(path, message)
        }
        onFailed: message => {
            button.ToolTip.show(message, 8000)
            button.exportFailed(message)
        }
    }

    FileDialog {
        id: dialog
        fileMode: FileDialog.SaveFile
        title: button.text
        defaultSuffix: button.kind === "case" ? "pdf" : "csv"
        nameFilters: button.kind === "case" ? [qsTr("PDF documents (*.pdf)")] : [qsTr("CSV tables (*.csv)")]
        onAccepted: button.exportTo(selectedFile)
    }
}
