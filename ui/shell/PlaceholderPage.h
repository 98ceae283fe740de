// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace sms::ui {

// Stands in for a page that is not built yet, and says so: the page's name,
// what it will do, and that it arrives in a later version. It never pretends
// to work. The owner sets the title and description (and sets them again on
// a language change); the "later version" note translates itself.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description);
    QString title() const;
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_note;
};

} // namespace sms::ui
