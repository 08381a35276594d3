#pragma once

#include <QString>

#include <optional>

namespace cd::cli {

// A password from the environment variable `variable` if set, else typed on the terminal
// without echo after `prompt`. std::nullopt when neither is possible (no terminal).
std::optional<QString> readPassword(const char *variable, const QString &prompt);

} // namespace cd::cli
