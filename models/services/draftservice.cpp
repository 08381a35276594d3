#include "draftservice.h"

#include "database.h"
#include "draftrepository.h"
#include "redaction.h"
#include "workspace.h"

#include <QJsonDocument>

namespace cd::models {

namespace {

const QString logCallForm = QStringLiteral("log_call");
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

// The text fields of a draft and their JSON keys, for both directions.
QList<std::pair<QString CallDraft::*, QLatin1String>> textFields()
{
    return {{&CallDraft::phone, QLatin1String("phone")},
            {&CallDraft::customerName, QLatin1String("customer_name")},
            {&CallDraft::channel, QLatin1String("channel")},
            {&CallDraft::severity, QLatin1String("severity")},
            {&CallDraft::demand, QLatin1String("demand")},
            {&CallDraft::businessType, QLatin1String("business_type")},
            {&CallDraft::amount, QLatin1String("amount")},
            {&CallDraft::transactionRef, QLatin1String("transaction_ref")},
            {&CallDraft::description, QLatin1String("description")}};
}

QList<std::pair<std::optional<qint64> CallDraft::*, QLatin1String>> idFields()
{
    return {{&CallDraft::followUpOf, QLatin1String("follow_up_of")},
            {&CallDraft::categoryId, QLatin1String("category_id")},
            {&CallDraft::subcategoryId, QLatin1String("subcategory_id")}};
}

storage::DraftRepository::Write writeMode(Workspace &workspace)
{
    return workspace.database().transactionDepth() > 0
        ? storage::DraftRepository::Write::InTransaction
        : storage::DraftRepository::Write::Brief;
}

} // namespace

QJsonObject CallDraft::fieldsJson() const
{
    QJsonObject json;
    for (const auto &[field, key] : textFields()) {
        if (!(this->*field).isEmpty())
            json.insert(key, this->*field);
    }
    for (const auto &[field, key] : idFields()) {
        if (this->*field)
            json.insert(key, *(this->*field));
    }
    if (severityChosen)
        json.insert(QLatin1String("severity_chosen"), true);
    if (solvedOnCall)
        json.insert(QLatin1String("solved_on_call"), true);
    return json;
}

CallDraft CallDraft::fromFieldsJson(const QJsonObject &json)
{
    CallDraft d;
    for (const auto &[field, key] : textFields())
        d.*field = json.value(key).toString();
    for (const auto &[field, key] : idFields()) {
        if (json.value(key).isDouble())
            d.*field = json.value(key).toInteger();
    }
    d.severityChosen = json.value(QLatin1String("severity_chosen")).toBool();
    d.solvedOnCall = json.value(QLatin1String("solved_on_call")).toBool();
    return d;
}

Result<void> DraftService::keepCallDraft(const CallDraft &draft)
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in first."));
    // the fields logCall() masks, masked the same way
    CallDraft masked = draft;
    for (QString *text : {&masked.description, &masked.customerName, &masked.transactionRef})
        *text = rules::redactSensitiveNumbers(*text).text;
    storage::DraftRecord record;
    record.userId = m_workspace.actor().id;
    record.form = logCallForm;
    record.fields =
        QString::fromUtf8(QJsonDocument(masked.fieldsJson()).toJson(QJsonDocument::Compact));
    record.callStartedAt = draft.callStartedAt;
    record.updatedAt = m_workspace.clock().nowMs();
    return storage::DraftRepository(m_workspace.database().connection())
        .save(record, writeMode(m_workspace));
}

Result<std::optional<CallDraft>> DraftService::callDraft() const
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in first."));
    auto found = storage::DraftRepository(m_workspace.database().connection())
                     .find(m_workspace.actor().id, logCallForm);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<CallDraft>();
    CallDraft draft =
        CallDraft::fromFieldsJson(QJsonDocument::fromJson((*found)->fields.toUtf8()).object());
    draft.callStartedAt = (*found)->callStartedAt;
    draft.updatedAt = (*found)->updatedAt;
    return std::optional<CallDraft>(draft);
}

Result<void> DraftService::discardCallDraft()
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in first."));
    return storage::DraftRepository(m_workspace.database().connection())
        .remove(m_workspace.actor().id, logCallForm, writeMode(m_workspace));
}

Result<int> DraftService::removeExpired()
{
    return storage::DraftRepository(m_workspace.database().connection())
        .removeUpdatedBefore(m_workspace.clock().nowMs() - retentionDays * dayMs);
}

} // namespace cd::models
