#include "importservice.h"

#include "classifierservice.h"
#include "importrepository.h"
#include "outputfile.h"
#include "permissions.h"
#include "resourcepaths.h"
#include "scopedpragma.h"
#include "sqlquery.h"
#include "taxonomy.h"
#include "transaction.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <memory>

namespace cd::models {

namespace {

QString normalised(const QString &value)
{
    return value.simplified().toCaseFolded();
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(ImportService::tr("The file %1 could not be read: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.readAll();
}

QJsonObject builtInPresets()
{
    static const QJsonObject presets = [] {
        QFile file(resources::importPresetsJsonPath());
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }();
    return presets;
}

QString cfpbRules()
{
    QFile file(resources::cfpbCategoryRulesPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const storage::CategoryRecord *categoryNamed(const Taxonomy &taxonomy, const QString &value)
{
    const QString key = normalised(value);
    for (const storage::CategoryRecord &category : taxonomy.categories()) {
        if (category.active
            && (normalised(category.code) == key || normalised(category.nameZh) == key
                || normalised(category.nameEn) == key))
            return &category;
    }
    return nullptr;
}

std::optional<qint64> subcategoryNamed(const Taxonomy &taxonomy, qint64 categoryId,
                                       const QString &value)
{
    const QString key = normalised(value);
    for (const storage::SubcategoryRecord &sub : taxonomy.subcategoriesOf(categoryId)) {
        if (sub.active
            && (normalised(sub.code) == key || normalised(sub.nameZh) == key
                || normalised(sub.nameEn) == key))
            return sub.id;
    }
    return std::nullopt;
}

} // namespace

Result<rules::ImportTable> ImportService::readFile(const QString &path,
                                                   std::optional<rules::TextEncoding> encoding)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    return rules::ImportFiles::read(*bytes, encoding);
}

QStringList ImportService::presetNames()
{
    return rules::ImportMappings::presetNames(builtInPresets());
}

Result<rules::ImportMapping> ImportService::preset(const QString &name)
{
    return rules::ImportMappings::preset(name, builtInPresets(), cfpbRules());
}

rules::ImportMapping ImportService::guess(const QStringList &header)
{
    return rules::ImportMappings::guess(header, builtInPresets());
}

Result<rules::ImportMapping> ImportService::loadMapping(const QString &path)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject()) {
        return Error::invalid(tr("The mapping %1 is not a JSON object: %2")
                                  .arg(QDir::toNativeSeparators(path), parseError.errorString()));
    }
    auto mapping = rules::ImportMapping::fromJson(document.object());
    if (mapping && mapping->name.isEmpty())
        mapping->name = QFileInfo(path).completeBaseName();
    return mapping;
}

Result<void> ImportService::saveMapping(const rules::ImportMapping &mapping, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error::storage(
            tr("The folder of %1 could not be created.").arg(QDir::toNativeSeparators(path)));
    }
    return OutputFile::writeAll(path, QJsonDocument(mapping.toJson()).toJson());
}

QString ImportService::savedMappingPath(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/import-mappings/") + name + QStringLiteral(".json");
}

QStringList ImportService::savedMappingNames()
{
    const QDir folder(QFileInfo(savedMappingPath(QStringLiteral("x"))).absolutePath());
    QStringList names;
    for (const QFileInfo &file :
         folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.completeBaseName();
    return names;
}

ImportRow ImportService::prepare(const rules::ImportTable &table,
                                 const rules::ImportMapping &mapping,
                                 const rules::ImportRecord &record, Check check) const
{
    using rules::ImportField;
    const rules::ImportValues values = rules::ImportMappings::values(mapping, table.header, record);
    ImportRow row;
    row.line = record.line;
    NewCallInput &in = row.input;
    in.phone = values.value(ImportField::Phone);
    if (in.phone.isEmpty())
        in.phone = mapping.defaultPhone;
    in.customerName = values.value(ImportField::CustomerName);
    in.description = values.value(ImportField::Description);
    in.amountText = values.value(ImportField::Amount);
    in.transactionRef = values.value(ImportField::TransactionRef);

    const QString id = values.value(ImportField::ExternalId);
    row.externalId = id.isEmpty()
        ? rules::ImportMappings::contentId(record)
        : (mapping.name.isEmpty() ? QStringLiteral("id") : mapping.name) + QLatin1Char(':') + id;

    const QString time = values.value(ImportField::ReceivedAt);
    if (!time.isEmpty()) {
        in.receivedAt = rules::ImportMappings::parseTime(mapping, time);
        if (!in.receivedAt) {
            row.error = tr("The receipt time \"%1\" is not a date.").arg(time);
            return row;
        }
    }
    const QString channelValue = values.value(ImportField::Channel);
    const auto channel = rules::ImportMappings::channel(mapping, channelValue);
    if (!channel) {
        row.error = tr("The channel \"%1\" is not known; map it to one of ours.").arg(channelValue);
        return row;
    }
    in.channel = *channel;

    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const QString categoryValue = values.value(ImportField::Category);
    const QString subValue = values.value(ImportField::Subcategory);
    const storage::CategoryRecord *category = nullptr;
    bool byRule = false;
    if (!categoryValue.isEmpty()) {
        const auto mapped = rules::ImportMappings::categoryCode(mapping, categoryValue, subValue);
        byRule = mapped.has_value();
        if (mapped && !mapped->isEmpty())
            category = taxonomy.categoryByCode(*mapped);
        else if (!mapped)
            category = categoryNamed(taxonomy, categoryValue);
        if (!category && !byRule) {
            row.error =
                tr("The category \"%1\" is not known; map it to one of ours.").arg(categoryValue);
            return row;
        }
    }
    if (category) {
        in.categoryId = category->id;
        if (!subValue.isEmpty() && !byRule) {
            in.subcategoryId = subcategoryNamed(taxonomy, category->id, subValue);
            if (!in.subcategoryId) {
                row.error = tr("The sub-category \"%1\" is not one of %2.")
                                .arg(subValue, taxonomy.categoryName(category->id));
                return row;
            }
        }
    } else if (!in.description.trimmed().isEmpty()) {
        // No category given (or the source's does not tell): the classifier's first choice;
        // logCall puts an unsure one in the lead's classification review.
        const ClassifierService::Suggestions suggested =
            m_workspace.classifier().suggest(in.description);
        if (!suggested.top.isEmpty()) {
            in.categoryId = suggested.top.first().categoryId;
            in.subcategoryId = suggested.top.first().subcategoryId;
            row.classified = true;
        }
    }
    if (in.categoryId)
        row.categoryCode = taxonomy.categoryCode(*in.categoryId);
    if (check == Check::Full) {
        if (const QList<Error> errors = m_workspace.complaints().validate(in); !errors.isEmpty())
            row.error = errors.first().message;
    }
    return row;
}

Result<ImportReport> ImportService::import(const rules::ImportTable &table,
                                           const rules::ImportMapping &mapping,
                                           const Options &options)
{
    if (!rules::canLogCalls(m_workspace.rulesActor()))
        return Error::permission(tr("Sign in before importing complaints."));
    ImportReport report;
    report.dryRun = options.dryRun;
    // A dry run is an all-or-nothing import that is always rolled back.
    const bool whole = options.dryRun || options.allOrNothing;
    storage::Database &database = m_workspace.database();
    storage::ImportRepository imported(database.connection());
    // Savepoint journals in memory, and a page cache that holds the complaint indexes'
    // pages a batch touches; both put back at the end.
    const storage::ScopedPragma journalsInMemory(database.connection(),
                                                 QStringLiteral("temp_store"), 2);
    const storage::ScopedPragma largeCache(database.connection(), QStringLiteral("cache_size"),
                                           -131072);
    // Each row's INSERTs prepared once for the whole file.
    const storage::StatementCache statements(database.connection());
    std::unique_ptr<storage::Transaction> batch;
    const auto total = int(table.records.size());
    int inBatch = 0;

    for (int i = 0; i < total; ++i) {
        if (options.progress && !options.progress(i, total)) {
            report.cancelled = true;
            break;
        }
        if (!batch) {
            batch = std::make_unique<storage::Transaction>(database);
            if (!batch->isActive())
                return batch->beginError();
        }
        const ImportRow row = prepare(table, mapping, table.records.at(i), Check::MappingOnly);
        if (!row.error.isEmpty()) {
            ++report.failed;
            report.failures << ImportFailure {row.line, row.error};
            continue;
        }
        auto present = imported.contains(row.externalId);
        if (!present)
            return present.error();
        if (*present) {
            ++report.skipped;
            continue;
        }
        // logCall is a savepoint of the batch: a row it refuses leaves nothing of itself.
        // A failure to keep the row's id ends the import, and the batch rolls back whole.
        auto logged = m_workspace.complaints().logCall(row.input);
        if (logged) {
            if (auto kept = imported.insert(row.externalId, logged->complaintId, options.source,
                                            m_workspace.clock().nowMs());
                !kept)
                return kept.error();
            ++report.imported;
        } else {
            ++report.failed;
            report.failures << ImportFailure {row.line, logged.error().message};
        }
        if (!whole && ++inBatch >= batchSize) {
            if (auto committed = batch->commit(); !committed)
                return committed.error();
            batch.reset();
            inBatch = 0;
        }
    }
    if (whole && (options.dryRun || report.failed > 0 || report.cancelled)) {
        batch.reset(); // rolls back
        report.rolledBack = true;
        if (!options.dryRun)
            report.imported = 0;
    } else if (batch) {
        if (auto committed = batch->commit(); !committed)
            return committed.error();
    }
    if (options.progress && !report.cancelled)
        options.progress(total, total);
    return report;
}

} // namespace cd::models
