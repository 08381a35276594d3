#include "startingmodel.h"

#include <QCryptographicHash>

namespace cd::rules {

Classifier StartingKnowledge::fitted() const
{
    QList<Classifier::Example> real;
    for (const QByteArray &texts : realTexts)
        real.append(Classifier::parseLabelled(texts));
    Classifier model;
    model.learnStartingKnowledge(lexicon, Classifier::parseLabelled(corpus), real);
    return model;
}

QByteArray StartingKnowledge::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QByteArray &bytes) {
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + '\n'));
        hash.addData(bytes);
    };
    add(lexicon);
    add(corpus);
    for (const QByteArray &texts : realTexts)
        add(texts);
    return hash.result();
}

QByteArray startingModelFile(const Classifier &model, const StartingKnowledge &knowledge)
{
    return knowledge.fingerprint() + model.saved();
}

std::optional<Classifier> startingModelFromFile(const QByteArray &file,
                                                const StartingKnowledge &knowledge)
{
    const QByteArray fingerprint = knowledge.fingerprint();
    if (!file.startsWith(fingerprint))
        return std::nullopt;
    // read in place: the model file is a few megabytes
    return Classifier::restored(QByteArray::fromRawData(file.constData() + fingerprint.size(),
                                                        file.size() - fingerprint.size()));
}

} // namespace cd::rules
