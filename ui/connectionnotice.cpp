#include "connectionnotice.h"

#include <QEvent>

namespace cd::ui {

ConnectionNotice::ConnectionNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionNotice"));
    setStyleSheet(QStringLiteral("QLabel { color: #a40000; font-weight: bold; }"));
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
        parts << tr("The server %1 cannot be reached; reconnecting...").arg(m_storeName);
    if (m_unsavedCalls > 0)
        parts << tr("%n call(s) waiting to be saved", "", m_unsavedCalls);
    setText(parts.join(QStringLiteral("  ")));
    setVisible(!parts.isEmpty());
}

} // namespace cd::ui
