#include "importfile.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace cd::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportFiles)
};

const QByteArray utf8Bom("\xEF\xBB\xBF");

} // namespace

TextEncoding ImportFiles::detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(utf8Bom))
        return TextEncoding::Utf8;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
}

Result<QString> ImportFiles::decode(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QByteArrayView body =
            bytes.startsWith(utf8Bom) ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        QString text = utf8(body);
        if (utf8.hasError())
            return Error::invalid(Tr::tr("The file is not valid UTF-8; choose GB18030."),
                                  QStringLiteral("encoding"));
        return text;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return Error::invalid(Tr::tr("This system cannot read GB18030 text."),
                              QStringLiteral("encoding"));
    QString text = gb(bytes);
    if (gb.hasError())
        return Error::invalid(Tr::tr("The file is not valid GB18030; choose UTF-8."),
                              QStringLiteral("encoding"));
    return text;
}

QChar ImportFiles::detectDelimiter(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(text).first(end < 0 ? text.size() : end);
    return first.count(QLatin1Char('\t')) > first.count(QLatin1Char(',')) ? QLatin1Char('\t')
                                                                          : QLatin1Char(',');
}

Result<QList<ImportRecord>> ImportFiles::parse(const QString &text, QChar delimiter)
{
    QList<ImportRecord> records;
    ImportRecord record;
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool quoted = false; // inside a quoted field
    bool started = false; // the record has a character (a blank line holds none)
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
    };
    const auto endRecord = [&] {
        if (started) {
            endField();
            records << record;
        }
        record = ImportRecord();
        started = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r') || i + 1 >= size || text.at(i + 1) != QLatin1Char('\n'))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (!started) {
            started = true;
            record.line = line;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error::invalid(Tr::tr("Line %1: a quoted field is not closed.").arg(quoteLine));
    endRecord();
    return records;
}

Result<ImportTable> ImportFiles::read(const QByteArray &bytes, std::optional<TextEncoding> encoding)
{
    ImportTable table;
    table.encoding = encoding.value_or(detectEncoding(bytes));
    table.byteOrderMark = bytes.startsWith(utf8Bom);
    auto text = decode(bytes, table.encoding);
    if (!text)
        return text.error();
    table.delimiter = detectDelimiter(*text);
    auto records = parse(*text, table.delimiter);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::invalid(Tr::tr("The file is empty: it has no header line."));
    for (const QString &name : records->takeFirst().fields)
        table.header << name.trimmed();
    table.records = std::move(*records);
    return table;
}

QString ImportFiles::encodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

std::optional<TextEncoding> ImportFiles::encodingFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("UTF-8") || upper == QLatin1String("UTF8"))
        return TextEncoding::Utf8;
    if (upper == QLatin1String("GB18030") || upper == QLatin1String("GBK")
        || upper == QLatin1String("GB2312"))
        return TextEncoding::Gb18030;
    return std::nullopt;
}

} // namespace cd::rules
