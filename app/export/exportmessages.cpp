#include "exportmessages.h"

#include "casework/accesspolicy.h"
#include "util/result.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Qadam::ExportMessages {

namespace {

QString tr(const char *source, const char *comment = nullptr)
{
    // The context lupdate gives tr() in this namespace, so the .ts translations are found.
    return QCoreApplication::translate("Qadam::ExportMessages", source, comment);
}

QString forbidden(const Error &error, const QString &language)
{
    // CaseReport names the policy's reason; the CSV exports say "policy <reason>: export <entity>".
    const QString code = error.detail.startsWith(u"policy ") ? error.detail.mid(7).section(u':', 0, 0) : error.detail;
    if (code == u"export_not_permitted" || code == u"action_not_permitted" || code == u"field_group_not_permitted"
        || code == u"record_kind_not_permitted" || code == u"no_case_content")
        return tr("Your role may not export this. Nothing was saved.");
    if (const auto reason = accessReasonFromName(code)) {
        const QString why = AccessPolicy::builtIn().reasonLabel(*reason, language);
        if (!why.isEmpty())
            return tr("This case cannot be exported: %1. Nothing was saved.", "%1 is the access policy's reason")
                .arg(why);
    }
    return tr("This case is outside your scope, so it cannot be exported. Nothing was saved.");
}

} // namespace

QString failure(const Error &error, const QString &language)
{
    switch (error.code) {
    case Error::NotFound:
        return tr("This case is not on this device. Nothing was saved.");
    case Error::Forbidden:
        return forbidden(error, language);
    case Error::Invalid:
        if (error.field == u"path")
            return tr("Choose where to save the file.");
        return tr("Check the period: both dates are needed and the first must not be after the last.");
    case Error::Locked:
        return tr("Unlock the app first.");
    default:
        return tr("The file could not be written. Choose another place and try again. Nothing was saved.");
    }
}

QString disabled()
{
    return tr("Export is turned off on this device. It can be turned on in Settings.");
}

} // namespace Qadam::ExportMessages
