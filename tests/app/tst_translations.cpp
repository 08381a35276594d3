#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// The Chinese translation must be complete: agents read Chinese.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldTranslateEveryStringIntoChinese()
    {
        QFile file(QStringLiteral(TS_DIR "/complaintdesk_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList untranslated;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    untranslated << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 100, "the .ts file looks empty: run the update_translations target");
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    // English needs "%n complaint" and "%n complaints": a %n message without its two
    // finished forms would print "1 complaint(s)" (tsset.py --english fills them).
    void shouldGiveEveryEnglishPluralMessageTwoForms()
    {
        QFile file(QStringLiteral(TS_DIR "/complaintdesk_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int plurals = 0;
        QStringList incomplete;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && numerus) {
                ++plurals;
                const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                QStringList forms;
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                if (!finished || forms.size() != 2 || forms.contains(QString()))
                    incomplete << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(plurals > 10, "no %n messages found: run the update_translations target");
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
