#include "common/EnvironmentSecret.h"

#include "common/Redaction.h"

#include <QMutex>
#include <QMutexLocker>

#include <cstdlib>
#include <cstring>

namespace flexo {

namespace {

struct Kept
{
    QMutex mutex;
    QString value;
};

Kept &kept()
{
    static auto *instance = new Kept;
    return *instance;
}

} // namespace

QString EnvironmentSecret::take()
{
    Kept &k = kept();
    QMutexLocker locker(&k.mutex);
    if (char *raw = std::getenv(variableName())) {
        k.value = QString::fromLocal8Bit(raw);
        registerSensitiveValue(k.value);
        registerSensitiveValue(k.value.trimmed());
        // The string lives in the environment block the kernel shows in /proc/PID/environ (or in a
        // copy setenv() made): wipe it before dropping the variable.
        std::memset(raw, 0, std::strlen(raw));
        qunsetenv(variableName());
    }
    return k.value;
}

void EnvironmentSecret::forget()
{
    Kept &k = kept();
    QMutexLocker locker(&k.mutex);
    k.value.fill(QLatin1Char('\0'));
    k.value.clear();
}

} // namespace flexo
