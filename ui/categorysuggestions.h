#pragma once

#include "classifierservice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The line under the description in the Log-call pane: the three most likely categories
// (with the sub-category where it is clear) and how sure the classifier is. Alt+1, Alt+2
// and Alt+3 accept one while the agent keeps typing; when no category is clearly ahead it
// says so, and nothing is preselected.
class CategorySuggestions : public QWidget
{
    Q_OBJECT
public:
    explicit CategorySuggestions(models::Workspace &workspace, QWidget *parent = nullptr);

    // Re-reads the suggestions for `text` (well under a millisecond).
    void updateFor(const QString &text);
    const models::ClassifierService::Suggestions &current() const { return m_current; }
    // Accepts suggestion `index` (0-2) if there is one; returns whether there was.
    bool accept(int index);

Q_SIGNALS:
    void accepted(qint64 categoryId, std::optional<qint64> subcategoryId);

private:
    models::Workspace &m_workspace;
    models::ClassifierService::Suggestions m_current;
    QLabel *m_label = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace cd::ui
