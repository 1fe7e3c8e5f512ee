#include "dashboardfilters.h"

#include "appsession.h"
#include "caseloadrecords.h"
#include "storeworker.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

constexpr int kPeriods[] = {3, 6, 12};

QVariantMap option(const QString &value, const QString &label)
{
    return {{u"value"_s, value}, {u"label"_s, label}};
}

using Choices = QList<std::pair<QString, QString>>; // label, value

/** "All …" first, then the choices sorted by label (two officers may share a name). */
QVariantList options(Choices choices, const QString &all)
{
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        const int c = QString::localeAwareCompare(a.first, b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    QVariantList out{option(QString(), all)};
    for (const auto &[label, value] : std::as_const(choices))
        out << option(value, label);
    return out;
}

QString language()
{
    AppSession *session = AppSession::instance();
    return session ? session->language() : u"ru"_s;
}

} // namespace

DashboardFilter DashboardChoice::query(const QDate &asOf) const
{
    DashboardFilter f;
    f.asOf = asOf;
    f.to = asOf;
    const QDate first = asOf.addMonths(-(months - 1));
    f.from = QDate(first.year(), first.month(), 1);
    f.territoryCode = region;
    f.officerId = officer;
    f.category = category;
    return f;
}

DashboardFilters::DashboardFilters(QObject *parent)
    : QObject(parent)
{
    m_regions = options({}, tr("All regions"));
    m_officers = options({}, tr("All officers"));
    m_categories = options({}, tr("All categories"));
    if (AppSession *session = AppSession::instance()) {
        connect(session, &AppSession::dataChanged, this, &DashboardFilters::reloadOptions);
        connect(session, &AppSession::languageChanged, this, &DashboardFilters::reloadOptions);
    }
    connect(this, &DashboardFilters::changed, this, &DashboardFilters::summaryChanged);
    connect(this, &DashboardFilters::optionsChanged, this, &DashboardFilters::summaryChanged);
    reloadOptions();
}

void DashboardFilters::setPeriodMonths(int months)
{
    if (months == m_choice.months || std::find(std::begin(kPeriods), std::end(kPeriods), months) == std::end(kPeriods))
        return;
    m_choice.months = months;
    Q_EMIT changed();
}

void DashboardFilters::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT changed();
}

void DashboardFilters::setRegion(const QString &region) { setField(m_choice.region, region); }
void DashboardFilters::setOfficer(const QString &officer) { setField(m_choice.officer, officer); }
void DashboardFilters::setCategory(const QString &category) { setField(m_choice.category, category); }

void DashboardFilters::reset()
{
    if (m_choice == DashboardChoice())
        return;
    m_choice = DashboardChoice();
    Q_EMIT changed();
}

QVariantList DashboardFilters::periodOptions() const
{
    QVariantList out;
    for (int months : kPeriods)
        out << QVariantMap{{u"value"_s, months}, {u"label"_s, tr("Last %n month(s)", nullptr, months)}};
    return out;
}

QString DashboardFilters::labelOf(const QVariantList &options, const QString &value)
{
    for (const QVariant &o : options)
        if (o.toMap().value(u"value"_s).toString() == value)
            return o.toMap().value(u"label"_s).toString();
    return value;
}

QString DashboardFilters::summaryText() const
{
    //: The dashboard's filters in one line: period · region · officer · category
    return tr("%1 · %2 · %3 · %4")
        .arg(tr("Last %n month(s)", nullptr, m_choice.months), labelOf(m_regions, m_choice.region),
             labelOf(m_officers, m_choice.officer), labelOf(m_categories, m_choice.category));
}

QString DashboardFilters::fromDate() const
{
    return m_choice.query(AppSession::today()).from.toString(Qt::ISODate);
}

QString DashboardFilters::toDate() const
{
    return m_choice.query(AppSession::today()).to.toString(Qt::ISODate);
}

void DashboardFilters::reloadOptions()
{
    AppSession *session = AppSession::instance();
    if (!session || session->state() != AppSession::State::Unlocked)
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    session->worker()->post(
        this,
        [lang = language()](CoreContext &ctx) {
            return DashboardQueries(ctx.db, ctx.actor).choices(ctx.today, lang);
        },
        [this](const Result<DashboardChoices> &choices) { applyChoices(choices); });
}

void DashboardFilters::applyChoices(const Result<DashboardChoices> &choices)
{
    m_loading = false;
    Q_EMIT loadingChanged();
    const QString error = choices.ok() ? QString() : tr("The filter choices could not be read from this device's store.");
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
    if (!choices.ok())
        return;
    Choices regions, officers, categories;
    for (const DashboardBucket &b : choices.value().regions)
        regions.append({b.label.isEmpty() ? b.key : b.label, b.key});
    for (const DashboardBucket &b : choices.value().officers)
        officers.append({b.label.isEmpty() ? tr("Unnamed officer") : b.label, b.key});
    for (const QString &c : choices.value().categories)
        categories.append({CaseloadRecords::categoryLabel(c), c});
    m_regions = options(regions, tr("All regions"));
    m_officers = options(officers, tr("All officers"));
    m_categories = options(categories, tr("All categories"));
    Q_EMIT optionsChanged();
}

} // namespace Qadam
