#include "resourcepaths.h"

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

} // namespace cd::resources
