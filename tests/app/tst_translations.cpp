// The Kazakh and Russian translations are complete and use the glossary of DOMAIN.md.
//
// The committed qml/i18n/qadam_<lang>.ts files are first brought up to date in a temporary copy by
// running lupdate over app/ and qml/ (so a string added to the sources but never translated
// counts as unfinished), then every message is checked: finished, not empty (every plural form),
// the same placeholders as the source, and the glossary rendering of every legal term its
// English source uses.
#include <QDir>
#include <QDirIterator>
#include <algorithm>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;              // "", unfinished, vanished, obsolete
    QStringList translations;  // one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QByteArray &xml, QString *error)
{
    QList<Message> out;
    QXmlStreamReader r(xml);
    QString context;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"name") {
            context = r.readElementText();
        } else if (r.name() == u"message") {
            out.append({context, {}, {}, {}, r.attributes().value(u"numerus"_s) == u"yes"});
        } else if (r.name() == u"source" && !out.isEmpty()) {
            out.last().source = r.readElementText();
        } else if (r.name() == u"translation" && !out.isEmpty()) {
            out.last().type = r.attributes().value(u"type"_s).toString();
            if (!out.last().numerus)  // else its <numerusform> children follow
                out.last().translations.append(r.readElementText());
        } else if (r.name() == u"numerusform" && !out.isEmpty()) {
            out.last().translations.append(r.readElementText());
        }
    }
    if (r.hasError())
        *error = r.errorString();
    return out;
}

/** English term (regex on the source) -> the rendering every translation of it must contain. */
struct Term
{
    QString english;
    QString ru;
    QString kk;
};

// DOMAIN.md, "Glossary for the three languages". Stems, so declined forms pass.
const QList<Term> kGlossary = {
    {u"probation service"_s, u"служб\\w* пробации"_s, u"пробация қызмет"_s},
    {u"administrative supervision"_s, u"административн\\w* надзор"_s, u"әкімшілік қадағала"_s},
    {u"\\bsupervision\\b"_s, u"надзор"_s, u"қадағала"_s},
    {u"(person|people) under supervision"_s, u"поднадзорн"_s, u"қадағаланатын"_s},
    {u"programme of social and legal assistance"_s, u"программ\\w* оказания социально-правовой помощи"_s,
     u"әлеуметтік-құқықтық көмек көрсетудің жеке бағдарлама"_s},
    {u"preventive conversation"_s, u"профилактическ\\w* бесед"_s, u"профилактикалық әңгіме"_s},
    {u"internal affairs"_s, u"внутренних дел"_s, u"ішкі істер"_s},
    {u"appearance for registration"_s, u"явк\\w* на регистрацию"_s, u"тіркеуге кел"_s},
    {u"penal enforcement code"_s, u"уголовно-исполнительн\\w* кодекс"_s, u"қылмыстық-атқару кодекс"_s},
    {u"resociali[sz]ation"_s, u"ресоциализаци"_s, u"ресоциализаци"_s},
    {u"\\btheologians?\\b"_s, u"теолог"_s, u"теолог"_s},
    {u"religious scholar"_s, u"религиовед"_s, u"дінтанушы"_s},
    {u"\\breferrals?\\b"_s, u"направлени"_s, u"жолдама"_s},
    {u"\\bsupervisors?\\b"_s, u"руководител"_s, u"басшы"_s},
};

QRegularExpression pattern(const QString &p)
{
    return QRegularExpression(p, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString where(const Message &m) { return u"[%1] \"%2\""_s.arg(m.context, m.source.left(80)); }

/** Entries a translator still has to do: unfinished, empty (any plural form), also when vanished. */
QStringList unfinished(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &m : messages) {
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == u"unfinished" || empty)
            problems.append(u"%1 %2"_s.arg(m.type.isEmpty() ? u"untranslated"_s : m.type, where(m)));
    }
    return problems;
}

/** %1…%9 and %n of the source must all survive translation. */
QStringList placeholderMismatches(const QList<Message> &messages)
{
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        QSet<QString> wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted.insert(it.next().captured());
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue;
            for (const QString &p : std::as_const(wanted))
                // A plural form may spell the number out ("one"), so %n may be left out of one form.
                if (!t.contains(p) && !(p == u"%n" && m.translations.size() > 1))
                    problems.append(u"%1 lacks %2 in \"%3\""_s.arg(where(m), p, t.left(80)));
        }
    }
    return problems;
}

QStringList glossaryViolations(const QList<Message> &messages, const QString &language)
{
    QStringList problems;
    for (const Term &term : kGlossary) {
        const QRegularExpression english = pattern(term.english);
        const QRegularExpression wanted = pattern(language == u"ru" ? term.ru : term.kk);
        for (const Message &m : messages) {
            if (!english.match(m.source).hasMatch())
                continue;
            for (const QString &t : m.translations)
                if (!t.isEmpty() && !wanted.match(t).hasMatch())
                    problems.append(u"%1: \"%2\" is not rendered as \"%3\" in \"%4\""_s.arg(
                        where(m), term.english, wanted.pattern(), t.left(80)));
        }
    }
    return problems;
}

