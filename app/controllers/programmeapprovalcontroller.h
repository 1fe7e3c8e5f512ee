#pragma once

#include "util/result.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * A supervisor's decision on a submitted programme: approve it, or return it to the officer with
 * a comment saying what to change (required). Core's programme state machine decides: only
 * supervisors, never the programme's author, only while it is submitted. Reports through
 * succeeded()/failed() with translated words. GUI thread; the command runs on the store thread.
 */
class ProgrammeApprovalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ProgrammeApprovalController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void approve(const QString &programmeId);
    /** Sends the programme back to its drafting officer; `comment` must say what to change. */
    Q_INVOKABLE void sendBack(const QString &programmeId, const QString &comment);

    /** Translated words for a refused decision. */
    [[nodiscard]] static QString describe(const Error &error);

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    void succeeded(const QString &programmeId, const QString &message);
    void failed(const QString &message);

private:
    void decide(const QString &programmeId, const QString &command, const QVariantMap &params, const QString &message);

    bool m_busy = false;
    QString m_errorText;
};

} // namespace Qadam
