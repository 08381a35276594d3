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
    switch (s) {
    case Status::New:
        return tr("New");
    case Status::Assigned:
        return tr("Assigned");
    case Status::Investigating:
        return tr("Investigating");
    case Status::WaitingCustomer:
        return tr("Waiting for customer");
    case Status::Replied:
        return tr("Replied");
    case Status::FollowUp:
        return tr("Follow-up");
    case Status::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::severity(Severity s)
{
    switch (s) {
    case Severity::P1:
        return tr("P1 Urgent");
    case Severity::P2:
        return tr("P2 High");
    case Severity::P3:
        return tr("P3 Normal");
    case Severity::P4:
        return tr("P4 Low");
    }
    return {};
}

QString Labels::channel(Channel c)
{
    switch (c) {
    case Channel::Hotline:
        return tr("Hotline");
    case Channel::Email:
        return tr("E-mail");
    case Channel::ComplaintMailbox:
        return tr("Complaint mailbox");
    case Channel::SocialMedia:
        return tr("Social media");
    case Channel::App:
        return tr("Online / app");
    case Channel::InPerson:
        return tr("In person");
    case Channel::Regulator:
        return tr("Forwarded by regulator");
    case Channel::ThirdParty:
        return tr("Third-party complaint platform");
    }
    return {};
}

QString Labels::demand(Demand d)
{
    switch (d) {
    case Demand::RefundFees:
        return tr("Refund of fees");
    case Demand::Explanation:
        return tr("Explanation");
    case Demand::Compensation:
        return tr("Compensation");
    case Demand::StopHarassment:
        return tr("Stop harassment");
    case Demand::SpeedUp:
        return tr("Speed up handling");
    case Demand::RestoreService:
        return tr("Restore service");
    case Demand::UnfreezeFunds:
        return tr("Unfreeze funds");
    case Demand::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::businessType(BusinessType t)
{
    switch (t) {
    case BusinessType::PosAcquiring:
        return tr("POS acquiring");
    case BusinessType::QrPayment:
        return tr("QR-code payment");
    case BusinessType::OnlinePayment:
        return tr("Online / app payment");
    case BusinessType::CardRepayment:
        return tr("Credit-card repayment");
    case BusinessType::Other:
        return tr("Other business");
    }
    return {};
}

QString Labels::regulatoryCause(RegulatoryCause c)
{
    switch (c) {
    case RegulatoryCause::ServiceQuality:
        return tr("Service attitude and quality");
    case RegulatoryCause::FacilitiesSystems:
        return tr("Service facilities, equipment and systems");
    case RegulatoryCause::RulesProcesses:
        return tr("Management rules, business rules and processes");
    case RegulatoryCause::Marketing:
        return tr("Marketing methods");
    case RegulatoryCause::Disclosure:
        return tr("Information disclosure");
    case RegulatoryCause::FreeChoice:
        return tr("Right of free choice");
    case RegulatoryCause::PricingFees:
        return tr("Pricing and fees");
    case RegulatoryCause::ProductReturns:
        return tr("Product returns");
    case RegulatoryCause::ContractTerms:
        return tr("Contract terms");
    case RegulatoryCause::FundsSecurity:
        return tr("Consumers' funds security");
    case RegulatoryCause::InformationSecurity:
        return tr("Consumers' information security");
    case RegulatoryCause::DebtCollection:
        return tr("Debt collection methods");
    }
    return {};
}

bool isOpen(Status status)
{
    return status != Status::Closed;
}

} // namespace cd::rules
