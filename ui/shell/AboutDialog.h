// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sms::ui {

// Help > About: what SMS Console is, its version and the Qt it runs on, its
// own licence (GPL-3.0-or-later), and the licences of the parts it is built
// from (Qt, QtKeychain, libphonenumber) and of the Noto CJK fonts
// it shows Chinese with. Opened with show(), never exec().
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The licence text shown, for tests.
    QString licencesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_version;
    QLabel *m_description;
    QLabel *m_licence;
    QTextBrowser *m_licences;
    QPushButton *m_closeButton;
};

} // namespace sms::ui
