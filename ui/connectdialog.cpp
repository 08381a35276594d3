#include "connectdialog.h"

#include "dialoglayout.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
const QString storeKey = QStringLiteral("store");
}

ConnectDialog::ConnectDialog(const QString &store, QWidget *parent)
    : QDialog(parent)
    , m_local(namedChild<QRadioButton>(this, QStringLiteral("localStoreRadio"),
                                       tr("&This computer: a store file for this desk")))
    , m_server(namedChild<QRadioButton>(this, QStringLiteral("serverStoreRadio"),
                                        tr("The call centre's &server (PostgreSQL)")))
    , m_file(namedChild<QLineEdit>(this, QStringLiteral("storeFileEdit")))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a store"));
    FormRows serverForm(this);
    m_host = serverForm.field<QLineEdit>(tr("&Host:"), QStringLiteral("serverHostEdit"));
    m_port = serverForm.field<QSpinBox>(tr("&Port:"), QStringLiteral("serverPortSpin"));
    m_database =
        serverForm.field<QLineEdit>(tr("&Database:"), QStringLiteral("serverDatabaseEdit"));
    m_user = serverForm.field<QLineEdit>(tr("&Account:"), QStringLiteral("serverUserEdit"));
    m_sslMode =
        serverForm.field<QComboBox>(tr("&Encryption:"), QStringLiteral("serverSslModeCombo"));
    m_error = namedChild<QLabel>(this, QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("complaintdesk"));
    m_sslMode->addItem(tr("Verify the server's certificate and name (verify-full)"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Verify the server's certificate (verify-ca)"),
                       QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Encrypt, without verifying the server (require)"),
                       QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt when the server can (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));

    auto *browse = pushButton(this, tr("&Browse..."), {}, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Store file"), m_file->text(), tr("ComplaintDesk stores (*.sqlite)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    QHBoxLayout *fileRow = besideRight(m_file, browse);

    auto *passwordNote = new QLabel(
        tr("The password is asked for when connecting (or taken from ~/.pgpass); it is never "
           "stored."),
        this);
    passwordNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(m_server);
    layout->addLayout(serverForm.layout());
    layout->addWidget(passwordNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_error->hide();

    if (auto parts = models::Workspace::serverParts(store)) {
        m_server->setChecked(true);
        m_host->setText(parts->host);
        m_port->setValue(parts->port);
        m_database->setText(parts->database);
        m_user->setText(parts->user);
        m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(parts->sslMode)));
        m_file->setText(QDir::toNativeSeparators(models::Workspace::defaultDatabasePath()));
    } else {
        m_local->setChecked(true);
        m_file->setText(
            QDir::toNativeSeparators(store.isEmpty() || models::Workspace::isServerAddress(store)
                                         ? models::Workspace::defaultDatabasePath()
                                         : store));
    }
    connect(m_local, &QRadioButton::toggled, this, &ConnectDialog::updateEnabled);
    updateEnabled();
}

bool ConnectDialog::isServerChosen() const
{
    return m_server->isChecked();
}

void ConnectDialog::updateEnabled()
{
    const bool server = m_server->isChecked();
    m_file->setEnabled(!server);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_host, m_port, m_database, m_user, m_sslMode})
        field->setEnabled(server);
}

void ConnectDialog::accept()
{
    if (m_local->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (path.isEmpty() || models::Workspace::isServerAddress(path)) {
            m_error->setText(tr("Give the store file's path."));
            m_error->show();
            return;
        }
        m_store = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        QDialog::accept();
        return;
    }
    models::Workspace::ServerParts parts;
    parts.host = m_host->text();
    parts.port = m_port->value();
    parts.database = m_database->text();
    parts.user = m_user->text();
    parts.sslMode = m_sslMode->currentData().toString();
    auto address = models::Workspace::serverAddress(parts);
    if (!address) {
        m_error->setText(address.error().message);
        m_error->show();
        return;
    }
    m_store = *address;
    QDialog::accept();
}

QString ConnectDialog::rememberedStore()
{
    return QSettings().value(storeKey).toString();
}

void ConnectDialog::rememberStore(const QString &store)
{
    QSettings().setValue(storeKey, store);
}

} // namespace cd::ui
