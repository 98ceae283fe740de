// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplatePreview.h"

#include "widgets/StatusPalette.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace sms::ui {

namespace {
// The phone's frame around the screen, and the bubble around the text.
constexpr int kBezel = 10;
constexpr int kBubblePadding = 8;
} // namespace

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
{
    m_screen = new QWidget(this);
    m_screen->setObjectName(QStringLiteral("previewScreen"));
    m_message = new QLabel(m_screen);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *screenLayout = new QVBoxLayout(m_screen);
    screenLayout->setContentsMargins(kBezel + kBubblePadding + 6, kBezel + kBubblePadding + 24,
                                     kBezel + kBubblePadding + 24, kBezel + kBubblePadding + 6);
    screenLayout->addWidget(m_message);
    screenLayout->addStretch(1);

    m_lengthLabel = new QLabel(this);
    m_lengthLabel->setObjectName(QStringLiteral("previewLength"));
    m_lengthLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen, 1);
    layout->addWidget(m_lengthLabel);
    setMessage({}, true, {}, m_destination);
}

QSize TemplatePreview::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 34, fontMetrics().height() * 16};
}

void TemplatePreview::setMinimumScreenHeight(int height)
{
    m_screen->setMinimumHeight(height);
}

void TemplatePreview::setMessage(const QString &signature, bool placeholder, const QString &body,
                                 domain::SmsLength::Destination destination)
{
    using domain::SmsLength;
    m_signature = signature;
    m_placeholder = placeholder;
    m_body = body;
    m_destination = destination;
    const QString sign = signature.isEmpty() ? QString() : SmsLength::domesticText(signature, {});
    m_text = sign + body;
    m_length = SmsLength::measure(m_text, destination);

    QString html;
    if (!sign.isEmpty()) {
        const QColor quiet = StatusPalette::secondaryText(palette());
        html = placeholder ? QStringLiteral("<span style=\"color:%1\"><i>%2</i></span>")
                                 .arg(quiet.name(), sign.toHtmlEscaped())
                           : QStringLiteral("<b>%1</b>").arg(sign.toHtmlEscaped());
    }
    html += body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_message->setText(html);
    m_message->setAccessibleName(m_text);
    showLength();
    update();
}

void TemplatePreview::showLength()
{
    using domain::SmsLength;
    const QLocale locale;
    if (m_body.trimmed().isEmpty()) {
        m_lengthLabel->setText(tr("Length and segments appear as you write."));
        return;
    }
    QStringList lines;
    // No "%n" plurals: English is the source language and has no
    // translation file to pick "segment" or "segments".
    lines.append(
        tr("Characters: %1 · Billed segments: %2")
            .arg(locale.toString(m_length.characters), locale.toString(m_length.segments)));
    const bool gsm = m_length.encoding == SmsLength::Encoding::Gsm7;
    const int split = gsm ? 153 : 67;
    QString capacity = tr("Up to %1 characters in one message, %2 per segment once split.")
                           .arg(m_length.singleSegmentLimit)
                           .arg(split);
    if (m_destination == SmsLength::Destination::International) {
        if (gsm)
            capacity = tr("GSM-7 encoding.") + QLatin1Char(' ') + capacity;
        else if (!m_length.firstNonGsmCharacter.isNull())
            capacity = tr("UCS-2 encoding because of \u201c%1\u201d.")
                           .arg(m_length.firstNonGsmCharacter.text)
                + QLatin1Char(' ') + capacity;
    }
    lines.append(capacity);
    if (!m_length.firstDoubleCharacter.isNull())
        lines.append(
            tr("\u201c%1\u201d counts as two characters.").arg(m_length.firstDoubleCharacter.text));
    if (m_length.exceedsMaxLength())
        lines.append(tr("The service takes at most %1 characters.").arg(SmsLength::maxLength()));
    m_lengthLabel->setText(lines.join(QLatin1Char('\n')));
}

void TemplatePreview::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const bool dark = StatusPalette::isDark(p);

    // The phone: a dark bezel around a screen in the palette's base colour.
    const QRectF phone = QRectF(m_screen->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(p.color(QPalette::Mid), 1));
    painter.setBrush(dark ? QColor(0x10, 0x10, 0x10) : QColor(0x3a, 0x3a, 0x3c));
    painter.drawRoundedRect(phone, 18, 18);
    const QRectF screen = phone.adjusted(kBezel, kBezel, -kBezel, -kBezel);
    painter.setPen(Qt::NoPen);
    painter.setBrush(p.color(QPalette::Base));
    painter.drawRoundedRect(screen, 10, 10);

    // The bubble around the message, as a received message is drawn.
    const QRect text = m_message->geometry().translated(m_screen->pos());
    const int height = std::min(text.height(), m_message->heightForWidth(text.width()));
    const QRectF bubble
        = QRectF(text.left(), text.top(), text.width(), std::max(height, 1))
              .adjusted(-kBubblePadding, -kBubblePadding, kBubblePadding, kBubblePadding);
    painter.setBrush(StatusPalette::colours(StatusPalette::Tone::Information, p).background);
    painter.setPen(QPen(StatusPalette::colours(StatusPalette::Tone::Information, p).border, 1));
    painter.drawRoundedRect(bubble, 12, 12);
}

void TemplatePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        setMessage(m_signature, m_placeholder, m_body, m_destination);
    QWidget::changeEvent(event);
}

} // namespace sms::ui
