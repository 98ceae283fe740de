#pragma once

#include "api/ClientConfig.h"

#include <QMainWindow>

class QLabel;

namespace sms::ui {

// The application's main window. For now it states which profile and
// endpoint the console uses; the pages arrive with later work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setConnection(const QString &profileName, const api::ClientConfig &config, bool sandbox);
    void showStartupProblem(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_profileName;
    api::ClientConfig m_config;
    bool m_connected = false;
    bool m_sandbox = false;
    QString m_problem;
    QLabel *m_summary;
    QLabel *m_badge;
};

} // namespace sms::ui
