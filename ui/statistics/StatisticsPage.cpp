// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsPage.h"

#include "guidance/GuidanceRouter.h"
#include "session/Session.h"
#include "statistics/ChartPanel.h"
#include "statistics/StatisticsCharts.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace sms::ui {

using statistics::StatisticsRange;
using statistics::StatisticsReport;
using statistics::StatisticsSource;
using statistics::StatisticsStore;

namespace {
// Long enough to finish typing a date's part, short enough to feel direct.
constexpr int kDatePauseMs = 500;
constexpr int kResizePauseMs = 150;

// The page loads when it is shown (and when the session becomes ready while
// it is): an operator who never opens it costs the service nothing.
StatisticsStore::Options pageOptions(StatisticsStore::Options options)
{
    options.loadWhenReady = false;
    return options;
}
} // namespace

StatisticsPage::StatisticsPage(session::Session &session, const StatisticsStore::Options &options,
                               QWidget *parent)
    : QWidget(parent)
    , m_store(new StatisticsStore(session, pageOptions(options), this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_appIdLabel(new QLabel(this))
    , m_appId(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_bar(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_activity(new ChartPanel(this))
    , m_delivery(new ChartPanel(this))
    , m_packages(new ChartPanel(this))
    , m_failures(new ChartPanel(this))
    , m_dateTimer(new QTimer(this))
    , m_resizeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("StatisticsPage"));
    m_source->setObjectName(QStringLiteral("source"));
    m_period->setObjectName(QStringLiteral("period"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_appId->setObjectName(QStringLiteral("appId"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_bar->setObjectName(QStringLiteral("statisticsBar"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_activity->setObjectName(QStringLiteral("activity"));
    m_delivery->setObjectName(QStringLiteral("delivery"));
    m_packages->setObjectName(QStringLiteral("packages"));
    m_failures->setObjectName(QStringLiteral("failures"));

    for (int i = 0; i < 2; ++i)
        m_source->addItem(QString());
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString());
    m_period->setCurrentIndex(int(Period::LastWeek));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_from->setDate(m_store->range().from());
    m_to->setDate(m_store->range().to());
    m_appId->setEditable(true);
    m_appId->setInsertPolicy(QComboBox::NoInsert);
    m_appId->setMinimumContentsLength(12);
    m_sourceLabel->setBuddy(m_source);
    m_periodLabel->setBuddy(m_period);
    m_toLabel->setBuddy(m_to);
    m_appIdLabel->setBuddy(m_appId);
    m_bar->setType(MessageBar::Type::Error);
    m_bar->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows: one row of every control is wider than the page at the
    // window's smallest width, and squeezed combo boxes cut their text.
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_sourceLabel);
    controls->addWidget(m_source);
    controls->addSpacing(fontMetrics().height());
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addStretch(1);
    auto *application = new QHBoxLayout;
    application->addWidget(m_appIdLabel);
    application->addWidget(m_appId);
    application->addWidget(m_refresh);
    application->addStretch(1);

    auto *charts = new QWidget;
    m_grid = new QGridLayout(charts);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(application);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(kDatePauseMs);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(kResizePauseMs);
    connect(m_dateTimer, &QTimer::timeout, this, &StatisticsPage::reload);
    connect(m_resizeTimer, &QTimer::timeout, this, &StatisticsPage::rebuildCharts);
    connect(m_source, &QComboBox::activated, this, &StatisticsPage::reload);
    connect(m_period, &QComboBox::activated, this, &StatisticsPage::applyPeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsPage::datesEdited);
    connect(m_appId, &QComboBox::activated, this, &StatisticsPage::reload);
    connect(m_appId->lineEdit(), &QLineEdit::returnPressed, this, &StatisticsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &StatisticsPage::reload);
    connect(m_store, &StatisticsStore::changed, this, [this] {
        if (m_store->hasReport())
            m_bar->hide();
        refreshAppIds();
        refreshSummary();
        rebuildCharts();
    });
    connect(m_store, &StatisticsStore::busyChanged, this, &StatisticsPage::refreshSummary);
    connect(m_store, &StatisticsStore::failed, this, &StatisticsPage::showFailure);
    // Another profile's application would mean nothing under this one.
    connect(&session, &session::Session::profileChanged, this, [this] {
        m_appId->setCurrentText(QString());
        refreshAppIds();
    });
    connect(&session, &session::Session::readyChanged, this, [this] {
        if (isVisible() && !m_store->hasReport() && !m_store->isBusy())
            reload();
        refreshSummary();
    });
    refreshAppIds();
    arrangeCharts();
    retranslate();
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::setGuidanceRouter(GuidanceRouter *router)
{
    m_router = router;
}

void StatisticsPage::reload()
{
    m_dateTimer->stop();
    m_store->setSource(m_source->currentIndex() == 1 ? StatisticsSource::Local
                                                     : StatisticsSource::Cloud);
    m_store->setRange({m_from->date(), m_to->date()});
    m_store->setAppId(m_appId->currentText().trimmed());
    m_store->load();
    refreshSummary();
}

void StatisticsPage::applyPeriod()
{
    const auto period = Period(m_period->currentIndex());
    if (period == Period::Custom)
        return;
    const int days = period == Period::Today ? 1 : period == Period::LastWeek ? 7 : 30;
    const StatisticsRange range = StatisticsRange::lastDays(days, m_store->serviceNow());
    m_settingControls = true;
    m_from->setDate(range.from());
    m_to->setDate(range.to());
    m_settingControls = false;
    reload();
}

void StatisticsPage::datesEdited()
{
    if (m_settingControls)
        return;
    m_period->setCurrentIndex(int(Period::Custom));
    m_dateTimer->start();
}

void StatisticsPage::refreshAppIds()
{
    // The session's application, and every one the history has sent with;
    // the box is editable for any other.
    const QString current = m_appId->currentText();
    QStringList ids;
    const QString own = m_store->appId();
    if (!own.isEmpty())
        ids.append(own);
    for (const QString &id : m_store->localAppIds()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    QStringList shown;
    for (int i = 0; i < m_appId->count(); ++i)
        shown.append(m_appId->itemText(i));
    if (shown != ids) {
        m_appId->clear();
        m_appId->addItems(ids);
    }
    m_appId->setCurrentText(current.isEmpty() ? own : current);
}

void StatisticsPage::refreshSummary()
{
    const QLocale l = locale();
    if (m_store->isBusy()) {
        m_summary->setText(tr("Loading the statistics…"));
        return;
    }
    if (!m_store->hasReport()) {
        m_summary->setText(m_store->source() == StatisticsSource::Cloud
                                   && !m_store->lastError().isError()
                               ? tr("The service's statistics load once the connection is ready.")
                               : QString());
        return;
    }
    const StatisticsReport &r = m_store->report();
    const QString from = l.toString(r.range.from(), QLocale::ShortFormat);
    const QString to = l.toString(r.range.to(), QLocale::ShortFormat);
    const QString app = r.appId.isEmpty() ? tr("every application") : r.appId;
    const QString counts = tr("%1 to %2, %3: %4 numbers sent, %5 accepted, %6 segments billed.")
                               .arg(from, to, app, l.toString(r.requests()),
                                    l.toString(r.accepted()), l.toString(r.billed()));
    const QString source = r.source == StatisticsSource::Cloud
        ? tr("From the service's statistics (Beijing time), loaded at %1.")
        : tr("From the history on this computer (Beijing time), read at %1.");
    m_summary->setText(
        counts + QLatin1Char(' ')
        + source.arg(l.toString(r.loadedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void StatisticsPage::rebuildCharts()
{
    StatisticsCharts::Style style;
    style.palette = palette();
    style.font = font();
    style.locale = locale();
    const QFontMetrics metrics(font());
    const int labelWidth
        = metrics.horizontalAdvance(StatisticsCharts::bucketLabel(
              QDateTime(QDate(2026, 12, 30), QTime(23, 0), StatisticsRange::zone()),
              {QDate(2026, 12, 30), QDate(2026, 12, 31)}, locale()))
        + 2 * metrics.height();
    style.timeLabels = qMax(2, (m_activity->width() - 4 * metrics.height()) / qMax(1, labelWidth));

    if (!m_store->hasReport()) {
        const QString text = tr("Nothing loaded yet.");
        for (ChartPanel *panel : {m_activity, m_delivery, m_packages, m_failures})
            panel->showEmpty(text);
        return;
    }
    const StatisticsReport &r = m_store->report();
    const bool cloud = r.source == StatisticsSource::Cloud;
    if (r.isEmpty())
        m_activity->showEmpty(tr("Nothing was sent in this range."));
    else
        m_activity->setChart(StatisticsCharts::activity(r, style));

    if (r.delivery.delivered + r.delivery.failed + r.delivery.noReceiptYet + r.delivery.unknown
        == 0)
        m_delivery->showEmpty(tr("No number was accepted in this range: there is nothing to "
                                 "deliver."));
    else
        m_delivery->setChart(StatisticsCharts::delivery(r, style));

    const QDateTime now = m_store->serviceNow();
    if (!cloud) {
        m_packages->showEmpty(tr("Only the service knows the packages: choose Cloud as the "
                                 "source to see them."));
    } else if (QChart *chart = StatisticsCharts::packages(r, style, now)) {
        m_packages->setChart(chart);
    } else {
        m_packages->showEmpty(tr("No package is in effect."));
    }

    if (cloud)
        m_failures->showEmpty(tr("The service does not count refusals by code: choose This "
                                 "computer as the source to see them."));
    else if (r.refusedByCode.isEmpty())
        m_failures->showEmpty(tr("No number was refused in this range."));
    else
        m_failures->setChart(StatisticsCharts::failures(r, style));
    retranslate();
}

void StatisticsPage::showFailure(const api::ApiError &error)
{
    m_bar->setText(error.summary());
    m_bar->show();
    refreshSummary();
    if (m_router && isVisible())
        m_router->showGuidance(
            error, [this] { reload(); }, {}, window());
}

void StatisticsPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        retranslate();
        refreshSummary();
        rebuildCharts();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        rebuildCharts();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_store->hasReport() && !m_store->isBusy() && !m_store->lastError().isError())
        reload();
    else
        rebuildCharts();
}

void StatisticsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
    m_resizeTimer->start();
}

void StatisticsPage::arrangeCharts()
{
    // Side by side only when each chart keeps room for its legend and axis
    // labels (error codes are long); one under the other otherwise.
    const int columns = width() >= 2 * 34 * fontMetrics().height() ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    ChartPanel *const order[] = {m_activity, m_delivery, m_failures, m_packages};
    for (ChartPanel *panel : order)
        m_grid->removeWidget(panel);
    for (int i = 0; i < 4; ++i)
        m_grid->addWidget(order[i], i / columns, i % columns);
}

void StatisticsPage::retranslate()
{
    m_sourceLabel->setText(tr("&Source:"));
    m_source->setItemText(0, tr("Cloud"));
    m_source->setItemText(1, tr("This computer"));
    m_source->setToolTip(tr("Cloud: the service's own statistics. This computer: the history "
                            "SMS Console keeps, which works offline and counts refusals by "
                            "code."));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(int(Period::Today), tr("Today"));
    m_period->setItemText(int(Period::LastWeek), tr("Last 7 days"));
    m_period->setItemText(int(Period::LastMonth), tr("Last 30 days"));
    m_period->setItemText(int(Period::Custom), tr("Custom"));
    m_toLabel->setText(tr("to"));
    const QString dateFormat = locale().dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(dateFormat);
    m_appIdLabel->setText(tr("&Application:"));
    m_appId->setToolTip(tr("The SmsSdkAppId whose statistics are shown."));
    m_refresh->setText(tr("&Refresh"));

    const StatisticsRange shown = m_store->hasReport()
        ? m_store->report().range
        : StatisticsRange(m_from->date(), m_to->date());
    const bool hours = shown.granularity() == StatisticsRange::Granularity::Hour;
    m_activity->setTitle(hours ? tr("Numbers sent, accepted and billed, per hour")
                               : tr("Numbers sent, accepted and billed, per day"));
    m_delivery->setTitle(tr("What became of the accepted numbers"));
    m_failures->setTitle(tr("Refusals by code"));
    const StatisticsReport &r = m_store->report();
    const QDateTime now = m_store->serviceNow();
    const QDateTime expiry = r.nextExpiry(now);
    if (m_store->hasReport() && r.packagesKnown)
        m_packages->setTitle(
            expiry.isValid() ? tr("Packages: %1 segments left; the next to run out expires on %2")
                                   .arg(locale().toString(r.remainingSegments(now)),
                                        locale().toString(expiry.date(), QLocale::ShortFormat))
                             : tr("Packages: %1 segments left")
                                   .arg(locale().toString(r.remainingSegments(now))));
    else
        m_packages->setTitle(tr("Packages"));
}

} // namespace sms::ui
