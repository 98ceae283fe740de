// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusFrame.h"

#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace sms::ui {

// A non-modal message strip for the top of a window or a form (the idea of
// KeePassXC's MessageWidget): an icon, a sentence, optional buttons, and a
// close button. Used for what the operator should know but need not answer
// at once: working in the sandbox, a skewed clock, a failed connection.
//
// The tint and the text colour come from StatusPalette through the palette
// around the bar, so the strip reads in light and dark palettes. Tab reaches
// the bar's buttons before its close button. Texts are set by the owner
// (and set again on a language change); the bar does not translate them.
class MessageBar : public StatusFrame
{
    Q_OBJECT

public:
    using Type = StatusPalette::Tone;

    explicit MessageBar(QWidget *parent = nullptr);

    void setType(Type type) { setTone(type); }
    Type type() const { return tone(); }
    void setText(const QString &text);
    QString text() const;
    void setClosable(bool closable);

    // A button on the right; the bar owns it, the caller sets its text.
    QPushButton *addButton(const QString &objectName);
    QList<QPushButton *> buttons() const { return m_buttons; }
    QToolButton *closeButton() const { return m_closeButton; }

Q_SIGNALS:
    // The operator closed the bar (it hides itself first).
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void coloursChanged() override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_buttonLayout;
    QToolButton *m_closeButton;
    QList<QPushButton *> m_buttons;
};

} // namespace sms::ui
