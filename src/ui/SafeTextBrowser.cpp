#include "SafeTextBrowser.h"

#include <QDesktopServices>

namespace cairn {

SafeTextBrowser::SafeTextBrowser(QWidget *parent, Links links)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    if (links == Links::OpenInBrowser)
        connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
            if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                QDesktopServices::openUrl(url);
        });
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("data") || name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    ++m_refused;
    return {};
}

} // namespace cairn
