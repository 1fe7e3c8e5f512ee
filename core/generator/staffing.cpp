#include "staffing.h"

#include "namebank.h"
#include "seededrandom.h"
#include "vocabulary.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

constexpr int kCasesPerOfficer = 40;
constexpr int kCasesPerCounsellor = 120;
constexpr int kOfficersPerSupervisor = 10;

int totalWeight()
{
    int total = 0;
    for (const Region &r : Vocabulary::regions())
        total += r.weight;
    return total;
}

int share(int people, int region, int perStaff)
{
    const double cases = double(people) * Vocabulary::regions().at(region).weight / totalWeight();
    return std::max(1, int(std::ceil(cases / perStaff)));
}

} // namespace

QString Staffing::writeOrganisation(
    RecordWriter &writer, SeededRandom &rng, const QString &kind, int region, int n)
{
    const Region &r = Vocabulary::regions().at(region);
    const QStringList names = Vocabulary::organisationNames(kind, r, n);
    RecordDraft d(u"Organisation"_s);
    d.set(u"nameKk"_s, names.at(0)).set(u"nameRu"_s, names.at(1)).set(u"nameEn"_s, names.at(2));
    d.set(u"kind"_s, kind).set(u"territoryCode"_s, r.code);
    return writer.write(d, officeTimeMs(m_since, rng), m_reference);
}

Author Staffing::writeStaff(
    RecordWriter &writer, SeededRandom &rng, const QString &role, const QString &organisationId, int region)
{
    RecordDraft d(u"StaffUser"_s);
    d.set(u"displayName"_s, NameBank::staffDisplayName(rng)).set(u"role"_s, role);
    d.set(u"organisationId"_s, organisationId).set(u"territoryCode"_s, Vocabulary::regions().at(region).code);
    d.set(u"preferredLanguage"_s, rng.chance(0.6) ? u"kk"_s : u"ru"_s).set(u"status"_s, u"active"_s);
    const qint64 at = officeTimeMs(rng.dateBetween(m_since, m_since.addYears(2)), rng);
    Author author;
    author.staffId = writer.write(d, at, m_reference);
    author.deviceId = rng.uuidV7(at);
    return author;
}

QList<Author> Staffing::writeStaffList(RecordWriter &writer, SeededRandom &rng, int count,
    const QString &role, const QString &organisationId, int region)
{
    QList<Author> list;
    for (int i = 0; i < count; ++i)
        list << writeStaff(writer, rng, role, organisationId, region);
    return list;
}

void Staffing::write(RecordWriter &writer, SeededRandom &rng, int people, const QDate &today)
{
    m_since = today.addYears(-9);
    const qint64 at = officeTimeMs(m_since, rng);
    m_reference = { rng.uuidV7(at), rng.uuidV7(at) }; // the server import, not a local StaffUser
    m_regions.clear();
    for (int i = 0; i < Vocabulary::regions().size(); ++i) {
        RegionStaff rs;
        rs.probationUnitId = writeOrganisation(writer, rng, u"probation_service"_s, i, 0);
        rs.policeUnitId = writeOrganisation(writer, rng, u"police"_s, i, 0);
        const int officers = share(people, i, kCasesPerOfficer);
        rs.probationOfficers
            = writeStaffList(writer, rng, officers, u"probation_officer"_s, rs.probationUnitId, i);
        rs.policeOfficers = writeStaffList(writer, rng, officers, u"police_officer"_s, rs.policeUnitId, i);
        rs.supervisors = writeStaffList(writer, rng, std::max(1, officers / kOfficersPerSupervisor),
            u"supervisor"_s, rs.probationUnitId, i);
        if (i == 0)
            (void)writeStaff(writer, rng, u"administrator"_s, rs.probationUnitId, i);
        const QStringList kinds = { u"ngo"_s, u"ngo"_s, u"religious_board"_s, u"health"_s };
        for (int k = 0; k < kinds.size(); ++k) {
            Provider p { writeOrganisation(writer, rng, kinds.at(k), i, k), kinds.at(k), {} };
            p.counsellors = writeStaffList(
                writer, rng, share(people, i, kCasesPerCounsellor), u"counsellor"_s, p.organisationId, i);
            rs.providers << p;
        }
        m_regions << rs;
    }
}

const Provider *Staffing::provider(int region, const QString &kind, SeededRandom &rng) const
{
    QList<const Provider *> matches;
    for (const Provider &p : m_regions.at(region).providers)
        if (p.kind == kind)
            matches << &p;
    return matches.isEmpty() ? nullptr : matches.at(rng.below(int(matches.size())));
}

} // namespace Qadam
