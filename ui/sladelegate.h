#pragma once

#include <QStyledItemDelegate>

namespace cd::ui {

// Paints the Due column of a queue: the countdown text on a pill tinted by the deadline
// state (ComplaintQueueModel::SlaStateRole): green on track, amber at risk, red overdue,
// grey paused or met. Selection and focus are drawn by the style as usual.
class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace cd::ui
