#include "classifierservice.h"

#include "complaintrepository.h"
#include "database.h"
#include "resourcepaths.h"
#include "startingmodel.h"
#include "workspace.h"

#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace cd::models {

namespace {

// Category and sub-category codes by id: the model knows codes, the store ids.
struct Codes
{
    QHash<qint64, QString> categories;
    QHash<qint64, QString> subcategories;
};

Codes codesOf(const Taxonomy &taxonomy)
{
    Codes codes;
    for (const auto &c : taxonomy.categories()) {
        codes.categories.insert(c.id, c.code);
        for (const auto &s : taxonomy.subcategoriesOf(c.id))
            codes.subcategories.insert(s.id, s.code);
    }
    return codes;
}

QList<rules::Classifier::Example>
examplesOf(const QList<storage::ComplaintRepository::Classified> &rows, const Codes &codes)
{
    QList<rules::Classifier::Example> examples;
    examples.reserve(rows.size());
    for (const auto &row : rows) {
        examples.append(
            {codes.categories.value(row.categoryId),
             row.subcategoryId ? codes.subcategories.value(*row.subcategoryId) : QString(),
             row.description});
    }
    return examples;
}

} // namespace

ClassifierService::ClassifierService(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

ClassifierService::~ClassifierService()
{
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker owns a connection until it returns
    if (m_preparing.isValid())
        delete m_preparing.result(); // waits: the fitted model is ours
}

rules::Classifier &ClassifierService::model() const
{
    adoptPrepared();
    if (!m_model)
        m_model = startingModel();
    return *m_model;
}

void ClassifierService::prepare()
{
    if (m_model || m_preparing.isValid())
        return;
    m_preparing = QtConcurrent::run([] { return startingModel().release(); });
    auto *watcher = new QFutureWatcher<rules::Classifier *>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        adoptPrepared();
        Q_EMIT ready();
    });
    watcher->setFuture(m_preparing);
}

bool ClassifierService::isReady() const
{
    return m_model != nullptr;
}

bool ClassifierService::stillFitting() const
{
    return !m_model && m_preparing.isValid() && !m_preparing.isFinished();
}

void ClassifierService::adoptPrepared() const
{
    if (!m_preparing.isValid())
        return;
    std::unique_ptr<rules::Classifier> prepared(m_preparing.result());
    m_preparing = {};
    if (m_model) { // a store's training was in place first, with what was learnt meanwhile
        m_learntWhilePreparing.clear();
        return;
    }
    m_model = std::move(prepared);
    for (const Pending &example : std::as_const(m_learntWhilePreparing))
        m_model->learn(example.category, example.subcategory, example.features, example.weight);
    m_learntWhilePreparing.clear();
}

std::optional<ClassifierService::Suggestions>
ClassifierService::suggestIfReady(const QString &text) const
{
    if (stillFitting())
        return std::nullopt;
    return suggest(text);
}

std::unique_ptr<rules::Classifier> ClassifierService::startingModel()
{
    // Made once per process and copied: every model starts from the same built-in knowledge.
    // Loaded from the model file the build fitted to the embedded texts (a few milliseconds);
    // fitted here (about 0.25 s) only if that file was fitted to other texts. Thread-safe (a
    // static's first use).
    static const rules::Classifier built = [] {
        rules::StartingKnowledge knowledge;
        knowledge.lexicon = resources::bytesOf(resources::classifierLexiconPath());
        knowledge.corpus = resources::bytesOf(resources::classifierCorpusPath());
        for (const QString &path : resources::classifierRealTextPaths())
            knowledge.realTexts.append(resources::bytesOf(path));
        if (auto model = rules::startingModelFromFile(
                resources::bytesOf(resources::classifierModelPath()), knowledge))
            return std::move(*model);
        qWarning("The built-in classifier model does not match the built-in texts; fitting it.");
        return knowledge.fitted();
    }();
    return std::make_unique<rules::Classifier>(built);
}

ClassifierService::Intent ClassifierService::suggestIntent(const QString &text)
{
    // The built-in cue list, read once per process (thread-safe: a static's first use); a
    // test checks that it parses, so an error here leaves no cues rather than failing.
    static const rules::IntentCues cues = [] {
        auto parsed = rules::IntentCues::parse(resources::bytesOf(resources::intentCuesPath()));
        return parsed ? std::move(parsed).value() : rules::IntentCues();
    }();
    return cues.suggest(text);
}

