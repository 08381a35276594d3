// Accuracy of the category classifier on real customers' words, beside the project's own sets.
//
//   build/benchmarks/realtexts_benchmark [--without-real | --cross-validate-real | --calibrate]
//
// The model is the one the product starts from (resources/classifier-lexicon.json,
// resources/classifier-corpus.tsv and the real training texts data/real/train-*.tsv,
// weighted as Classifier::learnStartingKnowledge() says); --without-real leaves the real
// texts out (the model before them), so the two runs give the figures before and after.
// It is scored on every held-out real set (data/real/heldout-*.tsv, never learnt, never
// tuned on) and on the project's evaluation sets (tests/data/classification-*.tsv): top-1
// and top-3 per language and per category, and the confusion table of the first suggestion
// (rows: the label; columns: the suggestion, "--" when there is none).
// It also scores the demand and business-type cues (resources/intent-cues.txt) on the
// held-out texts labelled in data/real/heldout-intents.txt: what would be stored (the clear
// suggestion, else EXPLANATION / OTHER) against the label, beside storing the defaults alone,
// and how often a suggestion is made and how often it is right.
// --cross-validate-real: 5-fold cross-validation over the real training texts alone, for
// several ways of learning them (how to choose one without looking at the held-out sets),
// with the project's sets scored by a model that learnt all of them each way; it does not
// read the held-out sets. --calibrate: how the confidences are calibrated (see calibrate());
// it does not read the held-out sets either.
#include "benchsupport.h"
#include "classifier.h"
#include "intentcues.h"
#include "realtextsfigures.h"
#include "resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>
#include <tuple>

using cd::rules::Classifier;

using cd::bench::calibrate;
using cd::bench::pct;
using cd::bench::readAll;
using cd::bench::Reliability;

namespace {

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
    Reliability reliability;
    const QList<Classifier::LabelledText> set = Classifier::parseLabelledTexts(readAll(path));
    QMap<QString, Tally> byLanguage, byCategory;
    Tally all;
    QMap<QString, QMap<QString, int>> confusion; // label -> first suggestion -> count
    int clear = 0, clearRight = 0; // clear suggestions (shown as "Suggested", not unsure)
    for (const Classifier::LabelledText &t : set) {
        const Classifier::Outcome outcome = model.classify(t.example.text);
        const QString first =
            outcome.top.isEmpty() ? QStringLiteral("--") : outcome.top.first().category;
        bool inTop3 = false;
        for (const auto &s : outcome.top)
            inTop3 = inTop3 || s.category == t.example.category;
        for (Tally *x : {&all, &byLanguage[languageOf(t)], &byCategory[t.example.category]}) {
            ++x->n;
            x->top1 += first == t.example.category;
            x->top3 += inTop3;
        }
        ++confusion[t.example.category][first];
        clear += outcome.clear;
        clearRight += outcome.clear && first == t.example.category;
        reliability.add(outcome.top.isEmpty() ? 0.0 : outcome.top.first().confidence,
                        first == t.example.category);
    }
    std::printf("\n%s: %lld texts\n  %-22s %5s %7s %7s\n",
                qPrintable(QDir::current().relativeFilePath(path)), qint64(set.size()), "", "n",
                "top-1", "top-3");
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
    reliability.print();
    std::printf("  clear suggestions: %.1f%% of the texts, right %.1f%% of the time\n",
                pct(clear, int(set.size())), pct(clearRight, clear));
}

// How the real training texts are learnt (--cross-validate-real compares them). Each
// category's real texts together weigh `share` times the mean number of real texts per
// category when balanced (else each text weighs 1 x share); in the counts a text also weighs
// no more than a corpus text of median length when length-normalised.
struct Recipe
{
    const char *name;
    bool learn = true; // false: the starting model alone
    bool counts = true; // the naive Bayes counts learn them
    bool linear = true; // the linear model is fitted to them too
    bool lengthNormalised = true;
    bool balanceCounts = true;
    bool balanceLinear = true;
    double share = 1.0;
    int cap = 0; // at most this many texts per category (0: all), in file order
    enum class Text { Whole, FirstLast, WholeAndFirstLast } text = Text::Whole;
    bool readFirstLast = false; // classify a text by its first and last sentences
    double linearShare = -1; // the linear model's share, when not `share`
    bool product = false; // Classifier::learnStartingKnowledge() itself (the rest unused)
    int linearCap = 0; // the linear model is fitted to at most this many per category
    bool linearFirstLast = false; // ... to their first and last sentences
};

