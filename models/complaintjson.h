#pragma once

#include "complaintqueries.h"
#include "records.h"

#include <QJsonObject>

// The machine-readable shape of complaints for the CLI (`show --json`, `list --json`).
// Keys are snake_case column names; times are ISO 8601 with offset; amounts are given
// both as integer fen and as a yuan string.
namespace cd::models {

class Taxonomy;

QJsonObject complaintToJson(const ComplaintDetail &detail, const Taxonomy &taxonomy);
QJsonObject queueRowToJson(const storage::QueueRow &row, const Taxonomy &taxonomy);

} // namespace cd::models
