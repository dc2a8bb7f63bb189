#include "cli/ForgetSignIn.h"

#include "cli/CommandLine.h"
#include "diagnosis/DiagnosisService.h"
#include "diagnosis/SignInKeeper.h"

#include <QEventLoop>
#include <QTextStream>

namespace flexo::cli {

ForgetSignIn::ForgetSignIn(SecretStore *store, QTextStream &out, QTextStream &err)
    : m_store(store)
    , m_out(out)
    , m_err(err)
{}

int ForgetSignIn::run(const QStringList &paths)
{
    SignInKeeper keeper(m_store);
    int code = ExitOk;
    for (const QString &path : paths) {
        const Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(path);
        if (!loaded.ok()) {
            m_err << loaded.error().userText() << '\n';
            code = ExitUsage;
            continue;
        }
        Error result;
        QEventLoop loop;
        // The keeper answers from the event loop, within the store's timeout.
        keeper.remove(loaded.value().config, &loop, [&result, &loop](const Error &error) {
            result = error;
            loop.quit();
        });
        loop.exec();
        if (result) {
            m_err << tr("%1: the kept sign-in could not be removed: %2").arg(path, result.userText()) << '\n';
            if (code == ExitOk)
                code = ExitCheckFailed;
            continue;
        }
        m_out << tr("%1: no sign-in is kept for this connector any more.").arg(path) << '\n';
    }
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace flexo::cli
