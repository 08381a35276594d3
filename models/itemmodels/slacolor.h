#pragma once

#include "slaclock.h"

#include <QColor>

namespace cd::models {

// The colour a deadline state is drawn in (green, amber, red, grey): the queue's deadline
// column and the complaint's deadline panel.
QColor slaColor(rules::SlaState state);

} // namespace cd::models
