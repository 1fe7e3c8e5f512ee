// The individual programme of social and legal assistance (PEC Art. 172 part 7) and its measures:
// state machines. Approval freezes a version; a revision supersedes it with a new draft.
#include "commandhelpers.h"
#include "machines.h"

#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using namespace CommandHelpers;

const QList<Role> kOfficer = {Role::ProbationOfficer};
const QList<Role> kSupervisor = {Role::Supervisor};
const QList<Role> kCaseStaff = {Role::ProbationOfficer, Role::Supervisor};

CommandSpec approve()
{
    CommandSpec c{u"approve"_s, {u"submitted"_s}, u"approved"_s};
    c.roles = kSupervisor;
    c.guard = [](const CommandContext &ctx) {
        return ctx.actor.userId == text(ctx.before.fields, u"draftedBy"_s)
                   ? Error::make(Error::Forbidden, u"a supervisor never approves a programme they drafted"_s,
                                 u"approvedBy"_s)
                   : Status{};
    };
    c.derive = stamp(u"approvedBy"_s, u"approvedAt"_s);
    return c;
}

CommandSpec revise()
{
    CommandSpec c{u"revise"_s, {u"approved"_s, u"active"_s, u"under_review"_s}, u"superseded"_s};
    c.roles = kCaseStaff;
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        QVariantMap draft = {{u"versionNo"_s, after.fields.value(u"versionNo"_s).toLongLong() + 1},
                             {u"status"_s, u"draft"_s}, {u"supersedesId"_s, after.id},
                             {u"draftedBy"_s, ctx.actor.userId}};
        for (const QString &kept : {u"personId"_s, u"orderId"_s, u"personCategory"_s, u"templateVersion"_s})
            if (after.fields.contains(kept))
                draft.insert(kept, after.fields.value(kept));
        return Status::of(w.create(u"AssistanceProgramme"_s, draft));
    };
    return c;
}

} // namespace

StateMachine programmeMachine()
{
    CommandSpec submit{u"submit"_s, {u"draft"_s}, u"submitted"_s};
    submit.roles = kOfficer;
    CommandSpec sendBack{u"return"_s, {u"submitted"_s}, u"draft"_s};
    sendBack.roles = kSupervisor;
    sendBack.params = {u"supervisorComment"_s};
    sendBack.requiredParams = {u"supervisorComment"_s};
    CommandSpec activate{u"activate"_s, {u"approved"_s}, u"active"_s};
    activate.roles = kCaseStaff;
    activate.derive = stampDate(u"activatedOn"_s);
    CommandSpec startReview{u"start_review"_s, {u"active"_s}, u"under_review"_s};
    startReview.roles = kCaseStaff;
    CommandSpec finishReview{u"finish_review"_s, {u"under_review"_s}, u"active"_s};
    finishReview.roles = kCaseStaff;
    CommandSpec complete{u"complete"_s, {u"active"_s, u"under_review"_s}, u"completed"_s};
    complete.roles = kCaseStaff;
    complete.derive = stampDate(u"completedOn"_s);
    CommandSpec close{u"close"_s, {u"draft"_s, u"submitted"_s, u"approved"_s, u"active"_s, u"under_review"_s}, u"closed"_s};
    close.roles = kCaseStaff;
    close.params = {u"closureReason"_s};
    close.requiredParams = {u"closureReason"_s};
    return StateMachine{u"AssistanceProgramme"_s, u"status"_s, {u"draft"_s},
                        {u"submitted"_s, u"approved"_s, u"active"_s, u"under_review"_s, u"completed"_s, u"closed"_s,
                         u"superseded"_s},
                        {submit, sendBack, approve(), activate, startReview, finishReview, complete, close, revise()}};
}

StateMachine measureMachine()
{
    const QStringList open = {u"planned"_s, u"in_progress"_s};
    CommandSpec start{u"start"_s, {u"planned"_s}, u"in_progress"_s};
    CommandSpec done{u"complete"_s, open, u"done"_s};
    done.params = {u"deliveredOn"_s, u"evidence"_s, u"evidenceLinks"_s};
    done.requiredParams = {u"deliveredOn"_s};
    CommandSpec cancel{u"cancel"_s, open, u"cancelled"_s};
    cancel.roles = kCaseStaff;
    CommandSpec impossible{u"mark_not_possible"_s, open, u"not_possible"_s};
    impossible.params = {u"notPossibleReason"_s};
    impossible.requiredParams = {u"notPossibleReason"_s};
    return StateMachine{u"ProgrammeMeasure"_s, u"status"_s, open, {}, {start, done, cancel, impossible}};
}

} // namespace Qadam
