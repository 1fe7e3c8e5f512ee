#pragma once

// Shared by the export tests: read a PDF with tools we did not write (poppler-utils' pdftotext and
// pdftoppm; platforms/linux/setup.sh installs them). A missing tool is a failure, never a skip:
// a report nobody could read back must not pass.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace Qadam::PdfTest {

/** Why `tool` cannot run, or empty when it can. */
inline QString missingTool(const QString &tool)
{
    return QStandardPaths::findExecutable(tool).isEmpty()
        ? QStringLiteral("%1 not found: install poppler-utils (bash platforms/linux/setup.sh)").arg(tool)
        : QString();
}

/** The text of every page (pdftotext -layout), or a null string when pdftotext failed. */
inline QString pdfText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"),
                                             pdfPath, QStringLiteral("-") });
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** How many pages pdfinfo-free: form feeds pdftotext puts between pages, plus one. */
inline int pageCount(const QString &text)
{
    return int(text.count(QChar(u'\f'))) + (text.endsWith(QChar(u'\f')) ? 0 : 1);
}

/** Page `page` (1-based) rendered at `dpi` by pdftoppm; a null image when it failed. */
inline QImage renderPage(const QString &pdfPath, int page, int dpi, const QTemporaryDir &dir)
{
    const QString prefix = dir.filePath(QStringLiteral("page"));
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                            QString::number(page), QStringLiteral("-singlefile"), pdfPath, prefix });
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return QImage(prefix + QStringLiteral(".png"));
}

/** Pixels that are not (nearly) white. */
inline qint64 inkedPixels(const QImage &image)
{
    qint64 inked = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            inked += qGray(line[x]) < 200;
    }
    return inked;
}

} // namespace Qadam::PdfTest
