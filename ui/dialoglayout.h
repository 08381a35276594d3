#pragma once

// The shapes the editing dialogs and panes share: a dialog closed by one Close button, a
// list beside its editor, a read-only table of rows, a combo box set to a value.
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QVariant>

#include <initializer_list>

class QBoxLayout;
class QComboBox;
class QDialog;
class QHBoxLayout;
class QLayout;
class QTableView;
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

// A table of rows to read and pick from: whole rows selected (`selection` sets how many), no
// editing in place, no row numbers, the last column taking the room left.
void setUpRowTable(QTableView *table,
                   QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

// Sets `combo` to the item whose data is `value`; to the first item ("any") when `value` is
// invalid or no item has it.
void selectData(QComboBox *combo, const QVariant &value);

} // namespace cd::ui