// The first and last two sentences of a text (all of it when it has no more than four): in a
// long complaint, where it says what went wrong and what the customer wants.
QString firstAndLastSentences(const QString &text)
{
    static const QRegularExpression end(
        QStringLiteral("(?<=[.!?\\x{3002}\\x{ff01}\\x{ff1f}])\\s*"));
    QStringList sentences = text.split(end, Qt::SkipEmptyParts);
    if (sentences.size() <= 4)
        return text;
    return (sentences.mid(0, 2) + sentences.mid(sentences.size() - 2)).join(u' ');
}

// The starting model (lexicon, built-in corpus) plus `given` learnt as `how` says.
Classifier modelWith(const QByteArray &lexicon, const QList<Classifier::Example> &corpus,
                     const QList<Classifier::Example> &given, const Recipe &how)
{
    if (how.product) {
        Classifier model;
        model.learnStartingKnowledge(lexicon, corpus, given);
        return model;
    }
    QList<Classifier::Example> real;
    QMap<QString, int> perCategory;
    for (const Classifier::Example &e : given) {
        if (!how.learn || (how.cap > 0 && perCategory.value(e.category) >= how.cap))
            continue;
        ++perCategory[e.category];
        real.append(e);
    }
    QList<qsizetype> lengths;
    for (const Classifier::Example &e : corpus)
        lengths.append(Classifier::featureKeys(e.text).size());
    std::sort(lengths.begin(), lengths.end());
    const double median = lengths.isEmpty() ? 1.0 : double(lengths.at(lengths.size() / 2));
    const double meanCategory =
        perCategory.isEmpty() ? 1.0 : double(real.size()) / double(perCategory.size());
    QList<Classifier::Example> counted = corpus, fitted;
    QMap<QString, int> linearCount;
    for (const Classifier::Example &e : std::as_const(real)) {
        const double balance = how.share * meanCategory / double(perCategory.value(e.category));
        QStringList texts;
        if (how.text != Recipe::Text::FirstLast)
            texts.append(e.text);
        if (how.text != Recipe::Text::Whole)
            texts.append(firstAndLastSentences(e.text));
        for (const QString &text : std::as_const(texts)) {
            const qsizetype n = Classifier::featureKeys(text).size();
            if (n == 0)
                continue;
            const double length = how.lengthNormalised ? std::min(1.0, median / double(n)) : 1.0;
            if (how.counts)
                counted.append({e.category, e.subcategory, text,
                                length * (how.balanceCounts ? balance : how.share)});
        }
        const int inCategory = perCategory.value(e.category);
        const int fittedInCategory =
            how.linearCap > 0 ? std::min(how.linearCap, inCategory) : inCategory;
        if (how.linear && (how.linearCap <= 0 || ++linearCount[e.category] <= how.linearCap))
            fitted.append({e.category, e.subcategory,
                           how.text == Recipe::Text::FirstLast || how.linearFirstLast
                               ? firstAndLastSentences(e.text)
                               : e.text,
                           (how.balanceLinear ? meanCategory / double(fittedInCategory) : 1.0)
                               * (how.linearShare >= 0 ? how.linearShare : how.share)});
    }
    Classifier model;
    model.learnLexicon(lexicon);
    for (const Classifier::Example &e : std::as_const(counted))
        model.learn(e.category, e.subcategory, e.text, e.weight);
    model.fitLinear(Classifier::lexiconCategoryPhrases(lexicon) + corpus + fitted);
    return model;
}

// Top-1 per set of the project's own sets (tests/data/classification-*.tsv).
QString projectSetFigures(const Classifier &model, const QStringList &sets)
{
    QString out;
    for (const QString &path : sets) {
        Tally t;
        for (const auto &x : Classifier::parseLabelledTexts(readAll(path))) {
            const auto outcome = model.classify(x.example.text);
            ++t.n;
            t.top1 += !outcome.top.isEmpty() && outcome.top.first().category == x.example.category;
        }
        out += QString::asprintf(" %6.1f%%", pct(t.top1, t.n));
    }
    return out;
}

