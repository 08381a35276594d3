#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One message of a .ts file: its source, whether it is a %n message, whether its
// translation is finished, and the translation's text (a %n message: its plural forms).
struct Message
{
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms;
};

QList<Message> messagesOf(const QString &path, bool *ok)
{
    QList<Message> messages;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    while (*ok && !xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            messages.append(Message());
            messages.last().numerus = xml.attributes().value(QLatin1String("numerus"))
                                      == QLatin1String("yes");
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

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The Chinese translation must be complete: agents read Chinese.
    void shouldTranslateEveryStringIntoChinese()
    {
        bool ok = false;
        const QList<Message> messages = messagesOf(QStringLiteral(TS_DIR "/complaintdesk_zh_CN.ts"), &ok);
        QVERIFY(ok);
        QVERIFY2(messages.size() > 100, "the .ts file looks empty: run the update_translations target");
        QStringList untranslated;
        for (const Message &message : messages) {
            if (!message.finished || message.forms.join(QString()).trimmed().isEmpty())
                untranslated << message.source;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    // English needs "%n complaint" and "%n complaints": a %n message without its two
    // finished forms would print "1 complaint(s)" (tsset.py --english fills them).
    void shouldGiveEveryEnglishPluralMessageTwoForms()
    {
        bool ok = false;
        const QList<Message> messages = messagesOf(QStringLiteral(TS_DIR "/complaintdesk_en.ts"), &ok);
        QVERIFY(ok);
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
