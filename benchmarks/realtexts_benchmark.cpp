// Accuracy of the category classifier on real customers' words, beside the project's own sets.
//
//   build/benchmarks/realtexts_benchmark [--with-real]
//
// The model is the one the product starts from (resources/classifier-lexicon.json and
// resources/classifier-corpus.tsv); --with-real also learns the real training texts
// (data/real/train-*.tsv), so the two runs give the figures before and after them.
// It is scored on every held-out real set (data/real/heldout-*.tsv, never learnt, never
// tuned on) and on the project's evaluation sets (tests/data/classification-*.tsv): top-1
// and top-3 per language and per category, and the confusion table of the first suggestion
// (rows: the label; columns: the suggestion, "--" when there is none).
#include "classifier.h"
#include "resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

#include <cstdio>

using cd::rules::Classifier;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList filesIn(const QString &dir, const QString &pattern)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList({pattern}, QDir::Files, QDir::Name))
        out.append(dir + u'/' + name);
    return out;
}

QString languageOf(const Classifier::LabelledText &t)
{
    if (!t.language.isEmpty())
        return t.language;
    for (const QChar c : t.example.text) {
        if (c.script() == QChar::Script_Han)
            return QStringLiteral("zh");
    }
    return QStringLiteral("en");
}

struct Tally
{
    int n = 0, top1 = 0, top3 = 0;
};

double pct(int a, int b) { return b ? 100.0 * a / b : 0.0; }

void printLine(const QString &name, const Tally &t)
{
    std::printf("  %-22s %5d %6.1f%% %6.1f%%\n", qPrintable(name), t.n, pct(t.top1, t.n),
                pct(t.top3, t.n));
}

// Two-letter column names of the confusion table, in the categories' order.
const QList<std::pair<QString, QString>> &columns()
{
    static const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("FUNDS_SECURITY"), QStringLiteral("FS")},
        {QStringLiteral("FUNDS_FROZEN"), QStringLiteral("FF")},
        {QStringLiteral("SETTLEMENT"), QStringLiteral("ST")},
        {QStringLiteral("TRANSACTION_FAILURE"), QStringLiteral("TF")},
        {QStringLiteral("PRODUCT_FUNCTION"), QStringLiteral("PF")},
        {QStringLiteral("USABILITY"), QStringLiteral("US")},
        {QStringLiteral("FEES_BILLING"), QStringLiteral("FB")},
        {QStringLiteral("REFUND"), QStringLiteral("RF")},
        {QStringLiteral("SERVICE_QUALITY"), QStringLiteral("SQ")},
        {QStringLiteral("AFTER_SALES"), QStringLiteral("AS")},
        {QStringLiteral("DISCLOSURE"), QStringLiteral("DI")},
        {QStringLiteral("MARKETING"), QStringLiteral("MK")},
        {QStringLiteral("PRIVACY"), QStringLiteral("PR")},
        {QStringLiteral("COMPLIANCE"), QStringLiteral("CO")},
        {QStringLiteral("OTHER"), QStringLiteral("OT")},
    };
    return names;
}

void evaluate(const Classifier &model, const QString &path)
{
    const QList<Classifier::LabelledText> set = Classifier::parseLabelledTexts(readAll(path));
    QMap<QString, Tally> byLanguage, byCategory;
    Tally all;
    QMap<QString, QMap<QString, int>> confusion;   // label -> first suggestion -> count
    for (const Classifier::LabelledText &t : set) {
        const Classifier::Outcome outcome = model.classify(t.example.text);
        const QString first = outcome.top.isEmpty() ? QStringLiteral("--")
                                                    : outcome.top.first().category;
        bool inTop3 = false;
        for (const auto &s : outcome.top)
            inTop3 = inTop3 || s.category == t.example.category;
        for (Tally *x : {&all, &byLanguage[languageOf(t)], &byCategory[t.example.category]}) {
            ++x->n;
            x->top1 += first == t.example.category;
            x->top3 += inTop3;
        }
        ++confusion[t.example.category][first];
    }
    std::printf("\n%s: %lld texts\n  %-22s %5s %7s %7s\n", qPrintable(QDir::current().relativeFilePath(path)),
                qint64(set.size()), "", "n", "top-1", "top-3");
    printLine(QStringLiteral("ALL"), all);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        printLine(QStringLiteral("language ") + it.key(), it.value());
    for (const auto &[code, shortName] : columns()) {
        if (byCategory.contains(code))
            printLine(code, byCategory.value(code));
    }
    std::printf("  confusion (row: label, column: first suggestion)\n  %-4s", "");
    for (const auto &[code, shortName] : columns())
        std::printf(" %3s", qPrintable(shortName));
    std::printf("  --\n");
    for (const auto &[code, shortName] : columns()) {
        if (!confusion.contains(code))
            continue;
        std::printf("  %-4s", qPrintable(shortName));
        const QMap<QString, int> &row = confusion.value(code);
        for (const auto &[column, unused] : columns())
            std::printf(" %3d", row.value(column));
        std::printf(" %3d\n", row.value(QStringLiteral("--")));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool withReal = app.arguments().contains(QLatin1String("--with-real"));
    const QString realDir = QStringLiteral(REAL_TEXTS_DIR);
    const QString setsDir = QStringLiteral(LABELLED_SETS_DIR);

    QList<Classifier::Example> examples
        = Classifier::parseLabelled(readAll(cd::resources::classifierCorpusPath()));
    const qsizetype builtIn = examples.size();
    if (withReal) {
        for (const QString &path : filesIn(realDir, QStringLiteral("train-*.tsv")))
            examples.append(Classifier::parseLabelled(readAll(path)));
    }
    Classifier model;
    model.learnStartingKnowledge(readAll(cd::resources::classifierLexiconPath()), examples);
    std::printf("model: lexicon + %lld built-in corpus texts + %lld real training texts (%s)\n",
                qint64(builtIn), qint64(examples.size() - builtIn),
                withReal ? "--with-real" : "without them; --with-real adds data/real/train-*.tsv");
    std::printf("columns: FS FUNDS_SECURITY, FF FUNDS_FROZEN, ST SETTLEMENT, TF "
                "TRANSACTION_FAILURE, PF PRODUCT_FUNCTION, US USABILITY, FB FEES_BILLING, RF "
                "REFUND, SQ SERVICE_QUALITY, AS AFTER_SALES, DI DISCLOSURE, MK MARKETING, PR "
                "PRIVACY, CO COMPLIANCE, OT OTHER\n");
    QStringList sets = filesIn(realDir, QStringLiteral("heldout-*.tsv"));
    sets.append(filesIn(setsDir, QStringLiteral("classification-*.tsv")));
    for (const QString &path : sets)
        evaluate(model, path);
    return 0;
}
