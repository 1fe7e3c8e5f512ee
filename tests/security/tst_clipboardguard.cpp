// SECURITY.md R20: text the app copied is cleared from the clipboard (and X11's primary
// selection) within 30 s, and at once on lock; another application's copy is left alone. Runs on
// a real X server (xvfb-run, the xcb platform) because only there does the app own the clipboard
// the way a desktop or phone does; the other application is this binary again, as a child that
// copies a text and keeps owning it.
#include "clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Qadam::ClipboardGuard;

namespace {

const QString kCanary = u"Zharkynbekova Aigerim clipcanary"_s;
constexpr int kShortMs = 300;   // the guard's delay in these tests
constexpr int kWaitMs = 10'000; // how long a test waits for something that must happen

} // namespace

class tst_ClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == u"xcb",
                 "run under xvfb-run with QT_QPA_PLATFORM=xcb: offscreen has no clipboard ownership");
        QVERIFY(ClipboardGuard::kClearAfterMs <= 30'000);
    }

    void init() { QGuiApplication::clipboard()->clear(); }

    void appCopyIsCleared_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("clipboard") << int(QClipboard::Clipboard);
        QTest::newRow("primary selection") << int(QClipboard::Selection);
    }
    void appCopyIsCleared()
    {
        QFETCH(int, mode);
        QClipboard *cb = QGuiApplication::clipboard();
        ClipboardGuard guard(cb);
        guard.setClearAfterMs(kShortMs);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        cb->setText(kCanary, QClipboard::Mode(mode));
        QCOMPARE(cb->text(QClipboard::Mode(mode)), kCanary); // control: the copy is there
        QVERIFY(cleared.wait(kWaitMs));
        QCOMPARE(cb->text(QClipboard::Mode(mode)), QString());
    }

    /** Lock: cleared at once, the timer not awaited. */
    void clearNowClearsAtOnce()
    {
        QClipboard *cb = QGuiApplication::clipboard();
        ClipboardGuard guard(cb); // the product's 30 s
        cb->setText(kCanary);
        QTRY_COMPARE_WITH_TIMEOUT(cb->text(), kCanary, kWaitMs);
        guard.clearNow();
        QCOMPARE(cb->text(), QString());
    }

    /** Another app copied after us: its text is not ours to clear. */
    void anotherAppsCopyIsKept()
    {
        QClipboard *cb = QGuiApplication::clipboard();
        ClipboardGuard guard(cb);
        guard.setClearAfterMs(kShortMs);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        cb->setText(kCanary);
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(), {u"--hold-clipboard"_s, u"another app's text"_s});
        QVERIFY(other.waitForReadyRead(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(cb->text(), u"another app's text"_s, kWaitMs);
        QVERIFY(!cb->ownsClipboard());
        // Longer than the guard's delay several times over: nothing may be cleared.
        QVERIFY(!cleared.wait(kShortMs * 5));
        QCOMPARE(cb->text(), u"another app's text"_s);
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(kWaitMs));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-clipboard") == 0) {
        // The "other application": owns the clipboard until its stdin closes.
        // The event loop must run: on X11 the owner hands the text to whoever asks for it.
        QGuiApplication::clipboard()->setText(QString::fromUtf8(argv[2]));
        std::printf("ready\n");
        std::fflush(stdout);
        QSocketNotifier input(0, QSocketNotifier::Read);
        QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
            char buffer[64];
            if (::read(0, buffer, sizeof buffer) <= 0) {
                input.setEnabled(false);
                QCoreApplication::quit();
            }
        });
        return app.exec();
    }
    tst_ClipboardGuard t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_clipboardguard.moc"
