// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace sms::ui {

// A one-line plain-text label that gives way when space is short: it asks
// for room for its short text (a profile's name instead of name, endpoint
// and region) and accepts less, and it shows the whole text whenever the
// room it gets allows. With less room than the short text needs, that is
// cut in the middle with an ellipsis. text() is always the whole text. For
// status bar entries that must not push the window past the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // What to show when the whole text does not fit; empty: the text itself.
    void setShortText(const QString &text);
    QString shortText() const { return m_shortText; }
    // What is drawn now.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_shortText;
};

} // namespace sms::ui
