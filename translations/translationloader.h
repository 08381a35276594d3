#pragma once

#include <QString>

class QCoreApplication;

namespace cd::i18n {

// Where `cmake --install` puts the .qm files, found from the running program's folder:
// <prefix>/share/complaintdesk/translations beside <prefix>/bin.
QString installedTranslationsFolder();

// Installs the translations for `language` ("zh_CN", "en"; empty: the system locale)
// into `app`: ComplaintDesk's own and Qt's, when installed. ComplaintDesk's come from
// `folder` (complaintdesk_<language>.qm, where the package installs them), else from the
// copies embedded under :/i18n (a program run from its build folder).
// Returns the language chosen, or an empty string when `language` is not supported.
QString installTranslations(QCoreApplication &app, const QString &language,
                            const QString &folder = installedTranslationsFolder());

QStringList supportedLanguages();

} // namespace cd::i18n
