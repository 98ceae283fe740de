// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace sms::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setShortText(const QString &text)
{
    m_shortText = text;
    updateGeometry();
    update();
}

QSize ElidedLabel::sizeHint() const
{
    const QSize whole = QLabel::sizeHint();
    if (m_shortText.isEmpty())
        return whole;
    const QMargins margins = contentsMargins();
    const int width
        = fontMetrics().horizontalAdvance(m_shortText) + margins.left() + margins.right();
    return QSize(std::min(whole.width(), width), whole.height());
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const QMargins margins = contentsMargins();
    const int least = fontMetrics().averageCharWidth() * 8 + margins.left() + margins.right();
    return QSize(std::min(hint.width(), least), hint.height());
}

QString ElidedLabel::shownText() const
{
    const int width = contentsRect().width();
    const QFontMetrics metrics = fontMetrics();
    if (metrics.horizontalAdvance(text()) <= width || m_shortText.isEmpty())
        return metrics.elidedText(text(), Qt::ElideMiddle, width);
    return metrics.elidedText(m_shortText, Qt::ElideMiddle, width);
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), int(alignment()) | Qt::TextSingleLine,
                          palette(), isEnabled(), shownText(), foregroundRole());
}

} // namespace sms::ui
