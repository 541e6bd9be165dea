#pragma once

#include "result.h"

#include <QList>

namespace ShopDesk {

// The exit statuses of ShopDesk's programs (shopdesk-cli, shopdesk-hub and shopdesk). Their
// meaning is the CLI contract in README.md; the other two use the ones that apply to them.
namespace ExitStatus {
enum Value : int {
    Ok = 0,
    VerifyFailed = 1, // `shopdesk-cli verify` found errors
    UsageError = 2,   // a command line that does not fit, or invalid_input
    Refused = 3,      // not_found, insufficient_stock, invalid_state
    StorageError = 4, // the database, a file that cannot be written, a hub that cannot be reached
    Denied = 5,       // unauthorized (no, unknown or wrong login) or forbidden (the role)
    // The command is done and recorded (a payment, a cancellation), but a reaction it triggered
    // (delivery start, stock decrease, refund, restock) failed (a full disk) and is left
    // pending; the next command retries it, and `verify` exits 1 meanwhile. No error code
    // leads here: the command did not fail.
    ReactionPending = 6,
};
} // namespace ExitStatus

// The program that exits. They agree on every error code except where the table in
// exitstatus.cpp says otherwise, and each keeps the numbers it has always had.
enum class ExitProgram { Cli, Hub, Desktop };

// The exit status of `program` when it fails with `code`; by default the CLI's contract.
int exitStatusFor(ErrorCode code, ExitProgram program = ExitProgram::Cli);

// The error codes that make `program` exit with `status`, in the order ErrorCode declares
// them; for text that explains the statuses.
QList<ErrorCode> errorCodesExitingWith(int status, ExitProgram program = ExitProgram::Cli);

} // namespace ShopDesk
