#include "freetext.h"

#include <QTest>

using namespace cd::rules;

class TestFreeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldCountCodePointsNotUtf16Units()
    {
        // GIVEN 10,001 emoji (each two UTF-16 units) WHEN counted THEN they are 10,001
        QString emoji;
        for (int i = 0; i < 10001; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        QCOMPARE(emoji.size(), 20002);
        QCOMPARE(FreeText::characterCount(emoji), 10001);
        QCOMPARE(FreeText::characterCount(QStringLiteral("\u9000\u6b3e")), 2);
        // and the message names characters, not units (issue 20, reproduction 8)
        const auto refused = FreeText::check(emoji, 10000, QStringLiteral("description"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("10001 characters")),
                 qPrintable(refused.error().message));
        QVERIFY(FreeText::check(emoji, 10001, QStringLiteral("description")));
    }

    void shouldRefuseControlCharactersButNotLineBreaksOrTabs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("character"); // 1-based, 0: accepted
        QTest::newRow("plain") << QStringLiteral("POS \u8d39\u7387\tup\nagain") << 0;
        QTest::newRow("CRLF") << QStringLiteral("line\r\nline") << 0;
        QTest::newRow("escape (screen clear)") << QStringLiteral("ok\x1b[2J") << 3;
        QTest::newRow("bell") << QStringLiteral("\a") << 1;
        QTest::newRow("NUL") << QString(QChar(0)) << 1;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << 2;
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b31m") << 2;
        QTest::newRow("lone CR") << QStringLiteral("fake\rline") << 5;
        QTest::newRow("right-to-left override") << QStringLiteral("abc\u202edef") << 4;
        QTest::newRow("isolate") << QStringLiteral("\u2067x") << 1;
        QTest::newRow("after an emoji") << QString::fromUcs4(U"\U0001F600\x1b", 2) << 2;
    }
    void shouldRefuseControlCharactersButNotLineBreaksOrTabs()
    {
        QFETCH(QString, text);
        QFETCH(int, character);
        const auto offence = FreeText::firstForbiddenCharacter(text);
        QCOMPARE(offence ? int(offence->character) + 1 : 0, character);
        const auto checked = FreeText::check(text, 100, QStringLiteral("note"));
        QCOMPARE(checked.ok(), character == 0);
        if (!checked) {
            QCOMPARE(checked.error().field, QStringLiteral("note"));
            QVERIFY(checked.error().message.contains(QStringLiteral("U+")));
        }
    }

    void shouldReadCarriageReturnsAsLineBreaks()
    {
        QCOMPARE(FreeText::withUnixLineBreaks(QStringLiteral("a\r\nb\rc\n")),
                 QStringLiteral("a\nb\nc\n"));
    }

    void shouldFindTheFirstInvalidUtf8Byte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset"); // -1: valid
        QTest::newRow("ASCII") << QByteArray("hello") << -1;
        QTest::newRow("Chinese") << QByteArray("\xe9\x80\x80\xe6\xac\xbe") << -1;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << -1;
        QTest::newRow("Latin-1") << QByteArray("caf\xe9!") << 3;
        QTest::newRow("GBK") << QByteArray("ok \xcd\xcb\xbf\xee") << 3;
        QTest::newRow("truncated") << QByteArray("ab\xe9\x80") << 2;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1;
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("stray continuation") << QByteArray("ab\x80") << 2;
    }
    void shouldFindTheFirstInvalidUtf8Byte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        const auto found = firstInvalidUtf8Byte(bytes);
        QCOMPARE(found ? int(*found) : -1, offset);
    }
};

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_freetext.moc"
