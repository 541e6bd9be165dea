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

SaltedSecret makeSaltedSecret()
{
    SaltedSecret made;
    made.secret = QString::fromLatin1(randomBytes(32).toHex());
    made.salt = randomBytes(16).toHex();
    made.hash = hashOf(made.salt, made.secret);
    return made;
}

bool secretMatches(const QByteArray &saltHex, const QByteArray &hashHex, const QString &secret)
{
    const QByteArray computed = hashOf(saltHex, secret);
    if (computed.size() != hashHex.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < computed.size(); ++i)
        diff |= static_cast<unsigned char>(computed.at(i) ^ hashHex.at(i));
    return diff == 0;
}

NewToken makeToken(const QString &terminal)
{
    const SaltedSecret made = makeSaltedSecret();
    NewToken token;
    token.secret = made.secret;
    token.record.name = terminal;
    token.record.salt = made.salt;
    token.record.hash = made.hash;
    token.record.created = QDateTime::currentDateTimeUtc();
    return token;
}

bool tokenMatches(const TokenRecord &record, const QString &secret)
{
    return secretMatches(record.salt, record.hash, secret);
}

} // namespace ShopDesk::Hub
