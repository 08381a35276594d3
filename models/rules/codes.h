#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The stable codes of the domain (DESIGN.md section 2). Codes are stored in the database
// and used on the command line; labels are translated for people.
namespace cd::rules {

enum class Status { New, Assigned, Investigating, WaitingCustomer, Replied, FollowUp, Closed };
enum class Severity { P1, P2, P3, P4 };
enum class Channel {
    Hotline,
    Email,
    ComplaintMailbox,
    SocialMedia,
    App,
    InPerson,
    Regulator,
    ThirdParty
};
enum class Demand {
    RefundFees,
    Explanation,
    Compensation,
    StopHarassment,
    SpeedUp,
    RestoreService,
    UnfreezeFunds,
    Other
};
// The payment business the complaint is about.
enum class BusinessType { PosAcquiring, QrPayment, OnlinePayment, CardRepayment, Other };
// The cause dimension of the People's Bank of China complaint statistics standard
// JR/T 0169-2018; each category maps to one (editable, in the taxonomy).
enum class RegulatoryCause {
    ServiceQuality,
    FacilitiesSystems,
    RulesProcesses,
    Marketing,
    Disclosure,
    FreeChoice,
    PricingFees,
    ProductReturns,
    ContractTerms,
    FundsSecurity,
    InformationSecurity,
    DebtCollection
};

QList<Status> allStatuses();
QList<Severity> allSeverities();
QList<Channel> allChannels();
QList<Demand> allDemands();
QList<BusinessType> allBusinessTypes();
QList<RegulatoryCause> allRegulatoryCauses();

QString code(Status status);
QString code(Severity severity);
QString code(Channel channel);
QString code(Demand demand);
QString code(BusinessType type);
QString code(RegulatoryCause cause);

// Parsing is case-insensitive; std::nullopt for an unknown code.
std::optional<Status> statusFromCode(const QString &code);
std::optional<Severity> severityFromCode(const QString &code);
std::optional<Channel> channelFromCode(const QString &code);
std::optional<Demand> demandFromCode(const QString &code);
std::optional<BusinessType> businessTypeFromCode(const QString &code);
std::optional<RegulatoryCause> regulatoryCauseFromCode(const QString &code);

// Translated labels, e.g. "Investigating" / "调查核实".
struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString status(Status status);
    static QString severity(Severity severity);
    static QString channel(Channel channel);
    static QString demand(Demand demand);
    static QString businessType(BusinessType type);
    static QString regulatoryCause(RegulatoryCause cause); // the standard's wording
};

// Open complaints are those a caller's new call can be attached to.
bool isOpen(Status status);

} // namespace cd::rules
