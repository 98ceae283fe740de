// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ElidedLabel.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace sms::ui {

class AppController;

// The main window's status bar: what the console is connected to and how it
// is going. From left to right: the SANDBOX badge (only when nothing is
// really sent), the active profile and endpoint, the connection state,
// network activity, the clock correction, and the last error with a link to
// its guidance. It only reads the AppController; linkActivated on the error
// becomes guidanceRequested(), which the window answers.
class ConnectionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ConnectionStatusBar(AppController *controller, QWidget *parent = nullptr);

    // For tests and the window's own use.
    QLabel *sandboxBadge() const { return m_badge; }
    QLabel *profileLabel() const { return m_profile; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *activityLabel() const { return m_activity; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *errorLabel() const { return m_error; }

    // "+15 min 00 s" / "-45 s": an offset the way the status bar says it.
    static QString formatOffset(qint64 seconds);

Q_SIGNALS:
    void guidanceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshActivity(int count);
    void refreshClock();
    void refreshError();

    AppController *m_controller;
    QLabel *m_badge;
    ElidedLabel *m_profile;
    QLabel *m_stateDot;
    QLabel *m_state;
    QProgressBar *m_busy;
    ElidedLabel *m_activity;
    ElidedLabel *m_clock;
    QLabel *m_error;
    int m_activeCalls = 0;
};

} // namespace sms::ui
