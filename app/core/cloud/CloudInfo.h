#pragma once

#include "config/ConnectorConfig.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace flexo {

// One Microsoft cloud: where to sign in, where Graph lives, and what it offers (CloudCatalog).
struct CloudInfo
{
    Cloud cloud = Cloud::Global;
    QString id;                          // stable: "global", "usgov-high", "usgov-dod", "china", "custom"
    QString displayName;                 // translated, short: "Global", "US Government GCC High", "Custom"
    QString choiceLabel;                 // translated, for choosing: "Global (also US Government GCC)"
    QUrl loginBase;                      // https://login.microsoftonline.com
    QUrl graphBase;                      // https://graph.microsoft.com
    QString graphResource;               // resource URI of Graph for scopes: https://graph.microsoft.com
    QUrl portal;                         // https://portal.azure.com; empty for Custom
    bool onlineMeetingsAvailable = true; // false in China (21Vianet)
    QString cloudInstanceName;           // what discovery reports ("microsoftonline.com"); empty when unknown

    [[nodiscard]] bool isValid() const { return loginBase.isValid() && graphBase.isValid(); }
    // {loginBase}/{tenant}
    [[nodiscard]] QUrl authority(const QString &tenant) const;
    // {loginBase}/{tenant}/v2.0/.well-known/openid-configuration
    [[nodiscard]] QUrl discoveryUrl(const QString &tenant) const;
    // {graphBase}/v1.0{path}; `path` starts with '/'.
    [[nodiscard]] QUrl graphUrl(const QString &path) const;
    // A delegated permission in full form: "https://graph.microsoft.com/OnlineMeetings.ReadWrite".
    [[nodiscard]] QString scope(const QString &permission) const;
    // "https://graph.microsoft.com/.default", for the client-credentials grant.
    [[nodiscard]] QString defaultScope() const { return scope(QStringLiteral(".default")); }
};

} // namespace flexo
