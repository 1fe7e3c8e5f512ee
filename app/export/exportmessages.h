#pragma once

#include <QString>

namespace Qadam {

struct Error;

/**
 * What an export's failure means for the person who asked for it, translated (tr() context
 * "ExportMessages"; the policy's own wording for scope refusals, in `language`). Shared by
 * ExportController and `qadam export`, so the app and the command line say the same thing.
 * Reentrant.
 */
namespace ExportMessages {

[[nodiscard]] QString failure(const Error &error, const QString &language);
/** Export is switched off on this device (phones and tablets by default). */
[[nodiscard]] QString disabled();

} // namespace ExportMessages

} // namespace Qadam
