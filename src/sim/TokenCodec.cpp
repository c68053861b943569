#include "sim/TokenCodec.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace sim {

namespace {
QByteArray checksum(const QByteArray &payload)
{
    return QCryptographicHash::hash("cairn-sim/" + payload, QCryptographicHash::Sha1).left(6);
}
} // namespace

QString encodeToken(const TokenData &data)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out << qint8(data.kind) << quint8(data.values.size());
        for (quint64 v : data.values)
            out << v;
    }
    payload += checksum(payload);
    return QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<TokenData> decodeToken(const QString &token, char expectedKind)
{
    if (token.isEmpty() || token.size() > 512)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 8)
        return std::nullopt;
    const QByteArray raw = decoded.decoded;
    const QByteArray payload = raw.left(raw.size() - 6);
    if (checksum(payload) != raw.right(6))
        return std::nullopt;
    QDataStream in(payload);
    qint8 kind = 0;
    quint8 n = 0;
    in >> kind >> n;
    if (kind != expectedKind || payload.size() != 2 + 8 * int(n))
        return std::nullopt;
    TokenData data;
    data.kind = char(kind);
    for (int i = 0; i < n; ++i) {
        quint64 v = 0;
        in >> v;
        data.values.append(v);
    }
    return data;
}

quint64 fingerprint(const QString &text)
{
    quint64 h = 1469598103934665603ull;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace sim
