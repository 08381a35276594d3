#include "sladelegate.h"

#include "complaintqueuemodel.h"
#include "slacolor.h"

#include <QApplication>
#include <QPainter>

namespace cd::ui {

void SlaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    const QVariant state = index.data(models::ComplaintQueueModel::SlaStateRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!state.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor color = models::slaColor(rules::SlaState(state.toInt()));
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    const int width = std::min(area.width(), option.fontMetrics.horizontalAdvance(text) + 16);
    const QRect pill(area.left(), area.top(), width, area.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(40);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : color.darker(120));
    painter->drawText(pill, Qt::AlignCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

} // namespace cd::ui
