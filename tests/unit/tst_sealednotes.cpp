// SealedNotes (SECURITY.md R29): the encryption primitive of sealed counselling notes. Round
// trips, every way a sealed value must refuse to open (another key, record or field, one flipped
// byte, truncation, a wrong key length), no canary bytes in the sealed form, and the length bound
// the schema allows for sealed values. Synthetic text only.
#include "casework/sealednotes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kRecord = u"0190a6b2-0000-7000-8000-00000000c001"_s;
const QString kCanary = u"Айгерім sealcanary: жабық жазба, the client spoke of the night of 12 March"_s;

bool holds(const QString &sealed, const QString &plain)
{
    const QByteArray s = sealed.toUtf8();
    const QByteArray utf8 = plain.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(plain.utf16()), plain.size() * 2);
    return s.contains(utf8.left(12)) || s.contains(utf16.left(12)) || s.contains(utf8.toBase64().left(12))
           || s.contains(utf8.toBase64(QByteArray::Base64UrlEncoding).left(12));
}

} // namespace

class tst_SealedNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::newRow("Kazakh and English") << kCanary;
        QTest::newRow("empty") << QString();
        QTest::newRow("newlines and NUL-free symbols") << u"line one\nline two\t€ 😀"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, plain);
        const QByteArray key = SealedNotes::newKey();
        QCOMPARE(key.size(), 32);
        auto sealed = SealedNotes::seal(plain, key, kRecord, u"notesPlan"_s);
        QVERIFY(sealed.ok());
        QVERIFY(SealedNotes::isSealed(sealed.value()));
        if (!plain.isEmpty())
            QVERIFY(!holds(sealed.value(), plain));
        auto opened = SealedNotes::open(sealed.value(), key, kRecord, u"notesPlan"_s);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plain);
        // A fresh nonce each time: the same note never gives the same ciphertext.
        QVERIFY(SealedNotes::seal(plain, key, kRecord, u"notesPlan"_s).value() != sealed.value());
    }

    void refusesToOpen_data()
    {
        QTest::addColumn<QString>("how");
        for (const char *how : {"another key", "another record", "another field", "flipped byte", "truncated",
                                "not base64", "no prefix", "empty body"})
            QTest::newRow(how) << QString::fromLatin1(how);
    }
    void refusesToOpen()
    {
        QFETCH(QString, how);
        const QByteArray key = SealedNotes::newKey();
        QString sealed = SealedNotes::seal(kCanary, key, kRecord, u"notesAnalysis"_s).value();
        QByteArray openKey = key;
        QString record = kRecord;
        QString field = u"notesAnalysis"_s;
        if (how == u"another key")
            openKey = SealedNotes::newKey();
        else if (how == u"another record")
            record = u"0190a6b2-0000-7000-8000-00000000c002"_s;
        else if (how == u"another field")
            field = u"notesPlan"_s;
        else if (how == u"flipped byte")
            sealed[sealed.size() / 2] = sealed.at(sealed.size() / 2) == u'A' ? u'B' : u'A';
        else if (how == u"truncated")
            sealed.chop(4);
        else if (how == u"not base64")
            sealed.append(u"*!"_s);
        else if (how == u"no prefix")
            sealed = sealed.mid(10);
        else if (how == u"empty body")
            sealed = u"sealed:v1:"_s;
        const auto opened = SealedNotes::open(sealed, openKey, record, field);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), Error::Corrupt);
    }

    void keyMustBe32Bytes()
    {
        QCOMPARE(SealedNotes::seal(kCanary, QByteArray(16, 'k'), kRecord, u"notesPlan"_s).code(), Error::Invalid);
        QCOMPARE(SealedNotes::open(u"sealed:v1:AAAA"_s, QByteArray(), kRecord, u"notesPlan"_s).code(), Error::Invalid);
    }

    /** The schema's limit for sealed values: a longest note of the widest characters fits. */
    void sealedLengthBound()
    {
        const QByteArray key = SealedNotes::newKey();
        const QString widest(8000, QChar(0x20AC)); // '€': three UTF-8 bytes per UTF-16 unit
        const QString sealed = SealedNotes::seal(widest, key, kRecord, u"notesPlan"_s).value();
        QVERIFY(sealed.size() <= SealedNotes::maxSealedLength(8000));
        QVERIFY(sealed.size() > SealedNotes::maxSealedLength(7990)); // and the bound is not loose
    }

    void fieldsOfARecord()
    {
        QVERIFY(SealedNotes::applies(u"CounsellingSession"_s, u"sealed"_s));
        QVERIFY(!SealedNotes::applies(u"CounsellingSession"_s, u"confidential"_s));
        QVERIFY(!SealedNotes::applies(u"Person"_s, u"sealed"_s));
        const QByteArray key = SealedNotes::newKey();
        const QVariantMap plain{{u"notesObservations"_s, kCanary}, {u"notesPlan"_s, u"next: breathing"_s},
                                {u"notesAnalysis"_s, QString()}, {u"summary"_s, u"attended"_s},
                                {u"confidentialityTier"_s, u"sealed"_s}};
        auto sealed = SealedNotes::sealFields(plain, key, kRecord);
        QVERIFY(sealed.ok());
        QVERIFY(SealedNotes::isSealed(sealed.value().value(u"notesObservations"_s).toString()));
        QVERIFY(SealedNotes::isSealed(sealed.value().value(u"notesPlan"_s).toString()));
        QCOMPARE(sealed.value().value(u"notesAnalysis"_s).toString(), QString()); // nothing to hide
        QCOMPARE(sealed.value().value(u"summary"_s), plain.value(u"summary"_s)); // not a note field
        QCOMPARE(SealedNotes::openFields(sealed.value(), key, kRecord), plain);
        // Another device's key opens nothing and changes nothing.
        QCOMPARE(SealedNotes::openFields(sealed.value(), SealedNotes::newKey(), kRecord), sealed.value());
    }
};

QTEST_GUILESS_MAIN(tst_SealedNotes)
#include "tst_sealednotes.moc"
