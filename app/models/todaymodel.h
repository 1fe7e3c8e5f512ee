#pragma once

#include "todayrows.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * The Today page: what the signed-in user has to do now — appearances overdue, due soon and
 * open (both channels of PEC Art. 172 part 9, each with the explanation of its date), open
 * alerts, programme measures due, counselling sessions planned, referrals waiting for the
 * counsellor's answer — grouped by `sectionLabel` (which carries the section's count); `openPage`
 * names the page a row opens. Loads on the store thread (TodayRows), reloads on
 * Session.dataChanged and on a language change, and applies a reload as granular row removals,
 * insertions and changes, so a recorded appearance makes just its row go.
 *
 * GUI thread. Case data is plain text; never the IIN.
 */
class TodayModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    Q_PROPERTY(int dueSoonCount READ dueSoonCount NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    Q_PROPERTY(int alertCount READ alertCount NOTIFY countsChanged)
    Q_PROPERTY(int measureCount READ measureCount NOTIFY countsChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY countsChanged)
    Q_PROPERTY(int referralCount READ referralCount NOTIFY countsChanged)
    Q_PROPERTY(int count READ count NOTIFY countsChanged)

public:
    enum Roles {
        SectionRole = Qt::UserRole + 1,
        SectionLabelRole,
        KindRole,
        PersonIdRole,
        NameRole,
        AltNameRole,
        TitleRole,
        DetailRole,
        StatusTextRole,
        UrgentRole,
        OrderIdRole,
        ChannelRole,
        DueOnRole,
        CanAttendRole,
        CanMissRole,
        CanExcuseRole,
        RecordIdRole,
        PageRole,         ///< the page opening the row shows: PersonPage, ReferralsPage
    };
    Q_ENUM(Roles)

    explicit TodayModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int overdueCount() const { return countOf(TodayRow::Section::Overdue); }
    [[nodiscard]] int dueSoonCount() const { return countOf(TodayRow::Section::DueSoon); }
    [[nodiscard]] int openCount() const { return countOf(TodayRow::Section::OpenNow); }
    [[nodiscard]] int alertCount() const { return countOf(TodayRow::Section::Alerts); }
    [[nodiscard]] int measureCount() const { return countOf(TodayRow::Section::Measures); }
    [[nodiscard]] int sessionCount() const { return countOf(TodayRow::Section::Sessions); }
    [[nodiscard]] int referralCount() const { return countOf(TodayRow::Section::Referrals); }
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    /** The row of an appearance, -1 when not listed (tests, and the page after a recording). */
    Q_INVOKABLE int indexOfAppearance(const QString &personId, const QString &channel) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadingChanged();
    void errorTextChanged();
    void countsChanged();

private:
    [[nodiscard]] int countOf(TodayRow::Section section) const;
    void apply(Result<QList<TodayRow>> loaded);
    void merge(const QList<TodayRow> &rows);
    void setLoading(bool loading);

    QList<TodayRow> m_rows;
    QHash<int, int> m_counts; ///< section → rows
    bool m_loading = false;
    bool m_reloadAgain = false; ///< data changed while a load ran
    QString m_errorText;
};

} // namespace Qadam