// K-fold cross-validation over the real training texts: each fold is scored by a model that
// learnt the built-in knowledge and the other folds. Macro recall (the mean over categories
// of top-1 recall) beside plain top-1: the training texts' categories are uneven, and plain
// accuracy rewards a model that answers the big ones. Beside them, top-1 on the project's
// own sets of a model that learnt all the real training texts that way.
void crossValidateReal(const QByteArray &lexicon, const QList<Classifier::Example> &corpus,
                       const QList<Classifier::Example> &real, int folds,
                       const QStringList &projectSets)
{
    using T = Recipe::Text;
    const Recipe recipes[] = {
        {"without real texts", false},
        {"counts", true, true, true, false, false, false},
        {"length-normalised counts", true, true, true, true, false, false},
        {"... category-balanced counts", true, true, true, true, true, false},
        {"... in the counts only", true, true, false, true, true, false},
        {"linear model only", true, false, true, false, false, false},
        {"... balanced, first+last sentences", true, true, true, true, true, false, 1.0, 0,
         T::FirstLast, true},
        {"balanced counts and linear", true, true, true, true, true, true},
        {"... share 0.5", true, true, true, true, true, true, 0.5},
        {"... share 2", true, true, true, true, true, true, 2.0},
        {"... share 4", true, true, true, true, true, true, 4.0},
        {"... at most 40 per category", true, true, true, true, true, true, 1.0, 40},
        {"... linear only, balanced", true, false, true, true, true, true},
        {"... whole + first/last sentences", true, true, true, true, true, true, 1.0, 0,
         T::WholeAndFirstLast},
        {"... first+last sentences (read too)", true, true, true, true, true, true, 1.0, 0,
         T::FirstLast, true},
        {"... counts 1, linear 0.5", true, true, true, true, true, true, 1.0, 0, T::Whole, false,
         0.5},
        {"... counts 1, linear 0.25", true, true, true, true, true, true, 1.0, 0, T::Whole, false,
         0.25},
        {"... counts 2, linear 0.5", true, true, true, true, true, true, 2.0, 0, T::Whole, false,
         0.5},
        {"... counts 0.5, linear 0.25", true, true, true, true, true, true, 0.5, 0, T::Whole, false,
         0.25},
        {"... counts 0.5, linear 1", true, true, true, true, true, true, 0.5, 0, T::Whole, false,
         1.0},
        {"... at most 60, counts 1, linear 0.5", true, true, true, true, true, true, 1.0, 60,
         T::Whole, false, 0.5},
        {"... counts 0.25, linear 0.25", true, true, true, true, true, true, 0.25, 0, T::Whole,
         false, 0.25},
        {"... counts 0.25, linear 0.5", true, true, true, true, true, true, 0.25, 0, T::Whole,
         false, 0.5},
        {"... counts 1, linear 0.1", true, true, true, true, true, true, 1.0, 0, T::Whole, false,
         0.1},
        {"... counts 2, linear 0.25", true, true, true, true, true, true, 2.0, 0, T::Whole, false,
         0.25},
        {"... counts 1, linear 0.1 of 30/category", true, true, true, true, true, true, 1.0, 0,
         T::Whole, false, 0.1, false, 30},
        {"... counts 1, linear 0.1 of 15/category", true, true, true, true, true, true, 1.0, 0,
         T::Whole, false, 0.1, false, 15},
        {"... counts 1, linear 0.1 first+last", true, true, true, true, true, true, 1.0, 0,
         T::Whole, false, 0.1, false, 0, true},
        {"... counts 1, linear 0.2 of 30/category", true, true, true, true, true, true, 1.0, 0,
         T::Whole, false, 0.2, false, 30},
    };
    std::printf("%d-fold cross-validation over %lld real training texts; project sets: top-1 "
                "of a model that learnt all of them\n",
                folds, qint64(real.size()));
    std::printf("  %-38s %7s %7s %12s  project sets", "real texts learnt as", "top-1", "top-3",
                "macro top-1");
    for (const QString &path : projectSets)
        std::printf(" %s", qPrintable(QFileInfo(path).completeBaseName().mid(15)));
    std::printf("\n");
    // The product's recipe (Classifier::learnStartingKnowledge) as a recipe of the table.
    Recipe product = {"the product (learnStartingKnowledge)"};
    product.product = true;
    QList<Recipe> rows(std::cbegin(recipes), std::cend(recipes));
    rows.append(product);
    for (const Recipe &how : std::as_const(rows)) {
        QMap<QString, Tally> byCategory;
        Tally all;
        for (int fold = 0; fold < folds; ++fold) {
            QList<Classifier::Example> learnt, heldOut;
            for (qsizetype i = 0; i < real.size(); ++i)
                (i % folds == fold ? heldOut : learnt).append(real.at(i));
            const Classifier model = modelWith(lexicon, corpus, learnt, how);
            for (const Classifier::Example &e : heldOut) {
                const auto outcome =
                    model.classify(how.readFirstLast ? firstAndLastSentences(e.text) : e.text);
                const bool first =
                    !outcome.top.isEmpty() && outcome.top.first().category == e.category;
                bool inTop3 = false;
                for (const auto &s : outcome.top)
                    inTop3 = inTop3 || s.category == e.category;
                for (Tally *x : {&all, &byCategory[e.category]}) {
                    ++x->n;
                    x->top1 += first;
                    x->top3 += inTop3;
                }
            }
        }
        double macro = 0;
        for (const Tally &t : byCategory)
            macro += pct(t.top1, t.n);
        std::printf(
            "  %-38s %6.1f%% %6.1f%% %11.1f%% %s\n", how.name, pct(all.top1, all.n),
            pct(all.top3, all.n), byCategory.isEmpty() ? 0.0 : macro / byCategory.size(),
            qPrintable(projectSetFigures(modelWith(lexicon, corpus, real, how), projectSets)));
        std::fflush(stdout);
    }
}

