#include "codes.h"

#include "codetable.h"

namespace cd::rules {

namespace {

constexpr CodeTable<Status, 7> statusCodes {
    {"NEW", "ASSIGNED", "INVESTIGATING", "WAITING_CUSTOMER", "REPLIED", "FOLLOW_UP", "CLOSED"},
    Qt::CaseInsensitive};
constexpr CodeTable<Severity, 4> severityCodes {{"P1", "P2", "P3", "P4"}, Qt::CaseInsensitive};
constexpr CodeTable<Channel, 8> channelCodes {{"HOTLINE", "EMAIL", "COMPLAINT_MAILBOX",
                                               "SOCIAL_MEDIA", "APP", "IN_PERSON", "REGULATOR",
                                               "THIRD_PARTY"},
                                              Qt::CaseInsensitive};
constexpr CodeTable<Demand, 8> demandCodes {{"REFUND_FEES", "EXPLANATION", "COMPENSATION",
                                             "STOP_HARASSMENT", "SPEED_UP", "RESTORE_SERVICE",
                                             "UNFREEZE_FUNDS", "OTHER"},
                                            Qt::CaseInsensitive};
constexpr CodeTable<BusinessType, 5> businessTypeCodes {
    {"POS_ACQUIRING", "QR_PAYMENT", "ONLINE_PAYMENT", "CARD_REPAYMENT", "OTHER"},
    Qt::CaseInsensitive};
constexpr CodeTable<RegulatoryCause, 12> causeCodes {
    {"SERVICE_QUALITY", "FACILITIES_SYSTEMS", "RULES_PROCESSES", "MARKETING", "DISCLOSURE",
     "FREE_CHOICE", "PRICING_FEES", "PRODUCT_RETURNS", "CONTRACT_TERMS", "FUNDS_SECURITY",
     "INFORMATION_SECURITY", "DEBT_COLLECTION"},
    Qt::CaseInsensitive};

constexpr LabelTable<Status, 7> statusLabels {
    "Labels",
    {QT_TRANSLATE_NOOP("Labels", "New"), QT_TRANSLATE_NOOP("Labels", "Assigned"),
     QT_TRANSLATE_NOOP("Labels", "Investigating"),
     QT_TRANSLATE_NOOP("Labels", "Waiting for customer"), QT_TRANSLATE_NOOP("Labels", "Replied"),
     QT_TRANSLATE_NOOP("Labels", "Follow-up"), QT_TRANSLATE_NOOP("Labels", "Closed")}};
constexpr LabelTable<Severity, 4> severityLabels {
    "Labels",
    {QT_TRANSLATE_NOOP("Labels", "P1 Urgent"), QT_TRANSLATE_NOOP("Labels", "P2 High"),
     QT_TRANSLATE_NOOP("Labels", "P3 Normal"), QT_TRANSLATE_NOOP("Labels", "P4 Low")}};
constexpr LabelTable<Channel, 8> channelLabels {
    "Labels",
    {QT_TRANSLATE_NOOP("Labels", "Hotline"), QT_TRANSLATE_NOOP("Labels", "E-mail"),
     QT_TRANSLATE_NOOP("Labels", "Complaint mailbox"), QT_TRANSLATE_NOOP("Labels", "Social media"),
     QT_TRANSLATE_NOOP("Labels", "Online / app"), QT_TRANSLATE_NOOP("Labels", "In person"),
     QT_TRANSLATE_NOOP("Labels", "Forwarded by regulator"),
     QT_TRANSLATE_NOOP("Labels", "Third-party complaint platform")}};
constexpr LabelTable<Demand, 8> demandLabels {
    "Labels",
    {QT_TRANSLATE_NOOP("Labels", "Refund of fees"), QT_TRANSLATE_NOOP("Labels", "Explanation"),
     QT_TRANSLATE_NOOP("Labels", "Compensation"), QT_TRANSLATE_NOOP("Labels", "Stop harassment"),
     QT_TRANSLATE_NOOP("Labels", "Speed up handling"),
     QT_TRANSLATE_NOOP("Labels", "Restore service"), QT_TRANSLATE_NOOP("Labels", "Unfreeze funds"),
     QT_TRANSLATE_NOOP("Labels", "Other")}};
constexpr LabelTable<BusinessType, 5> businessTypeLabels {
    "Labels",
    {QT_TRANSLATE_NOOP("Labels", "POS acquiring"), QT_TRANSLATE_NOOP("Labels", "QR-code payment"),
     QT_TRANSLATE_NOOP("Labels", "Online / app payment"),
     QT_TRANSLATE_NOOP("Labels", "Credit-card repayment"),
     QT_TRANSLATE_NOOP("Labels", "Other business")}};
constexpr LabelTable<RegulatoryCause, 12> regulatoryCauseLabels {
    "Labels",
    {QT_TRANSLATE_NOOP("Labels", "Service attitude and quality"),
     QT_TRANSLATE_NOOP("Labels", "Service facilities, equipment and systems"),
     QT_TRANSLATE_NOOP("Labels", "Management rules, business rules and processes"),
     QT_TRANSLATE_NOOP("Labels", "Marketing methods"),
     QT_TRANSLATE_NOOP("Labels", "Information disclosure"),
     QT_TRANSLATE_NOOP("Labels", "Right of free choice"),
     QT_TRANSLATE_NOOP("Labels", "Pricing and fees"),
     QT_TRANSLATE_NOOP("Labels", "Product returns"), QT_TRANSLATE_NOOP("Labels", "Contract terms"),
     QT_TRANSLATE_NOOP("Labels", "Consumers' funds security"),
     QT_TRANSLATE_NOOP("Labels", "Consumers' information security"),
     QT_TRANSLATE_NOOP("Labels", "Debt collection methods")}};

} // namespace

QList<Status> allStatuses()
{
    return statusCodes.all();
}
QList<Severity> allSeverities()
{
    return severityCodes.all();
}
QList<Channel> allChannels()
{
    return channelCodes.all();
}
QList<Demand> allDemands()
{
    return demandCodes.all();
}
QList<BusinessType> allBusinessTypes()
{
    return businessTypeCodes.all();
}
QList<RegulatoryCause> allRegulatoryCauses()
{
    return causeCodes.all();
}

QString code(Status s)
{
    return statusCodes.code(s);
}
QString code(Severity s)
{
    return severityCodes.code(s);
}
QString code(Channel c)
{
    return channelCodes.code(c);
}
QString code(Demand d)
{
    return demandCodes.code(d);
}
QString code(BusinessType t)
{
    return businessTypeCodes.code(t);
}
QString code(RegulatoryCause c)
{
    return causeCodes.code(c);
}

std::optional<Status> statusFromCode(const QString &c)
{
    return statusCodes.fromCode(c);
}
std::optional<Severity> severityFromCode(const QString &c)
{
    return severityCodes.fromCode(c);
}
std::optional<Channel> channelFromCode(const QString &c)
{
    return channelCodes.fromCode(c);
}
std::optional<Demand> demandFromCode(const QString &c)
{
    return demandCodes.fromCode(c);
}
std::optional<BusinessType> businessTypeFromCode(const QString &c)
{
    return businessTypeCodes.fromCode(c);
}
std::optional<RegulatoryCause> regulatoryCauseFromCode(const QString &c)
{
    return causeCodes.fromCode(c);
}

QString Labels::status(Status s)
{
    return statusLabels.label(s);
}

QString Labels::severity(Severity s)
{
    return severityLabels.label(s);
}

QString Labels::channel(Channel c)
{
    return channelLabels.label(c);
}

QString Labels::demand(Demand d)
{
    return demandLabels.label(d);
}

QString Labels::businessType(BusinessType t)
{
    return businessTypeLabels.label(t);
}

QString Labels::regulatoryCause(RegulatoryCause c)
{
    return regulatoryCauseLabels.label(c);
}

bool isOpen(Status status)
{
    return status != Status::Closed;
}

} // namespace cd::rules
