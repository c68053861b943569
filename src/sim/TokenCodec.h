// Opaque, tamper-evident tokens (page tokens, sync tokens): a list of integers with a
// kind byte and a checksum, base64url encoded. Garbage or edited tokens fail to decode.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sim {

struct TokenData
{
    char kind = 0;               // e.g. 'P' page token, 'S' people sync token, 'G' groups sync token
    QList<quint64> values;
};

QString encodeToken(const TokenData &data);
std::optional<TokenData> decodeToken(const QString &token, char expectedKind);

// 64-bit FNV-1a of text; used for parameter fingerprints inside page tokens.
quint64 fingerprint(const QString &text);

} // namespace sim
