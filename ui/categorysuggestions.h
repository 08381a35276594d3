#pragma once

#include "classifierservice.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The lines under the description in the Log-call pane: the three most likely categories
// (with the sub-category where it is clear, whole names, one a line) and how sure the
// classifier is. Alt+1, Alt+2
// and Alt+3 accept one while the agent keeps typing; when no category is clearly ahead it
// says so, and nothing is preselected.
class CategorySuggestions : public QWidget
{
    Q_OBJECT
public:
    explicit CategorySuggestions(models::Workspace &workspace, QWidget *parent = nullptr);

    // Re-reads the suggestions for `text` (well under a millisecond). While the classifier's
    // model is still being fitted (ClassifierService::prepare(), started here) it says so,
    // and shows the suggestions for the latest text once the model is ready.
    void updateFor(const QString &text);
    // While `reason` is not empty (the category is fixed, e.g. by a follow-up) nothing is
    // suggested and the line says `reason`; an empty reason suggests again for `text`.
    void setLocked(const QString &reason, const QString &text);
    const models::ClassifierService::Suggestions &current() const { return m_current; }
    // Accepts suggestion `index` (0-2) if there is one; returns whether there was.
    bool accept(int index);

Q_SIGNALS:
    void accepted(qint64 categoryId, std::optional<qint64> subcategoryId);

private:
    models::Workspace &m_workspace;
    models::ClassifierService::Suggestions m_current;
    QString m_lockedReason;
    QString m_text; // the latest text of updateFor()
    QLabel *m_label = nullptr;
    QList<QLabel *> m_buttons; // one line per suggestion; its link accepts it
};

} // namespace cd::ui
