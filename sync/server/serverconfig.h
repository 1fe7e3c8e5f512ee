#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace Qadam::Server {

/**
 * Settings of `qadam-server`, layered: built-in defaults < config file (--config, INI or JSON)
 * < environment (QADAM_SERVER_*) < command line. Every layer goes through set(), so one name
 * means one thing everywhere. The key is held only as configured (hex text or a file path) and
 * is never logged or printed.
 */
struct ServerConfig
{
    QString listen = QStringLiteral("127.0.0.1:8080");  ///< host:port; port 0 picks a free one
    QString store;            ///< sqlite:PATH | postgresql://… | postgres://…
    QString keyHex;           ///< 64 hex digits: the sqlite store's SQLCipher key
    QString keyFile;          ///< a file holding the 64 hex digits
    QString tlsCert;
    QString tlsKey;
    QString minClientVersion; ///< empty: the service default
    int threads = 8;
    qint64 maxBodyBytes = 8 * 1024 * 1024;

    /** Sets one setting by its config-file name (listen, store, key, key_file, tls_cert, tls_key,
     *  min_client_version, threads, max_body_bytes); unknown names and bad numbers are errors. */
    [[nodiscard]] Status set(const QString &name, const QString &value);
    /** Reads a config file: JSON when it starts with '{', otherwise INI (keys at top level or in
     *  a [server] section). */
    [[nodiscard]] Status loadFile(const QString &path);
    /** QADAM_SERVER_STORE, _LISTEN, _KEY, _KEY_FILE, _TLS_CERT, _TLS_KEY, _THREADS. */
    [[nodiscard]] Status loadEnvironment(const QProcessEnvironment &env);
};

/** A listen address split into host and port ("127.0.0.1:8080", "[::1]:0", ":8080"). */
struct ListenAddress
{
    QString host;
    quint16 port = 0;
};
[[nodiscard]] Result<ListenAddress> parseListen(const QString &listen);

/** Whether a store URL names the embedded (sqlite:) store, and its file path. */
[[nodiscard]] bool isSqliteStore(const QString &url);
[[nodiscard]] QString sqlitePath(const QString &url);

/** The store key and, when one was just created, the file it was written to. */
struct StoreKey
{
    QByteArray key;           ///< 32 raw bytes; empty for PostgreSQL
    QString generatedFile;    ///< non-empty: a new key was written here (mode 0600)
};

/**
 * The SQLCipher key of an embedded store: from keyHex, else keyFile, else `<store>.key` next to
 * the store. When none exists and the store file does not exist yet, a new random key is written
 * to the key file (keyFile or `<store>.key`) with mode 0600. An existing store without a key is an
 * error. PostgreSQL stores need no key.
 */
[[nodiscard]] Result<StoreKey> resolveStoreKey(const ServerConfig &config);

/** 64 hex digits as 32 bytes; anything else is Error::Invalid. */
[[nodiscard]] Result<QByteArray> keyFromHex(const QByteArray &hex);

} // namespace Qadam::Server
