// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewKind.h"
#include "review/ReviewWatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace sms::ui {

class MainWindow;
class MessageBar;
class ReviewPage;

// Tells the operator when a review ends, without a refresh: it watches the
// stores of the review pages (a review::ReviewWatch polls what is under
// review) and says "Signature 【Acme】 approved" or "Template 123 rejected:
// <reply>" as a desktop notification where a system tray exists, and always
// in the main window's review bar (not in the status bar, which keeps
// showing the connection). Clicking either opens the page at the
// record; for a rejection the guidance for what to change follows.
class ReviewNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notice
    {
        review::ReviewKind kind = review::ReviewKind::Signature;
        qint64 id = 0;
        bool approved = false;
        QString reply;
        QString text;
    };

    // bar: where the notice shows in the window (the window owns it, and
    // its first button, "Show", opens the record).
    ReviewNotifier(MainWindow *window, MessageBar *bar);
    ~ReviewNotifier() override;

    // Watches the page's store; page is MainWindow::Signatures or
    // MainWindow::Templates.
    void watch(int page, ReviewPage *reviewPage);

    review::ReviewWatch &reviewWatch() { return m_watch; }
    // Null where the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The latest notice; id 0 before the first.
    const Notice &lastNotice() const { return m_last; }
    // How a notice reads.
    static QString noticeText(const QString &recordTitle, bool approved, const QString &reply);

public Q_SLOTS:
    // What clicking the notice does: the page at the record, and the
    // guidance for a rejection.
    void openLastNotice();

Q_SIGNALS:
    void notified(const sms::ui::ReviewNotifier::Notice &notice);

private:
    void onReviewFinished(review::ReviewKind kind, qint64 id, bool approved, const QString &reply);

    QPointer<MainWindow> m_window;
    MessageBar *m_bar;
    review::ReviewWatch m_watch;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<int, QPointer<ReviewPage>> m_pages;
    Notice m_last;
    int m_lastPage = -1;
};

} // namespace sms::ui
