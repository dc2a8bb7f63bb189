#pragma once

#include "checks/CheckId.h"
#include "checks/CheckResult.h"
#include "common/Error.h"

#include <QObject>

#include <chrono>

namespace flexo {

class CheckContext;
class HttpClient;

// One step of the verification (docs/architecture.md). A check is started once per run by the
// CheckRunner, reports exactly one CheckResult through finished(), and stops its work when cancel()
// is called. Subclasses say which check they are and do the work; their prerequisites and needs are
// in CheckGraph, and the runner handles ordering, skipping, timeouts, durations and redaction.
class Check : public QObject
{
    Q_OBJECT

public:
    explicit Check(QObject *parent = nullptr);
    ~Check() override;

    [[nodiscard]] virtual CheckId id() const = 0;
    [[nodiscard]] virtual QString title() const = 0; // translated: "Application credentials"
    // How long the check may take; zero means the runner's default.
    [[nodiscard]] virtual std::chrono::milliseconds timeout() const { return std::chrono::milliseconds(0); }

    // Starts the work. The check may report synchronously (from inside start()) or later.
    virtual void start(CheckContext &context) = 0;
    // Stops the work; after cancel() the check must not touch the context any more.
    virtual void cancel() {}

signals:
    void finished(const flexo::CheckResult &result);

protected:
    // A result with id and title filled in.
    [[nodiscard]] CheckResult makeResult(CheckStatus status, const QString &summary,
                                         const QString &cause = {}, const QString &fix = {}) const;
    // A failure (or warning) explained by an Error: message, cause, fix; the code goes to the log only
    // unless it is an AADSTS number, which is also recorded as observed.
    [[nodiscard]] CheckResult makeResult(const Error &error, CheckStatus status = CheckStatus::Failed) const;
    void finish(const CheckResult &result);
    // A client for the context's network with the config's proxy and CA bundle, owned by this check;
    // null (and `error` set) when the config's network settings cannot be used.
    [[nodiscard]] HttpClient *createHttpClient(const CheckContext &context, Error *error);
    void pass(const QString &summary, const QVariantMap &facts = {});
    void fail(const Error &error);
};

} // namespace flexo
