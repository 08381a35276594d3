#pragma once

#include <QString>
#include <QStringList>

// Full-text search that finds Chinese words without a dictionary: Chinese text is indexed
// as overlapping character pairs (退款没到 -> 退款 款没 没到), so any word of two or more
// characters is found as the phrase of its pairs; Latin words and numbers are indexed whole,
// in lower case, and by their English stem (Snowball), so that "refund" finds "refunded".
// These functions are the one definition of the index terms and query terms: SQLite's FTS5
// stores and matches what they make, and any other store uses the same terms.
namespace cd::rules {

// A Chinese (Han) character of the basic or extension-A blocks: text made of them has no
// spaces between words, so search and the classifier read it by character pairs.
bool isHanCharacter(QChar c);

// A Latin word's stem by Snowball's English stemmer (libstemmer): "refunded", "refunds"
// and "refunding" are "refund". Numbers and non-English words come back as they are. Each
// thread has its own stemmer (one is not safe to share).
QString englishStem(const QString &word);

struct SearchText
{
    // What is stored for `text`: its tokens separated by spaces. A Latin word is indexed
    // whole and, when it differs, by its stem too.
    static QString indexTokens(const QString &text);
    // What `typed` searches for: phrases, each a list of tokens that must follow one
    // another in the indexed text, all of which must be found. A Chinese run is the phrase
    // of its pairs; a Latin word is its stem alone.
    static QList<QStringList> queryPhrases(const QString &typed);
    // The FTS5 query that finds texts containing every word of `typed`, each quoted so
    // that FTS syntax typed by a user (quotes, AND/OR/NOT, *, parentheses, -, column:) is
    // searched as plain text. Empty when nothing searchable was typed.
    static QString matchQuery(const QString &typed);
};

} // namespace cd::rules