ClassifierService::Suggestions ClassifierService::suggest(const QString &text) const
{
    return suggest(featuresOf(text));
}

ClassifierService::Suggestions ClassifierService::suggest(const Features &features) const
{
    const rules::Classifier::Outcome outcome = model().classify(features);
    Suggestions out;
    out.clear = outcome.clear;
    for (const auto &s : outcome.top) {
        const auto *category = m_workspace.taxonomy().categoryByCode(s.category);
        if (!category || !category->active)
            continue;
        Suggestion suggestion {category->id, category->code, s.confidence, std::nullopt};
        if (!s.subcategory.isEmpty()) {
            if (const auto *sub =
                    m_workspace.taxonomy().subcategoryByCode(category->id, s.subcategory);
                sub && sub->active)
                suggestion.subcategoryId = sub->id;
        }
        out.top.append(suggestion);
    }
    if (out.top.isEmpty())
        out.clear = false;
    return out;
}

Result<int> ClassifierService::trainNow()
{
    auto rows = storage::ComplaintRepository(m_workspace.database().connection())
                    .latestClassified(trainingLimit);
    if (!rows)
        return rows.error();
    auto model = startingModel();
    const int learnt = model->learnDistinct(examplesOf(*rows, codesOf(m_workspace.taxonomy())));
    m_model = std::move(model);
    m_trainedOnStore = true;
    Q_EMIT trained(learnt);
    return learnt;
}

void ClassifierService::startTraining()
{
    if (m_watcher)
        return;
    m_watcher = new QFutureWatcher<std::pair<rules::Classifier *, int>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto [model, learnt] = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (!model)
            return; // the store could not be read: the starting model stays
        m_model.reset(model);
        for (const Pending &example : std::as_const(m_learntWhileTraining))
            m_model->learn(example.category, example.subcategory, example.features, example.weight);
        m_learntWhileTraining.clear();
        m_trainedOnStore = true;
        Q_EMIT trained(learnt);
    });
    const QString path = m_workspace.database().path();
    const Codes codes = codesOf(m_workspace.taxonomy());
    m_watcher->setFuture(QtConcurrent::run([path, codes]() -> std::pair<rules::Classifier *, int> {
        // Background work: the window's thread, and an agent typing, come first (on Linux
        // an idle-priority thread only runs on a core nothing else wants).
        QThread *const thread = QThread::currentThread();
        thread->setPriority(QThread::IdlePriority);
        const auto restore =
            qScopeGuard([thread] { thread->setPriority(QThread::NormalPriority); });
        auto database = storage::Database::open(path, storage::Database::Upgrade::None);
        if (!database)
            return {nullptr, 0};
        auto rows =
            storage::ComplaintRepository((*database)->connection()).latestClassified(trainingLimit);
        if (!rows)
            return {nullptr, 0};
        auto model = startingModel();
        const int learnt = model->learnDistinct(examplesOf(*rows, codes));
        return {model.release(), learnt};
    }));
}

void ClassifierService::apply(const Pending &example)
{
    if (stillFitting())
        m_learntWhilePreparing.append(example); // learnt when the fit is in place
    else
        model().learn(example.category, example.subcategory, example.features, example.weight);
    if (m_watcher)
        m_learntWhileTraining.append(example);
}

void ClassifierService::learn(qint64 categoryId, std::optional<qint64> subcategoryId,
                              const QString &text)
{
    learn(categoryId, subcategoryId, featuresOf(text));
}

void ClassifierService::learn(qint64 categoryId, std::optional<qint64> subcategoryId,
                              const Features &features)
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    apply({taxonomy.categoryCode(categoryId), taxonomy.subcategoryCode(subcategoryId), features,
           1.0});
}

void ClassifierService::correct(qint64 fromCategoryId, std::optional<qint64> fromSubcategoryId,
                                qint64 toCategoryId, std::optional<qint64> toSubcategoryId,
                                const QString &text)
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const Features features = featuresOf(text);
    apply({taxonomy.categoryCode(fromCategoryId), taxonomy.subcategoryCode(fromSubcategoryId),
           features, -1.0});
    apply({taxonomy.categoryCode(toCategoryId), taxonomy.subcategoryCode(toSubcategoryId), features,
           1.0});
}

} // namespace cd::models
