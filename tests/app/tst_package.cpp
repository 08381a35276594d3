// The Debian package: `cpack -G DEB` on this build tree, into a temporary folder, and what
// the .deb holds (dpkg-deb): its Depends and Recommends, both programs, the translations
// where the programs load them from, the desktop file, the icons and the AppStream
// metainfo (validated with appstreamcli, as the source copy is).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("%1 did not finish").arg(program)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The names of a Depends/Recommends field, without versions or alternatives' bars.
QStringList packageNames(const QString &field)
{
    QStringList names;
    for (const QString &part :
         field.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names << part.trimmed().section(u' ', 0, 0);
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run cpack =
            run(QStringLiteral(CPACK_PATH),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 QStringLiteral(CPACK_CONFIG), QStringLiteral("-B"), m_dir.path()});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs =
            QDir(m_dir.path()).entryList({QStringLiteral("complaintdesk_*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QCOMPARE(contents.exitCode, 0);
        for (const QString &line : contents.out.split(u'\n', Qt::SkipEmptyParts))
            m_files << line.section(u' ', -1).mid(1); // "./usr/bin/x" -> "/usr/bin/x"
    }

    void shouldDependOnTheLibrariesAndDriversItUses()
    {
        const Run depends = run(QStringLiteral("dpkg-deb"),
                                {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QCOMPARE(depends.exitCode, 0);
        const QStringList names = packageNames(depends.out);
        for (const char *name :
             {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6", "libqt6network6",
              "libqt6sql6-sqlite", "libqt6sql6-psql", "qt6-qpa-plugins", "libqt6svg6",
              "libsodium23", "libphonenumber8-protobuf32", "libstemmer0d", "libsqlite3-0",
              "libpq5"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const Run recommends = run(QStringLiteral("dpkg-deb"),
                                   {QStringLiteral("-f"), m_deb, QStringLiteral("Recommends")});
        QCOMPARE(packageNames(recommends.out), QStringList {QStringLiteral("fonts-noto-cjk")});
    }

    void shouldHoldTheProgramsAndTheirDesktopFiles_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/usr/bin/complaintdesk", "/usr/bin/complaintdesk-cli", DRAWING_MODULE_PATH,
              "/usr/share/complaintdesk/translations/complaintdesk_zh_CN.qm",
              "/usr/share/complaintdesk/translations/complaintdesk_en.qm",
              "/usr/share/applications/complaintdesk.desktop",
              "/usr/share/icons/hicolor/scalable/apps/complaintdesk.svg",
              "/usr/share/icons/hicolor/48x48/apps/complaintdesk.png",
              "/usr/share/icons/hicolor/256x256/apps/complaintdesk.png",
              "/usr/share/metainfo/io.github.complaintdesk.ComplaintDesk.metainfo.xml"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void shouldHoldTheProgramsAndTheirDesktopFiles()
    {
        QFETCH(QString, path);
        QVERIFY2(m_files.contains(path), qPrintable(m_files.join(u'\n')));
    }

    // The installed programs take their translations from the installed .qm files (not
    // the copies built into them): with the English file in the Chinese one's place, the
    // Chinese help comes out in English.
    void shouldLoadTheTranslationsFromTheirInstalledPlace()
    {
        const QString root = m_dir.filePath(QStringLiteral("root"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, root}).exitCode, 0);
        const QString cli = root + QStringLiteral("/usr/bin/complaintdesk-cli");
        const QStringList help {QStringLiteral("help"), QStringLiteral("--lang"),
                                QStringLiteral("zh_CN")};
        const Run chinese = run(cli, help);
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.contains(QStringLiteral("用法")), qPrintable(chinese.out.left(300)));

        const QString folder = root + QStringLiteral("/usr/share/complaintdesk/translations/");
        QVERIFY(QFile::remove(folder + QStringLiteral("complaintdesk_zh_CN.qm")));
        QVERIFY(QFile::copy(folder + QStringLiteral("complaintdesk_en.qm"),
                            folder + QStringLiteral("complaintdesk_zh_CN.qm")));
        const Run english = run(cli, help);
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(!english.out.contains(QStringLiteral("用法")), qPrintable(english.out.left(300)));
        QVERIFY(english.out.contains(QStringLiteral("Usage")));
    }

    // The installed CLI draws a PDF report with its installed drawing module (it links no
    // Qt GUI); without the module a PDF is refused with the reason and CSV still works.
    void shouldDrawPdfReportsWithTheInstalledModule()
    {
        const QString root = m_dir.filePath(QStringLiteral("pdfroot"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, root}).exitCode, 0);
        const QString cli = root + QStringLiteral("/usr/bin/complaintdesk-cli");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"),
                           QStringLiteral("package test 42"));
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"),
                           QStringLiteral("package test 42"));
        environment.insert(QStringLiteral("COMPLAINTDESK_AUDIT_KEY_DIR"),
                           m_dir.filePath(QStringLiteral("pdfkeys")));
        const QStringList store {QStringLiteral("--database"),
                                 m_dir.filePath(QStringLiteral("report.sqlite")),
                                 QStringLiteral("--lang"), QStringLiteral("en")};
        QCOMPARE(run(cli,
                     QStringList {QStringLiteral("init"), QStringLiteral("--admin"),
                                  QStringLiteral("boss")}
                         + store,
                     environment)
                     .exitCode,
                 0);
        const auto report = [&](const QString &format) {
            const QString path = m_dir.filePath(QStringLiteral("report.") + format);
            return run(cli,
                       QStringList {QStringLiteral("report"), QStringLiteral("--from"),
                                    QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-12-31"), QStringLiteral("--format"),
                                    format, QStringLiteral("--output"), path,
                                    QStringLiteral("--as"), QStringLiteral("boss")}
                           + store,
                       environment);
        };
        const Run pdf = report(QStringLiteral("pdf"));
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QFile written(m_dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(5), QByteArray("%PDF-"));
        written.close();
        QVERIFY(written.remove());

        QVERIFY(QFile::remove(root + QStringLiteral(DRAWING_MODULE_PATH)));
        const Run refused = report(QStringLiteral("pdf"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("drawing module")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("report.pdf"))));
        QCOMPARE(report(QStringLiteral("csv")).exitCode, 0);
    }

    void shouldCarryValidAppStreamMetainfo()
    {
        const QString path = QStringLiteral(METAINFO_PATH);
        const Run validate = run(QStringLiteral("appstreamcli"),
                                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  QStringLiteral("--no-color"), path});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QStringList m_files;
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
