#pragma once

#include "hubstore.h"

namespace ShopDesk::Hub {

// Machine tokens for terminals. The secret is 256 random bits from the system CSPRNG (64 hex
// characters); the hub keeps SHA-256(salt + secret) with a 16-byte random salt. A slow key
// derivation (the PBKDF2 of user PINs) only helps against guessable secrets; these cannot be
// guessed, and a fast hash keeps a flood of hellos cheap for the hub.
struct NewToken
{
    QString secret; // shown once, never stored
    TokenRecord record;
};

// A fresh secret (64 hex characters) with a 16-byte random salt and SHA-256(salt + secret),
// both hex: what tokens and API keys are made of.
struct SaltedSecret
{
    QString secret;
    QByteArray salt;
    QByteArray hash;
};
SaltedSecret makeSaltedSecret();
// Constant-time comparison of SHA-256(salt + secret) with hash.
bool secretMatches(const QByteArray &saltHex, const QByteArray &hashHex, const QString &secret);

NewToken makeToken(const QString &terminal);
// Constant-time comparison of the secret's hash with the record's.
bool tokenMatches(const TokenRecord &record, const QString &secret);

} // namespace ShopDesk::Hub
