#include "importdialog.h"

#include "choices.h"
#include "codes.h"
#include "complaintservice.h"
#include "dialoglayout.h"
#include "importservice.h"
#include "taxonomy.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr int previewRows = 20;
constexpr int maxValuesShown = 200;

QString fieldLabel(rules::ImportField field)
{
    using rules::ImportField;
    switch (field) {
    case ImportField::ReceivedAt:
        return ImportDialog::tr("Received at");
    case ImportField::Channel:
        return ImportDialog::tr("Channel");
    case ImportField::Phone:
        return ImportDialog::tr("Phone");
    case ImportField::CustomerName:
        return ImportDialog::tr("Customer name");
    case ImportField::Description:
        return ImportDialog::tr("Description");
    case ImportField::Category:
        return ImportDialog::tr("Category");
    case ImportField::Subcategory:
        return ImportDialog::tr("Sub-category");
    case ImportField::Amount:
        return ImportDialog::tr("Amount (yuan)");
    case ImportField::TransactionRef:
        return ImportDialog::tr("Transaction reference");
    case ImportField::ExternalId:
        return ImportDialog::tr("External id");
    }
    return {};
}

// Kinds of rows of the values table.
enum ValueKind { CategoryValue, ChannelValue };

} // namespace

ImportDialog::ImportDialog(models::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import complaints"));
    auto *layout = new QVBoxLayout(this);

    auto *source = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *choose = pushButton(this, tr("&Choose..."), {}, &ImportDialog::chooseFile);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    source->addRow(fileLabel, besideRight(m_file, choose));
    m_encoding = namedChild<QComboBox>(this, QStringLiteral("importEncoding"));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(rules::TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), int(rules::TextEncoding::Gb18030));
    connect(m_encoding, &QComboBox::activated, this,
            [this] { readFile(rules::TextEncoding(m_encoding->currentData().toInt())); });
    source->addRow(tr("&Encoding:"), m_encoding);
    m_mappings = namedChild<QComboBox>(this, QStringLiteral("importMapping"));
    m_mappings->addItem(tr("Columns as named"), QString());
    for (const QString &name : models::ImportService::presetNames())
        m_mappings->addItem(tr("Preset: %1").arg(name), QString(QStringLiteral("preset:") + name));
    for (const QString &name : models::ImportService::savedMappingNames())
        m_mappings->addItem(tr("Saved: %1").arg(name), QString(QStringLiteral("saved:") + name));
    connect(m_mappings, &QComboBox::activated, this, &ImportDialog::applyMappingChoice);
    auto *save = pushButton(this, tr("&Save mapping..."), {}, &ImportDialog::saveMapping);
    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(m_mappings);
    source->addRow(mappingLabel, besideRight(m_mappings, save));
    layout->addLayout(source);

    auto *tables = new QHBoxLayout;
    auto *columnsBox = new QGroupBox(tr("Columns to fields"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QTableWidget(0, 2, columnsBox);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    columnsLayout->addWidget(m_columns);
    tables->addWidget(columnsBox, 1);
    auto *valuesBox = new QGroupBox(tr("Values to ours"), this);
    auto *valuesLayout = new QVBoxLayout(valuesBox);
    m_values = new QTableWidget(0, 3, valuesBox);
    m_values->setObjectName(QStringLiteral("importValues"));
    m_values->setHorizontalHeaderLabels({tr("Kind"), tr("Value in the file"), tr("Ours")});
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    valuesLayout->addWidget(m_values);
    tables->addWidget(valuesBox, 1);
    layout->addLayout(tables, 2);

    auto *previewBox = new QGroupBox(tr("Preview: the first rows as they would be saved"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(0, 7, previewBox);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Received at"), tr("Channel"), tr("Phone"),
                                          tr("Category"), tr("Description"), tr("Result")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLayout->addWidget(m_preview);
    layout->addWidget(previewBox, 3);

    auto *modes = new QHBoxLayout;
    auto *rowByRow = new QRadioButton(tr("Save the correct &rows, report the others"), this);
    rowByRow->setChecked(true);
    m_allOrNothing = new QRadioButton(tr("&All or nothing"), this);
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    modes->addWidget(rowByRow);
    modes->addWidget(m_allOrNothing);
    modes->addStretch();
    layout->addLayout(modes);
    m_status = namedChild<QLabel>(this, QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    layout->addWidget(buttons);
    resize(1000, 680);
}

QString ImportDialog::summary() const
{
    return m_summary;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import complaints"), QString(),
        tr("Comma- or tab-separated files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    readFile(std::nullopt);
}

void ImportDialog::readFile(std::optional<rules::TextEncoding> encoding)
{
    auto table = models::ImportService::readFile(m_path, encoding);
    if (!table) {
        m_table.reset();
        m_status->setText(table.error().message);
        m_import->setEnabled(false);
        m_columns->setRowCount(0);
        m_values->setRowCount(0);
        m_preview->setRowCount(0);
        return;
    }
    m_table = std::move(*table);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_table->encoding)));
    m_status->setText(
        tr("%n row(s), encoding %1 (%2), separated by %3.", "", int(m_table->records.size()))
            .arg(rules::ImportFiles::encodingName(m_table->encoding),
                 encoding ? tr("chosen") : tr("detected"),
                 m_table->delimiter == QLatin1Char('\t') ? tr("tabs") : tr("commas")));
    // A file a preset's columns describe starts with that preset.
    if (m_mappings->currentIndex() == 0) {
        for (int i = 1; i < m_mappings->count(); ++i) {
            const QString key = m_mappings->itemData(i).toString();
            if (!key.startsWith(QLatin1String("preset:")))
                continue;
            auto preset = models::ImportService::preset(key.mid(7));
            if (preset && preset->describes(m_table->header)
                && !preset->missingColumns(m_table->header)
                        .contains(rules::ImportField::ExternalId)) {
                m_mappings->setCurrentIndex(i);
                break;
            }
        }
    }
    applyMappingChoice();
}

void ImportDialog::applyMappingChoice()
{
    if (!m_table)
        return;
    const QString key = m_mappings->currentData().toString();
    Result<rules::ImportMapping> chosen = rules::ImportMapping();
    if (key.startsWith(QLatin1String("preset:")))
        chosen = models::ImportService::preset(key.mid(7));
    else if (key.startsWith(QLatin1String("saved:")))
        chosen =
            models::ImportService::loadMapping(models::ImportService::savedMappingPath(key.mid(6)));
    else
        chosen = models::ImportService::guess(m_table->header);
    if (!chosen) {
        QMessageBox::warning(this, windowTitle(), chosen.error().message);
        return;
    }
    m_mapping = *chosen;
    showMapping();
}

void ImportDialog::showMapping()
{
    m_filling = true;
    const QList<rules::ImportField> fields = rules::allImportFields();
    m_columns->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const rules::ImportField field = fields.at(row);
        auto *label = new QTableWidgetItem(fieldLabel(field));
        label->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(row, 0, label);
        auto *combo = new QComboBox(m_columns);
        combo->addItem(tr("(none)"), QString());
        for (const QString &name : m_table->header)
            combo->addItem(name, name);
        QString current;
        for (const QString &name : m_mapping.columns.value(field)) {
            if (m_table->header.contains(name)) {
                current = name;
                break;
            }
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        connect(combo, &QComboBox::activated, this, [this] {
            readMappingFromForm();
            showValues();
            showPreview();
        });
        m_columns->setCellWidget(row, 1, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_filling = false;
    showValues();
    showPreview();
}

void ImportDialog::readMappingFromForm()
{
    const QList<rules::ImportField> fields = rules::allImportFields();
    for (int row = 0; row < fields.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 1));
        const QString column = combo->currentData().toString();
        if (column.isEmpty())
            m_mapping.columns.remove(fields.at(row));
        else
            m_mapping.columns.insert(fields.at(row), {column});
    }
    for (int row = 0; row < m_values->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_values->cellWidget(row, 2));
        const QString value = m_values->item(row, 1)->text();
        const QString ours = combo->currentData().toString();
        QHash<QString, QString> &map =
            m_values->item(row, 0)->data(Qt::UserRole).toInt() == CategoryValue
            ? m_mapping.categoryValues
            : m_mapping.channelValues;
        const QString key = value.simplified().toCaseFolded();
        if (ours.isEmpty())
            map.remove(key);
        else
            map.insert(key, ours);
    }
}

void ImportDialog::showValues()
{
    m_filling = true;
    m_values->setRowCount(0);
    const auto addValues = [this](rules::ImportField field, ValueKind kind) {
        const QStringList columns = m_mapping.columns.value(field);
        const qsizetype index =
            columns.isEmpty() ? -1 : m_table->header.indexOf(columns.constFirst());
        if (index < 0)
            return;
        QStringList seen;
        for (const rules::ImportRecord &record : m_table->records) {
            const QString value = record.fields.value(index).trimmed();
            if (!value.isEmpty() && !seen.contains(value) && seen.size() < maxValuesShown)
                seen << value;
        }
        for (const QString &value : seen) {
            const int row = m_values->rowCount();
            m_values->insertRow(row);
            auto *kindItem =
                new QTableWidgetItem(kind == CategoryValue ? tr("Category") : tr("Channel"));
            kindItem->setData(Qt::UserRole, int(kind));
            kindItem->setFlags(Qt::ItemIsEnabled);
            m_values->setItem(row, 0, kindItem);
            auto *valueItem = new QTableWidgetItem(value);
            valueItem->setFlags(Qt::ItemIsEnabled);
            m_values->setItem(row, 1, valueItem);
            auto *combo = new QComboBox(m_values);
            combo->addItem(kind == CategoryValue ? tr("(as named, else classified)")
                                                 : tr("(as named)"),
                           QString());
            QString current;
            if (kind == CategoryValue) {
                for (const storage::CategoryRecord &category :
                     m_workspace.taxonomy().categories()) {
                    if (category.active)
                        combo->addItem(m_workspace.taxonomy().categoryName(category.id),
                                       category.code);
                }
                current = m_mapping.categoryValues.value(value.simplified().toCaseFolded());
            } else {
                addChannels(combo);
                current = m_mapping.channelValues.value(value.simplified().toCaseFolded());
            }
            combo->setCurrentIndex(std::max(0, combo->findData(current)));
            connect(combo, &QComboBox::activated, this, [this] {
                readMappingFromForm();
                showPreview();
            });
            m_values->setCellWidget(row, 2, combo);
        }
    };
    // The CFPB preset reads its categories through its rules; its values are not listed.
    if (m_mapping.categoryRules.isEmpty())
        addValues(rules::ImportField::Category, CategoryValue);
    addValues(rules::ImportField::Channel, ChannelValue);
    m_values->resizeColumnsToContents();
    m_filling = false;
}

void ImportDialog::showPreview()
{
    if (!m_table)
        return;
    models::ImportService importer(m_workspace);
    const auto count = int(std::min<qsizetype>(previewRows, m_table->records.size()));
    m_preview->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const models::ImportRow prepared =
            importer.prepare(*m_table, m_mapping, m_table->records.at(row));
        const models::NewCallInput &in = prepared.input;
        const QString category = in.categoryId ? m_workspace.taxonomy().categoryName(*in.categoryId)
                + (prepared.classified ? tr(" (classified)") : QString())
                                               : QString();
        const QStringList cells {
            QString::number(prepared.line),
            in.receivedAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*in.receivedAt),
                                               QLocale::ShortFormat)
                          : tr("(now)"),
            rules::Labels::channel(in.channel),
            in.phone,
            category,
            in.description.simplified().left(200),
            prepared.error.isEmpty() ? tr("Ready") : prepared.error};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (!prepared.error.isEmpty())
            m_preview->item(row, 6)->setForeground(Qt::darkRed);
    }
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(5, std::min(m_preview->columnWidth(5), 320));
    m_import->setEnabled(!m_table->records.isEmpty() && m_mapping.describes(m_table->header));
}

