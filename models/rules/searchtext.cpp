#include "searchtext.h"

namespace cd::rules {

namespace {

constexpr int maxIndexedCharacters = 20000;

// Calls `han` for each run of Chinese characters and `word` for each Latin/digit word.
template<typename Han, typename Word>
void split(const QString &input, Han han, Word word)
{
    const QString text = input.left(maxIndexedCharacters)
                             .normalized(QString::NormalizationForm_KC).toLower();
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

bool isHanCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

QString SearchText::indexTokens(const QString &text)
{
    QStringList tokens;
    split(text, [&](const QString &run) {
            tokens << pairs(run);
            // single characters too, so that a one-character search still finds something
            for (const QChar c : run)
                tokens << QString(c);
        },
        [&](const QString &word) { tokens << word; });
    return tokens.join(u' ');
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
    split(typed, [&](const QString &run) {
            // a Chinese word is the phrase of its consecutive pairs
            parts << quoted(pairs(run).join(u' '));
        },
        [&](const QString &word) { parts << quoted(word); });
    return parts.join(u' ');
}

} // namespace cd::rules
