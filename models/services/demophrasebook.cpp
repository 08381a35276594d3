#include "demophrasebook.h"

#include "demogenerator.h"
#include "demorandom.h"
#include "resourcepaths.h"

#include <QFile>
#include <QJsonDocument>

namespace cd::models::demo {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QLatin1String language(bool english)
{
    return english ? QLatin1String("en") : QLatin1String("zh");
}

} // namespace

Result<Phrasebook> Phrasebook::load()
{
    QFile file(resources::demoComplaintsJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            DemoGenerator::tr("The demonstration phrasebook is missing from the program."));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Phrasebook book;
    book.m_texts = json[QLatin1String("texts")].toObject();
    book.m_surnames = strings(json[QLatin1String("surnames")]);
    book.m_givenNames = strings(json[QLatin1String("given_names")]);
    book.m_englishNames = strings(json[QLatin1String("english_names")]);
    book.m_merchants = strings(json[QLatin1String("merchants")]);
    book.m_banks = strings(json[QLatin1String("banks")]);
    book.m_notes = json[QLatin1String("notes")].toObject();
    book.m_agents = json[QLatin1String("agents")].toArray();
    return book;
}

QString Phrasebook::phrasing(QRandomGenerator &rng, const QString &categoryCode, bool english) const
{
    const QJsonObject texts = m_texts[categoryCode].toObject();
    QStringList phrasings = strings(texts[language(english)]);
    if (phrasings.isEmpty())
        phrasings = strings(texts[language(false)]);
    return pick(rng, phrasings);
}

bool Phrasebook::mentionsAmount(const QString &phrasing)
{
    return phrasing.contains(QLatin1String("{amount}"));
}

QString Phrasebook::fill(QString text, QRandomGenerator &rng, std::optional<qint64> amountFen) const
{
    const double rateOld = 0.38 + 0.01 * rng.bounded(30);
    if (amountFen) {
        const qint64 fen = *amountFen;
        text.replace(
            QLatin1String("{amount}"),
            QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0')));
    }
    text.replace(QLatin1String("{days}"), QString::number(2 + rng.bounded(20)));
    text.replace(QLatin1String("{rate_old}"), QString::number(rateOld, 'f', 2) + u'%');
    text.replace(QLatin1String("{rate_new}"),
                 QString::number(rateOld + 0.05 + 0.01 * rng.bounded(20), 'f', 2) + u'%');
    text.replace(QLatin1String("{bank}"), pick(rng, m_banks));
    text.replace(QLatin1String("{merchant}"), pick(rng, m_merchants));
    text.replace(QLatin1String("{time}"),
                 QStringLiteral("%1:%2")
                     .arg(rng.bounded(24), 2, 10, QLatin1Char('0'))
                     .arg(rng.bounded(60), 2, 10, QLatin1Char('0')));
    return text.trimmed();
}

QString Phrasebook::note(const QString &what, bool english) const
{
    return m_notes[what].toObject()[language(english)].toString();
}

bool Phrasebook::speaksEnglish(int customerIndex)
{
    return customerIndex % 10 == 3;
}

QString Phrasebook::nameOf(int customerIndex) const
{
    const auto at = [](const QStringList &list, quint64 key) {
        return list.at(int(key % quint64(list.size())));
    };
    const quint64 key = quint64(customerIndex) * 40503ULL;
    if (speaksEnglish(customerIndex))
        return at(m_englishNames, key);
    return at(m_surnames, key) + at(m_givenNames, key / 7);
}

QString Phrasebook::mobileNumber(int customerIndex)
{
    static const QStringList prefixes {
        QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("135"), QStringLiteral("150"),
        QStringLiteral("186"), QStringLiteral("177"), QStringLiteral("188"), QStringLiteral("133")};
    // A bijection from the customer index to 8 digits keeps numbers distinct.
    const quint64 scrambled = (quint64(customerIndex) * 2654435761ULL) % 100000000ULL;
    return prefixes.at(customerIndex % prefixes.size())
        + QString::number(scrambled).rightJustified(8, u'0');
}

} // namespace cd::models::demo
