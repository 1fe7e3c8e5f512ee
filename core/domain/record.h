#pragma once

#include <QString>
#include <QVariantMap>

namespace Qadam {

/** A record of any entity as stored: common metadata plus its fields in storage form. */
struct Record
{
    QString entity;
    QString id;
    qint64 version = 0;
    qint64 hlc = 0;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
    QString originDevice;
    QVariantMap fields;  ///< field name → value; absent or null means empty
};

} // namespace Qadam
