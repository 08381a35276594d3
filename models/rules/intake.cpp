#include "intake.h"

namespace cd::rules {

Status Intake::initialStatus(bool solvedOnCall, bool assigned)
{
    if (solvedOnCall)
        return Status::Closed;
    return assigned ? Status::Assigned : Status::New;
}

bool Intake::needsClassificationReview(bool suggestionClear,
                                       std::optional<qint64> suggestedCategoryId,
                                       qint64 chosenCategoryId)
{
    return !suggestionClear || suggestedCategoryId != chosenCategoryId;
}

} // namespace cd::rules
