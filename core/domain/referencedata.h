#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam {

class Database;

/** One row of a reference dictionary: a code's labels over [validFrom, validTo). */
struct ReferenceEntry
{
    QString dictionary;
    QString code;
    QString parentCode; ///< e.g. "256" for "256.1"; empty at the top
    QDate validFrom;    ///< invalid: since always
    QDate validTo;      ///< first day no longer valid (exclusive); invalid: still valid
    QString labelKk;
    QString labelRu;
    QString labelEn;
    QJsonObject data; ///< dictionary-specific details (article parts, parameters, domains)

    /** The label in "kk", "ru" or "en"; empty for another language. */
    [[nodiscard]] QString label(const QString &language) const;
};

/**
 * The versioned reference dictionaries (criminal_article, restriction_type, intervention_type,
 * need_domain, territory) stored in ref_dictionary/ref_entry (migration 2). They are data, so
 * legal renumbering or a renamed region needs no release: a newer dictionary version arrives as
 * JSON (bundled at :/qadam/data/reference.json, or from the server) and replaces the old entries.
 * Records keep codes; labels are looked up for the date that matters (a territory's name on the
 * day of the record). Stateless; every call uses the given Database on its owning thread.
 *
 * JSON format 1:
 *   {"format": 1, "dictionaries": [{"name": "territory", "version": 2, "description": "…",
 *     "entries": [{"code": "KZ-AST", "parentCode": "…", "validFrom": "2019-03-23",
 *                  "validTo": "2022-09-17", "label": {"kk": "…", "ru": "…", "en": "…"},
 *                  "data": {…}}]}]}
 * validFrom/validTo/parentCode/data are optional; labels in all three languages are required.
 */
class ReferenceData
{
public:
    /** Where the bundled dictionaries live. */
    static constexpr auto kBuiltInResource = u":/qadam/data/reference.json";

    /** Imports every dictionary in `json` whose version is newer than the stored one, replacing
     *  its entries; older or equal versions are skipped. The whole document is checked first: a
     *  malformed one is Error::Invalid and writes nothing. One transaction (a savepoint when the
     *  caller already holds one, so a sync page can apply it with its cursor). */
    [[nodiscard]] static Status import(
        Database &db, const QByteArray &json, qint64 nowMs = SystemClock().nowMs());
    /** Imports the dictionaries bundled with this build. */
    [[nodiscard]] static Status importBuiltIn(Database &db, qint64 nowMs = SystemClock().nowMs());

    /** The label of `code` valid on `on`, in "kk", "ru" or "en". NotFound when the code is
     *  unknown or had no entry on that date; Invalid for another language or an invalid date. */
    [[nodiscard]] static Result<QString> label(
        Database &db, const QString &dictionary, const QString &code, const QString &language, QDate on);
    /** Whether the dictionary has `code` at any date (historical codes stay valid on old records). */
    [[nodiscard]] static Result<bool> contains(Database &db, const QString &dictionary, const QString &code);
    /** The stored version of a dictionary; 0 when it was never imported. */
    [[nodiscard]] static Result<int> version(Database &db, const QString &dictionary);
    /** A dictionary's entries ordered by code and date; only those valid on `on` when it is valid. */
    [[nodiscard]] static Result<QList<ReferenceEntry>> entries(
        Database &db, const QString &dictionary, QDate on = {});

    /** A dictionary's code → label valid on `on`, in "kk", "ru" or "en". */
    [[nodiscard]] static Result<QHash<QString, QString>> labels(
        Database &db, const QString &dictionary, const QString &language, QDate on);
    /** Territory code → the code of its region: the top of its parentCode chain (a region maps
     *  to itself). Every code the territory dictionary ever had. */
    [[nodiscard]] static Result<QHash<QString, QString>> regionOf(Database &db);

    /** The label languages: "kk", "ru", "en". */
    [[nodiscard]] static const QStringList &languages();
};

} // namespace Qadam
