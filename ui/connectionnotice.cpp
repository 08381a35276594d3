#include "connectionnotice.h"

#include <QEvent>

namespace cd::ui {

ConnectionNotice::ConnectionNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionNotice"));
    setStyleSheet(QStringLiteral("QLabel { color: #a40000; font-weight: bold; }"));
    // Shown whole: the status bar's other labels give way to it.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    showState();
}

void ConnectionNotice::setConnected(bool connected, const QString &storeName)
{
    m_connected = connected;
    m_storeName = storeName;
    showState();
}

void ConnectionNotice::setUnsavedCalls(int count)
{
    m_unsavedCalls = count;
    showState();
}

void ConnectionNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showState();
    QLabel::changeEvent(event);
}

void ConnectionNotice::showState()
{
    QStringList parts;
    if (!m_connected)
        parts << tr("Server unreachable; reconnecting...");
    if (m_unsavedCalls > 0)
        parts << tr("%n call(s) waiting to be saved", "", m_unsavedCalls);
    setText(parts.join(QStringLiteral("  ")));
    setToolTip(m_connected ? QString()
                           : tr("The server %1 does not answer. What is typed stays in the "
                                "form, and calls saved meanwhile are saved once it answers.")
                                 .arg(m_storeName));
    setVisible(!parts.isEmpty());
}

} // namespace cd::ui
