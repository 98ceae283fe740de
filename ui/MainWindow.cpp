#include "MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sms::ui {

MainWindow::MainWindow(const QString &profileName, const api::ClientConfig &config,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_profileName(profileName)
    , m_config(config)
    , m_summary(new QLabel(this))
{
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCentralWidget(m_summary);
    resize(900, 600);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SMS Console"));
    const QString profile = m_profileName.isEmpty() ? tr("(no profile)") : m_profileName;
    m_summary->setText(tr("Profile: %1\nEndpoint: %2\nRegion: %3")
                           .arg(profile, m_config.endpoint.toDisplayString(), m_config.region));
    statusBar()->showMessage(tr("Profile %1 · %2").arg(profile, m_config.endpoint.host()));
}

} // namespace sms::ui
