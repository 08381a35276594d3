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
    , m_local(new QRadioButton(tr("&This computer: a store file for this desk"), this))
    , m_server(new QRadioButton(tr("The call centre's &server (PostgreSQL)"), this))
    , m_file(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a store"));
    m_local->setObjectName(QStringLiteral("localStoreRadio"));
    m_server->setObjectName(QStringLiteral("serverStoreRadio"));
    m_file->setObjectName(QStringLiteral("storeFileEdit"));
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_sslMode->setObjectName(QStringLiteral("serverSslModeCombo"));
    m_error->setObjectName(QStringLiteral("connectError"));
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

    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&Account:"), m_user);
    serverForm->addRow(tr("&Encryption:"), m_sslMode);

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
    layout->addLayout(serverForm);
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
