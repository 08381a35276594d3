// QueuePane's bulk actions on the selected rows: change severity, add a note, merge
// duplicates, reassign. Each asks for what it needs and applies it through the services.
#include "queuepane.h"

#include "codes.h"
#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "reviewservice.h"
#include "transferdialog.h"
#include "workspace.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

#include <functional>
#include <optional>

namespace cd::ui {

namespace {

// Asks for a text (`ask` returns false when the user cancels) and applies it, until it is
// accepted or refused for something other than what was typed (an error naming no field);
// after a refusal the dialog opens again with what was typed.
void askUntilApplied(QWidget *parent, const QString &title,
                     const std::function<bool(QString &)> &ask,
                     const std::function<std::optional<Error>(const QString &)> &apply)
{
    QString text;
    while (ask(text)) {
        const std::optional<Error> refused = apply(text);
        if (!refused)
            return;
        QMessageBox::warning(parent, title, refused->message);
        if (refused->field.isEmpty())
            return;
    }
}

template<typename T> std::optional<Error> refusalOf(const Result<T> &result)
{
    return result ? std::nullopt : std::optional<Error>(result.error());
}

} // namespace

void QueuePane::changeSeverityOfSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList labels;
    for (const rules::Severity severity : rules::allSeverities())
        labels << rules::Labels::severity(severity);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change severity"), tr("New severity of %n complaint(s):", "", int(ids.size())),
        labels, 2, false, &ok);
    if (!ok)
        return;
    const rules::Severity severity = rules::allSeverities().at(labels.indexOf(chosen));
    askUntilApplied(
        this, tr("Change severity"),
        [this](QString &reason) {
            bool accepted = false;
            reason = QInputDialog::getText(this, tr("Change severity"), tr("Reason:"),
                                           QLineEdit::Normal, reason, &accepted);
            return accepted;
        },
        [&](const QString &reason) {
            return refusalOf(
                models::ReviewService(m_workspace).bulkSetSeverity(ids, severity, reason));
        });
}

void QueuePane::addNoteToSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    askUntilApplied(
        this, tr("Add a note"),
        [&](QString &note) {
            bool accepted = false;
            note = QInputDialog::getMultiLineText(
                this, tr("Add a note"), tr("Note for %n complaint(s):", "", int(ids.size())), note,
                &accepted);
            return accepted;
        },
        [&](const QString &note) {
            return refusalOf(models::ReviewService(m_workspace).bulkAddNote(ids, note));
        });
}

void QueuePane::mergeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    QList<qint64> duplicates = selectedIds();
    if (!current.isValid() || duplicates.size() < 2) {
        QMessageBox::information(this, tr("Merge duplicates"),
                                 tr("Select the duplicates and, last, the complaint to keep "
                                    "(it is the current row)."));
        return;
    }
    const qint64 kept = current.data(models::ComplaintQueueModel::ComplaintIdRole).toLongLong();
    duplicates.removeAll(kept);
    const QString keptReference =
        m_model->index(current.row(), models::ComplaintQueueModel::Reference).data().toString();
    askUntilApplied(
        this, tr("Merge duplicates"),
        [&](QString &reason) {
            bool accepted = false;
            reason = QInputDialog::getText(
                this, tr("Merge duplicates"),
                tr("Merge %n complaint(s) into %1, which keeps their calls and events. "
                   "Reason:",
                   "", int(duplicates.size()))
                    .arg(keptReference),
                QLineEdit::Normal, reason, &accepted);
            return accepted;
        },
        [&](const QString &reason) {
            auto merged = models::ReviewService(m_workspace).merge(kept, duplicates, reason);
            if (merged)
                m_model->reload(); // the duplicates' statuses changed
            return refusalOf(merged);
        });
}

void QueuePane::reassignSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // the selection's department when they share one, else the lead's own
    std::optional<qint64> department = m_workspace.actor().departmentId;
    std::optional<qint64> shared;
    bool oneDepartment = true;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(models::ComplaintQueueModel::DepartmentIdRole).toLongLong();
        oneDepartment = oneDepartment && (!shared || *shared == id);
        shared = id;
    }
    if (shared && oneDepartment)
        department = shared;
    TransferDialog dialog(
        m_workspace, tr("Reassign %n complaint(s)", "", int(ids.size())), department,
        [this, ids](const models::ComplaintService::Target &target,
                    const QString &reason) -> Result<void> {
            auto moved = m_workspace.complaints().bulkAssign(ids, target, reason);
            if (!moved)
                return moved.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_doneMessage->setText(
        tr("Reassigned %n complaint(s) to %1.", "", int(ids.size())).arg(dialog.destinationName()));
    m_doneMessage->show();
}

} // namespace cd::ui
