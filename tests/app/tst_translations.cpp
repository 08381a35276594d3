#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include "resourcepaths.h"

namespace {

// One message of a .ts file: its source, whether it is a %n message, whether its
// translation is finished, and the translation's text (a %n message: its plural forms).
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms;
};

QList<Message> messagesOf(const QString &path, bool *ok)
{
    QList<Message> messages;
    QString context;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    while (*ok && !xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append(Message());
            messages.last().context = context;
            messages.last().numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            Message &message = messages.last();
            message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
        }
    }
    *ok = *ok && !xml.hasError();
    return messages;
}

// Words TERMS.md replaced by one term each: none may appear in the Chinese, except inside
// the named longer words (保存期限 is a retention period, not a deadline).
struct Replaced
{
    QString word;
    QStringList allowedIn;
    QString use;
};

const QList<Replaced> &replacedWords()
{
    static const QList<Replaced> words {
        {QStringLiteral("政策"), {}, QStringLiteral("时限规则")},
        {QStringLiteral("期限"), {QStringLiteral("保存期限")}, QStringLiteral("时限")},
        {QStringLiteral("重新分派"), {}, QStringLiteral("改派")},
        {QStringLiteral("解决"),
         {QStringLiteral("来电当场解决"), QStringLiteral("问题未解决")},
         QStringLiteral("办结")},
        {QStringLiteral("你"), {QStringLiteral("你们")}, QStringLiteral("您")},
        {QStringLiteral("达成"), {}, QStringLiteral("按时完成 / 超时完成")},
        {QStringLiteral("调查核实"), {}, QStringLiteral("核查中")},
        {QStringLiteral("未分配"), {}, QStringLiteral("待派单")},
        {QStringLiteral("监管统计原因"), {}, QStringLiteral("投诉原因")},
        {QStringLiteral("重新打开"), {QStringLiteral("重新打开数据库")}, QStringLiteral("重开")},
        {QStringLiteral("词语"), {}, QStringLiteral("关键词")},
    };
    return words;
}

// The places where text breaks one of replacedWords(), as "word in text (use ...)".
QStringList glossaryBreaches(const QString &text)
{
    QStringList breaches;
    for (const Replaced &r : replacedWords()) {
        QString rest = text;
        for (const QString &allowed : r.allowedIn)
            rest.remove(allowed);
        if (rest.contains(r.word))
            breaches << QStringLiteral("%1 in \"%2\" (use %3)").arg(r.word, text, r.use);
    }
    // Full-width punctuation after Chinese: an ASCII bracket, colon or question mark right
    // after a Chinese character, or a spaced full-width bracket ("登记来电 （F2）"). File-dialog
    // filters ("(*.csv)") and mnemonics ("(&S)") are Qt syntax and stay ASCII.
    static const QRegularExpression ascii(
        QStringLiteral("[\\x{4e00}-\\x{9fff}](?:[:?!;]|\\((?![&*]))|\\s\\x{ff08}"));
    if (const auto m = ascii.match(text); m.hasMatch())
        breaches << QStringLiteral("ASCII punctuation \"%1\" in \"%2\"").arg(m.captured(), text);
    // One ellipsis style: ……, never a lone …
    static const QRegularExpression lone(QStringLiteral("(?<!\\x{2026})\\x{2026}(?!\\x{2026})"));
    if (lone.match(text).hasMatch())
        breaches << QStringLiteral("a lone ellipsis in \"%1\" (use ……)").arg(text);
    return breaches;
}

