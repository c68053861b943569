#pragma once
#include <QDialog>

class QTextBrowser;

namespace cairn {

// Help ▸ About Cairn (F1): the version, where the data is kept, the keys of the window and the
// libraries Cairn is built with and their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &dataDir, QWidget *parent = nullptr);
    QString text() const;

private:
    QTextBrowser *m_text;
};

} // namespace cairn
