#pragma once

#include "editordialog.h"
#include "routing.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cd::ui {

// The ordered routing rules of the desk: edit, add, reorder, remove, and a test box that
// shows which rule a sample complaint hits and why. Changes go through RoutingService,
// which checks who may make them and records them.
class RoutingRulesDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit RoutingRulesDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void reload(qint64 selectId = 0);
    void showRule(int row);
    rules::RoutingRule ruleFromForm() const;
    void save();
    void addNew();
    void removeSelected();
    void moveSelected(int step);
    void runTest();
    void fillSubcategories(QComboBox *category, QComboBox *subcategory);

    QList<rules::RoutingRule> m_rules;
    qint64 m_editingId = 0;

    QListWidget *m_list;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QComboBox *m_severity;
    QComboBox *m_channel;
    QLineEdit *m_minAmount;
    QCheckBox *m_regulatorOnly;
    QLineEdit *m_keywords;
    QComboBox *m_department;
    QComboBox *m_raiseTo;
    QComboBox *m_strategy;

    QPlainTextEdit *m_testText;
    QComboBox *m_testCategory;
    QComboBox *m_testChannel;
    QComboBox *m_testSeverity;
    QLineEdit *m_testAmount;
    QLabel *m_testResult;
};

} // namespace cd::ui
