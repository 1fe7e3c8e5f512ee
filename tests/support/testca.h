#pragma once

// A private CA made at test time with the openssl CLI, and server keys it signs (for 127.0.0.1
// and localhost): the "trusted root" of the pinning tests (SECURITY.md R33). Header-only, shared
// by tst_enginepinning and tst_appsecurity. Failures are logged; check the results.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace Qadam::Test {

class TestCa
{
public:
    /** Makes the CA and one key with a certificate per name ("<name>.key", "<name>.crt"). */
    [[nodiscard]] bool make(std::initializer_list<QString> serverNames)
    {
        using namespace Qt::StringLiterals;
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (m_openssl.isEmpty() || !m_dir.isValid())
            return false;
        const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
        if (!run(QStringList{u"req"_s, u"-x509"_s} + ec + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s,
                 u"ca.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Qadam Test CA"_s, u"-addext"_s,
                 u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}))
            return false;
        QFile ext(file(u"server.ext"_s));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        for (const QString &name : serverNames) {
            if (!run(QStringList{u"req"_s} + ec + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s,
                     name + u".csr"_s, u"-subj"_s, u"/CN=localhost"_s})
                || !run({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                         u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s,
                         u"-extfile"_s, u"server.ext"_s}))
                return false;
        }
        return true;
    }

    /** A file of the CA's folder ("ca.crt", "server.key", …). */
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }

    /** "sha256//<base64 of the SHA-256 of the DER public key>" of "<name>.key", the pin form. */
    [[nodiscard]] QByteArray pin(const QString &name) const
    {
        using namespace Qt::StringLiterals;
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_openssl, {u"pkey"_s, u"-in"_s, name + u".key"_s, u"-pubout"_s, u"-outform"_s, u"DER"_s});
        if (!p.waitForFinished(30'000) || p.exitCode() != 0)
            return {};
        return "sha256//" + QCryptographicHash::hash(p.readAllStandardOutput(), QCryptographicHash::Sha256).toBase64();
    }

private:
    [[nodiscard]] bool run(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_openssl, args);
        if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAll().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_openssl;
};

} // namespace Qadam::Test
