#include "resourcepaths.h"

#include <QResource>

namespace cd::resources {

QString taxonomyJsonPath()
{
    return QStringLiteral(":/taxonomy.json");
}
QString holidaysCsvPath()
{
    return QStringLiteral(":/cn-public-holidays.csv");
}
QString demoComplaintsJsonPath()
{
    return QStringLiteral(":/demo-complaints.json");
}
QString classifierLexiconPath()
{
    return QStringLiteral(":/classifier-lexicon.json");
}
QString classifierCorpusPath()
{
    return QStringLiteral(":/classifier-corpus.tsv");
}
QStringList classifierRealTextPaths()
{
    // in file-name order, as the benchmarks read data/real/train-*.tsv: the same model
    return {QStringLiteral(":/real/train-en-cfpb2017-2023.tsv"),
            QStringLiteral(":/real/train-en-cfpb2017.tsv"),
            QStringLiteral(":/real/train-en-cfpb2025.tsv"),
            QStringLiteral(":/real/train-en-paytm.tsv"),
            QStringLiteral(":/real/train-zh-atec.tsv")};
}
QString classifierModelPath()
{
    return QStringLiteral(":/classifier-model.bin");
}
QString intentCuesPath()
{
    return QStringLiteral(":/intent-cues.txt");
}
QString importPresetsJsonPath()
{
    return QStringLiteral(":/import-presets.json");
}
QString cfpbCategoryRulesPath()
{
    return QStringLiteral(":/cfpb-mapping.tsv");
}
QString appIconPath()
{
    return QStringLiteral(":/complaintdesk.svg");
}

QByteArray bytesOf(const QString &path)
{
    return QResource(path).uncompressedData();
}

} // namespace cd::resources
