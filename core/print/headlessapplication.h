#pragma once

#include <QCoreApplication>

#include <memory>

namespace ShopDesk {

// The application object of a program without a window (shopdesk-cli, the hub). Text can
// only be laid out and painted (a slip into a PDF) with the fonts of a QGuiApplication: with
// withFonts it is one on the offscreen platform, which needs no display; without, a plain
// QCoreApplication, which starts faster. Call it once, first thing in main().
std::unique_ptr<QCoreApplication> createHeadlessApplication(int &argc, char **argv, bool withFonts);

} // namespace ShopDesk
