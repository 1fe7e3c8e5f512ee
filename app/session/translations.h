#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlEngine;
class QTranslator;

namespace Qadam {

class AppSession;

/**
 * Puts Session.language into effect while the app runs: installs the translator of that
 * language (qadam_<language>.qm, embedded under :/i18n) and asks the QML engine to re-evaluate
 * every qsTr() binding, so switching kk / ru / en in Settings needs no restart. Also makes the
 * language the default QLocale (numbers and dates). Made by main.cpp (or the screenshot tour)
 * after the engine; GUI thread; does not own the session or the engine.
 *
 *     Translations translations(&session, &engine);   // follows session.languageChanged
 */
class Translations : public QObject
{
    Q_OBJECT
public:
    Translations(AppSession *session, QQmlEngine *engine, QObject *parent = nullptr);
    ~Translations() override;

    /** The languages the app ships: kk, ru, en. */
    [[nodiscard]] static QStringList languages();
    /** Installs `language` (one of languages()); false and no change for any other value. */
    bool apply(const QString &language);
    [[nodiscard]] QString current() const { return m_current; }

private:
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace Qadam
