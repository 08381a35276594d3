#include "typeahead.h"

#include <QApplication>
#include <QEventLoop>
#include <QKeyEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace cd::ui {

TypeAhead::TypeAhead(QObject *parent)
    : QObject(parent)
{
}

TypeAhead::~TypeAhead()
{
    stopHolding();
}

void TypeAhead::hold()
{
    if (m_phase != Phase::Off)
        return;
    m_phase = Phase::Holding;
    qApp->installEventFilter(this);
}

void TypeAhead::stopHolding()
{
    if (m_phase == Phase::Off)
        return;
    m_phase = Phase::Off;
    qApp->removeEventFilter(this);
}

bool TypeAhead::isTyping(const QKeyEvent *key)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return false;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        return true;
    default:
        return !key->text().isEmpty() && key->text().at(0).isPrint();
    }
}

bool TypeAhead::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (m_phase == Phase::Asking && !isTyping(key))
            return false; // an answer to the question
        m_kept.append({key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(),
                       key->count()});
        return true;
    }
    case QEvent::ShortcutOverride:
        if (m_phase == Phase::Asking && !isTyping(static_cast<const QKeyEvent *>(event)))
            return false;
        // accepted: the key is wanted as a key, so no shortcut acts on it; it comes back
        // as the KeyPress kept above
        event->accept();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

void TypeAhead::handOver(QWidget *window, const std::function<void()> &first, int maxWaitMs)
{
    if (m_phase != Phase::Holding)
        return;
    QPointer<QWidget> target = window;
    const auto isActive = [&target] {
        return target && target->windowHandle()
            && QGuiApplication::focusWindow() == target->windowHandle();
    };
    if (!isActive()) {
        QEventLoop waiting;
        QTimer giveUp;
        giveUp.setSingleShot(true);
        connect(&giveUp, &QTimer::timeout, &waiting, &QEventLoop::quit);
        connect(qApp, &QGuiApplication::focusWindowChanged, &waiting, [&waiting, &isActive] {
            if (isActive())
                waiting.quit();
        });
        giveUp.start(maxWaitMs);
        waiting.exec();
    }
    if (first && target) {
        m_phase = Phase::Asking;
        first();
    }
    stopHolding();
    const QList<Key> kept = std::exchange(m_kept, {});
    for (const Key &k : kept) {
        if (!target)
            return;
        QWidget *to = QApplication::focusWidget();
        if (!to || to->window() != target)
            to = target->focusWidget() ? target->focusWidget() : target.data();
        QKeyEvent event(k.type, k.key, k.modifiers, k.text, k.autoRepeat, quint16(k.count));
        QCoreApplication::sendEvent(to, &event);
    }
}

} // namespace cd::ui
