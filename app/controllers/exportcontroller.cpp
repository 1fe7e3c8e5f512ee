#include "exportcontroller.h"

#include "appsession.h"
#include "caseexport.h"
#include "exportmessages.h"
#include "storeworker.h"

#include "casework/accesspolicy.h"
#include "reporting/ngoactivityreport.h"
#include "reporting/statisticsexport.h"

#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** What an intent's work hands back to the GUI thread. */
struct Outcome
{
    bool ok = false;
    QString path;
    QString message;
};

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

std::optional<StatisticsPeriod> periodOf(const QString &name)
{
    if (name.isEmpty() || name == u"month")
        return StatisticsPeriod::Month;
    if (name == u"quarter")
        return StatisticsPeriod::Quarter;
    if (name == u"year")
        return StatisticsPeriod::Year;
    return std::nullopt;
}

Outcome failure(const Error &error, const QString &language)
{
    return { false, {}, ExportMessages::failure(error, language) };
}

Outcome csvOutcome(const Result<ExportReceipt> &written, const QString &path, const QString &language)
{
    if (!written.ok())
        return failure(written.error(), language);
    const ExportReceipt &receipt = written.value();
    const QString file = QFileInfo(path).fileName();
    if (receipt.suppressedCells > 0)
        //: %1 the file, %2 data rows, %3 cells hidden because they count fewer than five people or events
        return { true, path, ExportController::tr("Saved %1: %2 rows, %3 small cells suppressed.")
                                 .arg(file).arg(receipt.rows).arg(receipt.suppressedCells) };
    //: %1 the file, %2 data rows
    return { true, path, ExportController::tr("Saved %1: %2 rows.").arg(file).arg(receipt.rows) };
}

} // namespace

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{
    if (auto *session = AppSession::instance()) {
        connect(session, &AppSession::settingsChanged, this, &ExportController::availableChanged);
        connect(session, &AppSession::stateChanged, this, &ExportController::availableChanged);
        connect(session, &AppSession::identityChanged, this, &ExportController::availableChanged);
    }
}

bool ExportController::available() const
{
    const AppSession *session = AppSession::instance();
    return session && session->exportEnabled() && session->state() == AppSession::State::Unlocked;
}

bool ExportController::mayExportCases() const
{
    const AppSession *session = AppSession::instance();
    const EntitySpec *person = Schema::builtIn().entity(u"Person"_s);
    if (!available() || !person)
        return false;
    // A case in every scope the policy knows: may this role export a case report at all?
    AccessContext anyCase;
    anyCase.personId = u"any"_s;
    anyCase.actorActive = anyCase.ownCase = anyCase.inUnit = anyCase.inRegion = true;
    anyCase.referral = ReferralStanding::Active;
    return AccessPolicy::builtIn()
        .decide(session->actor(), *person, AccessAction::Export, FieldGroup::Basics, { { u"id"_s, u"any"_s } }, anyCase)
        .allowed();
}

QString ExportController::localPath(const QUrl &fileUrl)
{
    return fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString(QUrl::PreferLocalFile);
}

bool ExportController::begin()
{
    if (m_busy)
        return false;
    if (!available()) {
        Q_EMIT failed(ExportMessages::disabled());
        return false;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    return true;
}

void ExportController::finish(const QString &path, const QString &message, bool ok)
{
    m_busy = false;
    Q_EMIT busyChanged();
    if (ok)
        Q_EMIT succeeded(path, message);
    else
        Q_EMIT failed(message);
}

void ExportController::exportCasePdf(const QString &personId, const QUrl &fileUrl)
{
    if (!begin())
        return;
    const QString path = localPath(fileUrl);
    const QString language = AppSession::instance()->language();
    AppSession::instance()->worker()->write(this, [personId, path, language](CoreContext &ctx) {
        auto written = CaseExport::writePdf(ctx, personId, path, language);
        if (!written.ok())
            return failure(written.error(), language);
        return Outcome { true, path, tr("Case report saved: %1").arg(QFileInfo(path).fileName()) };
    }, [this](const Outcome &o) { finish(o.path, o.message, o.ok); });
}

void ExportController::exportStatistics(const QString &from, const QString &to, const QString &period, const QUrl &fileUrl)
{
    if (!begin())
        return;
    const QString path = localPath(fileUrl);
    const QString language = AppSession::instance()->language();
    const auto rows = periodOf(period);
    AppSession::instance()->worker()->write(this, [=](CoreContext &ctx) {
        if (path.isEmpty())
            return failure(Error::make(Error::Invalid, {}, u"path"_s), language);
        if (!rows)
            return failure(Error::make(Error::Invalid, u"statistics: unknown period"_s, u"period"_s), language);
        StatisticsOptions options;
        options.from = isoDate(from);
        options.to = isoDate(to);
        options.asOf = ctx.today;
        options.period = *rows;
        return csvOutcome(StatisticsExport(ctx.db, ctx.clock, ctx.actor).writeFile(options, path), path, language);
    }, [this](const Outcome &o) { finish(o.path, o.message, o.ok); });
}

void ExportController::exportNgoActivity(const QString &from, const QString &to, const QString &organisationId,
    const QUrl &fileUrl)
{
    if (!begin())
        return;
    const QString path = localPath(fileUrl);
    const QString language = AppSession::instance()->language();
    AppSession::instance()->worker()->write(this, [=](CoreContext &ctx) {
        if (path.isEmpty())
            return failure(Error::make(Error::Invalid, {}, u"path"_s), language);
        NgoActivityOptions options;
        options.from = isoDate(from);
        options.to = isoDate(to);
        options.asOf = ctx.today;
        options.organisationId = organisationId;
        options.language = language;
        return csvOutcome(NgoActivityReport(ctx.db, ctx.clock, ctx.actor).writeFile(options, path), path, language);
    }, [this](const Outcome &o) { finish(o.path, o.message, o.ok); });
}

QString ExportController::suggestedFileName(const QString &kind, const QString &subject) const
{
    const QString stamp = AppSession::today().toString(Qt::ISODate);
    if (kind == u"case")
        return u"case-report-%1-%2.pdf"_s.arg(subject.section(u'-', -1), stamp);
    if (kind == u"ngo")
        return u"ngo-activity-%1.csv"_s.arg(stamp);
    return u"statistics-%1.csv"_s.arg(stamp);
}

} // namespace Qadam
