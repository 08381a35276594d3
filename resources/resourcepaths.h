#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Paths of the default data embedded by this library (see CMakeLists.txt beside it).
namespace cd::resources {

QString taxonomyJsonPath(); // departments and categories seeded into a new store
QString holidaysCsvPath(); // official mainland-China holiday arrangement, 2025-2026
QString classifierLexiconPath(); // phrases the category classifier starts from
QString classifierCorpusPath(); // labelled complaint texts it also starts from
// real customers' texts it also starts from (data/real/train-*.tsv, one path per file)
QStringList classifierRealTextPaths();
// the starting model the build fitted to the three above (rules/startingmodel.h)
QString classifierModelPath();
QString intentCuesPath(); // cue phrases of demands and business types
QString appIconPath();
QString demoComplaintsJsonPath(); // phrasings for the demonstration data generator
QString importPresetsJsonPath(); // the import's built-in mappings (cfpb, 12363)
QString cfpbCategoryRulesPath(); // CFPB Issue/Sub-issue -> category (data/real/cfpb-mapping.tsv)

// The bytes of the resource at `path`; empty if there is none. The classifier's texts and
// model are stored uncompressed: theirs are read where the program holds them, not copied.
QByteArray bytesOf(const QString &path);

} // namespace cd::resources