// The Chinese names of the seeded departments, categories and subcategories.
QStringList seededChineseNames()
{
    QFile file(cd::resources::taxonomyJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject taxonomy = QJsonDocument::fromJson(file.readAll()).object();
    QStringList names;
    for (const QJsonValue &d : taxonomy.value(QLatin1String("departments")).toArray())
        names << d.toObject().value(QLatin1String("zh")).toString();
    for (const QJsonValue &c : taxonomy.value(QLatin1String("categories")).toArray()) {
        names << c.toObject().value(QLatin1String("zh")).toString();
        for (const QJsonValue &sub : c.toObject().value(QLatin1String("sub")).toArray())
            names << sub.toArray().at(1).toString();
    }
    return names;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Reads the messages of the two .ts files, once for the suite.
    void initTestCase()
    {
        bool ok = false;
        m_chinese = messagesOf(QStringLiteral(TS_DIR "/complaintdesk_zh_CN.ts"), &ok);
        QVERIFY2(ok, "cannot read complaintdesk_zh_CN.ts");
        m_english = messagesOf(QStringLiteral(TS_DIR "/complaintdesk_en.ts"), &ok);
        QVERIFY2(ok, "cannot read complaintdesk_en.ts");
    }

    // The Chinese translation must be complete: agents read Chinese.
    void shouldTranslateEveryStringIntoChinese()
    {
        const QList<Message> &messages = m_chinese;
        QVERIFY2(messages.size() > 100,
                 "the .ts file looks empty: run the update_translations target");
        QStringList untranslated;
        for (const Message &message : messages) {
            if (!message.finished || message.forms.join(QString()).trimmed().isEmpty())
                untranslated << message.source;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    // TERMS.md: one meaning, one term. No replaced synonym, ASCII punctuation after Chinese
    // or lone ellipsis is left in the Chinese translation.
    void shouldUseTheGlossaryTermsInChinese()
    {
        const QList<Message> &messages = m_chinese;
        QStringList breaches;
        for (const Message &message : messages) {
            for (const QString &form : message.forms)
                breaches << glossaryBreaches(form);
        }
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join(QLatin1Char('\n'))));
    }

    // The glossary's own entries, where the English source names exactly that meaning.
    void shouldTranslateTheGlossaryEntriesByTheTable_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("chinese");
        const auto row = [](const char *context, const char *source, const char *chinese) {
            QTest::newRow(source) << QString::fromUtf8(context) << QString::fromUtf8(source)
                                  << QString::fromUtf8(chinese);
        };
        row("Labels", "Investigating", "核查中");
        row("Labels", "Follow-up", "待回访");
        row("Labels", "Forwarded by regulator", "监管转办");
        row("Labels", "E-mail", "电子邮件");
        row("Labels", "In person", "现场来访");
        row("Labels", "Online / app payment", "网络支付");
        row("Labels", "Service facilities, equipment and systems", "服务设施、设备、业务系统");
        row("Labels", "Management rules, business rules and processes", "管理制度、业务规则与流程");
        row("Formatting", "Met", "按时完成");
        row("Formatting", "Met late", "超时完成");
        row("StatisticsReportService", "Number received", "受理量");
        row("StatisticsReportService", "Share resolved", "办结率");
        row("StatisticsReportService", "Share resolved on time", "按时办结率");
        row("cd::models::ComplaintQueueModel", "Received", "受理时间");
        row("cd::ui::RoutingRulesDialog", "Name:", "规则名称：");
        row("cd::ui::DeadlinePanel", "Solved on the call", "来电当场解决");
        row("cd::ui::DeadlinePanel", "&Why these times?", "时限计算依据(&W)");
        row("cd::ui::DeadlinePanel", "State:", "时限状态：");
        row("cd::ui::QueuePane", "Unassigned in my department", "本部门待派单");
        row("cd::ui::QueuePane", "&Reassign...", "改派(&R)……");
        row("cd::ui::DetailPane", "Mo&ve", "提交(&V)");
        row("cd::ui::MainWindow", "Available", "示闲");
        row("cd::ui::MainWindow", "Busy", "示忙");
        row("cd::ui::MainWindow", "Away", "离席");
        row("cd::ui::MainWindow", "Log call (F2)", "登记来电（F2）");
        row("cd::ui::LogCallPane", "&Save (Ctrl+Enter)", "保存（Ctrl+Enter）(&S)");
    }

    void shouldTranslateTheGlossaryEntriesByTheTable()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, chinese);
        const QList<Message> &messages = m_chinese;
        const auto found = std::find_if(messages.cbegin(), messages.cend(), [&](const Message &m) {
            return m.context == context && m.source == source;
        });
        QVERIFY2(found != messages.cend(), qPrintable(source));
        QCOMPARE(found->forms.value(0), chinese);
    }

    // Seeded names are data with a Chinese and an English spelling: the Chinese ones keep
    // the glossary and full-width punctuation too.
    void shouldUseTheGlossaryInSeededChineseNames()
    {
        const QStringList names = seededChineseNames();
        QVERIFY(names.size() > 20);
        QStringList breaches;
        static const QRegularExpression latinBracket(QStringLiteral("[()\\[\\]]"));
        for (const QString &name : names) {
            breaches << glossaryBreaches(name);
            if (name.contains(latinBracket))
                breaches << QStringLiteral("ASCII bracket in \"%1\"").arg(name);
        }
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join(QLatin1Char('\n'))));
    }

    // English needs "%n complaint" and "%n complaints": a %n message without its two
    // finished forms would print "1 complaint(s)" (tsset.py --english fills them).
    void shouldGiveEveryEnglishPluralMessageTwoForms()
    {
        const QList<Message> &messages = m_english;
        int plurals = 0;
        QStringList incomplete;
        for (const Message &message : messages) {
            if (!message.numerus)
                continue;
            ++plurals;
            if (!message.finished || message.forms.size() != 2 || message.forms.contains(QString()))
                incomplete << message.source;
        }
        QVERIFY2(plurals > 10, "no %n messages found: run the update_translations target");
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QStringLiteral("\n"))));
    }

private:
    QList<Message> m_chinese;
    QList<Message> m_english;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
