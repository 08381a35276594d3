#pragma once

#include "codes.h"

#include <optional>

// The rules a new complaint is created by that are neither routing nor deadlines: the
// status it starts in and whether a lead reviews its classification.
namespace cd::rules {

struct Intake
{
    // CLOSED when solved on the call, else ASSIGNED when someone was given it, else NEW.
    static Status initialStatus(bool solvedOnCall, bool assigned);

    // An unsure suggestion (`suggestionClear` false), no suggestion, or one the agent did
    // not follow puts the complaint in the lead's classification review.
    static bool needsClassificationReview(bool suggestionClear,
                                          std::optional<qint64> suggestedCategoryId,
                                          qint64 chosenCategoryId);
};

} // namespace cd::rules
