#include "reviewmodel.h"

#include "appsession.h"
#include "counselsupport.h"
#include "reviewcontroller.h"
#include "storeworker.h"

#include "casework/progressreview.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kHeadsSql = u"SELECT id FROM progress_review AS t WHERE person_id = ?1 AND NOT EXISTS "
                          u"(SELECT 1 FROM progress_review AS a WHERE a.amends_id = t.id) "
                          u"ORDER BY period_end DESC, hlc DESC"_s;
/** Review heads without a sign-off, oldest period first: the candidates of the sign-off queue. */
const QString kUnsignedSql = u"SELECT id FROM progress_review AS t WHERE signed_off_by IS NULL AND NOT EXISTS "
                             u"(SELECT 1 FROM progress_review AS a WHERE a.amends_id = t.id) "
                             u"ORDER BY period_end, hlc"_s;
/** Who drafted the programme a review judges. */
const QString kProgrammeAuthorSql = u"SELECT drafted_by FROM assistance_programme WHERE id = ?1"_s;
/** Who wrote the original record of the chain from ?1. */
const QString kOriginalAuthorSql
    = u"WITH RECURSIVE up(id, amends, author) AS (SELECT id, amends_id, created_by FROM progress_review "
      u"WHERE id = ?1 UNION ALL SELECT p.id, p.amends_id, p.created_by FROM progress_review AS p JOIN up "
      u"ON p.id = up.amends LIMIT 1000) SELECT author FROM up WHERE amends IS NULL"_s;

QString levelLabel(int rating, const QString &language)
{
    const QJsonObject scale = ProgressReviewService::scales().value(u"judgement"_s).toObject();
    for (const QJsonValue &l : scale.value(u"levels"_s).toArray())
        if (l.toObject().value(u"rating"_s).toInt() == rating) {
            const QJsonObject labels = l.toObject().value(u"label"_s).toObject();
            return labels.value(language).toString(labels.value(u"ru"_s).toString());
        }
    return {};
}

QString judgementsText(CoreContext &ctx, const QVariantMap &fields, const QString &language)
{
    QStringList lines;
    const QJsonArray all = QJsonDocument::fromJson(fields.value(u"judgements"_s).toString().toUtf8()).array();
    for (const QJsonValue &v : all) {
        const QJsonObject j = v.toObject();
        const int rating = j.value(u"rating"_s).toInt();
        //: one judgement of a review: %1 need domain, %2 rating 1–5, %3 the rating's meaning
        lines << ReviewModel::tr("%1: %2 — %3")
                     .arg(Counsel::dictionaryLabel(
                              ctx.db, u"need_domain"_s, j.value(u"domain"_s).toString(), language, ctx.today))
                     .arg(rating)
                     .arg(levelLabel(rating, language));
    }
    return lines.join(u'\n');
}

ReviewModel::Row rowOf(CoreContext &ctx, const Record &record, const QVariantMap &f, const QString &language)
{
    ReviewModel::Row row;
    row.id = record.id;
    row.personId = record.fields.value(u"personId"_s).toString();
    row.personName = Counsel::personName(ctx.db, row.personId);
    const auto day = [&](const QString &k) {
        return Counsel::dateText(QDate::fromString(f.value(k).toString(), Qt::ISODate));
    };
    row.periodText = u"%1 – %2"_s.arg(day(u"periodStart"_s), day(u"periodEnd"_s));
    row.authorName = Counsel::staffName(ctx.db, Counsel::scalarText(ctx.db, kOriginalAuthorSql, { record.id }));
    const QString signer = f.value(u"signedOffBy"_s).toString();
    row.signedOff = !signer.isEmpty();
    const QDate signedOn = QDateTime::fromMSecsSinceEpoch(f.value(u"signedOffAt"_s).toLongLong(),
        QTimeZone(QByteArrayLiteral("Asia/Almaty"))).date();
    row.signedOffText = row.signedOff
        //: %1 a supervisor's name, %2 a date
        ? ReviewModel::tr("Signed off by %1 on %2").arg(Counsel::staffName(ctx.db, signer), Counsel::dateText(signedOn))
        : ReviewModel::tr("Awaiting sign-off");
    row.judgementsText = judgementsText(ctx, f, language);
    const QDate next = QDate::fromString(f.value(u"nextReviewOn"_s).toString(), Qt::ISODate);
    if (row.signedOff && next.isValid())
        //: %1 the date the next progress review is due
        row.nextReviewText = ReviewModel::tr("Next review due on %1").arg(Counsel::dateText(next));
    if (ctx.actor.role == Role::Supervisor && !row.signedOff) {
        // Core's rule (ProgressReviewService::checkSigner): never on a programme they drafted.
        const QString author
            = Counsel::scalarText(ctx.db, kProgrammeAuthorSql, { f.value(u"programmeId"_s).toString() });
        const Status signerCheck = ProgressReviewService::checkSigner(ctx.actor.userId, { { u"draftedBy"_s, author } });
        row.canSignOff = signerCheck.ok();
        if (!row.canSignOff)
            row.signOffNote = ReviewController::signOffError(signerCheck.error());
    }
    return row;
}

