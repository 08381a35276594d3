#include "backupsettingsdialog.h"

#include "dialoglayout.h"
#include "formdialog.h"

#include "backupservice.h"
#include "fieldmessage.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cd::ui {

BackupSettingsDialog::BackupSettingsDialog(models::Workspace &workspace, QWidget *parent)
    : FormDialog(workspace, {}, QStringLiteral("backupSettingsMessage"), parent)
    , m_keep(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
{
    setWindowTitle(tr("Daily backup"));
    const models::BackupService service(workspace);
    const models::DailyBackupSettings settings = service.dailySettings();
    m_keep->setObjectName(QStringLiteral("keepSpin"));
    m_keep->setRange(0, models::DailyBackupSettings::maxKeep);
    m_keep->setSpecialValueText(tr("Off"));
    m_keep->setValue(settings.keep);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    const QString beside = QDir::toNativeSeparators(
        QDir(QFileInfo(workspace.storePath()).absolutePath()).filePath(QStringLiteral("backups")));
    m_folder->setPlaceholderText(beside);
    m_folder->setToolTip(tr("Empty: the folder \"backups\" beside the store (%1).").arg(beside));
    const auto chooseFolder = [this, beside] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the daily backups"),
            m_folder->text().isEmpty() ? beside : m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    };
    auto *browse = pushButton(this, tr("&Browse..."), QStringLiteral("browseBackupFolderButton"),
                              chooseFolder);
    QHBoxLayout *folderRow = besideRight(m_folder, browse);

    auto *explanation = new QLabel(
        tr("ComplaintDesk copies the store once a day: at the first start of the window that "
           "day, or while it runs past midnight. The newest copies are kept; older ones are "
           "deleted. Copies are readable by this computer account only."),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Copies kept:"), m_keep);
    addLabelledRow(form, tr("&Folder:"), folderRow, m_folder);
    layOut(form, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, explanation);
}

void BackupSettingsDialog::submit()
{
    models::DailyBackupSettings settings;
    settings.keep = m_keep->value();
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    auto saved = models::BackupService(m_workspace).setDailySettings(settings);
    if (!acceptOrShow(saved))
        (saved.error().field == QLatin1String("keep") ? static_cast<QWidget *>(m_keep) : m_folder)
            ->setFocus();
}

} // namespace cd::ui
