#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * A person's progress reviews, newest period first: one row per review (the latest record of its
 * amendment chain, so a signed-off review shows its sign-off), with who wrote it, its judgements
 * in short, the next review its sign-off scheduled, and whether the actor may sign it off now. A
 * supervisor who drafted the programme under review may not (core's rule); the row then says why. Loads on the store thread; reloads on
 * Session.dataChanged. GUI thread.
 */
class ReviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    /** Without a person: the supervisor's sign-off queue — reviews in their unit or region that
     *  await a sign-off they may give (not on a programme they drafted), oldest period first. */
    Q_PROPERTY(bool signOffQueue READ signOffQueue WRITE setSignOffQueue NOTIFY signOffQueueChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Whether the actor may write a review of this person (probation staff on their case). */
    Q_PROPERTY(bool canCreate READ canCreate NOTIFY countChanged)

public:
    enum Roles {
        ReviewIdRole = Qt::UserRole + 1,
        PeriodTextRole,
        AuthorNameRole,
        SignedOffRole,
        SignedOffTextRole, ///< "Signed off by … on …", or "Awaiting sign-off"
        JudgementsTextRole, ///< one line per judged domain: "Housing: 4 — Mostly resolved"
        CanSignOffRole,
        SignOffNoteRole, ///< why the actor may not sign it off (translated); empty otherwise
        PersonIdRole,
        PersonNameRole,
        NextReviewTextRole, ///< "Next review due on …" once signed off with a date; empty otherwise
    };
    Q_ENUM(Roles)

    struct Row
    {
        QString id, personId, personName, periodText, authorName, signedOffText, judgementsText, signOffNote,
            nextReviewText;
        bool signedOff = false, canSignOff = false;
    };

    explicit ReviewModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    [[nodiscard]] bool signOffQueue() const { return m_queue; }
    void setSignOffQueue(bool queue);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] bool canCreate() const { return m_canCreate; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void personIdChanged();
    void signOffQueueChanged();
    void loadingChanged();
    void errorTextChanged();
    void countChanged();

private:
    void apply(QList<Row> rows, const QString &error, bool canCreate);

    QString m_personId;
    bool m_loading = false;
    bool m_pending = false;
    bool m_canCreate = false;
    bool m_queue = false;
    QString m_errorText;
    QList<Row> m_rows;
};

} // namespace Qadam
