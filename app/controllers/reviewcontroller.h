#pragma once

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct Error;

/**
 * The progress review cycle (core/casework/progressreview, reviewschedule). loadForm() prepares a
 * review of a person for a period — by default from the day after the last signed review (or the
 * start of the supervision order) up to today; setPeriod() chooses another — with the process
 * indicators core computes (shown, never typed) and their trend against the previous review, the
 * outcome proxies to record and the need domains to judge (the programme's needs, each with its
 * previous rating; every one needs a rating and a written rationale of the scale's minimum length
 * — the form names the domain that lacks it). submit() records the review; signOff() is the
 * supervisor's step, never on a programme they drafted (core refuses; the message says why in
 * plain words), and schedules the next review (a date after today; it is due on that date).
 * Store thread for the work; GUI thread object. A refused intent writes nothing.
 */
class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY formChanged)         ///< the form is loaded and may be filled
    Q_PROPERTY(QString formNote READ formNote NOTIFY formChanged) ///< why no review can be written now
    Q_PROPERTY(QString periodText READ periodText NOTIFY formChanged)
    /** [{label, value}]: computed process indicators, value as text ("—" when nothing was due). */
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY formChanged)
    /** [{code, label, required}]: need domains to judge. */
    Q_PROPERTY(QVariantList domains READ domains NOTIFY formChanged)
    /** [{code, label, count, values: [{code, label}]}]: recorded outcome proxies. */
    Q_PROPERTY(QVariantList proxies READ proxies NOTIFY formChanged)
    /** [{rating, label}]: the judgement scale. */
    Q_PROPERTY(QVariantList levels READ levels NOTIFY formChanged)
    Q_PROPERTY(int rationaleMinLength READ rationaleMinLength CONSTANT)
    /** ISO dates of the period loaded, for the period fields. */
    Q_PROPERTY(QString periodStart READ periodStart NOTIFY formChanged)
    Q_PROPERTY(QString periodEnd READ periodEnd NOTIFY formChanged)
    /** What the trend compares with: "Compared with the review of …", or that this is the first. */
    Q_PROPERTY(QString trendNote READ trendNote NOTIFY formChanged)
    /** A written review of this person awaiting sign-off, or "" (a new form starts after it). */
    Q_PROPERTY(QString openReviewId READ openReviewId NOTIFY formChanged)
    /** Whether the actor signs reviews off (a supervisor). */
    Q_PROPERTY(bool signsOff READ signsOff NOTIFY formChanged)
    /** Why the actor may not sign this person's review off (they drafted the programme), or "". */
    Q_PROPERTY(QString signOffBlock READ signOffBlock NOTIFY formChanged)
    /** The suggested next review date (ISO): the review interval after today. */
    Q_PROPERTY(QString nextReviewDefault READ nextReviewDefault NOTIFY formChanged)

public:
    explicit ReviewController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] QString formNote() const { return m_formNote; }
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] QVariantList indicators() const { return m_indicators; }
    [[nodiscard]] QVariantList domains() const { return m_domains; }
    [[nodiscard]] QVariantList proxies() const { return m_proxies; }
    [[nodiscard]] QVariantList levels() const { return m_levels; }
    [[nodiscard]] int rationaleMinLength() const;
    [[nodiscard]] QString periodStart() const { return m_start.toString(Qt::ISODate); }
    [[nodiscard]] QString periodEnd() const { return m_end.toString(Qt::ISODate); }
    [[nodiscard]] QString trendNote() const { return m_form.trendNote; }
    [[nodiscard]] QString openReviewId() const { return m_form.openReviewId; }
    [[nodiscard]] bool signsOff() const { return m_form.signsOff; }
    [[nodiscard]] QString signOffBlock() const { return m_form.signOffBlock; }
    [[nodiscard]] QString nextReviewDefault() const { return m_form.nextReviewDefault.toString(Qt::ISODate); }

    /** Prepares the form for a review of `personId` for the default period (see the class). */
    Q_INVOKABLE void loadForm(const QString &personId);
    /** Prepares the form again for the period `start`–`end` (ISO dates); failed() when the dates
     *  are not dates, the end is before the start or after today. */
    Q_INVOKABLE void setPeriod(const QString &start, const QString &end);
    /** Records the review. `judgements`: [{domain, rating, rationale}]; `proxies`: {code: value}. */
    Q_INVOKABLE void submit(const QVariantList &judgements, const QVariantMap &proxies);
    /** Signs a review off (supervisors; any record id of the review) and schedules the next review
     *  on `nextReviewOn` (ISO date, after today). */
    Q_INVOKABLE void signOff(const QString &reviewId, const QString &nextReviewOn);
    /** A refused sign-off in plain words (also the review list's note on a review this
     *  supervisor may not sign off). */
    [[nodiscard]] static QString signOffError(const Error &error);

    /** Why the form cannot be sent (translated, naming the domain or proxy); empty when it can. */
    [[nodiscard]] QString formProblem(const QVariantList &judgements, const QVariantMap &proxies) const;

    /** Everything loadForm() found, as loaded on the store thread. */
    struct Form
    {
        QString personId, programmeId, note, trendNote, openReviewId, signOffBlock;
        QDate start, end, nextReviewDefault;
        bool signsOff = false;
        QVariantList indicators, domains, proxies, levels;
    };

Q_SIGNALS:
    void busyChanged();
    void formChanged();
    void recorded(const QString &reviewId, const QString &message);
    void signedOff(const QString &reviewId, const QString &message);
    void failed(const QString &message);

private:
    void load(const QString &personId, const QDate &start, const QDate &end);
    [[nodiscard]] bool begin();
    void finish();
    [[nodiscard]] static QString recordError(const Error &error);

    bool m_busy = false;
    bool m_ready = false;
    QString m_formNote;
    QString m_personId, m_programmeId;
    QDate m_start, m_end;
    QVariantList m_indicators, m_domains, m_proxies, m_levels;
    Form m_form; ///< the latest load, for the sign-off and trend properties
};

} // namespace Qadam
