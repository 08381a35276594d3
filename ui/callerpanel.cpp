#include "callerpanel.h"

#include "callerhistorymodel.h"
#include "complaintqueries.h"
#include "formatting.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

CallerPanel::CallerPanel(const models::Taxonomy &taxonomy, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new models::CallerHistoryModel(taxonomy, this))
{
    m_summary->setObjectName(QStringLiteral("callerSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_view->setObjectName(QStringLiteral("callerHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::CallerHistoryModel::Subject,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setFocusPolicy(Qt::ClickFocus); // the agent's Tab path stays in the form
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(models::CallerHistoryModel::ComplaintIdRole).toLongLong();
        if (id == 0)
            return;
        if (index.data(models::CallerHistoryModel::IsOpenComplaintRole).toBool())
            Q_EMIT followUpRequested(id);
        else
            Q_EMIT complaintActivated(id);
    });
    m_view->installEventFilter(this);
    // Alt+Y goes to the list (outside the form's Tab path), Enter links an open complaint
    auto *listLabel = new QLabel(tr("Histor&y (Enter on an open complaint: log this call as "
                                    "its follow-up):"),
                                 this);
    listLabel->setObjectName(QStringLiteral("callerHistoryListLabel"));
    listLabel->setWordWrap(true);
    listLabel->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);
    showPrompt();
}

bool CallerPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Arriving in the list without a row chosen: the newest open complaint is current,
    // so that Enter links it at once.
    if (watched == m_view && event->type() == QEvent::FocusIn
        && !m_view->currentIndex().isValid()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(models::CallerHistoryModel::IsOpenComplaintRole).toBool()) {
                m_view->setCurrentIndex(index);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallerPanel::showPrompt()
{
    m_summary->setText(tr("Enter the caller's number to see their history."));
    m_model->clear();
}

void CallerPanel::showHistory(const models::CallerHistory &history)
{
    m_model->setHistory(history);
    if (!history.customer) {
        m_summary->setText(tr("%1: first call from this number.").arg(history.phoneDisplay));
        return;
    }
    int open = 0;
    for (const auto &c : history.complaints) {
        if (c.status != QLatin1String("CLOSED"))
            ++open;
    }
    const QString who = history.customer->name.isEmpty()
        ? history.phoneDisplay
        : history.customer->name + QStringLiteral(" (") + history.phoneDisplay + u')';
    QString text = tr("%1: %n earlier complaint(s)", "", int(history.complaints.size())).arg(who);
    text += tr(", %n open", "", open);
    if (!history.calls.isEmpty()) {
        text += tr("; last call %1")
                    .arg(models::Formatting::dateTime(history.calls.constFirst().startedAt));
    }
    m_summary->setText(text);
}

} // namespace cd::ui
