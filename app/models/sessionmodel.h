#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * A person's counselling sessions for the Session log screen, newest first: the latest record of
 * each amendment chain (a correction replaces what it corrects on screen), with only the fields
 * the acting role may read (AccessPolicy: probation sees the summary of shared sessions only, a
 * sealed session's notes are its author's). Loads on the store thread; reloads on
 * Session.dataChanged. GUI thread.
 */
class SessionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        SessionIdRole = Qt::UserRole + 1,
        OccurredOnRole,      ///< yyyy-MM-dd
        DateTextRole,        ///< dd.MM.yyyy
        ModeTextRole,
        DurationRole,        ///< minutes; 0 when not recorded
        TierRole,
        TierTextRole,
        EngagementTextRole,
        TopicsRole,          ///< empty when not readable
        NotesVisibleRole,    ///< the actor may read the notes
        NotesObservationsRole,
        NotesAnalysisRole,
        NotesConclusionsRole,
        NotesPlanRole,
        CounsellorNameRole,
        AmendedRole,         ///< this record corrects an earlier one
        CanAmendRole,        ///< the actor wrote it and may correct it
        FieldsRole,          ///< the readable fields as a map (prefills a correction)
    };
    Q_ENUM(Roles)

    struct Row
    {
        QString id;
        QVariantMap fields; ///< readable fields only
        QString counsellorName;
        bool notesVisible = false, canAmend = false;
    };

    explicit SessionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void personIdChanged();
    void loadingChanged();
    void errorTextChanged();
    void countChanged();

private:
    void apply(QList<Row> rows, const QString &error);

    QString m_personId;
    bool m_loading = false;
    bool m_pending = false;
    QString m_errorText;
    QList<Row> m_rows;
};

} // namespace Qadam
