// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace sms::ui {

namespace {
QStyle::StandardPixmap iconFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return QStyle::SP_DialogApplyButton;
    case MessageBar::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBar::Type::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : StatusFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_buttonLayout(new QHBoxLayout)
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("MessageBar"));
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

    coloursChanged();
    retranslate();
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
    // The close button exists first; the bar's own buttons come before it
    // in the Tab order, as they do on screen.
    QWidget::setTabOrder(m_closeButton->previousInFocusChain(), button);
    QWidget::setTabOrder(button, m_closeButton);
    return button;
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StatusFrame::changeEvent(event);
}

void MessageBar::coloursChanged()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(type()), nullptr, this).pixmap(size, size));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
}

void MessageBar::retranslate()
{
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close this message"));
}

} // namespace sms::ui
