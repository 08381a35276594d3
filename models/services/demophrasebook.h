#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

// The demonstration data's words (resources/demo-complaints.json): how callers phrase
// each category's complaints, in Chinese and English, their names, and the notes agents
// write at each step. Texts stored as data, not shown as the program's own strings.
namespace cd::models::demo {

class Phrasebook
{
public:
    // Read from the program's resources.
    static Result<Phrasebook> load();

    // A phrasing of a complaint of the category `categoryCode` (Chinese when the category
    // has none in English), placeholders not filled in.
    QString phrasing(QRandomGenerator &rng, const QString &categoryCode, bool english) const;
    // Whether a phrasing names an amount ({amount}).
    static bool mentionsAmount(const QString &phrasing);
    // `phrasing` with its placeholders filled in; {amount} is `amountFen` in yuan.
    QString fill(QString phrasing, QRandomGenerator &rng, std::optional<qint64> amountFen) const;
    // The note an agent writes for `what` (a status code, or "reopened", "transferred",
    // "escalated", "called_again"); empty when the phrasebook has none.
    QString note(const QString &what, bool english) const;

    // The demo's callers, by index: one in ten speaks English, each keeps their name.
    static bool speaksEnglish(int customerIndex);
    QString nameOf(int customerIndex) const;
    static QString mobileNumber(int customerIndex); // 11 digits, distinct per index

    // The demo's agents: {username, name, department}.
    const QJsonArray &agents() const { return m_agents; }

private:
    QJsonObject m_texts;
    QStringList m_surnames, m_givenNames, m_englishNames, m_merchants, m_banks;
    QJsonObject m_notes;
    QJsonArray m_agents;
};

} // namespace cd::models::demo
