#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace cd::models {
class CallerHistoryModel;
struct CallerHistory;
class Taxonomy;
} // namespace cd::models

namespace cd::ui {

// The caller as the agent sees them while talking: who they are and their earlier
// complaints and calls, newest first.
class CallerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallerPanel(const models::Taxonomy &taxonomy, QWidget *parent = nullptr);

    void showHistory(const models::CallerHistory &history);
    void showPrompt(); // no valid number yet

Q_SIGNALS:
    // The agent activated (Enter, double-click) a closed complaint or a call in the list.
    void complaintActivated(qint64 complaintId);
    // The agent activated an open complaint: this call is to be logged as its follow-up.
    void followUpRequested(qint64 complaintId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_summary;
    QTableView *m_view;
    models::CallerHistoryModel *m_model;
};

} // namespace cd::ui
