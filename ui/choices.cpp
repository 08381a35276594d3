#include "choices.h"

#include "codes.h"
#include "language.h"
#include "taxonomy.h"

#include <QComboBox>

#include <algorithm>

namespace cd::ui {

void addStatuses(QComboBox *combo)
{
    for (const rules::Status status : rules::allStatuses())
        combo->addItem(rules::Labels::status(status), rules::code(status));
}

void addSeverities(QComboBox *combo)
{
    for (const rules::Severity severity : rules::allSeverities())
        combo->addItem(rules::Labels::severity(severity), rules::code(severity));
}

void addChannels(QComboBox *combo)
{
    for (const rules::Channel channel : rules::allChannels())
        combo->addItem(rules::Labels::channel(channel), rules::code(channel));
}

void addCategories(QComboBox *combo, const models::Taxonomy &taxonomy, bool activeOnly)
{
    for (const auto &category : taxonomy.categories()) {
        if (category.active || !activeOnly)
            combo->addItem(models::pickName(category.nameZh, category.nameEn), category.id);
    }
}

void addActiveDepartments(QComboBox *combo, const models::Taxonomy &taxonomy)
{
    for (const auto &department : taxonomy.departments()) {
        if (department.active)
            combo->addItem(models::pickName(department.nameZh, department.nameEn), department.id);
    }
}

void refillCategories(QComboBox *combo, const models::Taxonomy &taxonomy, const QString &first,
                      bool activeOnly)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(first);
    addCategories(combo, taxonomy, activeOnly);
    combo->setCurrentIndex(std::max(0, chosen.isValid() ? combo->findData(chosen) : 0));
}

} // namespace cd::ui
