#include "storecheckmonitor.h"

#include "storecheck.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace cd::ui {

StoreCheckMonitor::StoreCheckMonitor(QString storePath, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_path(std::move(storePath))
    , m_statusBar(statusBar)
    , m_window(window)
{
}

void StoreCheckMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!models::StoreCheck::isWithin(m_path, models::StoreCheck::windowCheckLimitBytes))
        return;
    using Checked = Result<models::StoreCheck::Report>;
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const Checked checked = watcher->result();
        if (checked && !checked->damaged()) {
            Q_EMIT finished(false);
            return;
        }
        if (!checked && checked.error().kind != Error::Kind::Damaged) {
            m_statusBar->showMessage(
                tr("The store could not be checked: %1").arg(checked.error().message), 10000);
            Q_EMIT finished(false);
            return;
        }
        showDamage(checked ? checked->damage(m_path).message : checked.error().message);
        Q_EMIT finished(true);
    });
    m_running = true;
    watcher->setFuture(models::StoreCheck::quickInBackground(m_path));
}

void StoreCheckMonitor::showDamage(const QString &message)
{
    auto *label = new QLabel(tr("The store is damaged: restore a backup"), m_statusBar);
    label->setObjectName(QStringLiteral("storeDamagedLabel"));
    label->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; "
                                        "padding: 0 6px; font-weight: bold; }"));
    label->setToolTip(message);
    m_statusBar->insertPermanentWidget(0, label);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The store is damaged"), message,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("storeDamagedMessage"));
    box->setInformativeText(tr("Complaints saved from now on may be lost with the damaged "
                               "file. Ask an administrator to restore the last backup."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cd::ui
