#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ShopDesk::Language {

QString resolve(const QString &requested)
{
    if (requested == QLatin1StringView("ko") || requested == QLatin1StringView("en"))
        return requested;
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

bool isKnown(const QString &code)
{
    return code.isEmpty() || code == QLatin1StringView("ko") || code == QLatin1StringView("en");
}

bool install(const QString &code)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *old : {own, qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    own = new QTranslator(QCoreApplication::instance());
    qt = new QTranslator(QCoreApplication::instance());
    const QLocale locale(code == QLatin1StringView("ko")
                             ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                             : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    const bool loaded = own->load(QStringLiteral(":/i18n/shopdesk_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(own);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace ShopDesk::Language
