#pragma once

#include "result.h"

#include <QtGlobal>

namespace cd::models {

class Workspace;

// Anonymisation of one customer: the person is removed from everything the store keeps
// about them. Their name and number leave the customer row; every phone number, card
// number, ID number (whole or masked) and every mention of their name leave the text of
// their complaints (description, transaction reference, escalation reason, call-back note,
// satisfaction comment), their calls' notes, their complaints' pause reasons and events'
// notes; their complaints' search rows are written again from what is left. The events
// keep their place in the audit chain: each complaint's erasure is recorded in a
// "personal_data_erased" event with the seals of the events it changed
// (storage::EventRepository::eraseNotes). Runs inside the caller's transaction; returns
// how many pieces of personal data were erased.
Result<int> eraseCustomer(Workspace &workspace, qint64 customerId);

} // namespace cd::models
