#include "dialoglayout.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
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

void setUpRowTable(QTableView *table, QAbstractItemView::SelectionMode selection)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace cd::ui
