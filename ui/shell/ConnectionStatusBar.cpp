// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ConnectionStatusBar.h"

#include "api/ApiClient.h"
#include "errors/ErrorCatalog.h"
#include "shell/AppController.h"
#include "widgets/ElidedLabel.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>

#include <cstdlib>

namespace sms::ui {

namespace {
template<typename Label = QLabel> Label *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new Label(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(4, 0, 4, 0);
    return label;
}
} // namespace

ConnectionStatusBar::ConnectionStatusBar(AppController *controller, QWidget *parent)
    : QStatusBar(parent)
    , m_controller(controller)
    , m_badge(makeLabel(this, QStringLiteral("sandboxBadge")))
    , m_profile(makeLabel<ElidedLabel>(this, QStringLiteral("profileLabel")))
    , m_stateDot(makeLabel(this, QStringLiteral("stateDot")))
    , m_state(makeLabel(this, QStringLiteral("stateLabel")))
    , m_busy(new QProgressBar(this))
    , m_activity(makeLabel<ElidedLabel>(this, QStringLiteral("activityLabel")))
    , m_clock(makeLabel<ElidedLabel>(this, QStringLiteral("clockLabel")))
    , m_error(makeLabel(this, QStringLiteral("errorLabel")))
{
    setObjectName(QStringLiteral("ConnectionStatusBar"));
    setSizeGripEnabled(true);

    // Impossible to miss: a white-on-orange badge in any palette. Nothing sent
    // from the sandbox reaches a phone.
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel#sandboxBadge { background: #c2410c; color: #ffffff; font-weight: bold; "
        "padding: 1px 10px; margin: 1px 2px 1px 4px; border-radius: 3px; letter-spacing: 1px; }"));
    // The profile (name, endpoint, region) and the activity give way when
    // the window is narrow (a laptop at 200 %): they shrink to the profile's
    // name and the number of requests; the tooltip and the window title say
    // the whole. The profile takes the room that is left.

    m_busy->setObjectName(QStringLiteral("activityBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 5);
    m_busy->setMaximumHeight(fontMetrics().height() * 2 / 3);

    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_error->setFocusPolicy(Qt::TabFocus);
    connect(m_error, &QLabel::linkActivated, this, [this] { emit guidanceRequested(); });

    addWidget(m_badge);
    addWidget(m_profile, 1);
    m_stateDot->setText(QStringLiteral("\u25cf"));
    m_stateDot->setContentsMargins(8, 0, 0, 0);
    m_state->setContentsMargins(0, 0, 4, 0);
    addWidget(m_stateDot);
    addWidget(m_state);
    addPermanentWidget(m_busy);
    addPermanentWidget(m_activity);
    addPermanentWidget(m_clock);
    addPermanentWidget(m_error);

    connect(m_controller, &AppController::activeProfileChanged, this, &ConnectionStatusBar::refresh);
    connect(m_controller, &AppController::stateChanged, this, &ConnectionStatusBar::refresh);
    connect(m_controller, &AppController::lastErrorChanged, this, &ConnectionStatusBar::refreshError);
    connect(m_controller, &AppController::clockChanged, this, &ConnectionStatusBar::refreshClock);
    connect(&m_controller->client(), &api::ApiClient::activeCallsChanged, this,
            &ConnectionStatusBar::refreshActivity);
    refresh();
    refreshActivity(0);
}

QString ConnectionStatusBar::formatOffset(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    return sign + errors::ErrorCatalog::formatDuration(std::abs(seconds));
}

void ConnectionStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        refreshActivity(m_activeCalls);
    }
    QStatusBar::changeEvent(event);
}

