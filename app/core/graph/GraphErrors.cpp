#include "graph/GraphErrors.h"

#include "graph/GraphResult.h"

namespace flexo {

namespace {

const QString kOnlineMeetings = QStringLiteral("OnlineMeetings.ReadWrite");

Error withRemedy(const Remedy &remedy, Error error)
{
    error.remedy = remedy;
    return error;
}

} // namespace

QString GraphErrors::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Me:
        return QStringLiteral("GET /me");
    case Operation::CreateMeeting:
        return QStringLiteral("POST /me/onlineMeetings/createOrGet");
    case Operation::GetMeeting:
        return QStringLiteral("GET /me/onlineMeetings/{id}");
    case Operation::DeleteMeeting:
        return QStringLiteral("DELETE /me/onlineMeetings/{id}");
    }
    return {};
}

Error GraphErrors::explain(Operation operation, const GraphResult &result)
{
    const int status = result.facts.status;
    const QString code = result.graphCode;
    const QString message = result.graphMessage.trimmed();
    const QString detail = QStringLiteral("%1 -> HTTP %2, code %3, message \"%4\", request-id %5, "
                                          "client-request-id %6%7")
                               .arg(operationName(operation))
                               .arg(status)
                               .arg(code, message, result.requestId(), result.facts.clientRequestId,
                                    result.wwwAuthenticate.isEmpty()
                                        ? QString()
                                        : QStringLiteral(", WWW-Authenticate: ") + result.wwwAuthenticate);
    const QString said = message.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, message);

    if (status == 401) {
        return withRemedy(
            Remedy::make(RemedyKind::SignInAgain),
            Error::make(
                QStringLiteral("graph.token-rejected"),
                tr("Microsoft Graph rejected the access token (%1).").arg(said),
                tr("The token has expired, was issued for another cloud or resource, or the session "
                   "was revoked (InvalidAuthenticationToken)."),
                tr("Sign in again; if it persists, check that the cloud chosen matches the tenant's."),
                detail));
    }
    if (status == 403) {
        if (message.isEmpty()) {
            // The sign-in has already proven the permission granted: the licence is the likely gap.
            return withRemedy(
                Remedy::make(RemedyKind::AssignTeamsLicence),
                Error::make(
                    QStringLiteral("graph.forbidden"),
                    tr("Microsoft Graph refused the request without giving a reason (403 %1).").arg(code),
                    tr("Usually one of: the delegated permission OnlineMeetings.ReadWrite is missing from "
                       "the "
                       "app "
                       "registration or was not consented; the signed-in user has no Teams licence; or the "
                       "signed-in account is a guest in this tenant."),
                    tr("On the app registration, add the Microsoft Graph delegated permission "
                       "OnlineMeetings.ReadWrite and grant consent; sign in with a member account of the "
                       "tenant "
                       "that has a Microsoft Teams licence."),
                    detail));
        }
        return withRemedy(
            Remedy::make(RemedyKind::AddPermission, kOnlineMeetings),
            Error::make(QStringLiteral("graph.forbidden"),
                        tr("Microsoft Graph refused the request (403 %1).").arg(said),
                        tr("The token does not carry the permission this request needs."),
                        tr("Add the Microsoft Graph delegated permission OnlineMeetings.ReadWrite to the app "
                           "registration, grant consent, and sign in again."),
                        detail));
    }
    if (status == 400 && message.contains(QLatin1String("delegated"), Qt::CaseInsensitive)) {
        return Error::make(QStringLiteral("graph.app-only-token"),
                           tr("Microsoft Graph only answers /me for a signed-in user (%1).").arg(said),
                           tr("The token was obtained without a user (client credentials), so there is no "
                              "\"me\"."),
                           tr("Use the token of the interactive sign-in for the meeting checks."), detail);
    }
    if (status == 400 && message.contains(QLatin1String("corrupted"), Qt::CaseInsensitive)) {
        return Error::make(QStringLiteral("graph.meeting-id-corrupted"),
                           tr("Microsoft Graph did not recognise the meeting ID (%1).").arg(said),
                           tr("The ID was altered or cut short on its way (it must be passed exactly as "
                              "Graph returned it)."),
                           tr("If this meeting came from the cleanup journal, delete it in Teams by its join "
                              "link instead."),
                           detail);
    }
    if (status == 404) {
        return Error::make(QStringLiteral("graph.not-found"),
                           tr("Microsoft Graph does not know this meeting (404 %1).").arg(said),
                           tr("It was deleted already, or belongs to another user."), {}, detail);
    }
    if (status == 429) {
        return withRemedy(
            Remedy::make(RemedyKind::RetryLater),
            Error::make(QStringLiteral("graph.throttled"),
                        tr("Microsoft Graph is throttling requests (429), even after waiting as asked."),
                        tr("Too many requests were made for this user or app in a short time."),
                        tr("Wait a few minutes and run the check again."), detail));
    }
    if (status >= 500) {
        return withRemedy(
            Remedy::make(RemedyKind::RetryLater),
            Error::make(QStringLiteral("graph.unavailable"),
                        tr("Microsoft Graph had a problem answering (HTTP %1 %2).").arg(status).arg(code),
                        tr("A temporary failure on Microsoft's side."),
                        tr("Run the check again later; if it persists, check the Microsoft 365 service "
                           "health page and quote the request-id %1.")
                            .arg(result.requestId()),
                        detail));
    }
    return Error::make(
        QStringLiteral("graph.error"),
        tr("Microsoft Graph answered %1 with HTTP %2 (%3).")
            .arg(operationName(operation))
            .arg(status)
            .arg(said.isEmpty() ? tr("no details") : said),
        tr("An unexpected answer from Microsoft Graph."),
        tr("Check the request-id %1 with Microsoft support if it persists.").arg(result.requestId()), detail);
}

} // namespace flexo
