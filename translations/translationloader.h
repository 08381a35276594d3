#pragma once

#include <QString>

class QCoreApplication;

namespace cd::i18n {

// Installs the translations for `language` ("zh_CN", "en"; empty: the system locale)
// into `app`: ComplaintDesk's own (embedded under :/i18n) and Qt's, when installed.
// Returns the language chosen, or an empty string when `language` is not supported.
QString installTranslations(QCoreApplication &app, const QString &language);

QStringList supportedLanguages();

} // namespace cd::i18n