// One dimension (demand or business type) of the intent figures.
struct IntentTally
{
    int n = 0;
    int stored = 0; // the stored value (suggestion, else the default) is the label
    int defaults = 0; // the default alone is the label
    int suggested = 0; // a suggestion was made
    int suggestedRight = 0;
};

void printIntentTally(const char *name, const IntentTally &t)
{
    const auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf("  %-24s %5d %8.1f%% %9.1f%% %10.1f%% %9.1f%%\n", name, t.n, pct(t.stored, t.n),
                pct(t.defaults, t.n), pct(t.suggested, t.n), pct(t.suggestedRight, t.suggested));
}

void evaluateIntents(const QString &realDir)
{
    using namespace cd::rules;
    const auto cues = IntentCues::parse(readAll(cd::resources::intentCuesPath()));
    if (!cues)
        qFatal("%s", qPrintable(cues.error().message));
    const QString labelsPath = realDir + QStringLiteral("/heldout-intents.txt");
    QHash<QString, QList<QByteArray>> files; // held-out file -> its lines
    QMap<QString, IntentTally> demand; // by language, "all"
    QMap<QString, IntentTally> business;
    QMap<QString, IntentTally> demandByCode; // by label
    QMap<QString, IntentTally> businessByCode;
    for (const QByteArray &raw : readAll(labelsPath).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.size() != 4)
            qFatal("bad line in %s: %s", qPrintable(labelsPath), qPrintable(line));
        if (!files.contains(f.at(0)))
            files.insert(f.at(0), readAll(realDir + u'/' + f.at(0)).split('\n'));
        const QList<QByteArray> &lines = files[f.at(0)];
        const int at = f.at(1).toInt() - 1;
        const QStringList fields = at >= 0 && at < lines.size()
            ? QString::fromUtf8(lines.at(at)).split(u'\t')
            : QStringList();
        if (fields.size() < 3)
            qFatal("%s line %s is not a labelled text", qPrintable(f.at(0)), qPrintable(f.at(1)));
        const QString language = fields.at(1);
        const IntentCues::Intent intent = cues->suggest(fields.at(2));
        const auto score = [](IntentTally &t, const QString &label,
                              const std::optional<QString> &suggestion, const QString &fallback) {
            ++t.n;
            t.stored += suggestion.value_or(fallback) == label;
            t.defaults += fallback == label;
            t.suggested += suggestion.has_value();
            t.suggestedRight += suggestion && *suggestion == label;
        };
        const std::optional<QString> d =
            intent.demand ? std::optional(code(*intent.demand)) : std::nullopt;
        const std::optional<QString> b =
            intent.businessType ? std::optional(code(*intent.businessType)) : std::nullopt;
        for (const QString &key : {language, QStringLiteral("all")}) {
            score(demand[key], f.at(2), d, code(Demand::Explanation));
            score(business[key], f.at(3), b, code(BusinessType::Other));
        }
        score(demandByCode[f.at(2)], f.at(2), d, code(Demand::Explanation));
        score(businessByCode[f.at(3)], f.at(3), b, code(BusinessType::Other));
    }
    std::printf("\n%s: demand and business type (%lld cues)\n  %-24s %5s %9s %10s %11s %10s\n",
                qPrintable(QDir::current().relativeFilePath(labelsPath)), qint64(cues->cueCount()),
                "", "texts", "stored", "defaults", "suggested", "right");
    for (const auto &[title, tallies] :
         {std::pair {"demand", &demand}, std::pair {"business", &business}}) {
        for (auto it = tallies->cbegin(); it != tallies->cend(); ++it)
            printIntentTally(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(title), it.key())),
                it.value());
    }
    std::printf("  by label:\n");
    for (const auto *tallies : {&demandByCode, &businessByCode}) {
        for (auto it = tallies->cbegin(); it != tallies->cend(); ++it)
            printIntentTally(qPrintable(it.key()), it.value());
    }
}

