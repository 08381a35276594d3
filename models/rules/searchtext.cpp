#include "searchtext.h"

#include <libstemmer.h>

namespace cd::rules {

namespace {

constexpr int maxIndexedCharacters = 20000;

// Calls `han` for each run of Chinese characters and `word` for each Latin/digit word.
template<typename Han, typename Word> void split(const QString &input, Han han, Word word)
{
    const QString text =
        input.left(maxIndexedCharacters).normalized(QString::NormalizationForm_KC).toLower();
    QString run;
    QString latin;
    auto flush = [&] {
        if (!run.isEmpty())
            han(run);
        if (!latin.isEmpty())
            word(latin);
        run.clear();
        latin.clear();
    };
    for (const QChar c : text) {
        if (isHanCharacter(c)) {
            if (!latin.isEmpty()) {
                word(latin);
                latin.clear();
            }
            run += c;
        } else if (c.isLetterOrNumber() && c.unicode() < 0x3000) {
            if (!run.isEmpty()) {
                han(run);
                run.clear();
            }
            latin += c;
        } else {
            flush();
        }
    }
    flush();
}

QStringList pairs(const QString &run)
{
    if (run.size() == 1)
        return {run};
    QStringList out;
    for (int i = 0; i + 1 < run.size(); ++i)
        out << run.mid(i, 2);
    return out;
}

} // namespace

QString englishStem(const QString &word)
{
    struct Stemmer
    {
        sb_stemmer *stemmer = sb_stemmer_new("english", "UTF_8");
        ~Stemmer() { sb_stemmer_delete(stemmer); }
    };
    thread_local Stemmer english;
    if (!english.stemmer)
        return word; // out of memory: the word as it is
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stem = sb_stemmer_stem(
        english.stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stem)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(stem),
                             sb_stemmer_length(english.stemmer));
}

bool isHanCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

QString SearchText::indexTokens(const QString &text)
{
    QStringList tokens;
    split(
        text,
        [&](const QString &run) {
            tokens << pairs(run);
            // single characters too, so that a one-character search still finds something
            for (const QChar c : run)
                tokens << QString(c);
        },
        [&](const QString &word) {
            tokens << word;
            if (const QString stem = englishStem(word); stem != word)
                tokens << stem;
        });
    return tokens.join(u' ');
}

QList<QStringList> SearchText::queryPhrases(const QString &typed)
{
    QList<QStringList> phrases;
    split(
        typed, [&](const QString &run) { phrases << pairs(run); },
        [&](const QString &word) { phrases << QStringList {englishStem(word)}; });
    return phrases;
}

QString SearchText::matchQuery(const QString &typed)
{
    QStringList parts;
    auto quoted = [](const QString &token) {
        QString out(QLatin1Char('"'));
        out.append(QString(token).replace(u'"', QStringLiteral("\"\"")));
        out.append(QLatin1Char('"'));
        return out;
    };
    for (const QStringList &phrase : queryPhrases(typed))
        parts << quoted(phrase.join(u' '));
    return parts.join(u' ');
}

} // namespace cd::rules
