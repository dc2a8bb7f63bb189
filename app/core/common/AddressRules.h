#pragma once

#include <QString>

namespace flexo::address {

// The rules about addresses that more than one module applies: the config rules check them as the
// admin types, the network and the cloud catalog act on them. Kept here, below both, so that they
// cannot disagree. One test table: tests/core/common/tst_addressrules.cpp.

// Whether `host` is this computer: "localhost" (any case), or a loopback address (127.0.0.0/8, ::1).
// A name that merely starts like one ("127.0.0.1.example") is not.
[[nodiscard]] bool isLoopbackHost(const QString &host);

// Microsoft's exception for redirect URIs: plain http, and any port, only for these two names of this
// computer ("localhost" in any case, "127.0.0.1"); never for ::1 or other loopback addresses.
[[nodiscard]] bool isLoopbackRedirectHost(const QString &host);

// The proxy setting of a config, as written in its "network.proxy".
struct ProxySetting
{
    enum class Kind {
        System,  // "" (or blanks): the system's settings
        Direct,  // "none", in any case: no proxy
        Http,    // "http://host:port": that HTTP proxy
        Invalid, // anything else (another scheme, no port, no scheme, a path...)
    };

    Kind kind = Kind::System;
    QString host;     // for Http
    quint16 port = 0; // for Http

    [[nodiscard]] bool isValid() const { return kind != Kind::Invalid; }
};

[[nodiscard]] ProxySetting parseProxy(const QString &text);

} // namespace flexo::address
