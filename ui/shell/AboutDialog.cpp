// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AboutDialog.h"

#include "shell/MainWindow.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sms::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_version(new QLabel(this))
    , m_description(new QLabel(this))
    , m_licence(new QLabel(this))
    , m_licences(new QTextBrowser(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    m_icon->setPixmap(MainWindow::applicationIcon().pixmap(64, 64));
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setObjectName(QStringLiteral("aboutDescription"));
    m_description->setWordWrap(true);
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setWordWrap(true);
    m_licence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_title, m_version, m_description, m_licence}) {
        label->setTextFormat(Qt::PlainText);
        titles->addWidget(label);
    }
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setOpenExternalLinks(true);
    m_licences->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_licences, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    retranslate();
    const int em = fontMetrics().height();
    WindowGeometry::fit(this, QSize(em * 42, em * 34));
}

QString AboutDialog::licencesText() const
{
    return m_licences->toPlainText();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About SMS Console"));
    m_title->setText(tr("SMS Console"));
    m_version->setText(tr("Version %1 \u00b7 built with Qt %2, running on Qt %3")
                           .arg(QStringLiteral(SMS_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
    m_description->setText(tr("A desktop console for operators of a cloud SMS service (API "
                              "version 2021-01-11): campaigns, signature and template review, "
                              "delivery history, and every error code explained."));
    m_licence->setText(tr("Free software under the GNU General Public License, version 3 or "
                          "later (GPL-3.0-or-later). It comes with no warranty."));
    m_licences->setAccessibleName(tr("Licences"));
    m_closeButton->setText(tr("&Close"));

    // Built from translated sentences; nothing here comes from outside.
    const auto item = [](const QString &name, const QString &text) {
        return QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(name.toHtmlEscaped(), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Third-party software").toHtmlEscaped());
    html += item(tr("Qt %1").arg(QString::fromLatin1(qVersion())),
                 tr("The Qt Toolkit, \u00a9 The Qt Company Ltd. and contributors, used under the "
                    "GNU Lesser General Public License version 3 (LGPL-3.0). Qt's source code is "
                    "available from qt.io and from your distribution."));
    html += item(tr("QtKeychain"),
                 tr("Keeps the API keys in the system keychain. \u00a9 Frank Osterfeld and "
                    "contributors, BSD 3-Clause licence."));
    html += item(tr("libphonenumber"),
                 tr("Checks and formats phone numbers. \u00a9 Google Inc. and contributors, "
                    "Apache License 2.0."));
    html += item(tr("Noto Sans CJK"),
                 tr("Chinese text is shown with the Noto Sans CJK fonts when the system provides "
                    "them (Debian: fonts-noto-cjk). \u00a9 Google and Adobe, SIL Open Font "
                    "License 1.1. The fonts are not part of SMS Console."));
    html += QStringLiteral("<p>%1</p>").arg(
        tr("The full licence texts are installed with each library, for example under "
           "/usr/share/doc/ on Debian.")
            .toHtmlEscaped());
    m_licences->setHtml(html);
}

} // namespace sms::ui
