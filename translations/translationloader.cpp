#include "translationloader.h"

#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd::i18n {

QStringList supportedLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        const QLocale system;
        chosen = system.language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                       : QStringLiteral("en");
    }
    if (!supportedLanguages().contains(chosen))
        return {};
    QLocale::setDefault(QLocale(chosen));
    models::setUiPrefersChinese(chosen.startsWith(QLatin1String("zh")));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/complaintdesk_") + chosen))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + chosen,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace cd::i18n
