#pragma once

#include <QWidget>

// Helpers for the widget suites (they link Qt Widgets; the rest of testlib does not).
namespace cd::test {

// The descendant of `parent` (a widget, or any object) of type T named `name` (objectName); the
// suite stops when there is none, so a renamed widget is found out at once.
template<typename T> T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace cd::test
