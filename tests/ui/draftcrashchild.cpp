// The window of tst_logcalldraft's process test: signs in to the store given, types a
// call into the Log-call pane of a real MainWindow and prints "kept" once its draft is in
// the store, then runs until it is killed (the test sends SIGKILL).
//
//   draftcrashchild STORE USER PASSWORD PHONE DESCRIPTION
#include "authservice.h"
#include "draftautosave.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: draftcrashchild STORE USER PASSWORD PHONE DESCRIPTION\n");
        return 2;
    }
    auto workspace = cd::models::Workspace::open(args.at(1));
    if (!workspace || !(*workspace)->auth().signIn(args.at(2), args.at(3))) {
        std::fprintf(stderr, "cannot open or sign in\n");
        return 1;
    }
    cd::ui::MainWindow window(**workspace);
    window.show();
    cd::ui::LogCallPane *pane = window.logCallPane();
    pane->setDraftDelay(50);
    QObject::connect(pane->findChild<cd::ui::DraftAutosave *>(), &cd::ui::DraftAutosave::written,
                     [] {
                         std::printf("kept\n");
                         std::fflush(stdout);
                     });
    pane->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(args.at(4));
    pane->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(args.at(5));
    return QApplication::exec();
}
