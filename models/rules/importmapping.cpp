#include "importmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

#include "codetable.h"
#include "reference.h"

namespace cd::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappings)
};

// How a file's value is compared: case, surrounding and repeated spaces ignored.
QString normalised(const QString &value)
{
    return value.simplified().toCaseFolded();
}

QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QJsonObject valueMap(const QHash<QString, QString> &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

constexpr CodeTable<ImportField, 10> importFieldCodes {
    {"received_at", "channel", "phone", "customer_name", "description", "category", "subcategory",
     "amount", "transaction_ref", "external_id"},
    Qt::CaseSensitive};

} // namespace

QList<ImportField> allImportFields()
{
    return importFieldCodes.all();
}

QString code(ImportField field)
{
    return importFieldCodes.code(field);
}

std::optional<ImportField> importFieldFromCode(const QString &text)
{
    return importFieldCodes.fromCode(text);
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject fields;
    for (const ImportField field : allImportFields()) {
        if (!columns.value(field).isEmpty())
            fields.insert(code(field), QJsonArray::fromStringList(columns.value(field)));
    }
    QJsonObject object {{QStringLiteral("name"), name},
                        {QStringLiteral("columns"), fields},
                        {QStringLiteral("default_channel"), code(defaultChannel)}};
    if (!descriptionFallback.isEmpty())
        object.insert(QStringLiteral("description_fallback"),
                      QJsonArray::fromStringList(descriptionFallback));
    if (!categoryValues.isEmpty())
        object.insert(QStringLiteral("category_values"), valueMap(categoryValues));
    if (!channelValues.isEmpty())
        object.insert(QStringLiteral("channel_values"), valueMap(channelValues));
    if (!categoryRules.isEmpty()) {
        QJsonArray rules;
        for (const CategoryRule &rule : categoryRules)
            rules.append(QJsonArray {rule.value, rule.subValue, rule.categoryCode});
        object.insert(QStringLiteral("category_rules"), rules);
    }
    if (!defaultPhone.isEmpty())
        object.insert(QStringLiteral("default_phone"), defaultPhone);
    if (!dateFormat.isEmpty())
        object.insert(QStringLiteral("date_format"), dateFormat);
    return object;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &object)
{
    ImportMapping mapping;
    mapping.name = object.value(QStringLiteral("name")).toString();
    const QJsonObject fields = object.value(QStringLiteral("columns")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const auto field = importFieldFromCode(it.key());
        if (!field)
            return Error::invalid(
                Tr::tr("The mapping names an unknown field \"%1\".").arg(it.key()));
        mapping.columns.insert(*field, stringList(it.value()));
    }
    mapping.descriptionFallback = stringList(object.value(QStringLiteral("description_fallback")));
    const auto readValues = [&object](const QString &key, QHash<QString, QString> &into) {
        const QJsonObject values = object.value(key).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            into.insert(normalised(it.key()), it.value().toString());
    };
    readValues(QStringLiteral("category_values"), mapping.categoryValues);
    readValues(QStringLiteral("channel_values"), mapping.channelValues);
    for (auto it = mapping.channelValues.cbegin(); it != mapping.channelValues.cend(); ++it) {
        if (!channelFromCode(it.value()))
            return Error::invalid(
                Tr::tr("The mapping names an unknown channel \"%1\".").arg(it.value()));
    }
    const QJsonValue rules = object.value(QStringLiteral("category_rules"));
    for (const QJsonValue &rule : rules.toArray()) {
        const QJsonArray parts = rule.toArray();
        mapping.categoryRules << CategoryRule {parts.at(0).toString(), parts.at(1).toString(),
                                               parts.at(2).toString()};
    }
    const QString channelCode = object.value(QStringLiteral("default_channel")).toString();
    if (!channelCode.isEmpty()) {
        const auto channel = channelFromCode(channelCode);
        if (!channel)
            return Error::invalid(
                Tr::tr("The mapping names an unknown channel \"%1\".").arg(channelCode));
        mapping.defaultChannel = *channel;
    }
    mapping.defaultPhone = object.value(QStringLiteral("default_phone")).toString();
    mapping.dateFormat = object.value(QStringLiteral("date_format")).toString();
    return mapping;
}

QStringList ImportMapping::unmapped(const QStringList &header) const
{
    QStringList taken = descriptionFallback;
    for (const QStringList &names : columns)
        taken << names;
    QStringList left;
    for (const QString &column : header) {
        if (!taken.contains(column))
            left << column;
    }
    return left;
}

QList<ImportField> ImportMapping::missingColumns(const QStringList &header) const
{
    QList<ImportField> missing;
    for (const ImportField field : allImportFields()) {
        const QStringList names = columns.value(field);
        if (names.isEmpty())
            continue;
        const bool any = std::any_of(names.cbegin(), names.cend(),
                                     [&header](const QString &n) { return header.contains(n); });
        if (!any)
            missing << field;
    }
    return missing;
}

bool ImportMapping::describes(const QStringList &header) const
{
    QStringList names = columns.value(ImportField::Description) + descriptionFallback;
    return std::any_of(names.cbegin(), names.cend(),
                       [&header](const QString &n) { return header.contains(n); });
}

QStringList ImportMappings::presetNames(const QJsonObject &presets)
{
    return presets.keys();
}

Result<ImportMapping> ImportMappings::preset(const QString &name, const QJsonObject &presets,
                                             const QString &cfpbRules)
{
    if (!presets.contains(name)) {
        return Error::invalid(Tr::tr("There is no preset \"%1\"; the presets are: %2.")
                                  .arg(name, presetNames(presets).join(QStringLiteral(", "))),
                              QStringLiteral("preset"));
    }
    QJsonObject object = presets.value(name).toObject();
    const bool cfpb =
        object.value(QStringLiteral("category_rules")).toString() == QLatin1String("cfpb");
    if (cfpb)
        object.remove(QStringLiteral("category_rules"));
    auto mapping = ImportMapping::fromJson(object);
    if (!mapping)
        return mapping.error();
    mapping->name = name;
    if (cfpb)
        mapping->categoryRules = parseCategoryRules(cfpbRules);
    return mapping;
}

