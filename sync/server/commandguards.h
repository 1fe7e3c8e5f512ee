#pragma once

#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace Qadam::Server {

/**
 * The guards of the casework state machines that need no local Database, re-implemented for the
 * server (the core guards take a CommandContext with a Database the server does not have):
 *  - AssistanceProgramme approve: never by the programme's author (draftedBy);
 *  - SupervisionOrder extend (a later end date), suspend (startsOn) and resume (endsOn) dates,
 *    expire only after endsOn;
 *  - Referral expire only after termEnd; report_outcome / complete: attendedCount not negative;
 *  - Alert acknowledge / resolve: held by the actor (assigned, routed to their role, unrouted, or
 *    a supervisor); escalate raises the level and never routes to administrators.
 * Guards that read other records are NOT run on the server; the client ran them inside its own
 * write transaction: programme submit (a need with a goal and a measure), referral accept /
 * activate / report_outcome / complete (the person's valid consent, measure and counsellor
 * links), measure start / complete / cancel / mark_not_possible (programme in force) and measure
 * complete's evidence links.
 */
[[nodiscard]] Status checkServerGuard(const QString &entity, const QString &command, const QVariantMap &before,
                                      const QVariantMap &params, const Actor &actor, const QDate &today);

} // namespace Qadam::Server
