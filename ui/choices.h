#pragma once

// The choices the combo boxes offer: each code with its label (the code as the item's data),
// and the taxonomy's names in the user's language (the id as the item's data). Each adds
// its items after those the combo box has.
class QComboBox;
class QString;

namespace cd::models {
class Taxonomy;
}

namespace cd::ui {

void addStatuses(QComboBox *combo);
void addSeverities(QComboBox *combo);
void addChannels(QComboBox *combo);

// The categories; only those offered for new complaints when `activeOnly`.
void addCategories(QComboBox *combo, const models::Taxonomy &taxonomy, bool activeOnly);
// The departments that take complaints (the active ones).
void addActiveDepartments(QComboBox *combo, const models::Taxonomy &taxonomy);

// Fills `combo` anew, without signals: `first` (no data), then the categories as
// addCategories() does; the category chosen before stays chosen while it is offered, the
// first item otherwise.
void refillCategories(QComboBox *combo, const models::Taxonomy &taxonomy, const QString &first,
                      bool activeOnly);

} // namespace cd::ui
