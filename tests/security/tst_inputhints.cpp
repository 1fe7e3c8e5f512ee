// SECURITY.md R18: name and note fields ask the keyboard not to learn or suggest what is typed
// (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText). A static check over every QML file of the
// product: each TextField, TextArea, TextInput and TextEdit block sets inputMethodHints with both
// flags, or carries the comment "R18 not sensitive: <reason>" inside its block. New fields
// therefore fail here until someone decides. Controls prove the check finds a missing hint.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/** One text input block found in a QML source. */
struct InputBlock
{
    int line = 0;
    QString type;
    bool hinted = false;      ///< inputMethodHints holds both flags
    bool exempted = false;    ///< "R18 not sensitive: <reason>" with a reason
};

/** `source` with comments and string contents blanked (same length, newlines kept), so braces
 *  and type names inside them do not count. */
QString codeOnly(const QString &source)
{
    QString out = source;
    enum { Code, Line, Block, Str } state = Code;
    QChar quote;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && next == u'/')
                state = Line;
            else if (c == u'/' && next == u'*')
                state = Block;
            else if (c == u'"' || c == u'\'') {
                state = Str;
                quote = c;
                continue;
            } else
                continue;
            out[i] = u' ';
            break;
        case Line:
            if (c == u'\n')
                state = Code;
            else
                out[i] = u' ';
            break;
        case Block:
            if (c == u'*' && next == u'/') {
                out[i] = out[i + 1] = u' ';
                ++i;
                state = Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case Str:
            if (c == u'\\') {
                out[i] = u' ';
                if (i + 1 < out.size())
                    out[++i] = u' ';
            } else if (c == quote) {
                state = Code;
            } else {
                out[i] = u' ';
            }
            break;
        }
    }
    return out;
}

/** Every text input block of one QML source. `components` are the product's own text inputs
 *  (a file whose root is a TextField, e.g. DateField), with whether their root is hinted: a use
 *  of one is an input too, hinted by the component unless it sets inputMethodHints itself. */
QList<InputBlock> inputBlocks(const QString &source, const QHash<QString, bool> &components = {})
{
    QString types = u"TextField|TextArea|TextInput|TextEdit"_s;
    for (auto it = components.cbegin(); it != components.cend(); ++it)
        types += u'|' + it.key();
    const QRegularExpression start(uR"(\b()"_s + types + uR"()\s*\{)"_s);
    static const QRegularExpression hints(uR"(^\s*inputMethodHints\s*:([^\n;]*))"_s,
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression exemption(uR"(R18 not sensitive:[ \t]*\S)"_s);
    const QString code = codeOnly(source);
    QList<InputBlock> blocks;
    for (auto it = start.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype open = m.capturedEnd() - 1;
        qsizetype end = open;
        int depth = 0;
        for (; end < code.size(); ++end) {
            depth += code.at(end) == u'{' ? 1 : code.at(end) == u'}' ? -1 : 0;
            if (depth == 0)
                break;
        }
        InputBlock b;
        b.type = m.captured(1);
        b.line = int(code.left(m.capturedStart()).count(u'\n')) + 1;
        // Only the block's own level: a nested item's hints are not this field's.
        QString own = code.mid(open + 1, end - open - 1);
        static const QRegularExpression nested(uR"(\{[^{}]*\})"_s);
        while (own.contains(nested))
            own.replace(nested, u" "_s);
        const QRegularExpressionMatch h = hints.match(own);
        b.hinted = h.hasMatch() ? h.captured(1).contains(u"Qt.ImhSensitiveData"_s)
                                      && h.captured(1).contains(u"Qt.ImhNoPredictiveText"_s)
                                : components.value(b.type, false);
        b.exempted = exemption.match(source.mid(open, end - open)).hasMatch();
        blocks << b;
    }
    return blocks;
}

} // namespace

class tst_InputHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerFindsMissingHints_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("passes");
        QTest::newRow("no hints") << u"Item { TextField { id: a\n text: \"x\" } }"_s << false;
        QTest::newRow("only no-predictive") << u"TextArea {\n inputMethodHints: Qt.ImhNoPredictiveText\n}"_s << false;
        QTest::newRow("hint on a nested item only")
            << u"TextArea {\n background: Rectangle {\n inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText\n }\n}"_s
            << false;
        QTest::newRow("exemption without a reason") << u"TextField { // R18 not sensitive:\n}"_s << false;
        QTest::newRow("both flags") << u"TextField {\n inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhDate\n}"_s
                                    << true;
        QTest::newRow("exempted with a reason") << u"TextField {\n // R18 not sensitive: a URL\n}"_s << true;
        QTest::newRow("a field in a comment is no field") << u"// TextField { }\nItem { }"_s << true;
        QTest::newRow("a component's use, hinted by the component") << u"DateField {\n text: \"2027-01-01\"\n}"_s << true;
        QTest::newRow("a component's use overriding its hints")
            << u"DateField {\n inputMethodHints: Qt.ImhDate\n}"_s << false;
        QTest::newRow("an unhinted component's use") << u"PlainField {\n}"_s << false;
        QTest::newRow("a brace in a string")
            << u"TextField {\n placeholderText: qsTr(\"}\")\n inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText\n}"_s
            << true;
    }
    void checkerFindsMissingHints()
    {
        QFETCH(QString, source);
        QFETCH(bool, passes);
        bool ok = true;
        const QHash<QString, bool> components{{u"DateField"_s, true}, {u"PlainField"_s, false}};
        for (const InputBlock &b : inputBlocks(source, components))
            ok = ok && (b.hinted || b.exempted);
        QCOMPARE(ok, passes);
    }

    /** Every text input of the product's QML. */
    void everyTextInputIsSensitiveOrExempted()
    {
        // The product's own text input components first: files whose root item is a text input.
        QHash<QString, bool> components;
        static const QRegularExpression rootInput(uR"(^\s*(?:import[^\n]*\n\s*)*(TextField|TextArea|TextInput|TextEdit)\s*\{)"_s);
        for (QDirIterator c(QStringLiteral(QADAM_QML_DIR), {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
             c.hasNext();) {
            const QString path = c.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QString code = codeOnly(QString::fromUtf8(f.readAll()));
            if (rootInput.match(code).hasMatch()) {
                const QList<InputBlock> root = inputBlocks(code);
                components.insert(QFileInfo(path).completeBaseName(), !root.isEmpty() && root.constFirst().hinted);
            }
        }
        QVERIFY2(components.contains(u"DateField"_s), "DateField is a text input component");
        QDirIterator it(QStringLiteral(QADAM_QML_DIR), {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
        int fields = 0;
        QStringList missing;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/i18n/"_s))
                continue;
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            for (const InputBlock &b : inputBlocks(QString::fromUtf8(f.readAll()), components)) {
                ++fields;
                if (!b.hinted && !b.exempted)
                    missing << u"%1:%2 %3"_s.arg(QDir(QStringLiteral(QADAM_QML_DIR)).relativeFilePath(path)).arg(b.line).arg(b.type);
            }
        }
        qInfo("%d text inputs checked", fields);
        QVERIFY2(fields >= 30, "the check found fewer text inputs than the product has: is QADAM_QML_DIR right?");
        QVERIFY2(missing.isEmpty(), qPrintable(u"without Qt.ImhSensitiveData | Qt.ImhNoPredictiveText and no "
                                               u"'R18 not sensitive: <reason>': "_s + missing.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(tst_InputHints)
#include "tst_inputhints.moc"
