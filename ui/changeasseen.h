#pragma once

#include "complaintqueries.h"
#include "complaintservice.h"
#include "workspace.h"

#include <utility>

namespace cd::ui {

// Runs `change` (a ComplaintService call given `seen`, the complaint as the user last saw
// it) and returns its result. When the change is refused because the complaint changed
// meanwhile (a Conflict: another desk, another program), `seen` moves on to the complaint as
// it is now, so that the user, told who changed it, can make their change once more.
template<typename Change>
auto changeAsSeen(models::Workspace &workspace, models::ComplaintService::AsSeen &seen,
                  Change change)
{
    auto done = change(std::as_const(seen));
    if (!done && done.error().kind == Error::Kind::Conflict && seen.version) {
        if (auto now = workspace.queries().detail(seen.id))
            seen.version = now->complaint.version;
    }
    return done;
}

} // namespace cd::ui
