#pragma once

#include "formdialog.h"
#include "savedviewservice.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cd::ui {

// Names a queue view and sets every filter it keeps (status, category, sub-category,
// department, assignee, severity, channel, deadline state, received period, words); the
// columns hidden and the sort come with `definition`. Leads and administrators may share
// it with their department. Saving goes through SavedViewService; a refusal is shown in the
// dialog, which stays open with everything as typed. savedId() is the view's id after Save.
class SaveViewDialog : public FormDialog
{
    Q_OBJECT
public:
    SaveViewDialog(models::Workspace &workspace, const models::ViewDefinition &definition,
                   std::optional<qint64> editedId = std::nullopt, const QString &name = {},
                   bool shared = false, QWidget *parent = nullptr);

    models::ViewDefinition definition() const;
    qint64 savedId() const { return m_savedId; }

private:
    void fillSubcategories();
    void submit() override;

    models::ViewDefinition m_base; // the columns and sort
    std::optional<qint64> m_editedId;
    qint64 m_savedId = 0;
    QLineEdit *m_name;
    QCheckBox *m_share;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QComboBox *m_department;
    QComboBox *m_assignee;
    QComboBox *m_severity;
    QComboBox *m_channel;
    QComboBox *m_deadline;
    QCheckBox *m_fromSet;
    QDateEdit *m_from;
    QCheckBox *m_toSet;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QCheckBox *m_openOnly;
    QCheckBox *m_escalatedOnly;
    QCheckBox *m_reviewOnly;
};

} // namespace cd::ui
