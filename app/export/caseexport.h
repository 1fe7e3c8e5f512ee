#pragma once

#include "util/result.h"

#include <QString>

namespace Qadam {

struct CoreContext;

/**
 * The whole PDF case report export, shared by ExportController and `qadam export case-pdf`:
 * read the report for the signed-in user (CaseReport::load — scope, the export permission and
 * redaction), lay it out (CaseReportPdf), then keep the file and its audit event together — the
 * event (action "export", entity "Person", the case's id; ids only) is committed only when the
 * file was, and the file is removed when the event cannot be. A refused or failed export leaves
 * no file and no event. Store thread.
 */
namespace CaseExport {

/** Writes the report of `personId` in `language` to `path`; returns the path. Errors as
 *  CaseReport::load(), plus Error::Invalid for an empty path and Error::Storage when the file
 *  or the event cannot be written. */
[[nodiscard]] Result<QString> writePdf(CoreContext &ctx, const QString &personId, const QString &path,
    const QString &language);

} // namespace CaseExport

} // namespace Qadam
