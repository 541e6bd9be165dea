#include "tokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ShopDesk::Hub {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

QByteArray hashOf(const QByteArray &saltHex, const QString &secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromHex(saltHex));
    hash.addData(secret.toUtf8());
    return hash.result().toHex();
}

} // namespace

NewToken makeToken(const QString &terminal)
{
    NewToken token;
    token.secret = QString::fromLatin1(randomBytes(32).toHex());
    token.record.name = terminal;
    token.record.salt = randomBytes(16).toHex();
    token.record.hash = hashOf(token.record.salt, token.secret);
    token.record.created = QDateTime::currentDateTimeUtc();
    return token;
}

bool tokenMatches(const TokenRecord &record, const QString &secret)
{
    const QByteArray computed = hashOf(record.salt, secret);
    if (computed.size() != record.hash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < computed.size(); ++i)
        diff |= static_cast<unsigned char>(computed.at(i) ^ record.hash.at(i));
    return diff == 0;
}

} // namespace ShopDesk::Hub
