// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "guidance/GuidanceSubject.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace sms::ui {

class AppController;
class ErrorGuidanceDialog;

// The one way an error reaches the operator's eyes in a dialog, and the
// place its buttons lead to. Whoever raises an error hands it over with
// what only they know:
//
//   router->showGuidance(error, [this] { load(); }, GuidanceSubject::signature(id), this);
//
//   - retry: what "Retry" does for this error; without one there is no Retry
//     button (repeating a send is never the router's guess);
//   - subject: what the error is about; "Open Signatures" and "Open
//     Templates" carry its id to the page, "Edit Refused Rows" its numbers;
//   - over: the window the dialog stays on top of (the router's window when
//     null).
//
// "Open Settings" becomes openProfiles(cause), "Correct the Clock" goes to
// the session's clock. One guidance dialog is open at a time: a new error
// replaces the dialog of the previous one. The router does not switch
// pages or open the profiles dialog itself: the main window answers its
// signals.
class GuidanceRouter : public QObject
{
    Q_OBJECT

public:
    using Retry = std::function<void()>;
    // Where "Correct the Clock" goes when the error is not about the
    // session's own clock (a profile tested before it is active).
    using ClockFix = std::function<void(qint64 relativeSeconds)>;

    // controller: the session's clock and the time of its last error.
    // window: where dialogs go when the caller names no window; the router
    // is its child.
    GuidanceRouter(AppController *controller, QWidget *window);
    ~GuidanceRouter() override;

    ErrorGuidanceDialog *showGuidance(const api::ApiError &error, Retry retry = {},
                                      const GuidanceSubject &subject = {}, QWidget *over = nullptr,
                                      ClockFix clockFix = {});
    // A code on its own, as an operator finds it in a log or a customer's
    // screenshot: the catalog's guidance without anything from a request.
    ErrorGuidanceDialog *explainCode(const QString &code, QWidget *over = nullptr);

    // The dialog open now, if any.
    ErrorGuidanceDialog *dialog() const;

Q_SIGNALS:
    // "Open Settings": the profiles dialog, on what the error is about.
    void openProfiles(const sms::api::ApiError &cause);
    // id 0: no particular signature or template, just the page.
    void openSignature(qint64 signId);
    void openTemplate(qint64 templateId);
    void editCampaignRows(qint64 campaignId, const QStringList &numbers);

private:
    AppController *m_controller;
    QPointer<QWidget> m_window;
    QPointer<ErrorGuidanceDialog> m_dialog;
};

} // namespace sms::ui
