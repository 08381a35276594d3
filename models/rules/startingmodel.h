#pragma once

#include "classifier.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The model every classifier of the product starts from, and the file the build makes of it:
// the build fits it once (cd_fit_classifier, resources/CMakeLists.txt) and embeds the file,
// so that a program loads it in milliseconds instead of fitting it (about 0.25 s of CPU).
namespace cd::rules {

// The texts the starting model is learnt from, as their files' bytes.
struct StartingKnowledge
{
    QByteArray lexicon; // resources/classifier-lexicon.json
    QByteArray corpus; // resources/classifier-corpus.tsv
    QList<QByteArray> realTexts; // data/real/train-*.tsv, in file-name order

    // Classifier::learnStartingKnowledge() of these texts: the one recipe.
    Classifier fitted() const;
    // SHA-256 of the texts (each file's length before it): which texts a model file was
    // fitted to.
    QByteArray fingerprint() const;
};

// The file of `model`, fitted to `knowledge`: its fingerprint, then Classifier::saved().
QByteArray startingModelFile(const Classifier &model, const StartingKnowledge &knowledge);
// The model of `file` when it was fitted to exactly `knowledge` (and is of this program's
// format); otherwise nothing, and the caller fits knowledge.fitted() itself.
std::optional<Classifier> startingModelFromFile(const QByteArray &file,
                                                const StartingKnowledge &knowledge);

} // namespace cd::rules
