#pragma once

#include "complaintservice.h"
#include "importfile.h"
#include "importmapping.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cd::models {

class Workspace;

// One file row as it would be saved: the call it becomes, or why it cannot be.
struct ImportRow
{
    int line = 0;
    NewCallInput input;
    QString externalId; // the source's id, or a hash of the row (ImportMappings::contentId)
    QString categoryCode;
    bool classified = false; // the category is the classifier's (the row named none it knows)
    QString error; // empty: the row can be saved
};

struct ImportFailure
{
    int line = 0;
    QString reason;
};

struct ImportReport
{
    int imported = 0;
    int skipped = 0; // already present (their external id was imported before)
    int failed = 0;
    QList<ImportFailure> failures; // by line
    bool cancelled = false;
    bool rolledBack = false; // all-or-nothing with a failure, a cancel, or a dry run
    bool dryRun = false;
};

// Imports complaints from CSV/TSV files (complaints from e-mail exports, social media,
// complaint platforms, regulators' lists, the previous system). Each row is logged as a
// call through ComplaintService::logCall, so it is redacted, routed, given its deadlines,
// classified when it names no category and audited like a call typed at the desk; the
// source's id of every row saved is kept, so importing a file again adds nothing.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    // Rows per transaction in a row-by-row import: progress is reported, and a cancel
    // takes effect, between rows.
    static constexpr int batchSize = 500;

    explicit ImportService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The file at `path`, read in `encoding` (detected when none is given).
    static Result<rules::ImportTable> readFile(const QString &path,
                                               std::optional<rules::TextEncoding> encoding = {});
    // The built-in presets ("cfpb", "12363").
    static QStringList presetNames();
    static Result<rules::ImportMapping> preset(const QString &name);
    // A mapping for `header` from the presets' column names (an unknown file's start).
    static rules::ImportMapping guess(const QStringList &header);
    // Mappings saved as JSON files (`--mapping FILE.json`, the window's saved mappings).
    static Result<rules::ImportMapping> loadMapping(const QString &path);
    static Result<void> saveMapping(const rules::ImportMapping &mapping, const QString &path);
    // The window's saved mappings: <AppConfigLocation>/import-mappings/NAME.json.
    static QString savedMappingPath(const QString &name);
    static QStringList savedMappingNames();

    // The call `record` becomes through `mapping`; `check`: also checked as logCall checks
    // it (the preview), else only what the mapping itself refuses (logCall checks the rest).
    enum class Check { Full, MappingOnly };
    ImportRow prepare(const rules::ImportTable &table, const rules::ImportMapping &mapping,
                      const rules::ImportRecord &record, Check check = Check::Full) const;

    struct Options
    {
        bool dryRun = false; // everything is done and then rolled back
        bool allOrNothing = false; // one failed row (or a cancel) saves none
        QString source; // kept with each row (the file's name)
        // Called between rows with the rows done and the total; false cancels.
        std::function<bool(int done, int total)> progress;
    };
    Result<ImportReport> import(const rules::ImportTable &table,
                                const rules::ImportMapping &mapping, const Options &options);

private:
    Workspace &m_workspace;
};

} // namespace cd::models