void ConnectionStatusBar::refresh()
{
    const bool sandbox = m_controller->isSandboxActive();
    m_badge->setText(tr("SANDBOX"));
    m_badge->setToolTip(tr("Working against the built-in sandbox: nothing is really sent."));
    m_badge->setAccessibleName(tr("Sandbox mode: nothing is really sent"));
    m_badge->setVisible(sandbox);

    const auto profile = m_controller->activeProfile();
    if (profile) {
        const QUrl endpoint = m_controller->client().config().endpoint;
        const QString where = endpoint.isEmpty() || (sandbox && !m_controller->isSandboxRunning())
            ? tr("local sandbox")
            : endpoint.toDisplayString();
        QString text = tr("Profile: %1 \u00b7 %2 \u00b7 %3")
                           .arg(AppController::displayName(*profile), where,
                                m_controller->client().config().region);
        // A team's shared store: say where everything is written.
        if (const store::StoreLocation store = m_controller->storeLocation(); store.isShared())
            text += tr(" \u00b7 shared store %1").arg(store.displayName());
        m_profile->setText(text);
        m_profile->setShortText(AppController::displayName(*profile));
        if (m_controller->isSessionOnlyCredential())
            m_profile->setToolTip(tr("The keys of this profile are kept in memory for this "
                                     "session only."));
        else
            m_profile->setToolTip(QString());
    } else {
        m_profile->setText(tr("No profile"));
        m_profile->setShortText(QString());
    }
    m_profile->setAccessibleName(m_profile->text());
    if (m_profile->toolTip().isEmpty())
        m_profile->setToolTip(m_profile->text());

    QString state;
    switch (m_controller->state()) {
    case AppController::State::Idle:
        break;
    case AppController::State::StartingSandbox:
        state = tr("Starting the sandbox\u2026");
        break;
    case AppController::State::ReadingKeys:
        state = tr("Reading keys from the keychain\u2026");
        break;
    case AppController::State::Checking:
        state = tr("Checking the connection\u2026");
        break;
    case AppController::State::Ready:
        state = m_controller->isSessionOnlyCredential() ? tr("Connected (keys for this session only)")
                                                         : tr("Connected");
        break;
    case AppController::State::NoKeys:
        state = tr("No keys for this profile");
        break;
    case AppController::State::Failed:
        state = tr("Not connected");
        break;
    }
    // A coloured dot says how it goes at a glance; the words say it for
    // everyone else. The colours read on light and dark status bars alike.
    QString colour = QStringLiteral("#c98a00");
    switch (m_controller->state()) {
    case AppController::State::Ready:
        colour = QStringLiteral("#2e9d57");
        break;
    case AppController::State::NoKeys:
    case AppController::State::Failed:
        colour = QStringLiteral("#d13438");
        break;
    default:
        break;
    }
    m_stateDot->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
    m_stateDot->setVisible(!state.isEmpty());
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_state->setAccessibleName(state);
    refreshClock();
    refreshError();
}

void ConnectionStatusBar::refreshActivity(int count)
{
    m_activeCalls = count;
    m_busy->setVisible(count > 0);
    m_activity->setVisible(count > 0);
    // No %n plural: English is the source and has no catalogue to pluralise it.
    m_activity->setText(tr("Requests running: %1").arg(count));
    m_activity->setShortText(QLocale().toString(count));
    m_activity->setAccessibleName(m_activity->text());
}

void ConnectionStatusBar::refreshClock()
{
    const qint64 offset = m_controller->clockOffset();
    const auto pending = m_controller->pendingClockSkew();
    if (pending) {
        m_clock->setText(tr("Clock off by %1").arg(formatOffset(*pending)));
        // In a narrow window the offset alone; the last error next to it
        // already says what is wrong.
        m_clock->setShortText(formatOffset(*pending));
        m_clock->setToolTip(tr("The service's clock differs from this computer's by %1. "
                               "Requests signed with this clock may be refused.")
                                .arg(formatOffset(*pending)));
    } else if (offset != 0) {
        m_clock->setText(m_controller->isClockOffsetRemembered()
                             ? tr("Clock corrected %1 (saved)").arg(formatOffset(offset))
                             : tr("Clock corrected %1").arg(formatOffset(offset)));
        m_clock->setShortText(formatOffset(offset));
        m_clock->setToolTip(tr("Requests are signed with this computer's time %1, to match the "
                               "service's clock.")
                                .arg(formatOffset(offset)));
    } else {
        m_clock->clear();
        m_clock->setShortText(QString());
        m_clock->setToolTip(QString());
    }
    m_clock->setVisible(!m_clock->text().isEmpty());
    m_clock->setAccessibleName(m_clock->text());
}

void ConnectionStatusBar::refreshError()
{
    if (!m_controller->hasLastError()) {
        m_error->clear();
        m_error->setVisible(false);
        return;
    }
    const api::ApiError error = m_controller->lastError();
    const errors::Guidance guidance = errors::ErrorCatalog::guidanceFor(error);
    // Rich text for the link only; everything from the catalog or the server
    // is escaped.
    m_error->setText(tr("Last error: %1")
                         .arg(QStringLiteral("<a href=\"guidance\">%1</a>")
                                  .arg(guidance.title.toHtmlEscaped())));
    // A tooltip guesses at rich text; the server's message must never be
    // interpreted, so it goes in escaped.
    const QString tip = error.code()
        + (error.message().isEmpty() ? QString() : QStringLiteral(": ") + error.message());
    m_error->setToolTip(QStringLiteral("<p>%1</p>").arg(tip.toHtmlEscaped()));
    m_error->setAccessibleName(tr("Last error: %1. Press Enter for what to do.")
                                   .arg(guidance.title));
    m_error->setVisible(true);
}

} // namespace sms::ui
