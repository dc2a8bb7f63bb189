#include "common/Redaction.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <bitset>
#include <vector>

namespace flexo {

namespace {

bool isSensitiveKey(const QString &key)
{
    static const QStringList keys = {QStringLiteral("code"),          QStringLiteral("state"),
                                     QStringLiteral("client_secret"), QStringLiteral("code_verifier"),
                                     QStringLiteral("access_token"),  QStringLiteral("refresh_token"),
                                     QStringLiteral("id_token"),      QStringLiteral("assertion"),
                                     QStringLiteral("password"),      QStringLiteral("client_assertion")};
    return keys.contains(key, Qt::CaseInsensitive);
}

QString redactQuery(const QString &query)
{
    QUrlQuery q(query);
    const auto items = q.queryItems(QUrl::FullyEncoded);
    QUrlQuery out;
    for (const auto &item : items) {
        out.addQueryItem(item.first, isSensitiveKey(item.first) ? QStringLiteral("REDACTED") : item.second);
    }
    return out.toString(QUrl::FullyEncoded);
}

} // namespace

QString redactSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(none)");
    return QStringLiteral("%1… (%2 characters)").arg(secret.left(3)).arg(secret.size());
}

QString redactToken(const QString &token)
{
    if (token.isEmpty())
        return QStringLiteral("(none)");
    return QStringLiteral("[redacted, %1 characters]").arg(token.size());
}

