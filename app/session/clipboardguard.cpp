#include "clipboardguard.h"

#include <QGuiApplication>

namespace Qadam {

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent) : QObject(parent), m_clipboard(clipboard)
{
    for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        Watch &w = watch(mode);
        w.timer.setSingleShot(true);
        connect(&w.timer, &QTimer::timeout, this, [this, mode] { clear(mode); });
    }
    connect(m_clipboard, &QClipboard::dataChanged, this, [this] { changed(QClipboard::Clipboard); });
    connect(m_clipboard, &QClipboard::selectionChanged, this, [this] { changed(QClipboard::Selection); });
}

void ClipboardGuard::changed(QClipboard::Mode mode)
{
    Watch &w = watch(mode);
    const QString text = m_clipboard->text(mode);
    const bool ours = m_clipboard->ownsClipboard() || (mode == QClipboard::Selection && m_clipboard->ownsSelection())
                      || QGuiApplication::applicationState() == Qt::ApplicationActive;
    if (text.isEmpty() || !ours) {
        // Cleared, or another app's copy: not ours to remove.
        w.copied.clear();
        w.timer.stop();
        return;
    }
    w.copied = text;
    w.timer.start(m_clearAfterMs);
}

void ClipboardGuard::clear(QClipboard::Mode mode)
{
    Watch &w = watch(mode);
    w.timer.stop();
    if (w.copied.isEmpty())
        return;
    // Only if what is there is still what the app put there.
    const bool still = m_clipboard->text(mode) == w.copied;
    w.copied.clear();
    if (!still)
        return;
    m_clipboard->clear(mode);
    Q_EMIT cleared(mode);
}

void ClipboardGuard::clearNow()
{
    clear(QClipboard::Clipboard);
    if (m_clipboard->supportsSelection())
        clear(QClipboard::Selection);
}

} // namespace Qadam
