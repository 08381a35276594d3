// `complaintdesk-cli classify`: category suggestions for complaint texts on stdin.
#include "commandtable.h"

#include "classifierservice.h"
#include "freetext.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cd::cli {

namespace {

int classifyCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    models::ClassifierService &classifier = ws.classifier();
    if (!call.isSet("lexicon-only")) {
        if (auto trained = classifier.trainNow(); !trained)
            return fail(trained.error());
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error::storage(Tr::tr("The input cannot be read: %1").arg(in.errorString())));
    qint64 offset = 0;
    for (int number = 1; !in.atEnd(); ++number) {
        QByteArray bytes = in.readLine();
        if (const auto bad = rules::firstInvalidUtf8Byte(bytes)) {
            return fail(Error::invalid(Tr::tr("Line %1 of the input is not UTF-8 text (byte %2 "
                                              "of the input); it and what follows were not "
                                              "classified.")
                                           .arg(number)
                                           .arg(offset + *bad)));
        }
        offset += bytes.size();
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        const QString line = QString::fromUtf8(bytes);
        const models::ClassifierService::Suggestions s = classifier.suggest(line);
        if (call.isSet("json")) {
            QJsonArray top;
            for (const auto &one : s.top) {
                top.append(QJsonObject {
                    {QStringLiteral("category"), one.categoryCode},
                    {QStringLiteral("confidence"), qRound(one.confidence * 1000) / 1000.0}});
            }
            printOut(QString::fromUtf8(
                QJsonDocument(QJsonObject {
                                  {QStringLiteral("category"),
                                   s.clear ? s.top.first().categoryCode : QString()},
                                  {QStringLiteral("clear"), s.clear},
                                  {QStringLiteral("suggestions"), top},
                              })
                    .toJson(QJsonDocument::Compact)));
            continue;
        }
        // CODE<TAB>confidence<TAB>second,third; "-" when there is no suggestion; a first
        // that is not clearly ahead is marked with a trailing "?".
        if (s.top.isEmpty()) {
            printOut(QStringLiteral("-\t0.00\t"));
            continue;
        }
        QStringList others;
        for (int i = 1; i < s.top.size(); ++i)
            others << s.top.at(i).categoryCode;
        printOut(s.top.first().categoryCode + (s.clear ? QString() : QStringLiteral("?")) + u'\t'
                 + QString::number(s.top.first().confidence, 'f', 2) + u'\t' + others.join(u','));
    }
    return Success;
}

} // namespace

QList<Command> classifyCommands()
{
    Command classify(QStringLiteral("classify"), Tr::tr("classify [--json] [--lexicon-only]"),
                     Tr::tr("suggest categories for complaint texts, one per line on stdin"),
                     classifyCommand);
    classify.details = Tr::tr("Prints CODE<TAB>confidence<TAB>second,third a line; a first "
                              "suggestion not clearly ahead ends in \"?\", none is \"-\".");
    classify.options = {flag("json", Tr::tr("JSON output, one object a line")),
                        flag("lexicon-only",
                             Tr::tr("the keyword lexicon only, without "
                                    "learning from past complaints"))};
    classify.opens = Opens::Store;
    return {classify};
}

} // namespace cd::cli
