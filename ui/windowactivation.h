#pragma once

class QWidget;

namespace cd::ui {

// Brings `window` forward for a call the phone system announced: restored if minimised,
// shown, raised and activated. On X11 it also asks the window manager directly
// (_NET_ACTIVE_WINDOW sent as a pager would, which window managers' focus-stealing
// prevention lets through; an application's own request may only make it flash).
void bringForward(QWidget *window);

} // namespace cd::ui
