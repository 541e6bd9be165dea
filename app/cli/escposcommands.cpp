#include "clisession.h"
#include "commandhandlers.h"
#include "escposdecoder.h"
#include "outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace ShopDesk::CliHandlers {

namespace {

// Far more than a receipt: a long receipt as a picture is some 100 KB.
constexpr qint64 MaxEscPosBytes = 16 * 1024 * 1024;

// The file's bytes: a regular file only, as a FIFO or a device would never end.
Result<QByteArray> readEscPos(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(QStringLiteral("no ESC/POS file %1").arg(path),
                               {{QStringLiteral("file"), path}});
    if (!info.isFile()) {
        return Error::invalidInput(
            QStringLiteral("%1 is not a regular file; give the file the bytes were written to")
                .arg(path),
            {{QStringLiteral("file"), path}});
    }
    if (info.size() > MaxEscPosBytes) {
        return Error::invalidInput(QStringLiteral("%1 has %2 bytes, more than the %3 an ESC/POS "
                                                  "file is read up to")
                                       .arg(path)
                                       .arg(info.size())
                                       .arg(MaxEscPosBytes),
                                   {{QStringLiteral("file"), path}});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                              {{QStringLiteral("file"), path}});
    }
    return file.read(MaxEscPosBytes);
}

} // namespace

Result<EscPosPaper> paperOption(CliSession &session)
{
    const QString name = session.has(QStringLiteral("--paper"))
                             ? session.value(QStringLiteral("--paper"))
                             : QStringLiteral("80");
    if (const std::optional<EscPosPaper> paper = EscPos::paperFromName(name))
        return *paper;
    return Error::invalidInput(
        QStringLiteral("--paper must be 80, 80-42 (80 mm, 42 characters) or 58, got '%1'")
            .arg(name));
}

int escposRender(CliSession &session)
{
    CliOutput &out = session.out();
    const QString input = session.argument();
    const Result<EscPosPaper> paper = paperOption(session);
    if (!paper)
        return out.fail(paper.error());
    const QString png = session.value(QStringLiteral("--png"));
    if (png.isEmpty())
        return out.fail(Error::invalidInput(QStringLiteral("--png needs a file name")));
    const auto bytes = readEscPos(input);
    if (!bytes)
        return out.fail(bytes.error());
    auto output = OutputFile::create(png, QStringLiteral("the picture"));
    if (!output)
        return out.fail(output.error());

    const EscPosDecoder decoded(*bytes, *paper);
    const auto size = decoded.writePng(**output);
    if (!size)
        return out.fail(size.error());
    if (Status placed = (*output)->commit(); !placed)
        return out.fail(placed.error());

    const QImage raster = decoded.raster();
    QJsonObject json{
        {QStringLiteral("file"), QFileInfo(input).absoluteFilePath()},
        {QStringLiteral("png"), (*output)->path()},
        {QStringLiteral("replaced"), (*output)->replacesExisting()},
        {QStringLiteral("paper"), EscPos::paperName(*paper)},
        {QStringLiteral("bytes"), bytes->size()},
        {QStringLiteral("width"), size->width()},
        {QStringLiteral("height"), size->height()},
        {QStringLiteral("lines"), QJsonArray::fromStringList(decoded.textLines())},
        {QStringLiteral("rasterWidth"), raster.width()},
        {QStringLiteral("rasterRows"), raster.height()},
        {QStringLiteral("qrCodes"), QJsonArray::fromStringList(decoded.qrCodes())},
        {QStringLiteral("cuts"), decoded.cuts()},
        {QStringLiteral("drawerPulses"), decoded.drawerPulses()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(decoded.problems())},
    };
    // What the decoder could not read is drawn where it stopped, and said here.
    for (const QString &problem : decoded.problems())
        out.warning(QStringLiteral("%1: %2").arg(input, problem));
    return out.print(json, [&](QTextStream &text) {
        text << "Rendered " << input << " (" << bytes->size() << " bytes) to " << (*output)->path()
             << ": " << size->width() << "x" << size->height() << " dots, "
             << decoded.textLines().size() << " text lines, " << raster.height() << " raster rows, "
             << decoded.qrCodes().size() << " QR codes, " << decoded.cuts() << " cuts, "
             << decoded.drawerPulses() << " drawer pulses";
        if (!decoded.problems().isEmpty())
            text << "; " << decoded.problems().size() << " problems";
        text << '\n';
    });
}

} // namespace ShopDesk::CliHandlers
