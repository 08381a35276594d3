#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QString>

namespace cd::models {

class Taxonomy;

// What an event of a complaint's history says, in the current language: the lines of the
// window's timeline and alerts, and of the CLI's watch.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    // A sentence for people, e.g. "Status: New -> Investigating", "Transferred to Li Na
    // (Technical Support)". Without a taxonomy a department is named by its code.
    static QString describe(const storage::EventRecord &event, const Taxonomy *taxonomy = nullptr);
};

} // namespace cd::models
