#include "MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace sms::ui {

namespace {
struct Colours
{
    const char *background;
    const char *border;
    QStyle::StandardPixmap icon;
};

Colours coloursFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return {"#e3f4e8", "#3d9a5b", QStyle::SP_DialogApplyButton};
    case MessageBar::Type::Warning:
        return {"#fff4ce", "#c98a00", QStyle::SP_MessageBoxWarning};
    case MessageBar::Type::Error:
        return {"#fde7e9", "#c4314b", QStyle::SP_MessageBoxCritical};
    case MessageBar::Type::Information:
        break;
    }
    return {"#e5f1fb", "#3a7fc1", QStyle::SP_MessageBoxInformation};
}
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_buttonLayout(new QHBoxLayout)
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("MessageBar"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);

    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);

    m_buttonLayout->setSpacing(6);
    layout->addLayout(m_buttonLayout);

    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setAutoRaise(true);
    layout->addWidget(m_closeButton, 0, Qt::AlignVCenter);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });

    applyStyle();
    changeEvent(nullptr);
}

void MessageBar::setType(Type type)
{
    m_type = type;
    applyStyle();
}

void MessageBar::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::setClosable(bool closable)
{
    m_closeButton->setVisible(closable);
}

QPushButton *MessageBar::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_buttonLayout->addWidget(button);
    m_buttons.append(button);
    return button;
}

void MessageBar::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_closeButton->setToolTip(tr("Close this message"));
        m_closeButton->setAccessibleName(tr("Close this message"));
    }
    if (event)
        QFrame::changeEvent(event);
}

void MessageBar::applyStyle()
{
    const Colours colours = coloursFor(m_type);
    // Dark text on a pale tint in any palette; the buttons keep the
    // palette's own look.
    setStyleSheet(QStringLiteral("QFrame#MessageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } "
                                 "QFrame#MessageBar > QLabel { color: #1f1f1f; } "
                                 "QFrame#MessageBar > QToolButton { color: #1f1f1f; border: none; "
                                 "padding: 2px 6px; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.border)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(colours.icon, nullptr, this).pixmap(size, size));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
}

} // namespace sms::ui
