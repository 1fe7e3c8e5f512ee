#pragma once

#include "util/result.h"

#include <QDate>
#include <QJsonDocument>
#include <QString>
#include <QVariantMap>

#include <initializer_list>

namespace Qadam {

/** The built-in schema's cross-field rules (one per entity that has one) and the helpers they
 *  share. Pure functions of a record's merged fields; any thread. */
namespace SchemaRules {

[[nodiscard]] Status fail(const QString &field, const QString &why);
[[nodiscard]] bool has(const QVariantMap &m, const QString &key);
[[nodiscard]] QString str(const QVariantMap &m, const QString &key);
[[nodiscard]] QDate dateOf(const QVariantMap &m, const QString &key);
[[nodiscard]] QJsonDocument jsonOf(const QVariantMap &m, const QString &key);
[[nodiscard]] Status notBefore(const QVariantMap &m, const QString &earlier, const QString &later);
[[nodiscard]] Status neededWhen(const QVariantMap &m, const QString &field, const QString &value, const QString &needed);
[[nodiscard]] Status firstFailure(std::initializer_list<Status> results);
[[nodiscard]] Status personCheck(const QVariantMap &m);
[[nodiscard]] Status convictionCheck(const QVariantMap &m);
[[nodiscard]] Status programmeCheck(const QVariantMap &m);
[[nodiscard]] Status orderCheck(const QVariantMap &m);
[[nodiscard]] Status referralCheck(const QVariantMap &m);
[[nodiscard]] Status checkInCheck(const QVariantMap &m);
[[nodiscard]] Status sessionCheck(const QVariantMap &m);
[[nodiscard]] Status judgementsCheck(const QVariantMap &m);
[[nodiscard]] Status reviewCheck(const QVariantMap &m);
[[nodiscard]] Status alertCheck(const QVariantMap &m);
[[nodiscard]] Status documentCheck(const QVariantMap &m);

} // namespace SchemaRules

} // namespace Qadam
