#pragma once

#include "codes.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Suggests the customer's demand and the business a complaint is about from its text, by
// cue phrases kept as data (resources/intent-cues.txt): each code's cues found in the text
// are counted, and a code is suggested only when it has more than any other.
namespace cd::rules {

class IntentCues
{
public:
    // The cue file, one cue a line: "demand<TAB>CODE<TAB>cue" or "business<TAB>CODE<TAB>cue";
    // empty lines and lines starting with '#' are skipped. A cue is matched ignoring case;
    // a cue with Latin letters matches whole words only, unless it ends in '*' (then it
    // matches any word starting so, "refund*" also finds "refunded"). An error names the
    // first line that is not such a cue.
    static Result<IntentCues> parse(const QByteArray &text);

    struct Intent
    {
        std::optional<Demand> demand; // none: no demand is clearly ahead
        std::optional<BusinessType> businessType; // none: no business is clearly ahead
    };
    // Only the first Classifier::maxCharacters characters are read (bounded time).
    Intent suggest(const QString &text) const;

    qsizetype cueCount() const { return m_demandCues.size() + m_businessCues.size(); }

private:
    struct Cue
    {
        QString text; // lower case, without the '*'
        bool words = false; // Latin: must start at a word start
        bool prefix = false; // Latin: may end inside a word
        int code = 0; // the enum's value
    };
    // The code with the most cues found in `lowered`, or -1 when none is alone ahead.
    static int best(const QList<Cue> &cues, const QString &lowered, int codes);

    QList<Cue> m_demandCues;
    QList<Cue> m_businessCues;
};

} // namespace cd::rules
