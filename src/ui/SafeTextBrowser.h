#pragma once
#include <QTextBrowser>

namespace cairn {

// Rich text from a service (task notes, pull request bodies, issue descriptions) shown with
// no remote loading: images and style sheets from the network are never fetched (only
// embedded `data:` images and Cairn's own resources load), there are no scripts in Qt's rich
// text, and a link opens in the browser only when the user clicks it and it is http(s).
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // Resource requests refused since construction (tests).
    int refusedLoads() const { return m_refused; }

private:
    int m_refused = 0;
};

} // namespace cairn
