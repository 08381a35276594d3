#pragma once

#include <QLineEdit>

namespace cd::ui {

// Caps what `edit` takes at `characters` characters as the services count them (code
// points): QLineEdit counts UTF-16 units, so the cap leaves room for characters outside
// the Basic Multilingual Plane (emoji are two units each); the service refuses what is
// longer, with a message at the field.
inline void limitCharacters(QLineEdit *edit, int characters)
{
    edit->setMaxLength(2 * characters);
}

} // namespace cd::ui
