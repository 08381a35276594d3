#pragma once

#include "importmapping.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// File > Import...: a CSV/TSV file (its encoding detected, shown and changeable), the
// mapping of its columns to fields (a preset, a saved mapping or as the columns are named,
// each changeable), its category and channel values to ours, a preview of the first rows as
// they would be saved, and the import itself with a progress bar and cancel
// (models::ImportService).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(models::Workspace &workspace, QWidget *parent = nullptr);

    // Opens `path` as if chosen (tests, a file dropped on the window).
    void openFile(const QString &path);
    // The summary line of the last import ("Imported N, skipped M (already present), failed K").
    QString summary() const;

Q_SIGNALS:
    void imported(int complaints);

private:
    void chooseFile();
    void readFile(std::optional<rules::TextEncoding> encoding);
    void applyMappingChoice();
    void showMapping();
    void readMappingFromForm();
    void showValues();
    void showPreview();
    void saveMapping();
    void runImport();

    models::Workspace &m_workspace;
    QString m_path;
    std::optional<rules::ImportTable> m_table;
    rules::ImportMapping m_mapping;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_mappings = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_values = nullptr;
    QTableWidget *m_preview = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QString m_summary;
    bool m_filling = false;
};

} // namespace cd::ui
