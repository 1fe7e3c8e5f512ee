#include "translations.h"

#include "appsession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Qadam {

Translations::Translations(AppSession *session, QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
    if (!session)
        return;
    connect(session, &AppSession::languageChanged, this, [this, session] { apply(session->language()); });
    apply(session->language());
}

Translations::~Translations()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Translations::languages() { return {u"kk"_s, u"ru"_s, u"en"_s}; }

bool Translations::apply(const QString &language)
{
    if (!languages().contains(language))
        return false;
    auto next = std::make_unique<QTranslator>();
    if (!next->load(u":/i18n/qadam_%1.qm"_s.arg(language)))
        return false;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    QCoreApplication::installTranslator(m_translator.get());
    // Kazakh as spoken in Kazakhstan, Russian likewise: dates and numbers as people there write them.
    QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::codeToLanguage(language), QLocale::Kazakhstan));
    m_current = language;
    if (m_engine)
        m_engine->retranslate();
    return true;
}

} // namespace Qadam
