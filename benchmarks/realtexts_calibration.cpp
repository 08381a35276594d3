// realtexts_benchmark --calibrate: how the classifier's confidences are calibrated, from
// out-of-fold scores of the training texts only.
#include "realtextsfigures.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>

using cd::rules::Classifier;

namespace cd::bench {

namespace {

// --calibrate: the out-of-fold scores of two 5-fold cross-validations of the training texts
// (the real training texts, each fold scored by the product's model without it; the built-in
// corpus likewise, the real texts learnt), how well calibrated each way of turning scores into
// confidences is, and the clear-suggestion threshold on the calibrated confidence. Each way
// is fitted on four folds' scores and measured on the fifth (so the figures are of new texts);
// the fitted values printed last are fitted on every fold, and the clear-suggestion table and
// the reliability tables (also of the real texts by script) are at those values, one
// temperature and one per script: the product's constants are read from them, not the other
// way round. Reads no held-out file.
struct OutOfFold
{
    QList<Classifier::Score> scores; // empty: no suggestion
    QString label;
    int fold = 0;
    int script = 0; // 0: mostly Han features, 1: mostly Latin words
    int set = 0; // 0: real training texts, 1: built-in corpus
};

int scriptOf(const QString &text)
{
    int han = 0, latin = 0;
    for (const QString &f : Classifier::features(text))
        (f.startsWith(QLatin1String("w:")) ? latin : han) += 1;
    return latin > han ? 1 : 0;
}

QList<OutOfFold> outOfFoldScores(const QByteArray &lexicon,
                                 const QList<Classifier::Example> &corpus,
                                 const QList<Classifier::Example> &real, int folds)
{
    QList<OutOfFold> out;
    for (int set = 0; set < 2; ++set) {
        const QList<Classifier::Example> &folded = set == 0 ? real : corpus;
        for (int fold = 0; fold < folds; ++fold) {
            QList<Classifier::Example> learnt, heldOut;
            for (qsizetype i = 0; i < folded.size(); ++i)
                (i % folds == fold ? heldOut : learnt).append(folded.at(i));
            Classifier model;
            model.learnStartingKnowledge(lexicon, set == 0 ? corpus : learnt,
                                         set == 0 ? learnt : real);
            for (const Classifier::Example &e : std::as_const(heldOut))
                out.append({model.rankedScores(Classifier::featureKeys(e.text)), e.category, fold,
                            scriptOf(e.text), set});
        }
    }
    return out;
}

// A way of turning a text's scores into the first suggestion's confidence.
struct Calibration
{
    enum class Kind { None, Temperature, TemperaturePerScript, Platt } kind = Kind::None;
    double temperature[2] = {1.0, 1.0}; // per script (the same twice unless per script)
    double a = 1.0, b = 0.0; // Platt: sigmoid(a * logit(p) + b) of the uncalibrated p