QString redactUser(const QString &upn)
{
    const qsizetype at = upn.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return upn.isEmpty() ? QString() : QStringLiteral("***");
    return upn.left(1) + QStringLiteral("***") + upn.mid(at);
}

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    if (copy.hasQuery())
        copy.setQuery(redactQuery(copy.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    if (copy.hasFragment())
        copy.setFragment(redactQuery(copy.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    copy.setPassword(QString());
    return copy.toString(QUrl::FullyEncoded);
}

QString redactForm(const QByteArray &body)
{
    return redactQuery(QString::fromLatin1(body));
}

namespace {

struct Registry
{
    QMutex mutex;
    QStringList values;
};

// Never destroyed: the log handler may scrub while static objects are torn down at exit.
Registry &registry()
{
    static auto *instance = new Registry;
    return *instance;
}

constexpr qsizetype kMinSecretLength = 4;
// Registered values are scrubbed from everything the process writes, for every config of a batch:
// a short one would redact ordinary words. Real secrets, tokens, codes and verifiers are far longer.
constexpr qsizetype kMinRegisteredLength = 8;
constexpr qsizetype kMaxRegistered = 4096;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads a number of `base` 10 or 16 at `pos`; returns its end, or -1 when there is no digit.
qsizetype readNumber(QStringView text, qsizetype pos, int base, uint *value)
{
    qsizetype end = pos;
    quint64 number = 0;
    while (end < text.size() && end - pos < 10) {
        const int digit = hexValue(text.at(end));
        if (digit < 0 || digit >= base)
            break;
        number = number * base + uint(digit);
        ++end;
    }
    if (end == pos || number > 0x10FFFF)
        return -1;
    *value = uint(number);
    return end;
}

bool startsWithAt(QStringView text, qsizetype pos, QStringView what,
                  Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return pos + what.size() <= text.size() && text.mid(pos, what.size()).compare(what, cs) == 0;
}

// "%HH" (or "%25HH", the same encoded twice) for `byte` at `pos`: the end, or -1.
qsizetype percentByteAt(QStringView text, qsizetype pos, uchar byte)
{
    if (pos >= text.size() || text.at(pos) != u'%')
        return -1;
    qsizetype at = pos + 1;
    if (startsWithAt(text, at, u"25") && at + 4 <= text.size() && hexValue(text.at(at + 2)) >= 0)
        at += 2;
    if (at + 2 > text.size())
        return -1;
    const int high = hexValue(text.at(at));
    const int low = hexValue(text.at(at + 1));
    return (high >= 0 && low >= 0 && uchar(high * 16 + low) == byte) ? at + 2 : -1;
}

// Every end of one encoded form of the code point `ucs4` (whose UTF-16 text is `unit`) at `pos`.
void encodedEnds(QStringView text, qsizetype pos, char32_t ucs4, QStringView unit,
                 QVarLengthArray<qsizetype, 8> *ends)
{
    const auto add = [ends](qsizetype end) {
        if (end > 0 && !ends->contains(end))
            ends->append(end);
    };
    if (startsWithAt(text, pos, unit))
        add(pos + unit.size());
    if (pos >= text.size())
        return;
    const QChar first = text.at(pos);
    if (first == u'%') {
        const QByteArray utf8 = unit.toUtf8();
        qsizetype at = pos;
        for (const char byte : utf8) {
            at = percentByteAt(text, at, uchar(byte));
            if (at < 0)
                break;
        }
        add(at);
    } else if (first == u'+' && ucs4 == U' ') {
        add(pos + 1);
    } else if (first == u'\\') {
        // JSON: \uXXXX for each UTF-16 unit, and the short escapes of '/', '"' and '\\'.
        qsizetype at = pos;
        for (const QChar c : unit) {
            uint value = 0;
            if (!startsWithAt(text, at, u"\\u", Qt::CaseInsensitive) || at + 6 > text.size() ||
                readNumber(text.mid(at + 2, 4), 0, 16, &value) != 4 || value != c.unicode()) {
                at = -1;
                break;
            }
            at += 6;
        }
        add(at);
        // Markdown (and JSON's \/ \" \\): a backslash before an ASCII punctuation character.
        const bool asciiPunctuation = ucs4 > 0x20 && ucs4 < 0x7F && !QChar::isLetterOrNumber(ucs4);
        if (asciiPunctuation && startsWithAt(text, pos + 1, unit))
            add(pos + 2);
    } else if (first == u'&') {
        static const struct
        {
            char32_t c;
            const char16_t *name;
        } named[] = {
            {U'&', u"&amp;"}, {U'<', u"&lt;"}, {U'>', u"&gt;"}, {U'"', u"&quot;"}, {U'\'', u"&apos;"}};
        for (const auto &entity : named) {
            if (entity.c == ucs4 && startsWithAt(text, pos, QStringView(entity.name), Qt::CaseInsensitive))
                add(pos + QStringView(entity.name).size());
        }
        if (startsWithAt(text, pos, u"&#")) {
            qsizetype at = pos + 2;
            int base = 10;
            if (at < text.size() && (text.at(at) == u'x' || text.at(at) == u'X')) {
                base = 16;
                ++at;
            }
            uint value = 0;
            const qsizetype end = readNumber(text, at, base, &value);
            if (end > 0 && end < text.size() && text.at(end) == u';' && value == ucs4)
                add(end + 1);
        }
    }
}

// The end of the longest encoded form of `secret` that starts at `pos`, or -1.
qsizetype matchAt(QStringView text, qsizetype pos, const QString &secret)
{
    QVarLengthArray<qsizetype, 8> positions{pos};
    qsizetype i = 0;
    while (i < secret.size()) {
        const qsizetype width = (secret.at(i).isHighSurrogate() && i + 1 < secret.size()) ? 2 : 1;
        const QStringView unit = QStringView(secret).mid(i, width);
        const char32_t ucs4 = width == 2 ? QChar::surrogateToUcs4(secret.at(i), secret.at(i + 1))
                                         : char32_t(secret.at(i).unicode());
        QVarLengthArray<qsizetype, 8> next;
        for (const qsizetype at : positions)
            encodedEnds(text, at, ucs4, unit, &next);
        if (next.isEmpty())
            return -1;
        positions = next;
        i += width;
    }
    return *std::max_element(positions.cbegin(), positions.cend());
}

bool mayStartEncoded(char16_t c)
{
    return c == u'%' || c == u'\\' || c == u'&' || c == u'+';
}

// The secrets to scrub, longest first, with what the scan needs to skip most positions at once.
struct Secrets
{
    QStringList all;
    // Which characters can start a raw match: one bit per UTF-16 unit below 0x800, the rest checked
    // one by one.
    std::bitset<0x800> firstUnits;
    // The same with the characters an encoded form starts with: one look-up skips most positions.
    std::bitset<0x800> startUnits;
    bool otherFirst = false;
    std::vector<char16_t> firsts;
    std::vector<char16_t> seconds;
    // The indexes into `all` (longest first) of the secrets by their first three characters.
    QHash<quint64, std::vector<int>> byFirstThree;
    // Which pairs of raw characters can start a secret (hashed; a collision only costs a look-up):
    // every token starts with "eyJ", and English text is full of "e".
    std::bitset<0x10000> firstPairs;
};

size_t pairKey(char16_t first, char16_t second)
{
    return (size_t(first) * 31u + size_t(second)) & 0xFFFFu;
}

quint64 firstThree(char16_t first, char16_t second, char16_t third)
{
    return (quint64(first) << 32) | (quint64(second) << 16) | quint64(third);
}

Secrets prepareSecrets(QStringList all)
{
    Secrets prepared;
    prepared.firsts.reserve(size_t(all.size()));
    prepared.seconds.reserve(size_t(all.size()));
    for (const QString &secret : std::as_const(all)) {
        const char16_t first = secret.at(0).unicode();
        prepared.firsts.push_back(first);
        prepared.seconds.push_back(secret.at(1).unicode());
        prepared.byFirstThree[firstThree(first, secret.at(1).unicode(), secret.at(2).unicode())].push_back(
            int(prepared.firsts.size()) - 1);
        prepared.firstPairs.set(pairKey(first, secret.at(1).unicode()));
        if (first < prepared.firstUnits.size())
            prepared.firstUnits.set(first);
        else
            prepared.otherFirst = true;
    }
    prepared.startUnits = prepared.firstUnits;
    for (const char16_t special : {u'%', u'\\', u'&', u'+'})
        prepared.startUnits.set(special);
    prepared.all = std::move(all);
    return prepared;
}

// The registered values and `secrets` together, longest first. A report scrubs every text of every
// result with the same list (all the tokens of a fleet run), and each runner its results with its own
// few values, which are mostly registered already: what was prepared is kept per thread (the
// registered values alone, and the last merged list), so that is done once, not once per text. The
// lists are held, so neither can change under the same data (implicit sharing detaches on a change).
const Secrets &secretsFor(const QStringList &registered, const QStringList &secrets)
{
    thread_local struct
    {
        QStringList list;
        QSet<QString> known;
        Secrets prepared;
        bool valid = false;
    } registry;
    thread_local struct
    {
        QStringList registered;
        QStringList secrets;
        Secrets prepared;
        bool valid = false;
    } merged;
    // The answer for the same two lists as last time; without it, a report of a fleet looked each of
    // its thousands of values up again for every text of every result: quadratic in the fleet.
    thread_local struct
    {
        QStringList registered;
        QStringList secrets;
        const Secrets *prepared = nullptr;
    } last;
    const auto same = [](const QStringList &a, const QStringList &b) {
        return a.constData() == b.constData() && a.size() == b.size();
    };
    if (last.prepared && same(last.registered, registered) && same(last.secrets, secrets))
        return *last.prepared;
    if (!registry.valid || !same(registry.list, registered)) {
        registry.list = registered;
        registry.known = QSet<QString>(registered.cbegin(), registered.cend());
        registry.prepared = prepareSecrets(registered);
        registry.valid = true;
    }
    last.registered = registered;
    last.secrets = secrets;
    QStringList extra;
    QSet<QString> seen;
    for (const QString &secret : secrets) {
        if (secret.size() >= kMinSecretLength && !registry.known.contains(secret) && !seen.contains(secret)) {
            seen.insert(secret);
            extra.append(secret);
        }
    }
    if (extra.isEmpty()) {
        last.prepared = &registry.prepared;
        return registry.prepared;
    }
    last.prepared = &merged.prepared;
    if (merged.valid && same(merged.registered, registered) && same(merged.secrets, secrets))
        return merged.prepared;
    QStringList all = registered + extra;
    std::stable_sort(all.begin(), all.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    merged.registered = registered;
    merged.secrets = secrets;
    merged.prepared = prepareSecrets(std::move(all));
    merged.valid = true;
    return merged.prepared;
}

// Every secret (longest first) in one pass over `text`: at each position where one can start, the
// longest that matches there is replaced.
QString scrubAll(const QString &text, const Secrets &prepared)
{
    const QStringList &secrets = prepared.all;
    const std::bitset<0x800> &startUnits = prepared.startUnits;
    const bool otherFirst = prepared.otherFirst;
    const std::vector<char16_t> &firsts = prepared.firsts;
    const std::vector<char16_t> &seconds = prepared.seconds;
    QString out;
    qsizetype copied = 0;
    qsizetype pos = 0;
    const QStringView view(text);
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    while (pos < size) {
        const char16_t c = units[pos];
        if (c < startUnits.size() ? !startUnits[c] : !otherFirst) {
            ++pos;
            continue;
        }
        const bool special = mayStartEncoded(c);
        // The first character an encoded form at `pos` stands for, so that only the secrets starting
        // with it are tried.
        char16_t decoded = c;
        if (special) {
            uint value = 0;
            if (c == u'+') {
                decoded = u' ';
            } else if (c == u'%') {
                const qsizetype at =
                    (startsWithAt(view, pos + 1, u"25") && pos + 5 <= size) ? pos + 3 : pos + 1;
                decoded = (at + 2 <= size && readNumber(view.mid(at, 2), 0, 16, &value) == 2)
                              ? char16_t(value)
                              : u'\0';
            } else if (c == u'\\') {
                decoded =
                    startsWithAt(view, pos, u"\\u") && readNumber(view.mid(pos + 2, 4), 0, 16, &value) == 4
                        ? char16_t(value)
                        : (pos + 1 < size ? units[pos + 1] : u'\0');
            } else if (c == u'&') {
                static const struct
                {
                    char16_t c;
                    const char16_t *name;
                } named[] = {{u'&', u"&amp;"},
                             {u'<', u"&lt;"},
                             {u'>', u"&gt;"},
                             {u'"', u"&quot;"},
                             {u'\'', u"&apos;"}};
                decoded = u'\0';
                for (const auto &entity : named) {
                    if (startsWithAt(view, pos, QStringView(entity.name), Qt::CaseInsensitive))
                        decoded = entity.c;
                }
                const bool hex = startsWithAt(view, pos, u"&#x", Qt::CaseInsensitive);
                if (startsWithAt(view, pos, u"&#") &&
                    readNumber(view, pos + (hex ? 3 : 2), hex ? 16 : 10, &value) > 0)
                    decoded = value < 0x10000 ? char16_t(value) : u'\0';
            }
        }
        qsizetype end = -1;
        // A raw character followed by two plain ones: only the secrets starting with these three can
        // match (the common case; it keeps scrubbing a long report with many tokens linear, although
        // every token starts with "eyJ").
        if (!special && pos + 2 < size && !mayStartEncoded(units[pos + 1]) &&
            !mayStartEncoded(units[pos + 2])) {
            if (!prepared.firstPairs.test(pairKey(c, units[pos + 1]))) {
                ++pos;
                continue;
            }
            const auto candidates =
                prepared.byFirstThree.constFind(firstThree(c, units[pos + 1], units[pos + 2]));
            if (candidates != prepared.byFirstThree.cend()) {
                for (const int i : *candidates) {
                    end = matchAt(view, pos, secrets.at(i));
                    if (end > pos)
                        break;
                }
            }
            if (end > pos) {
                out += view.mid(copied, pos - copied);
                out += QStringLiteral("REDACTED");
                pos = copied = end;
                continue;
            }
            ++pos;
            continue;
        }
        for (size_t i = 0; i < firsts.size(); ++i) {
            const char16_t first = firsts[i];
            // A non-ASCII first character may be percent-encoded as several bytes: always tried then.
            if (first != c && first != decoded && !(c == u'%' && first >= 0x80))
                continue;
            // Many tokens share a first character: a raw one followed by a plain wrong one is no match.
            if (!special && pos + 1 < size && units[pos + 1] != seconds[i] &&
                !mayStartEncoded(units[pos + 1]))
                continue;
            end = matchAt(view, pos, secrets.at(qsizetype(i)));
            if (end > pos)
                break;
        }
        if (end > pos) {
            out += view.mid(copied, pos - copied);
            out += QStringLiteral("REDACTED");
            pos = copied = end;
            continue;
        }
        ++pos;
    }
    if (copied == 0)
        return text;
    out += view.mid(copied);
    return out;
}

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x061C || u == 0x200E ||
           u == 0x200F;
}

} // namespace

void registerSensitiveValue(const QString &value)
{
    if (value.size() < kMinRegisteredLength)
        return;
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    if (r.values.contains(value))
        return;
    if (r.values.size() >= kMaxRegistered)
        r.values.removeLast();
    // Kept longest first (a token that contains a shorter secret goes as a whole), so that scrub()
    // can use the list as it is: copying it only shares it.
    const auto at = std::upper_bound(r.values.begin(), r.values.end(), value,
                                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    r.values.insert(at, value);
}

QStringList registeredSensitiveValues()
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    return r.values;
}

QString scrub(QString text, const QStringList &secrets)
{
    // A named list: GCC 14 takes a reference returned from a call with a temporary argument for a
    // dangling one, although secretsFor returns its own thread-local cache.
    const QStringList registered = registeredSensitiveValues();
    const Secrets &prepared = secretsFor(registered, secrets);
    return prepared.all.isEmpty() ? text : scrubAll(text, prepared);
}

QString plainText(const QString &text, TextLines lines)
{
    QString out;
    qsizetype copied = 0;
    const QStringView view(text);
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = units[i];
        // Printable ASCII first: nearly every character of a report, checked once per report byte.
        if (u >= 0x20 && u < 0x7F)
            continue;
        const bool control = u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F);
        if (!control && !isBidiControl(u) && u != 0x2028 && u != 0x2029)
            continue;
        if (lines != TextLines::Single && (u == u'\n' || u == u'\t'))
            continue;
        if (lines == TextLines::Terminal && u == u'\r')
            continue;
        out += view.mid(copied, i - copied);
        copied = i + 1;
        if (lines == TextLines::Multi && u == u'\r' && i + 1 < size && units[i + 1] == u'\n')
            continue; // CR LF: the LF that follows stays
        // "\x1b" for C0; "\u009b" for the rest, which is also a valid escape inside a JSON string
        // (a JSON writer escapes C0 itself, so "\x" never lands in one).
        out += u < 0x20 ? QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'))
                        : QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    if (copied == 0)
        return text;
    out += view.mid(copied);
    return out;
}

} // namespace flexo
