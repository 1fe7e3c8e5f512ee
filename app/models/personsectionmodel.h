#pragma once

#include "personsections.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

class PersonWatch;

/**
 * The rows of one section of the person screen (PersonSections), or of one programme's plan when
 * `programmeId` is set (the approvals screen). Loads on the store thread, through the access
 * policy; reloads when the case's records change or the language does. GUI thread.
 */
class PersonSectionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)
    Q_PROPERTY(QString programmeId READ programmeId WRITE setProgrammeId NOTIFY programmeIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCountProperty NOTIFY countChanged)

public:
    enum Roles {
        RecordIdRole = Qt::UserRole + 1,
        EntityRole,
        TitleRole,
        SubtitleRole,
        DetailRole,
        StatusRole,
        StatusTextRole,
        DateTextRole,
        DepthRole,
        ProgressRole,
    };
    Q_ENUM(Roles)

    explicit PersonSectionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    [[nodiscard]] QString section() const { return m_section; }
    void setSection(const QString &section);
    [[nodiscard]] QString programmeId() const { return m_programmeId; }
    void setProgrammeId(const QString &programmeId);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int rowCountProperty() const { return int(m_rows.size()); }

    /** Reads again (also on AppSession::dataChanged and a language change). */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void personIdChanged();
    void sectionChanged();
    void programmeIdChanged();
    void loadingChanged();
    void errorTextChanged();
    void countChanged();
    /** A load finished (successfully or not). */
    void loaded();

private:
    void apply(const Result<QList<SectionRow>> &rows);
    void setLoading(bool loading);

    PersonWatch *m_watch = nullptr;
    QString m_personId;
    QString m_section;
    QString m_programmeId;
    QList<SectionRow> m_rows;
    bool m_loading = false;
    QString m_errorText;
    quint64 m_generation = 0;
};

} // namespace Qadam
