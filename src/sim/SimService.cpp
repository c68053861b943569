#include "sim/SimService.h"

#include <QUrl>

namespace sim {

QList<QPair<QByteArray, QString>> SimService::clientEnvironment(const QUrl &base, const QString &token) const
{
    const QByteArray upper = m_id.toUpper().toLatin1();
    return {{"CAIRN_" + upper + "_API_URL", base.toString() + u'/' + m_id}, {"CAIRN_" + upper + "_TOKEN", token}};
}

HttpReply SimService::noSuchEndpoint(const HttpRequest &request)
{
    return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint: ") + request.path);
}

} // namespace sim
