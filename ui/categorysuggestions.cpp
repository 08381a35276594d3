#include "categorysuggestions.h"

#include "workspace.h"

#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

namespace cd::ui {

CategorySuggestions::CategorySuggestions(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("categorySuggestions"));
    m_label->setObjectName(QStringLiteral("suggestionLabel"));
    m_label->setWordWrap(true);
    // One suggestion a line, wrapped rather than shortened: the whole name is always
    // readable, and appearing suggestions never make the form wider. The three lines keep
    // their place while empty, so the form does not jump either.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_label);
    for (int i = 0; i < 3; ++i) {
        auto *button = new QLabel(this);
        button->setObjectName(QStringLiteral("suggestion%1").arg(i + 1));
        button->setWordWrap(true);
        button->setTextFormat(Qt::RichText);
        button->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
        button->setFocusPolicy(Qt::NoFocus); // typing stays in the description
        QSizePolicy policy = button->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        button->setSizePolicy(policy);
        connect(button, &QLabel::linkActivated, this, [this, i] { accept(i); });
        // The key works wherever the cursor is in the pane, without leaving the text.
        auto *shortcut =
            new QShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)), parent ? parent : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { accept(i); });
        m_buttons << button;
        layout->addWidget(button);
    }
    // The window never waits for the model: fitted on a worker thread, shown when ready.
    models::ClassifierService &classifier = m_workspace.classifier();
    connect(&classifier, &models::ClassifierService::ready, this, [this] { updateFor(m_text); });
    classifier.prepare();
    updateFor(QString());
}

void CategorySuggestions::setLocked(const QString &reason, const QString &text)
{
    m_lockedReason = reason;
    updateFor(text);
}

void CategorySuggestions::updateFor(const QString &text)
{
    m_text = text;
    // A text without a word suggests nothing: the model is not asked.
    const bool blank = text.trimmed().isEmpty();
    std::optional<models::ClassifierService::Suggestions> suggested;
    if (m_lockedReason.isEmpty() && !blank)
        suggested = m_workspace.classifier().suggestIfReady(text);
    m_current = suggested.value_or(models::ClassifierService::Suggestions {});
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    if (!m_lockedReason.isEmpty())
        m_label->setText(m_lockedReason);
    else if (blank)
        m_label->setText(tr("Suggested categories appear as you type the description."));
    else if (!suggested)
        m_label->setText(tr("Preparing suggestions..."));
    else if (m_current.top.isEmpty())
        m_label->setText(tr("No suggestion: nothing in the text points to a category."));
    else if (!m_current.clear)
        m_label->setText(tr("Unsure, no category is clearly ahead:"));
    else
        m_label->setText(tr("Suggested:"));
    for (int i = 0; i < m_buttons.size(); ++i) {
        QLabel *button = m_buttons.at(i);
        if (i >= m_current.top.size()) {
            button->hide();
            continue;
        }
        const auto &s = m_current.top.at(i);
        QString name = taxonomy.categoryName(s.categoryId);
        if (s.subcategoryId)
            name += QStringLiteral(" / ") + taxonomy.subcategoryName(s.subcategoryId);
        // Never "0%" (as never "100%"): a candidate shown is possible, if unlikely.
        const int percent = qRound(s.confidence * 100);
        const QString likelihood =
            percent < 1 ? QStringLiteral("&lt;1%") : QString::number(percent) + u'%';
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a> %3")
                .arg(i + 1)
                .arg(tr("Alt+%1 %2").arg(i + 1).arg(name).toHtmlEscaped(), likelihood);
        button->setText(i == 0 && m_current.clear ? QStringLiteral("<b>%1</b>").arg(link) : link);
        button->show();
    }
}

bool CategorySuggestions::accept(int index)
{
    if (index < 0 || index >= m_current.top.size())
        return false;
    const auto &s = m_current.top.at(index);
    Q_EMIT accepted(s.categoryId, s.subcategoryId);
    return true;
}

} // namespace cd::ui
