#include "language.h"

#include <atomic>

namespace cd::models {

namespace {
std::atomic_bool prefersChinese {false};
}

void setUiPrefersChinese(bool chinese)
{
    prefersChinese = chinese;
}
bool uiPrefersChinese()
{
    return prefersChinese;
}

QString pickName(const QString &zh, const QString &en)
{
    if (prefersChinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

} // namespace cd::models
