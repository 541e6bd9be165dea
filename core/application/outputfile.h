#pragma once

#include "result.h"

#include <QString>

#include <memory>

class QIODevice;
class QTemporaryFile;

namespace ShopDesk {

// A file ShopDesk writes for the user (a slip's PDF, from the CLI, the window's export or a
// print to a file): every such file goes through this class, so that all of them follow the
// same rules.
//
// - The target must be a regular file or a new name in an existing folder. A folder, a device,
//   a FIFO, a socket or a symbolic link is refused before anything is written (a link is
//   refused whatever it points to: as root, a link planted in a shared folder would otherwise
//   replace the file it names). A missing folder is not created.
// - The content goes to a temporary file beside the target; commit() puts it in place with
//   one rename, so the target is either as it was or the whole new file. The caller records
//   what it has to (a slip's print) between writing and commit(), and discards the output when
//   that fails: what the target was is never touched, and only the temporary file is removed.
// - An existing file is replaced, with its permission bits; replacesExisting() says so, for
//   the caller to tell the user. A new file gets rw-r--r--.
//
// Refusals are Storage errors (the CLI's exit 4) whose details name the file ("file") and the
// reason ("reason": noFolder, notAFolder, isFolder, symlink, notRegular, readOnly,
// cannotCreate, cannotWrite, cannotReplace); an empty path is InvalidInput.
class OutputFile
{
public:
    // what names the content in messages ("the slip").
    static Result<std::unique_ptr<OutputFile>> create(const QString &path, const QString &what);
    // Removes the temporary file unless it was committed or kept.
    ~OutputFile();

    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Where the content is written until commit().
    QIODevice &device();
    // Writes all of bytes to device(); a short write is a Storage error (reason cannotWrite)
    // naming the file. The caller discards the output then.
    Status write(const QByteArray &bytes);
    QString temporaryPath() const;
    // The target, absolute, with native separators.
    QString path() const { return m_shownPath; }
    // Whether the target was an existing file when create() or commit() last looked.
    bool replacesExisting() const { return m_replaces; }

    // The target is still a regular file or none; another program may have put something else
    // there since create(). commit() checks it again.
    Status checkTarget();
    // Flushes the content to the disk and renames it over the target. On failure the target is
    // as it was and the temporary file is kept, named in details "kept".
    Status commit();
    // Removes the temporary file; the target is left as it was.
    void discard();

    // The whole of a file of bytes (a CSV, a receipt's bytes) through the rules above: created,
    // written and committed, or refused with the target as it was.
    struct Saved
    {
        QString path; // as path() says it
        bool replaced = false;
    };
    static Result<Saved> save(const QString &path, const QString &what, const QByteArray &bytes);

private:
    OutputFile(QString path, QString what);
    Error refusal(const QString &why, const QString &reason) const;

    QString m_path; // absolute
    QString m_shownPath;
    QString m_what;
    std::unique_ptr<QTemporaryFile> m_file;
    bool m_replaces = false;
    bool m_done = false;
};

} // namespace ShopDesk
