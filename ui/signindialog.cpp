#include "signindialog.h"

#include "authservice.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "textlimit.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// The settings key of the user name last signed in on the store at `storePath`: each
// store remembers its own (a name from another store would be wrong there).
QString lastUsernameKey(const QString &storePath)
{
    const QByteArray id =
        QCryptographicHash::hash(storePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("lastUsername/") + QString::fromLatin1(id);
}

} // namespace

SignInDialog::SignInDialog(models::Workspace &workspace, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new FieldMessage(QStringLiteral("signInMessage"), this))
    , m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(models::AuthService::maxPasswordLength + 1);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    switch (mode) {
    case Mode::FirstAdministrator:
        setWindowTitle(tr("Create the administrator"));
        intro->setText(tr("This store has no administrator yet. Create the account that will "
                          "manage users, the taxonomy and calendars. Choose a password of at "
                          "least %1 characters that is not a dictionary word or a simple "
                          "pattern; there is no default password.")
                           .arg(rules::PasswordQuality::minLength));
        m_displayName = namedChild<QLineEdit>(this, QStringLiteral("displayNameEdit"));
        limitCharacters(m_displayName, models::AuthService::maxDisplayNameLength);
        form->addRow(tr("&Full name:"), m_displayName);
        form->addRow(tr("&Password:"), m_password);
        m_confirm = namedChild<QLineEdit>(this, QStringLiteral("confirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat password:"), m_confirm);
        m_submit->setText(tr("&Create and sign in"));
        // in the order of the form (the name and the repetition were made after the
        // password, and Tab would follow that)
        setTabOrder(m_username, m_displayName);
        setTabOrder(m_displayName, m_password);
        setTabOrder(m_password, m_confirm);
        break;
    case Mode::SignIn:
        setWindowTitle(tr("Sign in to ComplaintDesk"));
        intro->setText(tr("Sign in with your user name and password."));
        form->addRow(tr("&Password:"), m_password);
        m_username->setText(QSettings().value(lastUsernameKey(workspace.storePath())).toString());
        m_submit->setText(tr("&Sign in"));
        break;
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::submit()
{
    m_message->clearMessage();
    models::AuthService &auth = m_workspace.auth();
    Result<void> outcome;
    if (m_mode == Mode::FirstAdministrator) {
        if (m_password->text() != m_confirm->text()) {
            m_message->showMessage(tr("The two passwords differ."));
            m_confirm->setFocus();
            return;
        }
        auto created = auth.createFirstAdministrator(m_username->text(), m_displayName->text(),
                                                     m_password->text());
        if (created) {
            auto signedIn = auth.signIn(created->username, m_password->text());
            if (!signedIn)
                outcome = signedIn.error();
        } else {
            outcome = created.error();
        }
    } else {
        auto signedIn = auth.signIn(m_username->text(), m_password->text());
        if (!signedIn)
            outcome = signedIn.error();
    }
    if (m_message->showFailure(outcome)) {
        if (outcome.error().field == QLatin1String("username")) {
            m_username->setFocus();
        } else {
            m_password->selectAll();
            m_password->setFocus();
        }
        return;
    }
    m_password->clear();
    QSettings().setValue(lastUsernameKey(m_workspace.storePath()), m_workspace.actor().username);
    Q_EMIT signedIn();
    accept();
}

} // namespace cd::ui