QString joined(const QStringList &problems)
{
    // Per context first (who has work to do), then the first entries themselves.
    static const QRegularExpression context(u"\\[([^\\]]*)\\]"_s);
    QMap<QString, int> perContext;
    for (const QString &p : problems)
        ++perContext[context.match(p).captured(1)];
    QStringList head;
    for (auto it = perContext.cbegin(); it != perContext.cend(); ++it)
        head.append(u"  %1: %2"_s.arg(it.key()).arg(it.value()));
    head += problems.mid(0, 20);
    if (problems.size() > head.size())
        head.append(u"… and %1 more"_s.arg(problems.size() - head.size()));
    return head.join(u'\n');
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerFindsProblems();
    void complete_data();
    void complete();
    void glossary_data();
    void glossary();
    void runtimeContextsAreTranslated();

private:
    QTemporaryDir m_dir;
    QMap<QString, QList<Message>> m_messages; // language -> messages after lupdate
};

void tst_Translations::initTestCase()
{
    const QString i18n = QFINDTESTDATA("../../qml/i18n");
    QVERIFY2(!i18n.isEmpty(), "qml/i18n not found next to the test sources");
    const QDir root(i18n + u"/../.."_s);
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
    QVERIFY2(QFile::exists(lupdate), qPrintable(u"lupdate not found at %1 (qt6-l10n-tools)"_s.arg(lupdate)));
    QVERIFY(m_dir.isValid());
    for (const QString &lang : {u"kk"_s, u"ru"_s, u"en"_s}) {
        const QString ts = m_dir.filePath(u"qadam_%1.ts"_s.arg(lang));
        QVERIFY(QFile::copy(root.filePath(u"qml/i18n/qadam_%1.ts"_s.arg(lang)), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        // The same options as the update_translations target (qml/i18n/translations.cmake).
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(lupdate, {u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-extensions"_s,
                          u"cpp,h,qml"_s, root.filePath(u"app"_s), root.filePath(u"qml"_s), u"-ts"_s, ts});
        QVERIFY(p.waitForFinished(120'000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        QFile f(ts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        m_messages[lang] = readTs(f.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_messages[lang].size() > 50, "suspiciously few messages: did lupdate read the sources?");
    }
}

// The checks themselves catch what they are for: the test can fail.
void tst_Translations::checkerFindsProblems()
{
    const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru">
        <context><name>X</name>
        <message><source>Open</source><translation type="unfinished"></translation></message>
        <message><source>Gone</source><translation type="vanished"></translation></message>
        <message><source>Empty</source><translation></translation></message>
        <message numerus="yes"><source>%n days</source><translation><numerusform>%n день</numerusform><numerusform></numerusform><numerusform>%n дней</numerusform></translation></message>
        <message><source>Referral of %1</source><translation>Отсылка</translation></message>
        <message><source>Approved by the supervisor</source><translation>Утверждено руководителем</translation></message>
        </context></TS>)";
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 6);
    const QStringList open = unfinished(messages);
    QCOMPARE(open.size(), 4);
    QVERIFY(open.at(0).startsWith(u"unfinished"));
    QVERIFY(open.at(1).startsWith(u"vanished"));
    QVERIFY(open.at(2).startsWith(u"untranslated"));
    QVERIFY(open.at(3).contains(u"%n days"));
    QCOMPARE(placeholderMismatches(messages).size(), 1); // "Отсылка" lacks %1
    const QStringList glossary = glossaryViolations(messages, u"ru"_s);
    QCOMPARE(glossary.size(), 1);                        // "Отсылка" is not "направление"
    QVERIFY(glossary.constFirst().contains(u"Referral of %1"));
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Kazakh") << u"kk"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void tst_Translations::complete()
{
    QFETCH(QString, language);
    const QStringList open = unfinished(m_messages.value(language));
    QVERIFY2(open.isEmpty(), qPrintable(u"%1 of %2 messages not translated into %3:\n%4"_s.arg(open.size())
                                            .arg(m_messages.value(language).size()).arg(language, joined(open))));
    const QStringList broken = placeholderMismatches(m_messages.value(language));
    QVERIFY2(broken.isEmpty(), qPrintable(joined(broken)));
}

void tst_Translations::glossary_data() { complete_data(); }

void tst_Translations::glossary()
{
    QFETCH(QString, language);
    const QStringList problems = glossaryViolations(m_messages.value(language), language);
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

/**
 * A wrapper that calls QCoreApplication::translate("Context", …) at run time finds translations
 * only under a context lupdate also used. lupdate files a bare tr() by its enclosing namespace
 * ("Qadam::PersonSections"), so a wrapper naming another context ("PersonSections") left a whole
 * screen in English whatever the language: the person overview, the PDF report, the exports.
 */
void tst_Translations::runtimeContextsAreTranslated()
{
    QSet<QString> known;
    for (const Message &m : std::as_const(m_messages[u"ru"_s]))
        known.insert(m.context);
    const QString i18n = QFINDTESTDATA("../../qml/i18n"); // as initTestCase: the source tree's app/
    QVERIFY(!i18n.isEmpty());
    const QString app = QDir(i18n + u"/../../app"_s).absolutePath();
    const QRegularExpression call(uR"re((?:QCoreApplication::translate|QT_TRANSLATE_NOOP)\(\s*"([^"]+)")re"_s);
    QStringList missing;
    int seen = 0;
    QDirIterator it(app, { u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const QString context = m.next().captured(1);
            ++seen;
            if (!known.contains(context))
                missing << u"%1: \"%2\""_s.arg(QDir(app).relativeFilePath(f.fileName()), context);
        }
    }
    QVERIFY2(seen > 5, "no translate() calls found: did the scan read app/?");
    QVERIFY2(missing.isEmpty(), qPrintable(u"contexts no .ts holds:\n"_s + missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
