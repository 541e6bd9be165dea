#pragma once

#include <QString>
#include <QStringView>

namespace ShopDesk::Hub {

// Text a peer supplied (a message type, a token refusal's terminal, a close reason, any detail
// that quotes the peer), made safe for one log line: backslash, control characters (C0, DEL,
// C1), the Unicode line and paragraph separators and the bidirectional overrides are written
// as escapes (\n, \r, \t, \\, \xNN, \uNNNN), so a peer can neither start a fake log line nor
// make one read differently than it is. Every place the hub logs peer data goes through it.
QString logSafe(QStringView peerText);

} // namespace ShopDesk::Hub
