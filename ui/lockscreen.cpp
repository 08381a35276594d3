#include "lockscreen.h"

#include "authservice.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "resourcepaths.h"
#include "workspace.h"

#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int iconSize = 64;
constexpr int panelWidth = 440;
} // namespace

LockScreen::LockScreen(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_reason(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(new FieldMessage(QStringLiteral("lockMessage"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(models::AuthService::maxPasswordLength + 1);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(resources::appIconPath()).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("The workstation is locked"), this);
    enlargeFont(title, 1.6);
    title->setAlignment(Qt::AlignCenter);
    auto *user = new QLabel(
        tr("Signed in: %1 (%2)").arg(workspace.actor().displayName, workspace.actor().username),
        this);
    user->setObjectName(QStringLiteral("lockUser"));
    user->setAlignment(Qt::AlignCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    auto *panel = new QWidget(this);
    panel->setFixedWidth(panelWidth);
    auto *column = new QVBoxLayout(panel);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(m_reason);
    column->addWidget(user);
    column->addSpacing(12);
    column->addLayout(form);
    column->addWidget(m_message);
    column->addWidget(m_unlock, 0, Qt::AlignRight);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
}

void LockScreen::lock(int idleMinutes)
{
    m_reason->setText(idleMinutes > 0
                          ? tr("Locked after %n minute(s) without activity.", "", idleMinutes)
                          : tr("Locked by you."));
    m_password->clear();
    m_message->clearMessage();
    m_password->setFocus();
}

QString LockScreen::reason() const
{
    return m_reason->text();
}

void LockScreen::submit()
{
    m_message->clearMessage();
    auto confirmed = m_workspace.auth().confirmPassword(m_password->text());
    if (m_message->showFailure(confirmed)) {
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    Q_EMIT unlocked();
}

} // namespace cd::ui
