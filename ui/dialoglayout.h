#pragma once

// The shapes the editing dialogs and panes share: a dialog closed by one Close button, a
// list beside its editor, a read-only table of rows, a combo box set to a value.
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVariant>

#include <initializer_list>

class QBoxLayout;
class QComboBox;
class QDialog;
class QHBoxLayout;
class QLayout;
class QTableView;
class QTableWidget;
class QVBoxLayout;
class QWidget;

namespace cd::ui {

// One row of a dialog laid out top to bottom: a widget or a layout, with its stretch factor.
struct DialogPart
{
    DialogPart(QWidget *part, int partStretch = 0)
        : widget(part)
        , stretch(partStretch)
    {
    }
    DialogPart(QLayout *part, int partStretch = 0)
        : layout(part)
        , stretch(partStretch)
    {
    }
    QWidget *widget = nullptr;
    QLayout *layout = nullptr;
    int stretch = 0;
};

// Lays out `dialog` top to bottom: `parts`, then a Close button that rejects the dialog.
// Returns the button box (to add buttons to it).
QDialogButtonBox *layOutClosableDialog(QDialog *dialog, std::initializer_list<DialogPart> parts);

// `left` and `right` side by side, sharing the width by their stretch factors.
QHBoxLayout *sideBySide(QLayout *left, int leftStretch, QLayout *right, int rightStretch);

// The list side of a list editor: `caption` (may be null) above the `list`, which takes the
// height left, and a row of `buttons` below it.
QVBoxLayout *listColumn(QWidget *caption, QWidget *list, std::initializer_list<QWidget *> buttons);

// The editing side of a list editor: the `form`, its `save` button at the right below it,
// and the room left under them.
QVBoxLayout *editorColumn(QLayout *form, QWidget *save);

// A new `Widget` on `parent`, named `objectName` (for tests and style sheets).
template<typename Widget> Widget *namedChild(QWidget *parent, const QString &objectName)
{
    auto *widget = new Widget(parent);
    widget->setObjectName(objectName);
    return widget;
}

// A button on `parent` showing `text` (translated by the caller), named `objectName` unless
// that is empty, that runs `clicked` (a member function of `parent` or a functor).
template<typename Parent, typename Slot>
QPushButton *pushButton(Parent *parent, const QString &text, const QString &objectName,
                        Slot clicked)
{
    auto *button = new QPushButton(text, parent);
    if (!objectName.isEmpty())
        button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, parent, clicked);
    return button;
}

// `wide` taking the width left, `side` at its right.
QHBoxLayout *besideRight(QWidget *wide, QWidget *side);

// `widgets` left to right, the room left at their right.
QHBoxLayout *rowOf(std::initializer_list<QWidget *> widgets);

// Shows `widget`'s text `scale` times its font's size, bold when `bold`.
void enlargeFont(QWidget *widget, qreal scale, bool bold = true);

// A table of rows to read and pick from: whole rows selected (`selection` sets how many), no
// editing in place, no row numbers, the last column taking the room left.
void setUpRowTable(QTableView *table,
                   QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

// Fills row `row` of `table` (which has room for it) with `cells`, each item carrying `id`
// (Qt::UserRole).
void setRowCells(QTableWidget *table, int row, const QStringList &cells, qint64 id);

// The id (Qt::UserRole) of `table`'s current row; 0 when no row is current.
qint64 currentRowId(const QTableWidget *table);

// Sets `combo` to the item whose data is `value`; to the first item ("any") when `value` is
// invalid or no item has it.
void selectData(QComboBox *combo, const QVariant &value);

} // namespace cd::ui
