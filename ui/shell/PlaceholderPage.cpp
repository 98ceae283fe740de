// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sms::ui {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(720);
    layout->addWidget(m_description);

    m_note->setObjectName(QStringLiteral("pageNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setMaximumWidth(720);
    // Framed in the palette's own colours, so it reads in light and dark.
    m_note->setStyleSheet(QStringLiteral("QLabel#pageNote { border: 1px dashed palette(mid); "
                                         "border-radius: 4px; padding: 10px 12px; "
                                         "color: palette(window-text); }"));
    layout->addSpacing(4);
    layout->addWidget(m_note);
    layout->addStretch(1);

    retranslate();
}

void PlaceholderPage::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
    setAccessibleName(title);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::noteText() const
{
    return m_note->text();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_note->setText(tr("This page arrives in a later version. Nothing on it works yet."));
}

} // namespace sms::ui
