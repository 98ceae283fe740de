#include "MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>

namespace sms::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_summary(new QLabel(this))
    , m_badge(new QLabel(this))
{
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCentralWidget(m_summary);
    // The badge must be impossible to miss: nothing sent from the sandbox
    // reaches a phone.
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #d97706; color: white; font-weight: bold; padding: 2px 8px; "
        "border-radius: 3px; }"));
    m_badge->setVisible(false);
    statusBar()->addPermanentWidget(m_badge);
    resize(960, 640);
    retranslate();
}

void MainWindow::setConnection(const QString &profileName, const api::ClientConfig &config,
                               bool sandbox)
{
    m_profileName = profileName;
    m_config = config;
    m_sandbox = sandbox;
    m_connected = true;
    m_problem.clear();
    retranslate();
}

void MainWindow::showStartupProblem(const QString &problem)
{
    m_problem = problem;
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
    m_badge->setText(tr("SANDBOX"));
    m_badge->setToolTip(tr("Working against the built-in sandbox: nothing is really sent."));
    m_badge->setVisible(m_sandbox);
    if (!m_problem.isEmpty()) {
        m_summary->setText(tr("The built-in sandbox could not start:\n%1").arg(m_problem));
        statusBar()->showMessage(tr("Sandbox unavailable"));
        return;
    }
    if (!m_connected) {
        m_summary->setText(tr("Starting the built-in sandbox…"));
        return;
    }
    m_summary->setText(tr("Profile: %1\nEndpoint: %2\nRegion: %3")
                           .arg(m_profileName, m_config.endpoint.toDisplayString(), m_config.region));
    statusBar()->showMessage(tr("Profile %1 · %2").arg(m_profileName, m_config.endpoint.toDisplayString()));
}

} // namespace sms::ui
