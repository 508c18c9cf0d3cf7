#pragma once

#include <QString>

namespace gc::ui {

// Keeps the sync server's session token across restarts: in the platform keychain when the app was
// built with QtKeychain and a keychain answers, else in a file only its user may read (0600) in the
// app's data folder (always there when GC_TOKEN_STORE=file). One session per tablet; `key` names the server and user it belongs to.
class TokenVault {
public:
    // `dir`: the folder of the fallback file (default: the app's data folder).
    explicit TokenVault(QString dir = {});

    // Where the token went: "keychain" or the file's path; empty with `error` set when it could not be kept.
    QString store(const QString &key, const QString &token, QString *error = nullptr) const;
    // The token kept for `key`, or empty.
    QString load(const QString &key) const;
    void forget() const;
    QString filePath() const;

private:
    QString m_dir;
};

} // namespace gc::ui
