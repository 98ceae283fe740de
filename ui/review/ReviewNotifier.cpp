// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewNotifier.h"

#include "review/ReviewPage.h"
#include "review/ReviewStore.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QPushButton>
#include <QSystemTrayIcon>

namespace sms::ui {

ReviewNotifier::ReviewNotifier(MainWindow *window, MessageBar *bar)
    : QObject(window)
    , m_window(window)
    , m_bar(bar)
{
    connect(&m_watch, &review::ReviewWatch::reviewFinished, this,
            &ReviewNotifier::onReviewFinished);
    if (!m_bar->buttons().isEmpty())
        connect(m_bar->buttons().at(0), &QPushButton::clicked, this,
                &ReviewNotifier::openLastNotice);
    m_bar->hide();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(MainWindow::applicationIcon(), this);
        m_tray->setToolTip(QStringLiteral("SMS Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReviewNotifier::openLastNotice);
    }
}

ReviewNotifier::~ReviewNotifier() = default;

void ReviewNotifier::watch(int page, ReviewPage *reviewPage)
{
    m_pages.insert(page, reviewPage);
    m_watch.watch(reviewPage->store());
}

QString ReviewNotifier::noticeText(const QString &recordTitle, bool approved, const QString &reply)
{
    if (approved)
        return tr("%1 approved").arg(recordTitle);
    return reply.isEmpty() ? tr("%1 rejected").arg(recordTitle)
                           : tr("%1 rejected: %2").arg(recordTitle, reply.simplified());
}

void ReviewNotifier::onReviewFinished(review::ReviewKind kind, qint64 id, bool approved,
                                      const QString &reply)
{
    ReviewPage *page = nullptr;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value() && it.value()->store().kind() == kind) {
            page = it.value();
            m_lastPage = it.key();
        }
    }
    if (!page)
        return;
    m_last = {kind, id, approved, reply, noticeText(page->recordTitle(id), approved, reply)};
    m_bar->setType(approved ? MessageBar::Type::Positive : MessageBar::Type::Warning);
    m_bar->setText(m_last.text);
    m_bar->show();
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(tr("SMS Console"), m_last.text,
                            approved ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    emit notified(m_last);
}

void ReviewNotifier::openLastNotice()
{
    const ReviewPage *page = m_pages.value(m_lastPage);
    if (!m_window || !page || !m_last.id)
        return;
    m_bar->hide();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_window->openPage(m_lastPage, page->subjectFor(m_last.id));
    if (!m_last.approved)
        m_pages.value(m_lastPage)->explainRejection(m_last.id);
}

} // namespace sms::ui