    double firstConfidence(const OutOfFold &x) const
    {
        if (x.scores.isEmpty())
            return 0.0;
        if (kind == Kind::Platt) {
            const double p =
                std::clamp(Classifier::confidencesOf(x.scores, 1.0).first(), 1e-6, 1 - 1e-6);
            return std::min(Classifier::maxConfidence,
                            1.0 / (1.0 + std::exp(-(a * std::log(p / (1 - p)) + b))));
        }
        return Classifier::confidencesOf(x.scores, temperature[x.script]).first();
    }
    // Every suggestion's confidence (a temperature only).
    QList<double> confidences(const OutOfFold &x) const
    {
        return Classifier::confidencesOf(x.scores, temperature[x.script]);
    }
};

// Mean negative log-likelihood of the labels at `temperatures` (one per script; texts with
// a suggestion).
double logLoss(const QList<const OutOfFold *> &xs, const double (&temperatures)[2])
{
    double loss = 0;
    int n = 0;
    for (const OutOfFold *x : xs) {
        if (x->scores.isEmpty())
            continue;
        const double temperature = temperatures[x->script];
        const double top = x->scores.first().logProbability;
        double sum = 0, own = -1e9;
        for (const Classifier::Score &s : x->scores) {
            const double z = (s.logProbability - top) / temperature;
            sum += std::exp(z);
            if (s.category == x->label)
                own = z;
        }
        loss += std::log(sum) - std::max(own, -50.0);
        ++n;
    }
    return n ? loss / n : 0.0;
}

double fitTemperature(const QList<const OutOfFold *> &xs)
{
    double best = 1.0, bestLoss = logLoss(xs, {1.0, 1.0});
    for (int i = 0; i <= 400; ++i) { // 0.1 to 10, log-spaced
        const double t = std::pow(10.0, -1.0 + 2.0 * i / 400.0);
        if (const double loss = logLoss(xs, {t, t}); loss < bestLoss) {
            bestLoss = loss;
            best = t;
        }
    }
    return best;
}

// Platt scaling of the first suggestion's confidence: logistic regression of "the first is
// right" on the logit of its uncalibrated confidence (Newton's method).
std::pair<double, double> fitPlatt(const QList<const OutOfFold *> &xs)
{
    QList<std::pair<double, double>> points; // logit, right
    for (const OutOfFold *x : xs) {
        if (x->scores.isEmpty())
            continue;
        const double p =
            std::clamp(Classifier::confidencesOf(x->scores, 1.0).first(), 1e-6, 1 - 1e-6);
        points.append({std::log(p / (1 - p)), x->scores.first().category == x->label ? 1.0 : 0.0});
    }
    double a = 1.0, b = 0.0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
        for (const auto &[z, y] : std::as_const(points)) {
            const double q = 1.0 / (1.0 + std::exp(-(a * z + b)));
            const double w = q * (1 - q);
            ga += (q - y) * z;
            gb += q - y;
            haa += w * z * z;
            hab += w * z;
            hbb += w;
        }
        const double det = haa * hbb - hab * hab;
        if (std::abs(det) < 1e-12)
            break;
        a -= (hbb * ga - hab * gb) / det;
        b -= (haa * gb - hab * ga) / det;
    }
    return {a, b};
}

Calibration fitCalibration(Calibration::Kind kind, const QList<const OutOfFold *> &xs)
{
    Calibration c;
    c.kind = kind;
    switch (kind) {
    case Calibration::Kind::None:
        break;
    case Calibration::Kind::Temperature:
        c.temperature[0] = c.temperature[1] = fitTemperature(xs);
        break;
    case Calibration::Kind::TemperaturePerScript:
        for (int script = 0; script < 2; ++script) {
            QList<const OutOfFold *> own;
            for (const OutOfFold *x : xs) {
                if (x->script == script)
                    own.append(x);
            }
            c.temperature[script] = fitTemperature(own);
        }
        break;
    case Calibration::Kind::Platt:
        std::tie(c.a, c.b) = fitPlatt(xs);
        break;
    }
    return c;
}

double eceOf(const QList<std::pair<double, bool>> &points)
{
    Reliability r;
    for (const auto &[confidence, right] : points)
        r.add(confidence, right);
    double ece = 0;
    int total = 0;
    for (const auto &bin : r.bins)
        total += bin.n;
    for (const auto &bin : r.bins) {
        if (bin.n > 0)
            ece += double(bin.n) / total
                * std::abs(bin.confidence / bin.n - double(bin.right) / bin.n);
    }
    return ece;
}

} // namespace

