#pragma once

#include <QLabel>

namespace cd::ui {

// The status bar's word on the connection to the call centre's server: hidden while the
// server answers and no call waits to be saved; otherwise it says that the server cannot
// be reached (the window reconnects by itself) and how many calls wait to be saved.
class ConnectionNotice : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionNotice(QWidget *parent = nullptr);

    // The server `storeName` answers (`connected`) or not.
    void setConnected(bool connected, const QString &storeName);
    // `count` calls wait to be saved (LogCallPane::unsavedCallCount()).
    void setUnsavedCalls(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();

    bool m_connected = true;
    QString m_storeName;
    int m_unsavedCalls = 0;
};

} // namespace cd::ui
