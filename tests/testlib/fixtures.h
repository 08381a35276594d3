#pragma once

#include "testsupport.h"

// Stores set up for one situation, shared by the suites of the services and of the widgets
// that show them. Each stops the suite (qFatal) when a step fails.
namespace cd::test {

// Saves the view "Onboarding" (the actor's own) on a category ONBOARDING made for it, and
// then removes the category: a saved view that can no longer be opened.
void saveViewOfARemovedCategory(models::Workspace &workspace);

} // namespace cd::test
