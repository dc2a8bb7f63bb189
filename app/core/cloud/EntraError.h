#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace flexo {

// What Microsoft Entra ID said when it refused something: a token-endpoint or discovery error body,
// an error redirect to the loopback listener, or the text of Microsoft's own error page.
// These are the facts a check shows (HTTP status, AADSTS number, trace and correlation ids); they
// never carry a secret, token or code (descriptions are Entra's own words, scrubbed by the caller
// when they might echo input).
struct EntraError
{
    int httpStatus = 0;    // 0 when the error did not come with an HTTP answer (redirect, pasted text)
    QString error;         // OAuth "error": invalid_client, access_denied, ...
    QString subError;      // "suberror" (body) or "error_subcode" (redirect), e.g. "cancel"
    QString description;   // "error_description", '+' decoded to spaces
    int aadsts = 0;        // the AADSTS number, 0 when none was given
    QList<int> errorCodes; // "error_codes" as sent
    QString timestamp;     // "timestamp" or the "Timestamp:" line of the description
    QString traceId;       // "trace_id" or the "Trace ID:" line
    QString correlationId; // "correlation_id" or the "Correlation ID:" line
    QUrl errorUri;         // "error_uri"
    QString state;         // "state" of an error redirect

    [[nodiscard]] bool isNull() const { return error.isEmpty() && aadsts == 0; }
    // "AADSTS7000215", or "" when no number is known.
    [[nodiscard]] QString aadstsCode() const;
    // Microsoft's error lookup page for the AADSTS number (https://login.microsoftonline.com/error?code=N).
    [[nodiscard]] QUrl helpUrl() const;
    // The first line of the description without the "AADSTSnnnn: " prefix and the id lines.
    [[nodiscard]] QString shortDescription() const;

    // A JSON error body of the token endpoint or of discovery. Returns a null error when `body` is not
    // a JSON object with "error" or "error_codes".
    [[nodiscard]] static EntraError fromJsonBody(const QByteArray &body, int httpStatus);
    // The query of an error redirect (raw, as received: '+' means space). Null without "error".
    [[nodiscard]] static EntraError fromRedirectQuery(const QString &rawQuery);
    // Free text that may hold an AADSTS number (Microsoft's error page copied by the admin).
    [[nodiscard]] static EntraError fromText(const QString &text);

    // The first AADSTS number in `text` ("AADSTS50011", "AADSTS50011:"), 0 when none.
    [[nodiscard]] static int findAadsts(const QString &text);
    // The ids Microsoft writes one per line, after a description and on its error page.
    enum class Label { TraceId, RequestId, CorrelationId, Timestamp };
    // The value of the line "<label>: value" in `text` (in any case), trimmed; empty without one.
    [[nodiscard]] static QString labelledValue(const QString &text, Label label);
    // Decodes one application/x-www-form-urlencoded value: '+' is a space, then %XX.
    [[nodiscard]] static QString formDecode(QStringView raw);
    // Splits a raw query into decoded (key, value) pairs, in order.
    [[nodiscard]] static QList<QPair<QString, QString>> formItems(const QString &rawQuery);
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::EntraError)
