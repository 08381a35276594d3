#include "categorysuggestions.h"

#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace cd::ui {

namespace {
constexpr int maxButtonWidth = 230;   // pixels of text per suggestion
}

CategorySuggestions::CategorySuggestions(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("categorySuggestions"));
    m_label->setObjectName(QStringLiteral("suggestionLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    for (int i = 0; i < 3; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("suggestion%1").arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus);   // typing stays in the description
        button->setFlat(true);
        connect(button, &QPushButton::clicked, this, [this, i] { accept(i); });
        // The key works wherever the cursor is in the pane, without leaving the text.
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)), parent ? parent : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { accept(i); });
        m_buttons << button;
        layout->addWidget(button);
    }
    layout->addStretch(1);
    updateFor(QString());
}

void CategorySuggestions::updateFor(const QString &text)
{
    m_current = m_workspace.classifier().suggest(text);
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    if (text.trimmed().isEmpty())
        m_label->setText(tr("Suggested categories appear as you type the description."));
    else if (m_current.top.isEmpty())
        m_label->setText(tr("No suggestion: nothing in the text points to a category."));
    else if (!m_current.clear)
        m_label->setText(tr("Unsure, no category is clearly ahead:"));
    else
        m_label->setText(tr("Suggested:"));
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPushButton *button = m_buttons.at(i);
        if (i >= m_current.top.size()) {
            button->hide();
            continue;
        }
        const auto &s = m_current.top.at(i);
        QString name = taxonomy.categoryName(s.categoryId);
        if (s.subcategoryId)
            name += QStringLiteral(" / ") + taxonomy.subcategoryName(s.subcategoryId);
        // Long names are shortened so that the pane never grows wider than the screen; the
        // tooltip has them whole.
        const QString full = tr("Alt+%1 %2 %3%").arg(i + 1).arg(name).arg(qRound(s.confidence * 100));
        const QString percent = QStringLiteral(" %1%").arg(qRound(s.confidence * 100));
        const QString shortName = button->fontMetrics().elidedText(
            tr("Alt+%1 %2").arg(i + 1).arg(name), Qt::ElideRight, maxButtonWidth);
        button->setText(shortName + percent);
        button->setToolTip(full);
        QFont font = button->font();
        font.setBold(i == 0 && m_current.clear);
        button->setFont(font);
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
