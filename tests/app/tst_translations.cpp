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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