// CPU time of the calling thread: what a fit costs, however loaded the machine is.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool withReal = !app.arguments().contains(QLatin1String("--without-real"));
    const QString realDir = QStringLiteral(REAL_TEXTS_DIR);
    const QString setsDir = QStringLiteral(LABELLED_SETS_DIR);

    const QList<Classifier::Example> examples =
        Classifier::parseLabelled(readAll(cd::resources::classifierCorpusPath()));
    QList<Classifier::Example> real;
    for (const QString &path : filesIn(realDir, QStringLiteral("train-*.tsv")))
        real.append(Classifier::parseLabelled(readAll(path)));
    const QByteArray lexicon = readAll(cd::resources::classifierLexiconPath());
    const QStringList projectSets = filesIn(setsDir, QStringLiteral("classification-*.tsv"));
    if (app.arguments().contains(QLatin1String("--calibrate"))) {
        calibrate(lexicon, examples, real, 5);
        return 0;
    }
    const int folds = app.arguments().contains(QLatin1String("--cross-validate-real")) ? 5 : 0;
    if (folds > 0) {
        crossValidateReal(lexicon, examples, real, folds, projectSets);
        return 0;
    }
    Classifier model;
    QElapsedTimer fitting;
    fitting.start();
    const double cpuBefore = threadCpuMs();
    model.learnStartingKnowledge(lexicon, examples, withReal ? real : QList<Classifier::Example>());
    std::printf("starting model fitted in %.0f ms (%.0f ms of this thread's CPU time)\n",
                double(fitting.nsecsElapsed()) / 1e6, threadCpuMs() - cpuBefore);
    std::printf("model: lexicon + %lld built-in corpus texts + %lld real training texts (%s)\n",
                qint64(examples.size()), qint64(withReal ? real.size() : 0),
                withReal ? "weighted, as the product starts; --without-real leaves them out"
                         : "--without-real: the model before them");
    std::printf("columns: FS FUNDS_SECURITY, FF FUNDS_FROZEN, ST SETTLEMENT, TF "
                "TRANSACTION_FAILURE, PF PRODUCT_FUNCTION, US USABILITY, FB FEES_BILLING, RF "
                "REFUND, SQ SERVICE_QUALITY, AS AFTER_SALES, DI DISCLOSURE, MK MARKETING, PR "
                "PRIVACY, CO COMPLIANCE, OT OTHER\n");
    QStringList sets = filesIn(realDir, QStringLiteral("heldout-*.tsv"));
    sets.append(projectSets);
    for (const QString &path : sets)
        evaluate(model, path);
    evaluateIntents(realDir);
    return 0;
}
