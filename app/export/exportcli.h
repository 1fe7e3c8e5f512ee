#pragma once

#include <QString>

namespace Qadam {

/**
 * `qadam export …`: the exports without a window, for scheduled reporting.
 *
 *   qadam export case-pdf     --person ID --out FILE.pdf [--lang kk|ru|en]
 *   qadam export statistics   --from DATE --to DATE --out FILE.csv [--period month|quarter|year]
 *   qadam export ngo-activity --from DATE --to DATE --out FILE.csv [--organisation ID]
 *   common: --data-dir DIR --key-dir DIR --passphrase-file FILE (else one line on stdin)
 *
 * It unlocks this device's vault like the app does (the same failed-attempt counter and wipe
 * rule), acts as the enrolled user under the same access policy, and writes the file with its
 * audit event (CaseExport, StatisticsExport, NgoActivityReport). The passphrase is never taken
 * from the command line and never printed or logged. Exit codes: 0 written; 1 bad arguments;
 * 2 the vault did not open (wrong passphrase, locked out, no vault); 3 refused (unknown case,
 * outside scope, no permission); 4 the file could not be written. Nothing is written unless 0.
 * Runs in its own QGuiApplication (fonts for the PDF), offscreen when there is no display.
 */
namespace ExportCli {

/** Whether the arguments ask for `qadam export …`. */
[[nodiscard]] bool requested(int argc, char **argv);
/** Runs the export command; the process exit code. */
[[nodiscard]] int exec(int argc, char **argv);
/** The synopsis `qadam --help` shows. */
[[nodiscard]] QString synopsis();

} // namespace ExportCli

} // namespace Qadam
