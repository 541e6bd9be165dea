#include "exitstatus.h"

namespace ShopDesk {

namespace {

using namespace ExitStatus;

struct Row
{
    ErrorCode code;
    int cli;
    int hub;
    int desktop;

    int status(ExitProgram program) const
    {
        switch (program) {
        case ExitProgram::Cli:
            return cli;
        case ExitProgram::Hub:
            return hub;
        case ExitProgram::Desktop:
            return desktop;
        }
        return cli;
    }
};

// One row per error code, in the order ErrorCode declares them. The columns differ where a
// program has always answered differently, and scripts may rely on it: the hub has no users,
// so a denial there is a failure of its environment (4) like its database; the window maps
// only the failure of --demo, where anything but the database is a refusal (3).
constexpr Row table[] = {
    {ErrorCode::InvalidInput, UsageError, UsageError, Refused},
    {ErrorCode::NotFound, Refused, Refused, Refused},
    {ErrorCode::InsufficientStock, Refused, Refused, Refused},
    {ErrorCode::InvalidState, Refused, Refused, Refused},
    {ErrorCode::Storage, StorageError, StorageError, StorageError},
    {ErrorCode::Unauthorized, Denied, StorageError, Refused},
    {ErrorCode::Forbidden, Denied, StorageError, Refused},
};

} // namespace

int exitStatusFor(ErrorCode code, ExitProgram program)
{
    for (const Row &row : table) {
        if (row.code == code)
            return row.status(program);
    }
    Q_ASSERT_X(false, "exitStatusFor", "an ErrorCode without a row in the exit-status table");
    return StorageError;
}

QList<ErrorCode> errorCodesExitingWith(int status, ExitProgram program)
{
    QList<ErrorCode> codes;
    for (const Row &row : table) {
        if (row.status(program) == status)
            codes.append(row.code);
    }
    return codes;
}

} // namespace ShopDesk
