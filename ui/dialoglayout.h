#pragma once

// The shapes the editing dialogs and panes share: a dialog closed by one Close button, a
// list beside its editor, a form made row by row, a read-only table of rows, a combo box
// set to a value.
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVariant>

#include <initializer_list>
#include <utility>

class QBoxLayout;
class QCheckBox;
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

// A new `Widget` on `parent` (made from `args` and `parent`), named `objectName` (for tests
// and style sheets).
template<typename Widget, typename... Args>
Widget *namedChild(QWidget *parent, const QString &objectName, Args &&...args)
{
    auto *widget = new Widget(std::forward<Args>(args)..., parent);
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

// A form made row by row, each field made where its row is: a field is a new widget on the
// form's owner, named (for tests and style sheets) unless its name is empty, so that a field
// is made, named and placed in one statement.
class FormRows
{
public:
    // Rows of `form` (a new form layout, to be laid out by the caller, when null), their
    // fields made on `owner`.
    explicit FormRows(QWidget *owner, QFormLayout *form = nullptr);

    QFormLayout *layout() const { return m_form; }

    // A new `Widget` (namedChild() of the owner), in a row after `label` (translated by the
    // caller; empty: no label, the field in the field column).
    template<typename Widget, typename... Args>
    Widget *field(const QString &label, const QString &objectName = {}, Args &&...args)
    {
        auto *widget = namedChild<Widget>(m_owner, objectName, std::forward<Args>(args)...);
        m_form->addRow(label, widget);
        return widget;
    }

    // A new check box showing `text` (translated by the caller), named `objectName`, in the
    // field column of a row of its own.
    QCheckBox *checkBox(const QString &text, const QString &objectName = {});

private:
    QWidget *m_owner;
    QFormLayout *m_form;
};

// A row of `form` after `label` (translated by the caller) holding the layout `fields`; the
// label's mnemonic takes the keyboard to `buddy`, one of those fields.
void addLabelledRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy);

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
