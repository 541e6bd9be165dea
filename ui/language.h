#pragma once

#include <QString>

namespace ShopDesk {

// The window's language: Korean (ko) or English (en). The translations of ShopDesk's own
// strings are embedded (:/i18n); Qt's own (standard buttons, print dialogs) come from Qt's
// translations folder when installed.
namespace Language {

// "ko" or "en": the requested code when it is one of them, else the system locale's choice
// (Korean for a Korean locale, English otherwise). Empty requested means the system's.
QString resolve(const QString &requested);

// Whether code is "ko", "en" or empty (the system's).
bool isKnown(const QString &code);

// Installs the translators of the language on the application and makes its locale the
// default (money, numbers, dates). Returns false when ShopDesk's own translation is missing.
bool install(const QString &code);

} // namespace Language

} // namespace ShopDesk
