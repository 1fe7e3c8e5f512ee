#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * Referrals for the Referrals screen, in one of two views:
 *  - a person's referrals (`personId` set): what probation sent, to whom, its term and status and
 *    the provider's minimal outcome — the fields the acting role may read (AccessPolicy);
 *  - a counsellor's inbox (`inbox` true, no person): referrals addressed to the signed-in
 *    counsellor (by name, or to their organisation when no counsellor is named) that are offered
 *    (sent, awaiting an answer) or active (accepted or active, term covering today) — the same
 *    standing core/casework CaseAccess gives the counsellor, so the inbox's people are exactly the
 *    counsellor's caseload. Offered first, then by person name.
 * Each row says which actions the actor may take now (core state machine + access policy).
 * Loads on the store thread; reloads on Session.dataChanged. GUI thread.
 */
class ReferralModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(bool inbox READ inbox WRITE setInbox NOTIFY inboxChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Inbox: distinct people with an active referral to the actor (the counsellor's caseload). */
    Q_PROPERTY(QStringList activePeople READ activePeople NOTIFY countChanged)
    /** Person view: whether the actor may send a new referral for this person. */
    Q_PROPERTY(bool canCreate READ canCreate NOTIFY countChanged)

public:
    enum Roles {
        ReferralIdRole = Qt::UserRole + 1,
        PersonIdRole,
        PersonNameRole,
        StatusRole,       ///< state code: sent, accepted, active, …
        StatusTextRole,   ///< translated
        ReasonRole,       ///< the referral reason (plain text), when the role may read it
        ProviderRole,     ///< counsellor and/or organisation name
        TermTextRole,     ///< "01.11.2026 – 30.04.2027"
        OutcomeTextRole,  ///< translated minimal outcome with attended count; empty before one
        VersionRole,      ///< base version for a command
        ActiveRole,       ///< inbox: the referral gives the counsellor the case now
        CanAcceptRole,
        CanDeclineRole,
        CanStartRole,
        CanCompleteRole,
        CanLogSessionRole,
    };
    Q_ENUM(Roles)

    /** One row, as loaded on the store thread. */
    struct Row
    {
        QString id, personId, personName, status, reason, provider, termText, outcomeText;
        qint64 version = 0;
        bool active = false, canAccept = false, canDecline = false, canStart = false, canComplete = false,
             canLogSession = false;
    };

    explicit ReferralModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    [[nodiscard]] bool inbox() const { return m_inbox; }
    void setInbox(bool inbox);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QStringList activePeople() const;
    [[nodiscard]] bool canCreate() const { return m_canCreate; }

    /** Translated referral status. */
    [[nodiscard]] static QString statusLabel(const QString &status);
    /** Translated minimal outcome (engaged, no_feedback, …). */
    [[nodiscard]] static QString outcomeLabel(const QString &code);
    /** The outcomes a provider may report, in order. */
    [[nodiscard]] static QStringList outcomeCodes();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void personIdChanged();
    void inboxChanged();
    void loadingChanged();
    void errorTextChanged();
    void countChanged();

private:
    struct Loaded
    {
        QList<Row> rows;
        bool canCreate = false;
        QString error;
    };
    void apply(Loaded loaded);
    void setLoading(bool loading);

    QString m_personId;
    bool m_inbox = false;
    bool m_loading = false;
    bool m_canCreate = false;
    bool m_pending = false; ///< a reload was asked while one ran
    QString m_errorText;
    QList<Row> m_rows;
};

} // namespace Qadam
