#include "setup/SetupDraftFile.h"

#include "common/Logging.h"
#include "common/SafeFile.h"

#include <QFile>
#include <QFileInfo>

namespace flexo {

namespace {

// A draft is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxDraftSize = 64 * 1024;

} // namespace

SetupDraftFile::SetupDraftFile(QString path)
    : m_path(std::move(path))
{}

Error SetupDraftFile::save(const SetupDraft &draft) const
{
    const Error folder = SafeFile::makePrivateDirectory(QFileInfo(m_path).absolutePath());
    if (folder)
        return folder;
    return SafeFile::write(m_path, draft.toJson(), SafeFile::Access::Private);
}

std::optional<SetupDraft> SetupDraftFile::load() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return std::nullopt;
    QFile file(m_path);
    if (info.isSymLink() || !info.isFile() || info.size() > kMaxDraftSize ||
        !file.open(QIODevice::ReadOnly)) {
        qCWarning(lcConfig) << "Unfinished setup not offered: cannot read" << m_path;
        return std::nullopt;
    }
    std::optional<SetupDraft> draft = SetupDraft::fromJson(file.read(kMaxDraftSize));
    if (!draft)
        qCWarning(lcConfig) << "Unfinished setup not offered: not a draft of this version:" << m_path;
    return draft;
}

void SetupDraftFile::remove() const
{
    if (QFileInfo::exists(m_path) && !QFile::remove(m_path))
        qCWarning(lcConfig) << "Could not remove the unfinished setup" << m_path;
}

} // namespace flexo
