#pragma once

#include <optional>

namespace ShopDesk {

// The fields an edit of an aggregate changed: each field compared between the aggregate
// before and as wanted, and where they differ, the new value into `changed` and the old into
// `previous` (the payload of ProductChanged and CustomerChanged).
template<typename Record, typename Edit> struct EditDiff
{
    const Record &before;
    const Record &after;
    Edit changed{};
    Edit previous{};
    bool any = false;

    template<typename Field>
    void compare(Field Record::*field, std::optional<Field> Edit::*editField)
    {
        if (after.*field == before.*field)
            return;
        (changed.*editField).emplace(after.*field);
        (previous.*editField).emplace(before.*field);
        any = true;
    }
};

} // namespace ShopDesk
