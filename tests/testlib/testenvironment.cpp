// Linked into every suite (an object library, so that it is never left out): before main()
// runs, the audit keys and anchors of the stores a test makes go to a temporary folder of
// the test process (removed when it exits) instead of the user's configuration folder, and
// no anchor goes to the system log, and every QApplication uses the Fusion style (so that
// widget suites do not depend on the machine's style). Programs a test starts (the CLI, the
// window) inherit all three.
#include <QTemporaryDir>
#include <QtGlobal>

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

} // namespace
