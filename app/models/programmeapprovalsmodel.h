#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

class PersonWatch;

/**
 * Programmes awaiting approval (status submitted) on cases in the signed-in supervisor's scope,
 * oldest submission first: who it is for (names, never the IIN), who drafted it, its size, and
 * whether this supervisor may approve it — never one they drafted (core refuses; the screen hides
 * the buttons and says why). Reloads on data changes. GUI thread; reads on the store thread.
 */
class ProgrammeApprovalsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)

public:
    enum Roles {
        ProgrammeIdRole = Qt::UserRole + 1,
        PersonIdRole,
        PersonNameRole,
        PersonNameLatinRole,
        DraftedByRole,
        SubmittedTextRole,
        NeedCountRole,
        GoalCountRole,
        MeasureCountRole,
        MayDecideRole,
        WhyNotRole,
    };
    Q_ENUM(Roles)

    struct Item
    {
        QString programmeId;
        QString personId;
        QString personName;
        QString personNameLatin;
        QString draftedBy;
        QDate submittedOn;
        int needs = 0;
        int goals = 0;
        int measures = 0;
        bool mayDecide = false;
        QString whyNot;
    };

    explicit ProgrammeApprovalsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int countProperty() const { return int(m_items.size()); }

    /** The row of a programme, -1 when it is not listed. */
    Q_INVOKABLE int indexOf(const QString &programmeId) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void loadingChanged();
    void errorTextChanged();
    void countChanged();
    void loaded();

private:
    void apply(const QList<Item> &items, const QString &error);

    PersonWatch *m_watch = nullptr;
    QList<Item> m_items;
    bool m_loading = false;
    QString m_errorText;
    quint64 m_generation = 0;
};

} // namespace Qadam
