#pragma once
#include <QTextBrowser>

namespace cairn {

// Rich text from a service (task notes, pull request bodies, issue descriptions) shown with
// no remote loading: images and style sheets from the network are never fetched (only
// embedded `data:` images and Cairn's own resources load), there are no scripts in Qt's rich
// text, and a link opens in the browser only when the user clicks it, it is http(s) and
// `Links::OpenInBrowser` (with `Links::Inert`, nothing a link points to is ever followed).
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    enum class Links { OpenInBrowser, Inert };
    explicit SafeTextBrowser(QWidget *parent = nullptr, Links links = Links::OpenInBrowser);

    QVariant loadResource(int type, const QUrl &name) override;
    // Resource requests refused since construction (tests).
    int refusedLoads() const { return m_refused; }

private:
    int m_refused = 0;
};

} // namespace cairn