void ImportDialog::saveMapping()
{
    if (!m_table)
        return;
    readMappingFromForm();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("Name of the mapping:"),
                                               QLineEdit::Normal, m_mapping.name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) {
        QMessageBox::warning(this, windowTitle(),
                             tr("A mapping's name cannot contain \"/\" or start with \".\"."));
        return;
    }
    rules::ImportMapping saved = m_mapping;
    saved.name = name;
    if (auto written = models::ImportService::saveMapping(
            saved, models::ImportService::savedMappingPath(name));
        !written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return;
    }
    m_mapping.name = name;
    const QString key = QStringLiteral("saved:") + name;
    if (m_mappings->findData(key) < 0)
        m_mappings->addItem(tr("Saved: %1").arg(name), key);
    m_mappings->setCurrentIndex(m_mappings->findData(key));
}

void ImportDialog::runImport()
{
    if (!m_table)
        return;
    readMappingFromForm();
    const auto total = int(m_table->records.size());
    QProgressDialog progress(tr("Importing complaints..."), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    models::ImportService importer(m_workspace);
    models::ImportService::Options options;
    options.allOrNothing = m_allOrNothing->isChecked();
    options.source = QFileInfo(m_path).fileName();
    options.progress = [&progress](int done, int rows) {
        if (done % 25 == 0 || done == rows)
            progress.setValue(done);
        return !progress.wasCanceled();
    };
    // The queue is refreshed once at the end, not for every row.
    const QSignalBlocker quiet(&m_workspace.complaints());
    auto report = importer.import(*m_table, m_mapping, options);
    progress.reset();
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return;
    }
    m_summary = tr("Imported %1, skipped %2 (already present), failed %3")
                    .arg(report->imported)
                    .arg(report->skipped)
                    .arg(report->failed);
    QStringList lines {m_summary};
    if (report->cancelled)
        lines << (report->rolledBack ? tr("Cancelled: nothing was saved.")
                                     : tr("Cancelled: the rows before were saved."));
    else if (report->rolledBack)
        lines << tr("All or nothing: a row failed, so nothing was saved.");
    for (const models::ImportFailure &failure : report->failures)
        lines << tr("Line %1: %2").arg(failure.line).arg(failure.reason);
    m_status->setText(
        lines.mid(0, 12).join(QLatin1Char('\n'))
        + (lines.size() > 12 ? tr("\n... and %n more.", "", int(lines.size() - 12)) : QString()));
    if (report->imported > 0)
        Q_EMIT imported(report->imported);
    showPreview();
}

} // namespace cd::ui
