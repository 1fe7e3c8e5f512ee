#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct Error;

/**
 * The session log's intents (core/casework/sessionservice): a counsellor logs one counselling
 * session — the structured fields of DOMAIN.md "Session log content", the four-part notes
 * (observations → analysis → conclusions → plan) and a confidentiality tier chosen explicitly —
 * as ONE append-only record; a correction is an amendment record. Risk concerns reach the
 * supervisor as an alert without any note content (core). Choice lists for the form are
 * translated here so QML holds no wording of codes. Store thread for the work; GUI thread object.
 *
 * Form keys (QVariantMap): personId, referralId, occurredOn, nextSessionOn (yyyy-MM-dd), mode,
 * durationMinutes (number or empty), topics, emotionalState / riskSignals / alteredState (lists
 * of codes), intensity, stability, stabilityRationale, engagement, requests ([{request,
 * alternative, outcome}]), notesObservations, notesAnalysis, notesConclusions, notesPlan,
 * confidentialityTier, counsellorSafetyCheck. Empty values are left out.
 */
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** [{id, label}]: the person's referrals on which the actor may log a session now. */
    Q_PROPERTY(QVariantList referrals READ referrals NOTIFY referralsChanged)
    Q_PROPERTY(QVariantList modes READ modes CONSTANT)
    Q_PROPERTY(QVariantList emotionalStates READ emotionalStates CONSTANT)
    Q_PROPERTY(QVariantList intensities READ intensities CONSTANT)
    Q_PROPERTY(QVariantList stabilities READ stabilities CONSTANT)
    Q_PROPERTY(QVariantList riskSignals READ riskSignals CONSTANT)
    Q_PROPERTY(QVariantList alteredStates READ alteredStates CONSTANT)
    Q_PROPERTY(QVariantList engagements READ engagements CONSTANT)
    /** [{code, label, description}]: who reads the session. */
    Q_PROPERTY(QVariantList tiers READ tiers CONSTANT)
    Q_PROPERTY(QVariantList safetyChecks READ safetyChecks CONSTANT)
    Q_PROPERTY(QVariantList requestOutcomes READ requestOutcomes CONSTANT)
    /** Today's date (yyyy-MM-dd), the form's default session date. */
    Q_PROPERTY(QString today READ today CONSTANT)

public:
    explicit SessionController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantList referrals() const { return m_referrals; }
    [[nodiscard]] QVariantList modes() const;
    [[nodiscard]] QVariantList emotionalStates() const;
    [[nodiscard]] QVariantList intensities() const;
    [[nodiscard]] QVariantList stabilities() const;
    [[nodiscard]] QVariantList riskSignals() const;
    [[nodiscard]] QVariantList alteredStates() const;
    [[nodiscard]] QVariantList engagements() const;
    [[nodiscard]] QVariantList tiers() const;
    [[nodiscard]] QVariantList safetyChecks() const;
    [[nodiscard]] QVariantList requestOutcomes() const;
    [[nodiscard]] QString today() const;
    /** The earliest next-session date for a session on `occurredOn` (ISO): that day, as
     *  SessionService refuses a next session before the session. Empty for a bad date. For the
     *  date picker's limit; core still checks. */
    Q_INVOKABLE QString earliestNextSession(const QString &occurredOn) const;

    /** Translated label of a session field's code (mode, tier, engagement…). */
    Q_INVOKABLE static QString label(const QString &field, const QString &code);
    /** What a tier means for who reads the session, translated. */
    Q_INVOKABLE static QString tierDescription(const QString &tier);

    /** Loads the referrals the actor may log sessions on for `personId`. */
    Q_INVOKABLE void loadReferrals(const QString &personId);
    /** Logs one session (see the class comment for the form). */
    Q_INVOKABLE void log(const QVariantMap &form);
    /** Corrects session `originalId` with the complete corrected `form` (an amendment record). */
    Q_INVOKABLE void amend(const QString &originalId, const QVariantMap &form);

    /** The CounsellingSession fields of a form: lists joined, empty values left out. */
    [[nodiscard]] static QVariantMap fieldsOf(const QVariantMap &form);
    /** Why a form cannot be saved as it is (translated); empty when it can. */
    [[nodiscard]] static QString formProblem(const QVariantMap &form);

Q_SIGNALS:
    void busyChanged();
    void referralsChanged();
    /** A session was written. `message` is translated: saved, plus the alert and any suggested
     *  onward referral (an observation, not a diagnosis). */
    void logged(const QString &sessionId, bool alertRaised, const QString &message);
    /** Refused or failed; nothing was written. */
    void failed(const QString &message);

private:
    void save(const QString &originalId, const QVariantMap &form);
    [[nodiscard]] static QString saveError(const Error &error);

    bool m_busy = false;
    QString m_referralsPerson;
    QVariantList m_referrals;
};

} // namespace Qadam
