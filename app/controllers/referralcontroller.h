#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct Error;

/**
 * Referral intents (core/casework/referralservice + the Referral state machine): the probation
 * officer records the person's consent and sends a referral; the counsellor accepts or declines
 * it, starts the work and completes it with a minimal outcome. Every intent runs on the store
 * thread; it reports through succeeded()/failed() with a translated, specific message. A refused
 * intent writes nothing (core guarantees it). The form options (consents that cover a referral,
 * counsellors, open measures) load with loadOptions(). GUI thread.
 */
class ReferralController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** [{id, label}]: the person's consents that cover a referral today (ReferralRules). */
    Q_PROPERTY(QVariantList consents READ consents NOTIFY optionsChanged)
    /** [{counsellorId, organisationId, label}]: active counsellors and their organisation. */
    Q_PROPERTY(QVariantList providers READ providers NOTIFY optionsChanged)
    /** [{id, label}]: the person's programme measures a referral may deliver (still open). */
    Q_PROPERTY(QVariantList measures READ measures NOTIFY optionsChanged)
    /** [{code, label}]: the minimal outcomes a provider reports. */
    Q_PROPERTY(QVariantList outcomes READ outcomes CONSTANT)
    /** [{code, label}]: consent forms (written, oral recorded, legal representative). */
    Q_PROPERTY(QVariantList consentForms READ consentForms CONSTANT)
    /** Form defaults (yyyy-MM-dd): today, and six months on (a usual counselling term). */
    Q_PROPERTY(QString defaultTermStart READ defaultTermStart CONSTANT)
    Q_PROPERTY(QString defaultTermEnd READ defaultTermEnd CONSTANT)

public:
    explicit ReferralController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantList consents() const { return m_consents; }
    [[nodiscard]] QVariantList providers() const { return m_providers; }
    [[nodiscard]] QVariantList measures() const { return m_measures; }
    [[nodiscard]] QVariantList outcomes() const;
    [[nodiscard]] QVariantList consentForms() const;
    [[nodiscard]] QString defaultTermStart() const;
    [[nodiscard]] QString defaultTermEnd() const;

    /** Loads the create form's choices for `personId`. */
    Q_INVOKABLE void loadOptions(const QString &personId);
    /** Records today the person's consent to a referral (purpose "referral") in `basis` form. */
    Q_INVOKABLE void recordConsent(const QString &personId, const QString &basis);
    /** Sends a referral. `form`: personId, consentId, counsellorId, measureId (optional), reason,
     *  termStart, termEnd (yyyy-MM-dd). */
    Q_INVOKABLE void create(const QVariantMap &form);
    Q_INVOKABLE void accept(const QString &referralId, qint64 version);
    Q_INVOKABLE void decline(const QString &referralId, qint64 version, const QString &reason);
    /** Starts the work on an accepted referral (command activate). */
    Q_INVOKABLE void start(const QString &referralId, qint64 version);
    /** Completes an active referral; `attendedCount` < 0 leaves it out. */
    Q_INVOKABLE void complete(const QString &referralId, qint64 version, const QString &outcome,
        int attendedCount, bool programmeCompleted);

Q_SIGNALS:
    void busyChanged();
    void optionsChanged();
    /** An intent succeeded; `message` is translated, for a short confirmation. */
    void succeeded(const QString &message);
    /** A referral was sent. */
    void created(const QString &referralId);
    /** A consent was recorded (and the options reloaded). */
    void consentRecorded(const QString &consentId);
    /** An intent was refused or failed; nothing was written. */
    void failed(const QString &message);

private:
    /** Issues `command` on a referral; `done` is the translated confirmation. */
    void command(const QString &referralId, qint64 version, const QString &name, const QVariantMap &params,
        const QString &what, const QString &done);
    [[nodiscard]] bool begin();
    void finish();
    [[nodiscard]] static QString createError(const Error &error);

    bool m_busy = false;
    QString m_optionsPerson;
    QVariantList m_consents, m_providers, m_measures;
};

} // namespace Qadam
