#pragma once

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct Error;

/**
 * The progress review form and sign-off (core/casework/progressreview). loadForm() prepares a
 * review of a person for the period since their last review up to today: the process indicators
 * core computes (shown, never typed), the outcome proxies to record and the need domains to
 * judge (the programme's needs; every one needs a rating and a written rationale of the scale's
 * minimum length — the form names the domain that lacks it). submit() records the review;
 * signOff() is the supervisor's second step, never on a review they wrote (core refuses; the
 * message explains). Store thread for the work; GUI thread object. A refused intent writes nothing.
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

    /** Prepares the form for a review of `personId` (period, indicators, domains, proxies). */
    Q_INVOKABLE void loadForm(const QString &personId);
    /** Records the review. `judgements`: [{domain, rating, rationale}]; `proxies`: {code: value}. */
    Q_INVOKABLE void submit(const QVariantList &judgements, const QVariantMap &proxies);
    /** Signs a review off (supervisors; any record id of the review). */
    Q_INVOKABLE void signOff(const QString &reviewId);

    /** Why the form cannot be sent (translated, naming the domain or proxy); empty when it can. */
    [[nodiscard]] QString formProblem(const QVariantList &judgements, const QVariantMap &proxies) const;

    /** Everything loadForm() found, as loaded on the store thread. */
    struct Form
    {
        QString personId, programmeId, note;
        QDate start, end;
        QVariantList indicators, domains, proxies, levels;
    };

Q_SIGNALS:
    void busyChanged();
    void formChanged();
    void recorded(const QString &reviewId, const QString &message);
    void signedOff(const QString &reviewId, const QString &message);
    void failed(const QString &message);

private:
    [[nodiscard]] bool begin();
    void finish();
    [[nodiscard]] static QString recordError(const Error &error);
    [[nodiscard]] static QString signOffError(const Error &error);

    bool m_busy = false;
    bool m_ready = false;
    QString m_formNote;
    QString m_personId, m_programmeId;
    QDate m_start, m_end;
    QVariantList m_indicators, m_domains, m_proxies, m_levels;
};

} // namespace Qadam
