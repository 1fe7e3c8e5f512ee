#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct Error;

/**
 * The export intents of the screens: a person's PDF case report (CaseExport), the de-identified
 * statistics CSV (StatisticsExport) and the NGO activity report CSV (NgoActivityReport). Each
 * runs on the store thread; busy while it runs; then succeeded(path, message) or
 * failed(message) — translated, and "nothing was saved" is true whenever failed() is emitted:
 * a refused export (switched off on this device, no permission, outside scope, bad period, no
 * file chosen) writes no file and no audit event; a written one writes exactly one event.
 *
 * `available` is false while Session.exportEnabled is off (phones and tablets by default) or the
 * app is locked; QML hides export actions then. `mayExportCases` says whether the role may ever
 * export a case report (probation officers, supervisors), for showing the action on a person;
 * the check that counts runs against the case when the intent arrives.
 *
 *     ExportController { id: exporter; onSucceeded: (path, message) => banner.show(message) }
 *     exporter.exportCasePdf(personId, fileDialog.selectedFile)
 *
 * Reports are written in the app's language (Session.language). GUI thread object.
 */
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool mayExportCases READ mayExportCases NOTIFY availableChanged)

public:
    explicit ExportController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool available() const;
    [[nodiscard]] bool mayExportCases() const;

    /** The PDF case report of `personId` into `fileUrl` (a local file URL or path). */
    Q_INVOKABLE void exportCasePdf(const QString &personId, const QUrl &fileUrl);
    /** The de-identified statistics for the days `from`..`to` (ISO dates, inclusive), rows per
     *  `period` ("month", "quarter", "year"), into `fileUrl`. */
    Q_INVOKABLE void exportStatistics(const QString &from, const QString &to, const QString &period, const QUrl &fileUrl);
    /** The NGO activity report for `from`..`to` (ISO dates), one organisation or every one (empty). */
    Q_INVOKABLE void exportNgoActivity(const QString &from, const QString &to, const QString &organisationId,
        const QUrl &fileUrl);
    /** A file name to offer in the save dialog: "case-report-<ref>.pdf", "statistics-<from>-<to>.csv", … */
    Q_INVOKABLE QString suggestedFileName(const QString &kind, const QString &subject = {}) const;

Q_SIGNALS:
    void busyChanged();
    void availableChanged();
    void succeeded(const QString &path, const QString &message);
    void failed(const QString &message);

private:
    /** Starts an intent; false (and failed() emitted) when export is off or another one runs. */
    [[nodiscard]] bool begin();
    void finish(const QString &path, const QString &message, bool ok);
    [[nodiscard]] static QString localPath(const QUrl &fileUrl);

    bool m_busy = false;
};

} // namespace Qadam
