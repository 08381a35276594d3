// Linked into every suite (an object library, so that it is never left out): before main()
// runs, the audit keys and anchors of the stores a test makes go to a temporary folder of
// the test process (removed when it exits) instead of the user's configuration folder, and
// no anchor goes to the system log, and every QApplication uses the Fusion style (so that
// widget suites do not depend on the machine's style). Programs a test starts (the CLI, the
// window) inherit all three.
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace {

void isolateAuditFiles()
{
    static QTemporaryDir folder;
    if (qEnvironmentVariableIsEmpty("COMPLAINTDESK_AUDIT_KEY_DIR") && folder.isValid())
        qputenv("COMPLAINTDESK_AUDIT_KEY_DIR", folder.path().toLocal8Bit());
    qputenv("COMPLAINTDESK_AUDIT_SYSLOG", "off");
    qputenv("QT_STYLE_OVERRIDE", "Fusion");
}

Q_CONSTRUCTOR_FUNCTION(isolateAuditFiles)

// A suite run on the PostgreSQL server (COMPLAINTDESK_TEST_STORE=postgresql: ctest's *_pg
// variants) without a server configured (COMPLAINTDESK_TEST_PG) is skipped as a whole:
// ctest counts exit status 77 as skipped.
void skipWithoutServer()
{
    if (qEnvironmentVariable("COMPLAINTDESK_TEST_STORE") == QLatin1String("postgresql")
        && qEnvironmentVariableIsEmpty("COMPLAINTDESK_TEST_PG")) {
        std::fputs("SKIP: no PostgreSQL server configured (COMPLAINTDESK_TEST_PG); "
                   "scripts/test.sh runs the suites inside pg_virtualenv.\n",
                   stderr);
        std::_Exit(77);
    }
}

Q_CONSTRUCTOR_FUNCTION(skipWithoutServer)

} // namespace