void calibrate(const QByteArray &lexicon, const QList<Classifier::Example> &corpus,
               const QList<Classifier::Example> &real, int folds)
{
    const QList<OutOfFold> oof = outOfFoldScores(lexicon, corpus, real, folds);
    const auto name = [](Calibration::Kind kind) {
        switch (kind) {
        case Calibration::Kind::None:
            return "none (temperature 1)";
        case Calibration::Kind::Temperature:
            return "one temperature";
        case Calibration::Kind::TemperaturePerScript:
            return "a temperature per script";
        case Calibration::Kind::Platt:
            return "Platt (first suggestion)";
        }
        return "";
    };
    const char *sets[] = {"real training texts", "built-in corpus"};
    std::printf("out-of-fold scores of %d-fold cross-validation: %lld real training texts, %lld "
                "corpus texts\n",
                folds, qint64(real.size()), qint64(corpus.size()));
    std::printf("ECE of the first suggestion, each way fitted on four folds' scores of both sets "
                "and measured on the fifth (real zh / en: the real texts by script):\n"
                "  %-28s %10s %10s %10s %10s %10s %10s\n",
                "calibration", "real", "real zh", "real en", "corpus", "both", "log-loss");
    const Calibration::Kind kinds[] = {Calibration::Kind::None, Calibration::Kind::Temperature,
                                       Calibration::Kind::TemperaturePerScript,
                                       Calibration::Kind::Platt};
    QList<Calibration> fitted; // each way fitted on all folds, in the order of kinds
    for (const Calibration::Kind kind : kinds) {
        QList<std::pair<double, bool>> bySet[2], realByScript[2], both;
        for (int fold = 0; fold < folds; ++fold) {
            QList<const OutOfFold *> fit;
            for (const OutOfFold &x : oof) {
                if (x.fold != fold)
                    fit.append(&x);
            }
            const Calibration c = fitCalibration(kind, fit);
            for (const OutOfFold &x : oof) {
                if (x.fold != fold)
                    continue;
                const std::pair<double, bool> point {c.firstConfidence(x),
                                                     !x.scores.isEmpty()
                                                         && x.scores.first().category == x.label};
                bySet[x.set].append(point);
                if (x.set == 0)
                    realByScript[x.script].append(point);
                both.append(point);
            }
        }
        QList<const OutOfFold *> all;
        for (const OutOfFold &x : oof)
            all.append(&x);
        const Calibration c = fitCalibration(kind, all);
        std::printf("  %-28s %9.1f%% %9.1f%% %9.1f%% %9.1f%% %9.1f%%", name(kind),
                    100 * eceOf(bySet[0]), 100 * eceOf(realByScript[0]),
                    100 * eceOf(realByScript[1]), 100 * eceOf(bySet[1]), 100 * eceOf(both));
        if (kind == Calibration::Kind::Platt)
            std::printf("            (a %.3f, b %.3f on all folds)\n", c.a, c.b);
        else
            std::printf(" %10.3f (temperature %.3f / %.3f on all folds: Han / Latin)\n",
                        logLoss(all, c.temperature), c.temperature[0], c.temperature[1]);
        fitted.append(c);
    }
    std::printf("  the product's: temperature %.3f / %.3f (Han / Latin)\n",
                Classifier::confidenceTemperature, Classifier::confidenceTemperature);
    // The clear-suggestion rule and the reliability tables at the temperatures just fitted on
    // all folds (one, then one per script): what the product's constants are to be.
    for (int way = 1; way <= 2; ++way) {
        const Calibration &c = fitted.at(way);
        std::printf("\nclear suggestions at %s %.3f / %.3f (Han / Latin; first >= threshold and "
                    ">= %.0f x the second): share of texts clear, right when clear\n  %-9s",
                    name(c.kind), c.temperature[0], c.temperature[1], Classifier::clearRatio,
                    "threshold");
        for (const char *set : sets)
            std::printf(" %26s", set);
        std::printf(" %26s %26s\n", "real zh", "real en");
        // 0.30 to 0.90 in steps of 0.05, then to 0.99 (the highest confidence) in 0.01
        for (int step = 30; step <= 99; step += step < 90 ? 5 : 1) {
            const double threshold = 0.01 * step;
            std::printf("  %8.2f ", threshold);
            // real, corpus, real Han, real Latin
            int n[4] = {}, clear[4] = {}, right[4] = {};
            for (const OutOfFold &x : oof) {
                const int groups[2] = {x.set, x.set == 0 ? 2 + x.script : -1};
                bool isClear = false, isRight = false;
                if (!x.scores.isEmpty()) {
                    const QList<double> p = c.confidences(x);
                    const double second = p.size() > 1 ? p.at(1) : 0.0;
                    isClear =
                        p.first() >= threshold && p.first() >= Classifier::clearRatio * second;
                    isRight = x.scores.first().category == x.label;
                }
                for (const int g : groups) {
                    if (g < 0)
                        continue;
                    ++n[g];
                    clear[g] += isClear;
                    right[g] += isClear && isRight;
                }
            }
            for (int g = 0; g < 4; ++g)
                std::printf(" %12.1f%% %12.1f%%", pct(clear[g], n[g]), pct(right[g], clear[g]));
            std::printf("\n");
        }
        for (int group = 0; group < 4; ++group) {
            Reliability r;
            for (const OutOfFold &x : oof) {
                if (group < 2 ? x.set != group : (x.set != 0 || x.script != group - 2))
                    continue;
                r.add(c.firstConfidence(x),
                      !x.scores.isEmpty() && x.scores.first().category == x.label);
            }
            static const char *const groups[] = {"real training texts", "built-in corpus",
                                                 "real training texts, zh (Han)",
                                                 "real training texts, en (Latin)"};
            std::printf("\n%s, out of fold, at %s:\n", groups[group], name(c.kind));
            r.print();
        }
    }
}

} // namespace cd::bench
