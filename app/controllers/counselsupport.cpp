#include "counselsupport.h"

#include "caseloadrecords.h"

#include "storeworker.h"

#include "casework/caseaccess.h"
#include "domain/referencedata.h"
#include "domain/schema.h"
#include "store/database.h"
#include "write/statemachine.h"
#include "write/writeservice.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Qadam::Counsel {

QString personName(Database &db, const QString &personId)
{
    auto stmt = db.prepare(u"SELECT surname_cyr, given_name_cyr, patronymic_cyr, surname_lat, given_name_lat, "
                           u"patronymic_lat FROM person WHERE id = ?1"_s);
    if (!stmt.ok())
        return {};
    Statement &s = stmt.value();
    s.bind(1, personId);
    auto row = s.step();
    if (!row.ok() || !row.value())
        return {};
    const QString cyr = CaseloadRecords::listName(s.text(0), s.text(1), s.text(2));
    return !cyr.isEmpty() ? cyr : CaseloadRecords::listName(s.text(3), s.text(4), s.text(5));
}

QString staffName(Database &db, const QString &staffId)
{
    return scalarText(db, u"SELECT display_name FROM staff_user WHERE id = ?1"_s, { staffId });
}

QString organisationName(Database &db, const QString &organisationId, const QString &language)
{
    const QString column = language == u"kk" ? u"name_kk"_s : language == u"en" ? u"name_en"_s : u"name_ru"_s;
    const QString name = scalarText(
        db, u"SELECT coalesce(%1, name_ru) FROM organisation WHERE id = ?1"_s.arg(column), { organisationId });
    return name;
}

QString dictionaryLabel(
    Database &db, const QString &dictionary, const QString &code, const QString &language, const QDate &on)
{
    auto label = ReferenceData::label(db, dictionary, code, language, on);
    if (label.ok() && !label.value().isEmpty())
        return label.value();
    // A code no longer valid on `on` keeps a label from any date (historical records).
    auto all = ReferenceData::entries(db, dictionary);
    if (all.ok())
        for (const ReferenceEntry &e : all.value())
            if (e.code == code)
                return e.label(language);
    return code;
}

AccessContext accessOn(CoreContext &ctx, const QString &personId)
{
    auto access = CaseAccess(ctx.db).resolve(ctx.actor, personId, ctx.today);
    return access.ok() ? access.value() : AccessContext {};
}

QVariantMap readable(CoreContext &ctx, const Record &record, const AccessContext &access)
{
    const EntitySpec *spec = Schema::builtIn().entity(record.entity);
    if (!spec)
        return {};
    QVariantMap fields = record.fields;
    fields.insert(u"id"_s, record.id);
    return AccessPolicy::builtIn().readable(ctx.actor, *spec, fields, access);
}

bool mayRead(CoreContext &ctx, const Record &record, const AccessContext &access, FieldGroup group)
{
    const EntitySpec *spec = Schema::builtIn().entity(record.entity);
    QVariantMap fields = record.fields;
    fields.insert(u"id"_s, record.id);
    return spec && AccessPolicy::builtIn().decide(ctx.actor, *spec, AccessAction::Read, group, fields, access).allowed();
}

bool mayCommand(CoreContext &ctx, const Record &record, const AccessContext &access, const QString &command)
{
    const EntitySpec *spec = Schema::builtIn().entity(record.entity);
    const StateMachine *machine = StateMachines::builtIn().forEntity(record.entity);
    const CommandSpec *cmd = machine ? machine->command(command) : nullptr;
    if (!spec || !cmd || !cmd->from.contains(record.fields.value(machine->stateField).toString()))
        return false;
    if (!cmd->roles.isEmpty() && !cmd->roles.contains(ctx.actor.role))
        return false;
    QVariantMap fields = record.fields;
    fields.insert(u"id"_s, record.id);
    return AccessPolicy::builtIn().decideFields(ctx.actor, *spec, AccessAction::Command, {}, fields, access).allowed();
}

bool mayCreate(CoreContext &ctx, const QString &entity, const QVariantMap &fields, const AccessContext &access)
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    return spec
        && AccessPolicy::builtIn()
               .decide(ctx.actor, *spec, AccessAction::Create, FieldGroup::Basics, fields, access)
               .allowed();
}

QString scalarText(Database &db, const QString &sql, const QVariantList &params)
{
    auto value = db.scalar(sql, params);
    return value.ok() ? value.value().toString() : QString();
}

Result<QStringList> ids(Database &db, const QString &sql, const QVariantList &params)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt.value().bind(i + 1, params.at(i));
    QStringList out;
    for (;;) {
        auto more = stmt.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return out;
        out << stmt.value().text(0);
    }
}

QString errorText(const Error &error, const QString &what)
{
    // Spelled out: lupdate reads QCoreApplication::translate("Counsel", "…") calls, not wrappers.
    using QC = QCoreApplication;
    switch (error.code) {
    case Error::Forbidden:
        //: %1 is an action, e.g. "accept the referral"
        return QC::translate("Counsel", "Your role may not %1 on this case.").arg(what);
    case Error::Conflict:
        //: %1 is an action, e.g. "accept the referral"
        return QC::translate("Counsel", "Someone changed this record meanwhile. The list is reloaded; please %1 again.").arg(what);
    case Error::InvalidTransition:
        //: %1 is an action, e.g. "accept the referral"
        return QC::translate("Counsel", "It is no longer possible to %1: its status has changed.").arg(what);
    case Error::NotFound:
        return QC::translate("Counsel", "The record is no longer on this device.");
    case Error::Locked:
        return QC::translate("Counsel", "The app is locked. Unlock it and try again.");
    case Error::Invalid:
        //: %1 is an action; %2 is the name of a form field (technical)
        return QC::translate("Counsel", "Could not %1: check the field \"%2\".").arg(what, error.field);
    default:
        //: %1 is an action, e.g. "accept the referral"
        return QC::translate("Counsel", "Could not %1: the device's store refused the change. Nothing was saved.").arg(what);
    }
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}

QVariantList choices(const QStringList &codes, QString (*label)(const QString &))
{
    QVariantList out;
    for (const QString &code : codes)
        out << QVariantMap { { u"code"_s, code }, { u"label"_s, label(code) } };
    return out;
}

} // namespace Qadam::Counsel
