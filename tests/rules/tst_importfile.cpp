#include "importfile.h"
#include "importmapping.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cd::rules;

// Reading import files: encodings, delimiters, quoting, line numbers; mappings and presets.
class TestImportFile : public QObject
{
    Q_OBJECT

    static QJsonObject presets()
    {
        QFile file(QStringLiteral(PRESETS_PATH));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }
    static QString cfpbRules()
    {
        QFile file(QStringLiteral(CFPB_RULES_PATH));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void shouldReadUtf8WithAByteOrderMark()
    {
        const QByteArray bytes =
            QByteArray("\xEF\xBB\xBF") + QByteArray("id,text\n1,\xE4\xBD\xA0\xE5\xA5\xBD\n");
        QCOMPARE(ImportFiles::detectEncoding(bytes), TextEncoding::Utf8);
        auto table = ImportFiles::read(bytes);
        QVERIFY(table.ok());
        QVERIFY(table->byteOrderMark);
        QCOMPARE(table->header, (QStringList {QStringLiteral("id"), QStringLiteral("text")}));
        QCOMPARE(table->records.at(0).fields.at(1), QStringLiteral("\u4f60\u597d"));
    }

    void shouldDetectGb18030Bytes()
    {
        // "id,text\n1,<ni hao>" with the two characters in GB18030 (C4E3 BAC3)
        const QByteArray bytes("id,text\n1,\xC4\xE3\xBA\xC3\n");
        QCOMPARE(ImportFiles::detectEncoding(bytes), TextEncoding::Gb18030);
        auto table = ImportFiles::read(bytes);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        QCOMPARE(table->encoding, TextEncoding::Gb18030);
        QCOMPARE(table->records.at(0).fields.at(1), QStringLiteral("\u4f60\u597d"));
        // Chosen as UTF-8 instead, the same bytes are refused, not garbled.
        QVERIFY(!ImportFiles::read(bytes, TextEncoding::Utf8).ok());
        QCOMPARE(ImportFiles::encodingFromName(QStringLiteral("gbk")), TextEncoding::Gb18030);
    }

    void shouldKeepLineBreaksInQuotedFieldsAndNumberLines()
    {
        const QString text =
            QStringLiteral("a,b\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n\r\n2,x\n");
        auto records = ImportFiles::parse(text, QLatin1Char(','));
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(1).fields.at(1), QStringLiteral("two\nlines, \"quoted\""));
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).line, 5); // after the two-line record and a blank line
        auto open = ImportFiles::parse(QStringLiteral("a\n\"never closed\n"), QLatin1Char(','));
        QVERIFY(!open.ok());
        QVERIFY(open.error().message.contains(QLatin1String("Line 2")));
    }

    void shouldDetectTabs()
    {
        auto table = ImportFiles::read("a\tb\tc,d\n1\t2,3\t4\n");
        QVERIFY(table.ok());
        QCOMPARE(table->delimiter, QLatin1Char('\t'));
        QCOMPARE(table->records.at(0).fields,
                 (QStringList {QStringLiteral("1"), QStringLiteral("2,3"), QStringLiteral("4")}));
    }

    void shouldMapACfpbExportThroughThePreset()
    {
        auto mapping = ImportMappings::preset(QStringLiteral("cfpb"), presets(), cfpbRules());
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->defaultChannel, Channel::Regulator);
        const QStringList header {QStringLiteral("Date received"),
                                  QStringLiteral("Product"),
                                  QStringLiteral("Issue"),
                                  QStringLiteral("Sub-issue"),
                                  QStringLiteral("Consumer complaint narrative"),
                                  QStringLiteral("Complaint ID")};
        QVERIFY(mapping->missingColumns(header).isEmpty());
        const ImportRecord record {7,
                                   {QStringLiteral("03/02/2025"), QStringLiteral("Money transfer"),
                                    QStringLiteral("Fraud or scam"), QString(), QString(),
                                    QStringLiteral("4411")}};
        const ImportValues values = ImportMappings::values(*mapping, header, record);
        QCOMPARE(values.line, 7);
        QCOMPARE(values.value(ImportField::ExternalId), QStringLiteral("4411"));
        // No narrative: the description is made of the product and issue
        QCOMPARE(values.value(ImportField::Description),
                 QStringLiteral("Money transfer - Fraud or scam"));
        QCOMPARE(ImportMappings::categoryCode(*mapping, QStringLiteral("fraud or scam"), {}),
                 std::optional<QString>(QStringLiteral("FUNDS_SECURITY")));
        // AMBIGUOUS rows leave it to the classifier (an empty code)
        QCOMPARE(
            ImportMappings::categoryCode(*mapping, QStringLiteral("Getting a credit card"), {}),
            std::optional<QString>(QString()));
        const auto time =
            ImportMappings::parseTime(*mapping, values.value(ImportField::ReceivedAt));
        QVERIFY(time);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*time, QTimeZone("Asia/Shanghai")).date(),
                 QDate(2025, 3, 2));
        QVERIFY(!ImportMappings::preset(QStringLiteral("nope"), presets(), cfpbRules()).ok());
    }

    void shouldMapA12363ListAndRoundTripAsJson()
    {
        auto mapping = ImportMappings::preset(QStringLiteral("12363"), presets(), cfpbRules());
        QVERIFY(mapping.ok());
        QCOMPARE(ImportMappings::channel(*mapping, QStringLiteral("\u4eba\u6c11\u94f6\u884c")),
                 std::optional<Channel>(Channel::Regulator));
        QCOMPARE(ImportMappings::channel(*mapping, QString()),
                 std::optional<Channel>(Channel::Regulator));
        QVERIFY(!ImportMappings::channel(*mapping, QStringLiteral("pigeon")));
        auto again = ImportMapping::fromJson(mapping->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->columns, mapping->columns);
        QCOMPARE(again->channelValues, mapping->channelValues);
        // guess() finds the preset's Chinese columns in an unknown file
        const ImportMapping guessed =
            ImportMappings::guess({QStringLiteral("\u5de5\u5355\u7f16\u53f7"),
                                   QStringLiteral("\u6295\u8bc9\u5185\u5bb9")},
                                  presets());
        QCOMPARE(guessed.columns.value(ImportField::Description),
                 QStringList {QStringLiteral("\u6295\u8bc9\u5185\u5bb9")});
        QCOMPARE(guessed.columns.value(ImportField::ExternalId),
                 QStringList {QStringLiteral("\u5de5\u5355\u7f16\u53f7")});
    }
};

QTEST_GUILESS_MAIN(TestImportFile)
#include "tst_importfile.moc"
