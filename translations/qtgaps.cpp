#include <QtGlobal>

// Qt's own strings that Qt 6.4's qtbase_zh_CN.qm leaves untranslated, translated in
// ComplaintDesk's .ts files instead (the translator looks them up in every installed
// translation): the Type column of Qt's file dialog reads "Folder" otherwise. Only lupdate
// reads this list; the strings are looked up by Qt under these contexts and comments.
namespace {

struct SourceAndComment
{
    const char *source;
    const char *comment;
};

[[maybe_unused]] const SourceAndComment qtGapsWithComments[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
};

[[maybe_unused]] const char *const qtGaps[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
};

} // namespace
