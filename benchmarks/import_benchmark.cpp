// Import: the time `complaintdesk-cli import` takes for a generated CSV of N rows (default
// 100,000) into a new store, and for importing the same file again (every row skipped).
//
//   build/benchmarks/import_benchmark [--rows 100000]
//
// The rows are a 12363-style list: distinct ids, 5,000 callers, five categories, a
// third with no category (classified), texts of 40-120 characters, one in fifty quoted
// over two lines. Target: 100,000 rows in at most 60 s.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Run
{
    int exitCode = -1;
    double seconds = 0;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"),
                       QStringLiteral("harbour lights 42"));
    environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"),
                       QStringLiteral("harbour lights 42"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(CLI_PATH), arguments);
    process.waitForFinished(-1);
    return {process.exitCode(), double(timer.nsecsElapsed()) / 1e9,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QByteArray generate(int rows)
{
    static const char *const categories[] = {"FEES_BILLING", "REFUND", "FUNDS_FROZEN", "SETTLEMENT",
                                             ""};
    static const char *const texts[] = {
        "Charged a service fee twice for one QR payment at a shop",
        "Refund for a cancelled order has not arrived after ten days",
        "Account frozen after a transfer and cannot pay or withdraw",
        "Merchant settlement delayed for three days and funds missing",
        "Someone took money from my account without my permission"};
    QByteArray csv("external_id,received_at,phone,customer_name,description,category\n");
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0));
    for (int i = 0; i < rows; ++i) {
        const int kind = i % 5;
        QByteArray text = QByteArray(texts[kind]) + " (case " + QByteArray::number(i) + ")";
        if (i % 50 == 0)
            text = "\"" + text + "\nsecond line of the complaint\"";
        csv += "B-" + QByteArray::number(i) + ','
            + start.addSecs(i * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1() + ",138"
            + QByteArray::number(10000000 + i % 5000) + ",Customer " + QByteArray::number(i % 5000)
            + ',' + text + ',' + categories[kind] + '\n';
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QString(), QStringLiteral("n"),
                                        QStringLiteral("100000"));
    parser.addOption(rowsOption);
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("bench.sqlite"));
    const QString file = dir.filePath(QStringLiteral("rows.csv"));
    {
        QFile out(file);
        const QByteArray csv = generate(rows);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("file: %d rows, %.1f MB\n", rows, double(csv.size()) / 1e6);
    }
    const QStringList common {QStringLiteral("--database"), store, QStringLiteral("--lang"),
                              QStringLiteral("en")};
    if (const Run init = cli(
            QStringList {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")}
            + common);
        init.exitCode != 0) {
        std::fprintf(stderr, "%s\n", qPrintable(init.err));
        return 1;
    }
    const QStringList import =
        QStringList {QStringLiteral("import"), file, QStringLiteral("--as"), QStringLiteral("boss")}
        + common;
    const Run first = cli(import);
    std::printf("first import: %.1f s (%.0f rows/s), exit %d: %s\n", first.seconds,
                rows / first.seconds, first.exitCode, qPrintable(first.out));
    const Run second = cli(import);
    std::printf("second import: %.1f s, exit %d: %s\n", second.seconds, second.exitCode,
                qPrintable(second.out));
    std::printf("target: 100000 rows in <= 60 s: %s\n",
                rows >= 100000 && first.seconds <= 60 && first.exitCode == 0 ? "met" : "not met");
    return first.exitCode;
}
