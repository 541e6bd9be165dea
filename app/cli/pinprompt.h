#pragma once

#include <QString>

#include <optional>

namespace ShopDesk::PinPrompt {

// A secret typed on the terminal: prompt and answer through /dev/tty, without echo, so that
// it never shows on the screen or in a redirected output. nullopt without a terminal.
std::optional<QString> readSecret(const QString &prompt);

// A PIN from the environment variable, else from the terminal; nullopt when neither has one.
std::optional<QString> pinFrom(const char *variable, const QString &prompt);

} // namespace ShopDesk::PinPrompt
