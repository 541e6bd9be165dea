#pragma once

#include "clock.h"
#include "result.h"

#include <QString>

namespace ShopDesk {

// The connection and its transactions: which terminal and file the store is, and the one
// write transaction every other port writes inside. One instance is one connection, used
// from one thread. Writes happen only inside begin()/commit(); begin() takes the write lock
// at once (a second writer waits, then fails with a Storage error saying busy).
class StoreSession
{
public:
    virtual ~StoreSession() = default;

    // The clock the store stamps its own rows with (a processed policy, a product's edit
    // time); UnitOfWork::setClock sets it to the services' clock.
    void setClock(const Clock &clock) { m_clock = &clock; }
    const Clock &clock() const { return *m_clock; }

    virtual QString terminal() const = 0;
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

private:
    const Clock *m_clock = &Clock::system();
};

} // namespace ShopDesk
