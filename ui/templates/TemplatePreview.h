// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SmsLength.h"

#include <QWidget>

class QLabel;

namespace sms::ui {

// A message as a phone would show it: 【signature】 and the text in a
// bubble on a phone's screen, and under it what the service bills for it:
// characters, segments and, for international messages, the encoding (and
// the character that made it UCS-2). A placeholder signature is drawn
// quieter, since the real one will take its place.
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    // Shows body after 【signature】 (nothing before it when signature is
    // empty) and measures both as the service bills them for destination.
    void setMessage(const QString &signature, bool placeholder, const QString &body,
                    domain::SmsLength::Destination destination);

    // The text as the phone shows it, and what it costs.
    const QString &messageText() const { return m_text; }
    const domain::SmsLength::Result &length() const { return m_length; }

    QLabel *messageLabel() const { return m_message; }
    QLabel *lengthLabel() const { return m_lengthLabel; }

    QSize sizeHint() const override;
    // Keeps the phone's screen at least this tall; the notes under it take
    // what their wrapped lines need on top (the widget's height for its
    // width, which a layout in a scroll area honours).
    void setMinimumScreenHeight(int height);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showLength();

    QString m_signature;
    bool m_placeholder = false;
    QString m_body;
    domain::SmsLength::Destination m_destination = domain::SmsLength::Destination::Domestic;
    QString m_text;
    domain::SmsLength::Result m_length;

    QWidget *m_screen = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_lengthLabel = nullptr;
};

} // namespace sms::ui