struct Loaded
{
    QList<ReviewModel::Row> rows;
    QString error;
    bool canCreate = false;
};

/** The supervisor's queue: unsigned reviews of cases they reach that they may sign off. */
Loaded loadQueue(CoreContext &ctx, const QString &language)
{
    Loaded out;
    if (ctx.actor.role != Role::Supervisor)
        return out;
    auto ids = Counsel::ids(ctx.db, kUnsignedSql, {});
    if (!ids.ok()) {
        out.error = Counsel::errorText(ids.error(), ReviewModel::tr("load the reviews"));
        return out;
    }
    QHash<QString, AccessContext> contexts;
    for (const QString &id : ids.value()) {
        auto record = ctx.writes.get(u"ProgressReview"_s, id);
        if (!record.ok())
            continue;
        const QString personId = record.value().fields.value(u"personId"_s).toString();
        if (!contexts.contains(personId))
            contexts.insert(personId, Counsel::accessOn(ctx, personId));
        const QVariantMap f = Counsel::readable(ctx, record.value(), contexts[personId]);
        if (f.isEmpty())
            continue;
        ReviewModel::Row row = rowOf(ctx, record.value(), f, language);
        if (row.canSignOff)
            out.rows << row;
    }
    return out;
}

Loaded load(CoreContext &ctx, const QString &personId, const QString &language)
{
    Loaded out;
    auto ids = Counsel::ids(ctx.db, kHeadsSql, { personId });
    if (!ids.ok()) {
        out.error = Counsel::errorText(ids.error(), ReviewModel::tr("load the reviews"));
        return out;
    }
    const AccessContext access = Counsel::accessOn(ctx, personId);
    out.canCreate = (ctx.actor.role == Role::ProbationOfficer || ctx.actor.role == Role::Supervisor)
        && Counsel::mayCreate(ctx, u"ProgressReview"_s, { { u"personId"_s, personId } }, access);
    for (const QString &id : ids.value()) {
        auto record = ctx.writes.get(u"ProgressReview"_s, id);
        if (!record.ok())
            continue;
        const QVariantMap f = Counsel::readable(ctx, record.value(), access);
        if (!f.isEmpty())
            out.rows << rowOf(ctx, record.value(), f, language);
    }
    return out;
}

} // namespace

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::dataChanged, this, &ReviewModel::reload);
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ReviewIdRole: return r.id;
    case Qt::DisplayRole:
    case PeriodTextRole: return r.periodText;
    case AuthorNameRole: return r.authorName;
    case SignedOffRole: return r.signedOff;
    case SignedOffTextRole: return r.signedOffText;
    case JudgementsTextRole: return r.judgementsText;
    case CanSignOffRole: return r.canSignOff;
    case SignOffNoteRole: return r.signOffNote;
    case NextReviewTextRole: return r.nextReviewText;
    case PersonIdRole: return r.personId;
    case PersonNameRole: return r.personName;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { ReviewIdRole, "reviewId" }, { PeriodTextRole, "periodText" },
        { AuthorNameRole, "authorName" }, { SignedOffRole, "signedOff" }, { SignedOffTextRole, "signedOffText" },
        { JudgementsTextRole, "judgementsText" }, { CanSignOffRole, "canSignOff" },
        { SignOffNoteRole, "signOffNote" }, { PersonIdRole, "personId" }, { PersonNameRole, "personName" },
        { NextReviewTextRole, "nextReviewText" } };
}

void ReviewModel::setPersonId(const QString &personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    Q_EMIT personIdChanged();
    reload();
}

void ReviewModel::setSignOffQueue(bool queue)
{
    if (queue == m_queue)
        return;
    m_queue = queue;
    Q_EMIT signOffQueueChanged();
    reload();
}

void ReviewModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || (m_personId.isEmpty() && !m_queue))
        return apply({}, {}, false);
    if (m_loading) {
        m_pending = true;
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    session->worker()->post(
        this,
        [personId = m_personId, language = session->language()](CoreContext &ctx) {
            return personId.isEmpty() ? loadQueue(ctx, language) : load(ctx, personId, language);
        },
        [this](Loaded loaded) {
            m_loading = false;
            Q_EMIT loadingChanged();
            apply(std::move(loaded.rows), loaded.error, loaded.canCreate);
            if (std::exchange(m_pending, false))
                reload();
        });
}

void ReviewModel::apply(QList<Row> rows, const QString &error, bool canCreate)
{
    const bool canCreateChanged = canCreate != m_canCreate;
    m_canCreate = canCreate;
    const bool sameIds = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
               return a.id == b.id;
           });
    if (sameIds && canCreateChanged)
        Q_EMIT countChanged();
    if (sameIds) {
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row &a = m_rows.at(i), &b = rows.at(i);
            if (a.signedOffText == b.signedOffText && a.canSignOff == b.canSignOff
                && a.judgementsText == b.judgementsText && a.nextReviewText == b.nextReviewText)
                continue;
            m_rows[i] = b;
            Q_EMIT dataChanged(index(i), index(i));
        }
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
    }
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}

} // namespace Qadam
