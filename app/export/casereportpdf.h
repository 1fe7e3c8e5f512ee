#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Qadam {

struct CaseReport;

/**
 * Lays a CaseReport out as an A4 PDF (QTextDocument into QPdfWriter): a title block, numbered
 * sections with ruled tables, and on every page a running header with the case reference and a
 * footer watermark naming the exporting user, the time of the export and "page n of m". The
 * document's metadata holds no names. Words come from tr() (context "CaseReportPdf") and the
 * report's own translated rows. Any thread (QPainter on a PDF device is thread-safe); needs a
 * QGuiApplication for fonts.
 */
namespace CaseReportPdf {

/** The PDF's bytes; Error::Storage when the PDF device cannot be painted on. */
[[nodiscard]] Result<QByteArray> render(const CaseReport &report);
/** The HTML body the PDF is laid out from (tests and debugging). */
[[nodiscard]] QString html(const CaseReport &report);
/** The footer watermark line: who exported the report and when. */
[[nodiscard]] QString watermark(const CaseReport &report);

} // namespace CaseReportPdf

} // namespace Qadam
