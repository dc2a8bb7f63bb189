#include "checks/Check.h"

#include "checks/CheckContext.h"
#include "common/Logging.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

namespace flexo {

Check::Check(QObject *parent)
    : QObject(parent)
{}

Check::~Check() = default;

CheckResult Check::makeResult(CheckStatus status, const QString &summary, const QString &cause,
                              const QString &fix) const
{
    CheckResult result;
    result.id = id();
    result.title = title();
    result.status = status;
    result.summary = summary;
    result.cause = cause;
    result.fix = fix;
    return result;
}

CheckResult Check::makeResult(const Error &error, CheckStatus status) const
{
    CheckResult result = makeResult(status, error.message, error.cause, error.fix);
    result.remedy = error.remedy;
    if (error.code.startsWith(QLatin1String("AADSTS")))
        result.observed.aadsts = error.code;
    if (!error.code.isEmpty())
        result.facts.insert(QStringLiteral("errorCode"), error.code);
    if (!error.detail.isEmpty())
        qCDebug(lcChecks).noquote() << id() << error.code << error.detail;
    return result;
}

void Check::finish(const CheckResult &result)
{
    emit finished(result);
}

HttpClient *Check::createHttpClient(const CheckContext &context, Error *error)
{
    const Result<NetworkOptions> options =
        NetworkFactory::options(context.config.proxy, context.config.caBundle);
    if (!options.ok()) {
        if (error)
            *error = options.error();
        return nullptr;
    }
    NetworkOptions network = options.value();
    if (context.requestTimeoutMs > 0)
        network.timeoutMs = context.requestTimeoutMs;
    network.hostPauses = context.hostPauses;
    return new HttpClient(context.network, network, context.netClock, this);
}

void Check::pass(const QString &summary, const QVariantMap &facts)
{
    CheckResult result = makeResult(CheckStatus::Passed, summary);
    result.facts = facts;
    finish(result);
}

void Check::fail(const Error &error)
{
    finish(makeResult(error));
}

} // namespace flexo
