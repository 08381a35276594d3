#pragma once

#include "testsupport.h"

#include <QApplication>
#include <QTest>
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

// Gives `field` the focus and types `text` into it, as a user does; returns `field`.
template<typename Field> Field *typeInto(Field *field, const QString &text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
    return field;
}

// Types `text` into `field` and presses Return there.
inline void typeAndReturn(QWidget *field, const QString &text)
{
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

// A fresh store (StoreFixture::open(): the administrator signed in) and a `Widget` made on
// its workspace, shown.
template<typename Widget> struct ShownOnStore
{
    ShownOnStore()
        : ws(store.open())
        , widget(ws)
    {
        widget.show();
    }

    StoreFixture store;
    models::Workspace &ws;
    Widget widget;
};

// Shows `window` and waits until it is on screen; false when it did not come (QVERIFY it).
inline bool shownOnScreen(QWidget *window)
{
    window->show();
    return QTest::qWaitForWindowExposed(window);
}

// Shows `window`, makes it the active window and waits until it is; false when it did not
// become active (QVERIFY it).
inline bool shownActive(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

} // namespace cd::test
