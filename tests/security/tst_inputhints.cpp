// SECURITY.md R18: name and note fields ask the keyboard not to learn or suggest what is typed
// (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText). A static check over every QML file of the
// product: each TextField, TextArea, TextInput and TextEdit block sets inputMethodHints with both
// flags, or carries the comment "R18 not sensitive: <reason>" inside its block. New fields
// therefore fail here until someone decides. Controls prove the check finds a missing hint.
#include <QDirIterator>
#include <QFile>
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

/** Every text input block of one QML source. */
QList<InputBlock> inputBlocks(const QString &source)
{
    static const QRegularExpression start(uR"(\b(TextField|TextArea|TextInput|TextEdit)\s*\{)"_s);
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
        b.hinted = h.hasMatch() && h.captured(1).contains(u"Qt.ImhSensitiveData"_s)
                   && h.captured(1).contains(u"Qt.ImhNoPredictiveText"_s);
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
        QTest::newRow("a brace in a string")
            << u"TextField {\n placeholderText: qsTr(\"}\")\n inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText\n}"_s
            << true;
    }
    void checkerFindsMissingHints()
    {
        QFETCH(QString, source);
        QFETCH(bool, passes);
        bool ok = true;
        for (const InputBlock &b : inputBlocks(source))
            ok = ok && (b.hinted || b.exempted);
        QCOMPARE(ok, passes);
    }

    /** Every text input of the product's QML. */
    void everyTextInputIsSensitiveOrExempted()
    {
        QDirIterator it(QStringLiteral(QADAM_QML_DIR), {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
        int fields = 0;
        QStringList missing;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/i18n/"_s))
                continue;
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            for (const InputBlock &b : inputBlocks(QString::fromUtf8(f.readAll()))) {
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
