#pragma once

#include "recordwriter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Qadam {

class SeededRandom;

/** An organisation that delivers measures (NGO, religious board, health centre) and its counsellors. */
struct Provider
{
    QString organisationId;
    QString kind;
    QList<Author> counsellors;
};

/** The organisations and staff of one region. */
struct RegionStaff
{
    QString probationUnitId;
    QString policeUnitId;
    QList<Author> probationOfficers;
    QList<Author> policeOfficers;
    QList<Author> supervisors;
    QList<Provider> providers;
};

/**
 * The synthetic organisations and staff users: per region a probation service, a police
 * department, two NGOs, a religious board and a mental-health centre, with officers sized to the
 * caseload (about 40 cases an officer), supervisors, counsellors and one administrator.
 * Written first, so every case can refer to them. Used on the generator's thread only.
 */
class Staffing
{
public:
    /** Writes every organisation and staff user for a caseload of `people`. */
    void write(RecordWriter &writer, SeededRandom &rng, int people, const QDate &today);

    [[nodiscard]] const RegionStaff &region(int index) const { return m_regions.at(index); }
    /** Author of reference records (organisations, staff users): the server's reference-data import. */
    [[nodiscard]] const Author &referenceAuthor() const { return m_reference; }
    /** The region's provider of `kind`, or null if it has none. */
    [[nodiscard]] const Provider *provider(int region, const QString &kind, SeededRandom &rng) const;

private:
    QString writeOrganisation(
        RecordWriter &writer, SeededRandom &rng, const QString &kind, int region, int n);
    Author writeStaff(RecordWriter &writer, SeededRandom &rng, const QString &role,
        const QString &organisationId, int region);
    QList<Author> writeStaffList(RecordWriter &writer, SeededRandom &rng, int count, const QString &role,
        const QString &organisationId, int region);

    QList<RegionStaff> m_regions;
    Author m_reference;
    QDate m_since;
};

} // namespace Qadam
