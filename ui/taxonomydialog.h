#pragma once

#include "editordialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::ui {

// Administration of the taxonomy: categories with their sub-categories in a tree; the
// form edits the selected one (names in Chinese and English, default department, default
// severity, regulatory cause, active). Add, reorder, disable; delete only what nothing
// refers to. Saving goes through TaxonomyService (permissions, events).
class TaxonomyDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit TaxonomyDialog(models::Workspace &workspace, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    bool save();
    bool removeSelected();
    // Starts a new category (or, with a category selected, a new sub-category of it).
    void startNew(bool subcategory);

private:
    void reload(qint64 categoryId, qint64 subcategoryId);
    void showSelected();
    void move(int step);

    qint64 m_categoryId = 0; // the category shown (or the parent of a sub-category)
    qint64 m_subcategoryId = 0; // the sub-category shown; 0: a category is shown
    bool m_editingSub = false;
    bool m_new = false;
    QTreeWidget *m_tree;
    QLabel *m_kind;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_department;
    QComboBox *m_severity;
    QComboBox *m_cause;
    QCheckBox *m_active;
};

} // namespace cd::ui
