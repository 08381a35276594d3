// cd_fit_classifier: a build step, not installed. Fits the classifier's starting model to
// the lexicon, the corpus and the real customers' training texts and writes the model file
// that the build embeds (rules/startingmodel.h). The texts are read from the source tree,
// the same files the resources embed, so the program that loads the file can tell it was
// fitted to its own texts.
//
// Usage: cd_fit_classifier OUTPUT LEXICON CORPUS [REAL_TEXTS...]
// Exit status 0 when OUTPUT was written (atomically), 1 otherwise (a message on stderr).
#include "startingmodel.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace {

bool readInto(const char *path, QByteArray &bytes)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cd_fit_classifier: cannot read %s: %s\n", path,
                     qPrintable(file.errorString()));
        return false;
    }
    bytes = file.readAll();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: cd_fit_classifier OUTPUT LEXICON CORPUS [REAL_TEXTS...]\n");
        return 1;
    }
    cd::rules::StartingKnowledge knowledge;
    if (!readInto(argv[2], knowledge.lexicon) || !readInto(argv[3], knowledge.corpus))
        return 1;
    for (int i = 4; i < argc; ++i) {
        QByteArray texts;
        if (!readInto(argv[i], texts))
            return 1;
        knowledge.realTexts.append(texts);
    }
    const QByteArray file = cd::rules::startingModelFile(knowledge.fitted(), knowledge);
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit()) {
        std::fprintf(stderr, "cd_fit_classifier: cannot write %s: %s\n", argv[1],
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
