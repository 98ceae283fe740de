#pragma once

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace sms::ui {

// A non-modal message strip for the top of a window or a form (the idea of
// KeePassXC's MessageWidget): an icon, a sentence, optional buttons, and a
// close button. Used for what the operator should know but need not answer
// at once: working in the sandbox, a skewed clock, a keychain problem.
//
// The colours are fixed pale tints with dark text, so the strip reads the
// same in a light and a dark palette. Texts are set by the owner (and reset
// on a language change); the bar does not translate them itself.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void setType(Type type);
    Type type() const { return m_type; }
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

private:
    void applyStyle();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_buttonLayout;
    QToolButton *m_closeButton;
    QList<QPushButton *> m_buttons;
};

} // namespace sms::ui