QList<CategoryRule> ImportMappings::parseCategoryRules(const QString &tsv)
{
    QList<CategoryRule> rules;
    for (const QString &line : tsv.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() < 3)
            continue;
        const QString category = parts.at(2).trimmed();
        rules << CategoryRule {parts.at(0).trimmed(), parts.at(1).trimmed(),
                               category == QLatin1String("AMBIGUOUS") ? QString() : category};
    }
    return rules;
}

ImportMapping ImportMappings::guess(const QStringList &header, const QJsonObject &presets)
{
    ImportMapping mapping;
    for (const ImportField field : allImportFields()) {
        QStringList known {code(field)};
        for (const QJsonValue &preset : presets) {
            known << stringList(
                preset.toObject().value(QStringLiteral("columns")).toObject().value(code(field)));
        }
        for (const QString &name : header) {
            const bool matches =
                std::any_of(known.cbegin(), known.cend(), [&name](const QString &k) {
                    return normalised(k) == normalised(name);
                });
            if (matches) {
                mapping.columns.insert(field, {name});
                break;
            }
        }
    }
    return mapping;
}

ImportValues ImportMappings::values(const ImportMapping &mapping, const QStringList &header,
                                    const ImportRecord &record)
{
    ImportValues values;
    values.line = record.line;
    const auto column = [&](const QString &name) {
        const qsizetype index = header.indexOf(name);
        return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed()
                                                          : QString();
    };
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        for (const QString &name : it.value()) {
            const QString value = column(name);
            if (!value.isEmpty()) {
                values.values.insert(it.key(), value);
                break;
            }
        }
    }
    if (values.value(ImportField::Description).isEmpty()) {
        QStringList parts;
        for (const QString &name : mapping.descriptionFallback) {
            if (const QString value = column(name); !value.isEmpty())
                parts << value;
        }
        if (!parts.isEmpty())
            values.values.insert(ImportField::Description, parts.join(QStringLiteral(" - ")));
    }
    return values;
}

std::optional<QString> ImportMappings::categoryCode(const ImportMapping &mapping,
                                                    const QString &value, const QString &subValue)
{
    const QString key = normalised(value);
    const QString subKey = normalised(subValue);
    for (const CategoryRule &rule : mapping.categoryRules) {
        if (normalised(rule.value) != key)
            continue;
        if (rule.subValue == QLatin1String("*") || normalised(rule.subValue) == subKey)
            return rule.categoryCode;
    }
    if (const auto it = mapping.categoryValues.constFind(key); it != mapping.categoryValues.cend())
        return it.value();
    return std::nullopt;
}

std::optional<Channel> ImportMappings::channel(const ImportMapping &mapping, const QString &value)
{
    if (value.trimmed().isEmpty())
        return mapping.defaultChannel;
    if (const auto it = mapping.channelValues.constFind(normalised(value));
        it != mapping.channelValues.cend())
        return channelFromCode(it.value());
    if (const auto byCode = channelFromCode(value.trimmed().toUpper()))
        return byCode;
    for (const Channel known : allChannels()) {
        if (normalised(Labels::channel(known)) == normalised(value))
            return known;
    }
    return std::nullopt;
}

std::optional<qint64> ImportMappings::parseTime(const ImportMapping &mapping, const QString &text)
{
    const QString trimmed = text.trimmed();
    // yyyy-MM-dd HH:mm[:ss] (and with a T) read directly: QDateTime::fromString costs a
    // tenth of a large import's time. Such a text reads the same through the formats below.
    if (mapping.dateFormat.isEmpty()) {
        static const QRegularExpression iso(QStringLiteral(
            "^([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$"));
        if (const QRegularExpressionMatch match = iso.match(trimmed); match.hasMatch()) {
            const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
            const QDate date(number(1), number(2), number(3));
            const QTime time(number(4), number(5), match.hasCaptured(6) ? number(6) : 0);
            if (!date.isValid() || !time.isValid())
                return std::nullopt;
            return QDateTime(date, time, businessTimeZone()).toMSecsSinceEpoch();
        }
    }
    QStringList formats;
    if (!mapping.dateFormat.isEmpty())
        formats << mapping.dateFormat;
    formats << QStringLiteral("yyyy-MM-dd HH:mm:ss") << QStringLiteral("yyyy-MM-dd HH:mm")
            << QStringLiteral("yyyy-MM-ddTHH:mm:ss") << QStringLiteral("yyyy/M/d H:mm:ss")
            << QStringLiteral("yyyy/M/d H:mm") << QStringLiteral("yyyy-MM-dd")
            << QStringLiteral("yyyy/M/d") << QStringLiteral("M/d/yyyy") << QStringLiteral("M/d/yy")
            << QStringLiteral("yyyy\u5e74M\u6708d\u65e5 H:mm")
            << QStringLiteral("yyyy\u5e74M\u6708d\u65e5");
    for (const QString &format : formats) {
        QDateTime at = QDateTime::fromString(trimmed, format);
        if (!at.isValid())
            continue;
        if (format == QLatin1String("M/d/yy") && at.date().year() < 2000)
            at = at.addYears(100);
        at.setTimeZone(businessTimeZone());
        return at.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

QString ImportMappings::contentId(const ImportRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field : record.fields) {
        hash.addData(field.trimmed().toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace cd::rules
