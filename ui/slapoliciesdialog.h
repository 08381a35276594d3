#pragma once

#include "editordialog.h"
#include "slapolicy.h"

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;
class QLineEdit;

namespace cd::ui {

// Administration of the deadline policies: their order (the first whose conditions hold
// applies), conditions, both targets with their units, the calendar they count on and the
// longest extension. Saving applies the change to open complaints (SlaAdministration).
class SlaPoliciesDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit SlaPoliciesDialog(models::Workspace &workspace, QWidget *parent = nullptr);

    // The form as a policy (id of the policy shown; 0 for a new one).
    rules::SlaPolicy policyFromForm() const;
    // Saves the form; errors are shown under it and the form keeps what was typed.
    bool save();

private:
    void reload(qint64 selectId);
    void showPolicy(int row);
    void move(int step);

    qint64 m_policyId = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QComboBox *m_severity;
    QComboBox *m_channel;
    QComboBox *m_category;
    QCheckBox *m_regulatorOnly;
    QSpinBox *m_firstAmount;
    QComboBox *m_firstUnit;
    QSpinBox *m_resolutionAmount;
    QComboBox *m_resolutionUnit;
    QComboBox *m_calendar;
    QCheckBox *m_extendable;
    QSpinBox *m_maxDays;
};

} // namespace cd::ui
