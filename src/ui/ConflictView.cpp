#include "ConflictView.h"
#include "ChangeForm.h"
#include "ChangeStatus.h"

#include <QGridLayout>
#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cairn {

namespace {
constexpr int kLongValue = 400; // characters shown of a value; the whole in its tooltip
}

ConflictView::ConflictView(const QString &service, QHash<QString, QString> labels, ValueText text, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_labels(std::move(labels))
    , m_text(std::move(text))
    , m_title(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_keepAll(new QPushButton(tr("Keep all mine"), this))
    , m_takeAll(new QPushButton(tr("Take all theirs"), this))
{
    setObjectName(QStringLiteral("conflictView"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#conflictView { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; }"
                                 "#conflictView QLabel { color: #3d3000; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto *icon = new QLabel(this);
    icon->setPixmap(ChangeStatus::icon(OutboxState::Conflict).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_keepAll->setObjectName(QStringLiteral("keepAllMine"));
    m_takeAll->setObjectName(QStringLiteral("takeAllTheirs"));
    m_keepAll->setToolTip(tr("Send your values again, over %1's").arg(m_service));
    m_takeAll->setToolTip(tr("Drop your values of these fields: %1's stay").arg(m_service));
    connect(m_keepAll, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(m_change, QString(), Resolution::KeepMine); });
    connect(m_takeAll, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(m_change, QString(), Resolution::TakeTheirs); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_title, 1);
    auto *all = new QHBoxLayout;
    all->addStretch(1);
    all->addWidget(m_keepAll);
    all->addWidget(m_takeAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_fields);
    layout->addLayout(all);
    hide();
}

QPushButton *ConflictView::button(const QString &text, const QString &name, const QString &field, Resolution how)
{
    auto *b = new QPushButton(text, m_fields);
    b->setObjectName(name + u'-' + field);
    connect(b, &QPushButton::clicked, this, [this, field, how] { Q_EMIT resolveRequested(m_change, field, how); });
    return b;
}

QPushButton *ConflictView::keepMineButton(const QString &field) const
{
    return m_fields->findChild<QPushButton *>(QStringLiteral("keepMine-") + field);
}

QPushButton *ConflictView::takeTheirsButton(const QString &field) const
{
    return m_fields->findChild<QPushButton *>(QStringLiteral("takeTheirs-") + field);
}

void ConflictView::showChanges(const QList<OutboxChange> &changes)
{
    const auto conflict = std::find_if(changes.cbegin(), changes.cend(), [](const OutboxChange &c) { return c.state == OutboxState::Conflict; });
    // A new grid each time (its rows are the change's fields).
    for (QWidget *w : m_fields->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        delete w;
    delete m_grid;
    m_grid = new QGridLayout(m_fields);
    m_grid->setContentsMargins(0, 4, 0, 0);
    m_grid->setHorizontalSpacing(12);
    if (conflict == changes.cend()) {
        m_change = 0;
        hide();
        return;
    }
    m_change = conflict->id;
    const QStringList fields = conflict->theirs.keys();
    m_title->setText(fields.size() == 1 ? tr("%1 changed this too. Which value should stay?").arg(m_service)
                                        : tr("%1 changed these too. Which values should stay?").arg(m_service));
    const auto header = [this](const QString &text) {
        auto *l = new QLabel(text, m_fields);
        l->setStyleSheet(QStringLiteral("color: #6b5a00;"));
        return l;
    };
    m_grid->addWidget(header(tr("Yours")), 0, 1);
    m_grid->addWidget(header(tr("%1 now").arg(m_service)), 0, 2);
    int row = 1;
    for (const QString &field : fields) {
        auto *name = new QLabel(ChangeForm::plainLabel(m_labels.value(field, field)), m_fields);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_grid->addWidget(name, row, 0, Qt::AlignTop);
        int column = 1;
        for (const QJsonValue &v : {conflict->fields.value(field), conflict->theirs.value(field)}) {
            const QString text = m_text(field, v);
            auto *value = new QLabel(text.size() > kLongValue ? text.left(kLongValue) + u'…' : text, m_fields);
            value->setObjectName(column == 1 ? QStringLiteral("mine-") + field : QStringLiteral("theirs-") + field);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            if (text.size() > kLongValue)
                value->setToolTip(text);
            m_grid->addWidget(value, row, column++, Qt::AlignTop);
        }
        QPushButton *keep = button(tr("Keep mine"), QStringLiteral("keepMine"), field, Resolution::KeepMine);
        keep->setToolTip(tr("Your value goes to %1 again, over theirs").arg(m_service));
        QPushButton *take = button(tr("Take theirs"), QStringLiteral("takeTheirs"), field, Resolution::TakeTheirs);
        take->setToolTip(tr("Your value is dropped: %1's stays").arg(m_service));
        m_grid->addWidget(keep, row + 1, 1, Qt::AlignLeft);
        m_grid->addWidget(take, row + 1, 2, Qt::AlignLeft);
        row += 2;
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_keepAll->setVisible(fields.size() > 1);
    m_takeAll->setVisible(fields.size() > 1);
    show();
}

} // namespace cairn
