#include "dialoglayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

QDialogButtonBox *layOutClosableDialog(QDialog *dialog, std::initializer_list<DialogPart> parts)
{
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    for (const DialogPart &part : parts) {
        if (part.widget)
            layout->addWidget(part.widget, part.stretch);
        else
            layout->addLayout(part.layout, part.stretch);
    }
    layout->addWidget(close);
    return close;
}

QHBoxLayout *sideBySide(QLayout *left, int leftStretch, QLayout *right, int rightStretch)
{
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, leftStretch);
    columns->addLayout(right, rightStretch);
    return columns;
}

QVBoxLayout *listColumn(QWidget *caption, QWidget *list, std::initializer_list<QWidget *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    auto *column = new QVBoxLayout;
    if (caption)
        column->addWidget(caption);
    column->addWidget(list, 1);
    column->addLayout(row);
    return column;
}

QVBoxLayout *editorColumn(QLayout *form, QWidget *save)
{
    auto *column = new QVBoxLayout;
    column->addLayout(form);
    column->addWidget(save, 0, Qt::AlignRight);
    column->addStretch(1);
    return column;
}

FormRows::FormRows(QWidget *owner, QFormLayout *form)
    : m_owner(owner)
    , m_form(form ? form : new QFormLayout)
{
}

QCheckBox *FormRows::checkBox(const QString &text, const QString &objectName)
{
    return field<QCheckBox>(QString(), objectName, text);
}

void addLabelledRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy)
{
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(buddy);
    form->addRow(caption, fields);
}

QHBoxLayout *besideRight(QWidget *wide, QWidget *side)
{
    auto *row = new QHBoxLayout;
    row->addWidget(wide, 1);
    row->addWidget(side);
    return row;
}

QHBoxLayout *rowOf(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    return row;
}

void enlargeFont(QWidget *widget, qreal scale, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    if (bold)
        font.setBold(true);
    widget->setFont(font);
}

void setUpRowTable(QTableView *table, QAbstractItemView::SelectionMode selection)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

void setRowCells(QTableWidget *table, int row, const QStringList &cells, qint64 id)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

qint64 currentRowId(const QTableWidget *table)
{
    const auto *item = table->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace cd::ui
