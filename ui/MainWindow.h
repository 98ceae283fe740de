#pragma once

#include "api/ClientConfig.h"

#include <QMainWindow>

class QLabel;

namespace sms::ui {

// The application's main window. For now it states which profile and
// endpoint the console would use; the pages arrive with later work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const QString &profileName, const api::ClientConfig &config,
               QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_profileName;
    api::ClientConfig m_config;
    QLabel *m_summary;
};

} // namespace sms::ui
