#pragma once

#include "complaintservice.h"
#include "formdialog.h"
#include "records.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace cd::ui {

// Asks where complaints go (a department's queue, or a person of that department) and why,
// then runs `apply`; stays open with the message when it is refused, so nothing typed is
// lost. The department starts at `department` (the complaint's, or the suggested one); the
// person list offers the chosen department's people.
class TransferDialog : public FormDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Result<void>(const models::ComplaintService::Target &,
                                             const QString &reason)>;

    TransferDialog(models::Workspace &workspace, const QString &title,
                   std::optional<qint64> department, Apply apply, QWidget *parent = nullptr);

    // Where the complaints went, for people: "Technical Support" or "Li Na (Technical
    // Support)".
    QString destinationName() const;

private:
    void submit() override;
    void fillPeople();

    Apply m_apply;
    QList<storage::UserRecord> m_people; // everybody who can take complaints
    QComboBox *m_department;
    QComboBox *m_person;
    QLineEdit *m_reason;
};

} // namespace cd::ui
