#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace cd::ui {

// Where the desk's store is: "this computer" (an SQLite file) or "the call centre's server"
// (host, port, database, account and TLS mode of a PostgreSQL server). No password is
// asked here: the server's password is asked for when connecting (or comes from ~/.pgpass),
// and is never stored. The first start and File > Connect... show it; the store chosen is
// remembered (rememberStore) for the next start without --database.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `store`: the store to show chosen (a file path or a server's address).
    explicit ConnectDialog(const QString &store, QWidget *parent = nullptr);

    // The store chosen: the file's path, or the server's postgresql:// address. Valid once
    // the dialog was accepted.
    QString store() const { return m_store; }
    bool isServerChosen() const;

    void accept() override;

    // The store remembered by the last choice, empty when none (settings "store").
    static QString rememberedStore();
    static void rememberStore(const QString &store);

private:
    void updateEnabled();

    QRadioButton *m_local;
    QRadioButton *m_server;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_error;
    QString m_store;
};

} // namespace cd::ui
