// How the columns of an imported file become a complaint: which column feeds which field,
// how a file's category and channel values read as ours, what a row lacks by default. Built-in
// presets for the US CFPB export and a 12363-style regulator list; others are saved as JSON.
#pragma once

#include "codes.h"
#include "importfile.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::rules {

enum class ImportField {
    ReceivedAt,
    Channel,
    Phone,
    CustomerName,
    Description,
    Category,
    Subcategory,
    Amount,
    TransactionRef,
    ExternalId,
};
QList<ImportField> allImportFields();
QString code(ImportField field); // "received_at", "channel", ... (JSON, command line)
std::optional<ImportField> importFieldFromCode(const QString &code);

// A rule of the CFPB preset: the export's Issue and Sub-issue ("*": any, also empty) to one
// of our category codes; an empty code: the fields do not tell, the classifier decides.
struct CategoryRule
{
    QString value;
    QString subValue;
    QString categoryCode;
};

struct ImportMapping
{
    QString name; // the preset's or saved mapping's name
    // Each field's columns (file header names): the first non-empty one is taken. For the
    // description, all the fallback columns are joined when the first is empty.
    QHash<ImportField, QStringList> columns;
    QStringList descriptionFallback;
    // The file's values (compared case- and space-insensitively) to our codes.
    QHash<QString, QString> categoryValues; // value -> category code
    QHash<QString, QString> channelValues; // value -> channel code
    QList<CategoryRule> categoryRules; // tried before categoryValues
    Channel defaultChannel = Channel::ThirdParty;
    QString defaultPhone; // for files without callers' numbers
    QString dateFormat; // empty: the usual forms (see parseTime)

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject &object);
    // The columns of `header` that no field takes.
    QStringList unmapped(const QStringList &header) const;
    // Fields whose columns are all missing from `header`.
    QList<ImportField> missingColumns(const QStringList &header) const;
    // Whether `header` has a column for the description (or a fallback one): without one
    // no row can be saved.
    bool describes(const QStringList &header) const;
};

// One record's values by field, as read through a mapping (not yet checked).
struct ImportValues
{
    int line = 0;
    QHash<ImportField, QString> values;
    QString value(ImportField field) const { return values.value(field); }
};

class ImportMappings
{
public:
    // The presets are mappings in JSON ({"name": mapping, ...}, resources/import-presets.json);
    // a preset with "category_rules": "cfpb" takes `cfpbRules`, the text of cfpb-mapping.tsv.
    static QStringList presetNames(const QJsonObject &presets);
    static Result<ImportMapping> preset(const QString &name, const QJsonObject &presets,
                                        const QString &cfpbRules);
    static QList<CategoryRule> parseCategoryRules(const QString &tsv);
    // A mapping that takes every column whose header names a field (its code, or a column
    // a preset takes for it); what an unknown file starts from.
    static ImportMapping guess(const QStringList &header, const QJsonObject &presets);

    static ImportValues values(const ImportMapping &mapping, const QStringList &header,
                               const ImportRecord &record);
    // The category code the mapping's rules and values give `value` (and `subValue`):
    // empty when they do not say (the classifier decides); nullopt when nothing matched.
    static std::optional<QString> categoryCode(const ImportMapping &mapping, const QString &value,
                                               const QString &subValue);
    static std::optional<Channel> channel(const ImportMapping &mapping, const QString &value);
    // A receipt time in the business time zone: the mapping's format, else ISO dates and
    // times, "yyyy/M/d H:mm[:ss]", "M/d/yyyy" (CFPB) and "yyyy年M月d日".
    static std::optional<qint64> parseTime(const ImportMapping &mapping, const QString &text);
    // A stable id of a record without an external id: a hash of its fields.
    static QString contentId(const ImportRecord &record);
};

} // namespace cd::rules
