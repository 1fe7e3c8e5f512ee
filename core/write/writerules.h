#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace Qadam {

class Database;

/**
 * A rule one entity's writes must pass beyond field validation and its state machine, checked
 * by WriteService inside the write's transaction for creates, patches and amendments (not for
 * commands, which have their own guards): e.g. a programme's plan items are frozen once the
 * programme left draft; a referral needs the same person's valid consent. `current` is empty on
 * create; `changes` holds the new values in storage form.
 */
using WriteRule = std::function<Status(Database &db, const QVariantMap &current, const QVariantMap &changes,
                                       const QDate &today)>;

/** The registry of write rules by entity. Immutable after construction; shared by app and server. */
class WriteRules
{
public:
    /** The casework engine's rules (core/casework/writerules.cpp). */
    [[nodiscard]] static const WriteRules &builtIn();
    /** No rules at all: for tests of the write path itself and for seeding pulled data. */
    [[nodiscard]] static const WriteRules &none();

    explicit WriteRules(QHash<QString, WriteRule> rules) : m_rules(std::move(rules)) { }
    [[nodiscard]] Status check(Database &db, const QString &entity, const QVariantMap &current,
                               const QVariantMap &changes, const QDate &today) const;

private:
    QHash<QString, WriteRule> m_rules;
};

} // namespace Qadam
