#pragma once

#include "common/Error.h"
#include "setup/SetupDraft.h"

#include <QString>

#include <optional>

namespace flexo {

// The file of the unfinished setup (ConfigPaths::unfinishedSetupFile() unless told otherwise):
// written atomically, 0600, through SafeFile; removed once the config is saved.
class SetupDraftFile
{
public:
    explicit SetupDraftFile(QString path);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Error save(const SetupDraft &draft) const;
    // Empty when there is none, or when the file cannot be read as a draft: a damaged file means a
    // fresh start, never a failure.
    [[nodiscard]] std::optional<SetupDraft> load() const;
    void remove() const;

private:
    QString m_path;
};

} // namespace flexo
