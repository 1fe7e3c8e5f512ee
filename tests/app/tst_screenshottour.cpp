// `qadam --screenshot DIR` renders every screen of app/tour/tour.json (plus enrolment and unlock)
// in kk, ru and en at phone and desktop size; every PNG exists, has the size asked for, is not
// blank, and the languages really differ. tour.json input is validated (bad entries refused).
#include "tour/screenshottour.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Qadam::ScreenshotTour;
using Qadam::TourEntry;

namespace {

/** The qadam executable: $QADAM_APP_BIN, else <build>/app/qadam next to <build>/tests/app. */
QString appBinary()
{
    const QString env = qEnvironmentVariable("QADAM_APP_BIN");
    return !env.isEmpty() ? env : QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/qadam"_s);
}

struct Blankness
{
    int colours = 0;
    double notBackground = 0; ///< share of pixels unlike the most common colour
};

Blankness measure(const QImage &image)
{
    QHash<QRgb, int> counts;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            ++counts[line[x]];
    }
    int top = 0, total = 0;
    for (int n : std::as_const(counts)) {
        top = qMax(top, n);
        total += n;
    }
    return {int(counts.size()), total ? 1.0 - double(top) / total : 0};
}

} // namespace

class tst_ScreenshotTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRefuses_data();
    void parseRefuses();
    void parseReadsEntries();
    void initTestCase();
    void everyScreen_data();
    void everyScreen();
    void languagesDiffer();

private:
    QTemporaryDir m_home;
    QString m_out;
    QList<TourEntry> m_entries;
};

void tst_ScreenshotTour::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("[{") << u"tour.json"_s;
    QTest::newRow("not an array") << QByteArray(R"({"name":"x"})") << u"not an array"_s;
    QTest::newRow("name with a slash") << QByteArray(R"([{"name":"../x","role":"officer","page":"TodayPage"}])") << u"name"_s;
    QTest::newRow("unknown role") << QByteArray(R"([{"name":"x","role":"judge","page":"TodayPage"}])") << u"role"_s;
    QTest::newRow("page is a path") << QByteArray(R"([{"name":"x","role":"officer","page":"../Main"}])") << u"page"_s;
    QTest::newRow("bad section") << QByteArray(R"([{"name":"x","role":"officer","page":"TodayPage","section":"x"}])") << u"page"_s;
    QTest::newRow("reserved name") << QByteArray(R"([{"name":"unlock","role":"officer","page":"TodayPage"}])") << u"taken"_s;
    QTest::newRow("duplicate name") << QByteArray(R"([{"name":"a","role":"officer","page":"TodayPage"},
        {"name":"a","role":"counsellor","page":"TodayPage"}])") << u"taken"_s;
}

void tst_ScreenshotTour::parseRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QList<TourEntry> entries{{u"stale"_s, {}, {}, {}, {}}};
    QString error;
    QVERIFY(!ScreenshotTour::parse(json, &entries, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_ScreenshotTour::parseReadsEntries()
{
    QList<TourEntry> entries;
    QString error;
    QVERIFY2(ScreenshotTour::parse(R"([{"name":"person","role":"supervisor","page":"PersonPage",
        "section":"TodayPage","properties":{"personId":"$person","tab":2}}])", &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].role, u"supervisor"_s);
    QCOMPARE(entries[0].section, u"TodayPage"_s);
    QCOMPARE(entries[0].properties.value(u"personId"_s).toString(), u"$person"_s);
    QCOMPARE(entries[0].properties.value(u"tab"_s).toInt(), 2);
}

void tst_ScreenshotTour::initTestCase()
{
    QFile tour(QFINDTESTDATA("../../app/tour/tour.json"));
    QVERIFY2(tour.open(QIODevice::ReadOnly), "app/tour/tour.json not found");
    QString error;
    QVERIFY2(ScreenshotTour::parse(tour.readAll(), &m_entries, &error), qPrintable(error));

    const QString app = appBinary();
    QVERIFY2(QFile::exists(app), qPrintable(u"no qadam executable at %1 (set QADAM_APP_BIN)"_s.arg(app)));
    QVERIFY(m_home.isValid());
    m_out = m_home.filePath(u"shots"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.remove(u"DISPLAY"_s); // the tour must not need one
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(app, {u"--screenshot"_s, m_out});
    QVERIFY(p.waitForFinished(280'000));
    const QString output = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"PNGs in "_s + QDir(m_out).absolutePath()), qPrintable(output));
}

void tst_ScreenshotTour::everyScreen_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("size");
    QStringList names{u"enrol"_s, u"unlock"_s};
    for (const TourEntry &e : std::as_const(m_entries))
        names.append(e.name);
    for (const QString &language : ScreenshotTour::languages())
        for (const ScreenshotTour::Size &size : ScreenshotTour::sizes())
            for (const QString &name : std::as_const(names))
                QTest::addRow("%s/%s/%s", qPrintable(language), qPrintable(size.name), qPrintable(name))
                    << u"%1/%2/%3/%4.png"_s.arg(m_out, language, size.name, name) << size.pixels;
}

void tst_ScreenshotTour::everyScreen()
{
    QFETCH(QString, path);
    QFETCH(QSize, size);
    QImage image;
    QVERIFY2(image.load(path), qPrintable(u"missing or unreadable: "_s + path));
    QCOMPARE(image.size(), size);
    const Blankness b = measure(image);
    // A rendered screen has text (anti-aliased: many shades) on more than a sliver of the window.
    QVERIFY2(b.colours >= 16, qPrintable(u"%1: only %2 colours"_s.arg(path).arg(b.colours)));
    QVERIFY2(b.notBackground >= 0.01, qPrintable(u"%1: %2 % of pixels drawn"_s.arg(path).arg(b.notBackground * 100)));
}

void tst_ScreenshotTour::languagesDiffer()
{
    // The translations are applied at run time: the same screen differs between languages.
    for (const QString &size : {u"phone"_s, u"desktop"_s}) {
        const QImage kk(u"%1/kk/%2/unlock.png"_s.arg(m_out, size));
        const QImage ru(u"%1/ru/%2/unlock.png"_s.arg(m_out, size));
        const QImage en(u"%1/en/%2/unlock.png"_s.arg(m_out, size));
        QVERIFY(!kk.isNull() && !ru.isNull() && !en.isNull());
        QVERIFY2(kk != en && ru != en && kk != ru, qPrintable(size + u": a language did not change the screen"_s));
    }
}

QTEST_GUILESS_MAIN(tst_ScreenshotTour)
#include "tst_screenshottour.moc"
