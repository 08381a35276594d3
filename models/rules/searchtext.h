#pragma once

#include <QString>
#include <QStringList>

// Full-text search that finds Chinese words without a dictionary: Chinese text is indexed
// as overlapping character pairs (退款没到 -> 退款 款没 没到), so any word of two or more
// characters is found as the phrase of its pairs; Latin words and numbers are indexed whole,
// in lower case. SQLite's FTS5 stores the tokens; these functions make both sides.
namespace cd::rules {

// A Chinese (Han) character of the basic or extension-A blocks: text made of them has no
// spaces between words, so search and the classifier read it by character pairs.
bool isHanCharacter(QChar c);

struct SearchText
{
    // What is stored for `text`: its tokens separated by spaces.
    static QString indexTokens(const QString &text);
    // The FTS5 query that finds texts containing every word of `typed`, each quoted so
    // that FTS syntax typed by a user (quotes, AND/OR/NOT, *, parentheses, -, column:) is
    // searched as plain text. Empty when nothing searchable was typed.
    static QString matchQuery(const QString &typed);
};

} // namespace cd::rules
