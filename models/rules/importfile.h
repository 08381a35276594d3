// A delimited text file to import (CSV or TSV): its encoding detected from its bytes, its
// records split as RFC 4180 reads them (quoted fields may hold delimiters, quotes as "" and
// line breaks), each record with the line of the file it starts on.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::rules {

enum class TextEncoding {
    Utf8, // UTF-8, with or without a byte-order mark
    Gb18030, // GB18030 (a superset of GBK and GB2312): what Excel on a Chinese Windows writes
};

struct ImportRecord
{
    int line = 0; // 1-based line of the file on which the record starts
    QStringList fields;
};

struct ImportTable
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    QChar delimiter = QLatin1Char(',');
    QStringList header; // the first record's fields, trimmed
    QList<ImportRecord> records; // the records after the header; blank lines are left out
};

class ImportFiles
{
public:
    // UTF-8 when the bytes start with its byte-order mark or are valid UTF-8 throughout,
    // otherwise GB18030.
    static TextEncoding detectEncoding(const QByteArray &bytes);
    // The text of `bytes` in `encoding` (a UTF-8 byte-order mark dropped); an error when the
    // bytes are not valid in it.
    static Result<QString> decode(const QByteArray &bytes, TextEncoding encoding);
    // Tab when the first line has more tabs than commas, else comma.
    static QChar detectDelimiter(const QString &text);
    // The records of `text`; an error names the line of a quoted field left open.
    static Result<QList<ImportRecord>> parse(const QString &text, QChar delimiter);
    // All of the above: `encoding` as chosen, or detected when none is given. An error when
    // the file holds no header.
    static Result<ImportTable> read(const QByteArray &bytes,
                                    std::optional<TextEncoding> encoding = std::nullopt);

    // "UTF-8" or "GB18030", as shown and as given on the command line (case ignored;
    // "GBK" and "GB2312" read as GB18030).
    static QString encodingName(TextEncoding encoding);
    static std::optional<TextEncoding> encodingFromName(const QString &name);
};

} // namespace cd::rules
