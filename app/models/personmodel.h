#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

class PersonWatch;

/**
 * The person screen: the header (names in both scripts, categories in plain words, case status,
 * the masked IIN only for roles that may read it) and the list of sections this role sees, each
 * with how many records it holds. Opening a case as a supervisor or counsellor records the read
 * in the audit log first (WriteService::recordCaseRead); if that fails nothing is shown.
 * GUI thread; reads on the store thread.
 */
class PersonModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed) ///< the header is loaded and may be shown
    Q_PROPERTY(QString namesCyrillic READ namesCyrillic NOTIFY changed)
    Q_PROPERTY(QString namesLatin READ namesLatin NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    Q_PROPERTY(QString caseStatusText READ caseStatusText NOTIFY changed)
    Q_PROPERTY(QString iinMasked READ iinMasked NOTIFY changed) ///< empty unless the role may read the IIN
    Q_PROPERTY(bool mayBuildProgramme READ mayBuildProgramme NOTIFY changed)
    /** {section key: page name} for the sections whose own screen lets this role act: referrals
     *  (officers create, counsellors answer), sessions (counsellors log), reviews (officers and
     *  supervisors write and sign off). The screens re-check; core has the last word. */
    Q_PROPERTY(QVariantMap sectionPages READ sectionPages NOTIFY changed)

public:
    enum Roles { KeyRole = Qt::UserRole + 1, TitleRole, CountRole };
    Q_ENUM(Roles)

    explicit PersonModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_state.errorText; }
    [[nodiscard]] bool ready() const { return m_state.ready; }
    [[nodiscard]] QString namesCyrillic() const { return m_state.namesCyrillic; }
    [[nodiscard]] QString namesLatin() const { return m_state.namesLatin; }
    [[nodiscard]] QStringList categories() const { return m_state.categories; }
    [[nodiscard]] QString caseStatusText() const { return m_state.caseStatusText; }
    [[nodiscard]] QString iinMasked() const { return m_state.iinMasked; }
    [[nodiscard]] bool mayBuildProgramme() const { return m_state.mayBuildProgramme; }
    [[nodiscard]] QVariantMap sectionPages() const { return m_state.sectionPages; }

    /** The section keys in display order (PersonSections::all() filtered by the role). */
    Q_INVOKABLE QStringList sectionKeys() const;
    Q_INVOKABLE void reload();

    struct Section
    {
        QString key;
        QString title;
        int count = 0;
    };
    /** What one load produced. */
    struct State
    {
        bool ready = false;
        QString errorText;
        QString namesCyrillic;
        QString namesLatin;
        QStringList categories;
        QString caseStatusText;
        QString iinMasked;
        bool mayBuildProgramme = false;
        QVariantMap sectionPages;
        QList<Section> sections;
    };

Q_SIGNALS:
    void personIdChanged();
    void loadingChanged();
    void changed();
    void loaded();

private:
    void apply(State state);

    PersonWatch *m_watch = nullptr;
    QString m_personId;
    QString m_readRecordedFor; ///< the case whose opening is already in the audit log
    State m_state;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Qadam
