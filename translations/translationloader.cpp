#include "translationloader.h"

#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd::i18n {

QString installedTranslationsFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(CD_TRANSLATIONS_FROM_BINDIR));
}

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString installTranslations(QCoreApplication &app, const QString &language, const QString &folder)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        const QLocale system;
        chosen =
            system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    if (!supportedLanguages().contains(chosen))
        return {};
    QLocale::setDefault(QLocale(chosen));
    models::setUiPrefersChinese(chosen.startsWith(QLatin1String("zh")));

    auto *own = new QTranslator(&app);
    const QString name = QStringLiteral("complaintdesk_") + chosen;
    if (own->load(name, folder) || own->load(QStringLiteral(":/i18n/") + name))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + chosen,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace cd::i18n
