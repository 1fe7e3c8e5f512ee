#pragma once

#include "programmedraft.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * The providers the programme builder offers for one kind of measure: the first row is "no
 * provider yet", then the local directory's organisations and counsellors whose organisation is of
 * the `preferredKind` the templates name for the measure, then all the others (each group in the
 * directory's order: organisations by name, then counsellors by name). Made and fed by
 * ProgrammeBuilderController::providerChoices(); a ComboBox shows `label` and hands the chosen
 * row's ids back to the controller. GUI thread.
 */
class ProviderChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ProgrammeBuilderController::providerChoices()")
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)
    Q_PROPERTY(QString preferredKind READ preferredKind CONSTANT)

public:
    enum Roles {
        LabelRole = Qt::UserRole + 1, ///< the name to show (with a hint for the usual kind of provider)
        OrganisationIdRole,
        CounsellorIdRole,
        KindRole, ///< Organisation.kind; empty on the "no provider" row
        PreferredRole, ///< of the kind the templates name for the measure
    };
    Q_ENUM(Roles)

    explicit ProviderChoiceModel(const QString &preferredKind, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int countProperty() const { return int(m_rows.size()); }
    [[nodiscard]] QString preferredKind() const { return m_preferredKind; }

    /** Shows `candidates` in the order above; a reset only when they changed. */
    void setCandidates(const QList<ProviderCandidate> &candidates);

    /** The row of the provider with these ids (the "no provider" row 0 for two empty ids); -1 when
     *  the directory does not list it. */
    Q_INVOKABLE int indexOf(const QString &organisationId, const QString &counsellorId) const;
    Q_INVOKABLE QString organisationIdAt(int row) const;
    Q_INVOKABLE QString counsellorIdAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        ProviderCandidate candidate;
        bool preferred = false;
    };

    QString m_preferredKind;
    QList<ProviderCandidate> m_candidates;
    QList<Row> m_rows;
};

} // namespace Qadam
