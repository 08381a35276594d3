#pragma once

#include <QEvent>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QKeyEvent;
class QWidget;

namespace cd::ui {

// Keeps what an agent types while one window gives way to the next (the sign-in dialog to
// the main window), so that no key goes to a window that is closing or not there yet.
//
// From hold() on, every key press and release the application receives, in any window, is
// kept instead of delivered (so a key typed ahead neither edits nor closes the window being
// left). handOver(window) waits until `window` is the active window (at most `maxWaitMs`).
// It then runs `first`, if given: a question the window must ask before anything typed
// goes into it. While it runs, the keys that answer a question reach it (Return, Escape,
// Tab, and any key with Ctrl, Alt or Meta, such as a button's Alt+letter), but what is
// typing (letters, digits, space, Backspace, Delete) is still kept: a word typed blind
// neither presses a button of the question by its letter nor is lost. Last, it stops
// keeping and sends the kept keys, in the order typed, to the widget that has the keyboard
// focus in `window`, asked again before each key (a Tab typed ahead moves on as it would).
// Each key does what it would have done had the window been there when it was typed, a
// shortcut of the window included.
//
// The hand-over matters because a window system gives the keys typed between two windows
// to no one: the window being left must stay shown, and keep the keyboard, until the next
// one has it.
class TypeAhead : public QObject
{
    Q_OBJECT
public:
    explicit TypeAhead(QObject *parent = nullptr);
    ~TypeAhead() override;

    void hold();
    // Returns once the kept keys have been delivered (at once when not holding).
    void handOver(QWidget *window, const std::function<void()> &first = {}, int maxWaitMs = 1500);
    int keptCount() const { return int(m_kept.size()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase { Off, Holding, Asking };
    // A key that types (kept while `first` asks) rather than answers.
    static bool isTyping(const QKeyEvent *key);

    struct Key
    {
        QEvent::Type type;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        bool autoRepeat;
        int count;
    };
    void stopHolding();

    QList<Key> m_kept;
    Phase m_phase = Phase::Off;
};

} // namespace cd::ui
