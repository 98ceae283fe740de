// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sms::sandbox {

class SandboxServer;

// Saves a sandbox's state file every interval while requests keep coming, so
// a killed process loses at most one interval of rehearsal history. Lives in
// the server's thread (make it a child of the server); saving there never
// blocks the GUI.
class SandboxAutosave : public QObject
{
    Q_OBJECT

public:
    SandboxAutosave(SandboxServer *server, const QString &path, int intervalMs = 30000);

    // Saves now if anything was asked of the server since the last save.
    bool saveIfChanged(QString *error = nullptr);

private:
    SandboxServer *m_server;
    QString m_path;
    QTimer m_timer;
    int m_savedAtCount = -1;
};

} // namespace sms::sandbox
