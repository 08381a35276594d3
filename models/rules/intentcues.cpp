#include "intentcues.h"

#include "classifier.h"

#include <QCoreApplication>

namespace cd::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntentCues)
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x2E80; // Latin, digits; not Han
}

bool hasLatinLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isLetter())
            return true;
    }
    return false;
}

} // namespace

Result<IntentCues> IntentCues::parse(const QByteArray &text)
{
    IntentCues cues;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        const auto bad = [&] {
            return Error::invalid(Tr::tr("Line %1 of the cue list is not "
                                         "\"demand|business<TAB>CODE<TAB>cue\": %2")
                                      .arg(i + 1)
                                      .arg(line));
        };
        if (fields.size() != 3 || fields.at(2).trimmed().isEmpty())
            return bad();
        Cue cue;
        QString phrase = fields.at(2).trimmed().toLower();
        cue.prefix = phrase.endsWith(u'*');
        if (cue.prefix)
            phrase.chop(1);
        cue.words = hasLatinLetter(phrase);
        cue.text = phrase;
        if (fields.at(0) == QLatin1String("demand")) {
            const auto code = demandFromCode(fields.at(1));
            if (!code)
                return bad();
            cue.code = int(*code);
            cues.m_demandCues.append(cue);
        } else if (fields.at(0) == QLatin1String("business")) {
            const auto code = businessTypeFromCode(fields.at(1));
            if (!code)
                return bad();
            cue.code = int(*code);
            cues.m_businessCues.append(cue);
        } else {
            return bad();
        }
    }
    return cues;
}

int IntentCues::best(const QList<Cue> &cues, const QString &lowered, int codes)
{
    QList<int> found(codes, 0);
    for (const Cue &cue : cues) {
        qsizetype at = lowered.indexOf(cue.text);
        while (at >= 0) {
            const qsizetype end = at + cue.text.size();
            const bool startsWord = !cue.words || at == 0 || !isWordCharacter(lowered.at(at - 1));
            const bool endsWord = !cue.words || cue.prefix || end == lowered.size()
                || !isWordCharacter(lowered.at(end));
            if (startsWord && endsWord) {
                ++found[cue.code];
                break; // each cue counts once
            }
            at = lowered.indexOf(cue.text, at + 1);
        }
    }
    int first = -1;
    bool alone = false;
    for (int code = 0; code < codes; ++code) {
        if (found.at(code) == 0)
            continue;
        if (first < 0 || found.at(code) > found.at(first)) {
            first = code;
            alone = true;
        } else if (found.at(code) == found.at(first)) {
            alone = false;
        }
    }
    return alone ? first : -1;
}

IntentCues::Intent IntentCues::suggest(const QString &text) const
{
    const QString lowered = text.left(Classifier::maxCharacters).toLower();
    Intent intent;
    if (const int demand = best(m_demandCues, lowered, int(allDemands().size())); demand >= 0)
        intent.demand = Demand(demand);
    if (const int business = best(m_businessCues, lowered, int(allBusinessTypes().size()));
        business >= 0)
        intent.businessType = BusinessType(business);
    return intent;
}

} // namespace cd::rules
