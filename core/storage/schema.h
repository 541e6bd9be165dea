#pragma once

#include <QStringList>

namespace ShopDesk::Schema {

// The schema version this build writes; PRAGMA user_version holds the stored one.
inline constexpr int CurrentVersion = 17;

// Statements that take a database from version - 1 to version (1-based).
QStringList migration(int version);

} // namespace ShopDesk::Schema
