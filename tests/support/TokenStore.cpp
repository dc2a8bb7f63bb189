#include "TokenStore.h"

#include <QRandomGenerator>

namespace flexo::fake {

QString TokenStore::randomToken(const QString &prefix, int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    return prefix + QString::fromLatin1(
                        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenStore::addCode(const Code &code)
{
    const QString value = randomToken(QStringLiteral("1.fakecode."));
    m_codes.insert(value, code);
    return value;
}

QString TokenStore::addRefresh(const Refresh &refresh)
{
    const QString value = randomToken(QStringLiteral("1.fakerefresh."));
    m_refresh.insert(value, refresh);
    return value;
}

QString TokenStore::addAccess(const Access &access)
{
    const QString value = randomToken(QStringLiteral("fakeaccess."));
    m_access.insert(value, access);
    return value;
}

TokenStore::Code *TokenStore::code(const QString &value)
{
    auto it = m_codes.find(value);
    return it == m_codes.end() ? nullptr : &it.value();
}

TokenStore::Refresh *TokenStore::refresh(const QString &value)
{
    auto it = m_refresh.find(value);
    return it == m_refresh.end() ? nullptr : &it.value();
}

TokenStore::Access *TokenStore::access(const QString &value)
{
    auto it = m_access.find(value);
    return it == m_access.end() ? nullptr : &it.value();
}

void TokenStore::expireRefreshTokens()
{
    for (Refresh &refresh : m_refresh)
        refresh.expired = true;
}

void TokenStore::refuseRefreshTokens(int aadsts)
{
    for (Refresh &refresh : m_refresh)
        refresh.refusal = aadsts;
}

void TokenStore::removeRefresh(const QString &value)
{
    m_refresh.remove(value);
}

void TokenStore::expireAccessTokens(const QDateTime &now)
{
    for (Access &access : m_access)
        access.expires = now.addSecs(-1);
}

void TokenStore::clear()
{
    m_codes.clear();
    m_refresh.clear();
    m_access.clear();
}

} // namespace flexo::fake
