#include "caseexport.h"

#include "casereport.h"
#include "casereportpdf.h"
#include "storeworker.h"

#include "reporting/reportexport.h"
#include "store/database.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Qadam::CaseExport {

namespace {

/** `bytes` at `path` and the audit event: both or neither. */
Status keepAudited(CoreContext &ctx, const QString &personId, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Error::make(Error::Storage, u"case report: the file cannot be written"_s);
    Transaction tx(ctx.db);
    if (!tx.began())
        return tx.beginStatus();
    // Ids only: the case is both the exported record and the case of the event.
    if (auto event = ReportExport::appendAudit(ctx.db, ctx.clock, ctx.actor, u"Person"_s, personId, personId); !event.ok())
        return event.error(); // the save file is discarded, the transaction rolled back
    if (!file.commit())
        return Error::make(Error::Storage, u"case report: the file cannot be written"_s);
    if (Status s = tx.commit(); !s.ok()) {
        QFile::remove(path);
        return s;
    }
    return {};
}

} // namespace

Result<QString> writePdf(CoreContext &ctx, const QString &personId, const QString &path, const QString &language)
{
    if (path.isEmpty())
        return Error::make(Error::Invalid, u"case report: no file chosen"_s, u"path"_s);
    auto report = CaseReport::load(ctx, personId, language);
    if (!report.ok())
        return report.error();
    auto pdf = CaseReportPdf::render(report.value());
    if (!pdf.ok())
        return pdf.error();
    if (Status s = keepAudited(ctx, personId, path, pdf.value()); !s.ok())
        return s.error();
    return path;
}

} // namespace Qadam::CaseExport
