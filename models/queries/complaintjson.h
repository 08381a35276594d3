#pragma once

#include "complaintqueries.h"
#include "records.h"
#include "slaclock.h"

#include <QJsonObject>

// The machine-readable shape of complaints for the CLI (`show --json`, `list --json`).
// Keys are snake_case column names; times are ISO 8601 with offset; amounts are given
// both as integer fen and as a yuan string.
namespace cd::models {

class Taxonomy;

// `phone` is what the reader may see of the customer's number (masked or revealed).
QJsonObject complaintToJson(const ComplaintDetail &detail, const Taxonomy &taxonomy,
                            const QString &phone);
// `routingRule` is the name of the rule that routed it ("" for the category default);
// the deadline state is judged at `nowMs`.
QJsonObject queueRowToJson(const storage::QueueRow &row, const Taxonomy &taxonomy,
                           const QString &phone, const QString &routingRule, qint64 nowMs);
// Where a queue row stands against its deadlines at `nowMs`.
rules::SlaState slaStateOf(const storage::QueueRow &row, qint64 nowMs);

} // namespace cd::models
