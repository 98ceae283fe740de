// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sms::cli {

// SIGINT and SIGTERM as a Qt signal, for a command that runs until it is
// told to stop and must then finish what it is doing (a commit) before it
// exits. A signal handler may do almost nothing: it writes a byte to a pipe,
// and the event loop reads it. While the object lives, the signals no longer
// end the process; the default handling comes back with its destruction.
// One at a time per process.
class StopSignal : public QObject
{
    Q_OBJECT

public:
    explicit StopSignal(QObject *parent = nullptr);
    ~StopSignal() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested();

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sms::cli
