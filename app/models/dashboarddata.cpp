#include "dashboarddata.h"

#include "appsession.h"
#include "dashboardfilters.h"
#include "storeworker.h"

using namespace Qt::StringLiterals;

namespace Qadam {

DashboardData::DashboardData(QObject *parent)
    : QObject(parent)
{
    if (AppSession *session = AppSession::instance()) {
        connect(session, &AppSession::dataChanged, this, &DashboardData::reload);
        connect(session, &AppSession::languageChanged, this, &DashboardData::reload);
        connect(session, &AppSession::stateChanged, this, &DashboardData::reload);
    }
    // After QML has set the filters: one load, not one without and one with them.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_started = true;
            reload();
        },
        Qt::QueuedConnection);
}

void DashboardData::setFilters(DashboardFilters *filters)
{
    if (filters == m_filters)
        return;
    if (m_filters)
        disconnect(m_filters, nullptr, this, nullptr);
    m_filters = filters;
    if (m_filters)
        connect(m_filters, &DashboardFilters::changed, this, &DashboardData::reload);
    Q_EMIT filtersChanged();
    reload();
}

void DashboardData::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void DashboardData::reload()
{
    AppSession *session = AppSession::instance();
    if (!m_started || !session || session->state() != AppSession::State::Unlocked)
        return;
    if (m_loading) {
        m_pending = true; // the running load may predate this change
        return;
    }
    setLoading(true);
    const DashboardChoice choice = m_filters ? m_filters->choice() : DashboardChoice();
    const QString language = session->language();
    session->worker()->post(
        this,
        [choice, language](CoreContext &ctx) {
            return DashboardQueries(ctx.db, ctx.actor).figures(choice.query(ctx.today), language);
        },
        [this, language](Result<DashboardFigures> figures) { apply(std::move(figures), language); });
}

void DashboardData::apply(Result<DashboardFigures> figures, const QString &language)
{
    setLoading(false);
    const QString error = figures.ok() ? QString()
        //: The supervisor's dashboard could not compute its figures
        : tr("The figures could not be read from this device's store. Try again; if it keeps failing, sync and reopen "
             "the app.");
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
    if (figures.ok()) {
        m_figures = std::make_shared<const DashboardFigures>(std::move(figures).value());
        m_language = language;
        ++m_revision;
        Q_EMIT figuresChanged();
    }
    if (std::exchange(m_pending, false))
        reload();
}

} // namespace Qadam
