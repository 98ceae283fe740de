#pragma once

#include <QLabel>

namespace sms::ui {

// A one-line plain-text label that gives way when space is short: it asks
// for its whole text but accepts a few characters' width, and then draws
// the text cut in the middle with an ellipsis. text() is always the whole
// text. For status bar entries that must not push the window past the
// screen (a profile, an endpoint and a region).
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace sms::ui
