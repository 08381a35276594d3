#pragma once

#include <QString>

// Which language data with two spellings (category and department names stored in
// Chinese and English) is shown in. Set once at start-up by the translation loader.
namespace cd::models {

void setUiPrefersChinese(bool chinese);
bool uiPrefersChinese();

// Picks the Chinese or English spelling, falling back to the other when one is empty.
QString pickName(const QString &zh, const QString &en);

} // namespace cd::models
