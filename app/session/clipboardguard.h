#pragma once

#include <QClipboard>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Qadam {

/**
 * SECURITY.md R20: what the app puts on the clipboard (a copied name or note) does not stay
 * there. Text the app copied — the clipboard or, on X11, the primary selection — is cleared
 * 30 seconds later, and at once when the app locks; whatever another app copied meanwhile is
 * left alone. "The app copied it": the platform says the app owns the clipboard, or the app was
 * the active one when it changed (platforms that do not track ownership). GUI thread only.
 */
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kClearAfterMs = 30'000;

    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);

    /** Tests: a shorter delay. */
    void setClearAfterMs(int ms) { m_clearAfterMs = ms; }
    /** Clears the app's own clipboard text now (lock, wipe). */
    void clearNow();

Q_SIGNALS:
    /** Emitted after the guard cleared text the app had copied (tests, diagnostics). */
    void cleared(QClipboard::Mode mode);

private:
    struct Watch
    {
        QString copied;  ///< what the app put there; empty: nothing of ours
        QTimer timer;
    };
    void changed(QClipboard::Mode mode);
    void clear(QClipboard::Mode mode);
    [[nodiscard]] Watch &watch(QClipboard::Mode mode) { return mode == QClipboard::Selection ? m_selection : m_board; }

    QClipboard *m_clipboard;
    int m_clearAfterMs = kClearAfterMs;
    Watch m_board;
    Watch m_selection;
};

} // namespace Qadam
