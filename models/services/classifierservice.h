#pragma once

#include "classifier.h"
#include "intentcues.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace cd::models {

class Workspace;

// Category suggestions for the Log-call pane, `log` and `classify`. The model starts from
// the built-in lexicon and labelled corpus, learns the store's latest classified complaints (in the
// background for the GUI, at once for the CLI), and keeps learning as complaints are saved
// and corrected. Lives on the workspace's thread; suggest() takes well under a
// millisecond, so it runs on every keystroke. The starting model is the one the build
// fitted (rules/startingmodel.h), loaded in about 20-60 ms; fitting it here, should the
// embedded file not match the embedded texts, takes about 0.25 s. The window has it made on
// a worker thread (prepare()) and asks with suggestIfReady(), which never waits; suggest()
// and learning wait for nothing either once it is ready, and before that suggest() makes it
// (or waits for prepare()'s) on the calling thread.
class ClassifierService : public QObject
{
    Q_OBJECT
public:
    // How many of the latest complaints are read at start.
    static constexpr int trainingLimit = 200000;

    explicit ClassifierService(Workspace &workspace, QObject *parent = nullptr);
    ~ClassifierService() override;

    struct Suggestion
    {
        qint64 categoryId = 0;
        QString categoryCode;
        double confidence = 0;
        std::optional<qint64> subcategoryId;
    };
    struct Suggestions
    {
        QList<Suggestion> top; // at most three; empty: no suggestion
        bool clear = false; // false: no category is clearly ahead
    };
    Suggestions suggest(const QString &text) const;
    // The same for a text already split into its features: a caller that both asks about
    // a text and then learns it (the demonstration fill) splits it once.
    using Features = rules::Classifier::FeatureKeys;
    static Features featuresOf(const QString &text) { return rules::Classifier::featureKeys(text); }
    Suggestions suggest(const Features &features) const;

    // Starts making the starting model on a worker thread unless it is there or being
    // made; ready() is emitted when it is in place. Learning meanwhile is kept.
    void prepare();
    // The model is in place: suggestIfReady() answers. It may answer a moment earlier too:
    // once the worker has finished, it takes the model in place itself, before the event
    // loop gets to ready().
    bool isReady() const;
    // suggest(), or nothing while prepare()'s fit is still running (never waits).
    std::optional<Suggestions> suggestIfReady(const QString &text) const;

    // The customer's demand and the business type the text points to, each only when one
    // is clearly ahead (cue phrases of resources/intent-cues.txt; well under a millisecond).
    using Intent = rules::IntentCues::Intent;
    static Intent suggestIntent(const QString &text);

    // Reads the store's complaints in a background thread (its own connection) and then
    // replaces the model; learning done meanwhile is kept.
    void startTraining();
    // The same, on this thread; returns how many distinct complaints were learnt.
    Result<int> trainNow();
    bool isTrainedOnStore() const { return m_trainedOnStore; }
    // startTraining() is reading the store.
    bool isTraining() const { return m_watcher != nullptr; }

    // A saved classification teaches the model; a correction takes the old one back.
    void learn(qint64 categoryId, std::optional<qint64> subcategoryId, const QString &text);
    void learn(qint64 categoryId, std::optional<qint64> subcategoryId, const Features &features);
    void correct(qint64 fromCategoryId, std::optional<qint64> fromSubcategoryId,
                 qint64 toCategoryId, std::optional<qint64> toSubcategoryId, const QString &text);

Q_SIGNALS:
    void trained(int complaints);
    // prepare()'s model is in place (queued: never from inside a call of this service).
    void ready();

private:
    struct Pending
    {
        QString category;
        QString subcategory;
        Features features;
        double weight;
    };
    void apply(const Pending &example);
    // A model that knows the built-in lexicon and corpus only (a copy of one built once per
    // process; safe from any thread).
    static std::unique_ptr<rules::Classifier> startingModel();
    // The model, made from startingModel() when first needed (or taken from prepare()'s
    // fit, waiting for it): a program that never classifies (most CLI commands) does not
    // build it.
    rules::Classifier &model() const;
    // Puts prepare()'s fitted model in place (waiting for it if need be) with what was
    // learnt meanwhile, unless a model is there already; no-op when nothing is being fitted.
    void adoptPrepared() const;
    // prepare()'s fit is running and no model is in place: asking would wait for it.
    bool stillFitting() const;

    Workspace &m_workspace;
    mutable std::unique_ptr<rules::Classifier> m_model;
    // prepare()'s fit, until adopted; the worker's result is owned by whoever adopts it
    mutable QFuture<rules::Classifier *> m_preparing;
    mutable QList<Pending> m_learntWhilePreparing;
    QList<Pending> m_learntWhileTraining;
    QFutureWatcher<std::pair<rules::Classifier *, int>> *m_watcher = nullptr;
    bool m_trainedOnStore = false;
};

} // namespace cd::models
