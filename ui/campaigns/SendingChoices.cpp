// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/SendingChoices.h"

#include "review/ReviewTexts.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStandardItemModel>

namespace sms::ui {

namespace {
// Disables a combo box's item, with why it cannot be chosen in its text and
// tooltip.
void disableItem(QComboBox *box, int index, const QString &why)
{
    box->setItemText(index, SendingChoices::tr("%1 (%2)").arg(box->itemText(index), why));
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model())) {
        if (QStandardItem *item = model->item(index)) {
            item->setEnabled(false);
            item->setToolTip(why);
        }
    }
}

bool isEnabled(const QComboBox *box, int index)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(box->model());
    return model && model->item(index) && model->item(index)->isEnabled();
}

// Chooses the item with data chosen again when it is there (and usable,
// when onlyUsable), else the first usable one: an unusable one is never
// chosen by default.
void reselect(QComboBox *box, const QVariant &chosen, bool onlyUsable)
{
    const int again = chosen.isValid() ? box->findData(chosen) : -1;
    if (again >= 0 && (!onlyUsable || isEnabled(box, again)))
        return box->setCurrentIndex(again);
    for (int i = 0; i < box->count(); ++i) {
        if (isEnabled(box, i))
            return box->setCurrentIndex(i);
    }
    box->setCurrentIndex(-1);
}
} // namespace

SendingChoices::SendingChoices(const review::SignatureStore *signatures,
                               const review::TemplateStore *templates, QWidget *parent)
    : QObject(parent)
    , m_signatures(signatures)
    , m_templates(templates)
    , m_appIdCaption(new QLabel(parent))
    , m_appIdLabel(new QLabel(parent))
    , m_templateLabel(new QLabel(parent))
    , m_templateBox(new QComboBox(parent))
    , m_signatureLabel(new QLabel(parent))
    , m_signatureBox(new QComboBox(parent))
{
    m_appIdLabel->setObjectName(QStringLiteral("appIdLabel"));
    m_appIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateBox->setObjectName(QStringLiteral("templateBox"));
    m_signatureBox->setObjectName(QStringLiteral("signatureBox"));
    connect(m_templateBox, &QComboBox::currentIndexChanged, this, &SendingChoices::fillSignatures);
    connect(m_signatureBox, &QComboBox::currentIndexChanged, this, &SendingChoices::changed);
    if (m_templates)
        connect(m_templates, &review::ReviewStore::changed, this, &SendingChoices::fillTemplates);
    if (m_signatures)
        connect(m_signatures, &review::ReviewStore::changed, this, &SendingChoices::fillSignatures);
}

void SendingChoices::addRows(QFormLayout *form)
{
    form->addRow(m_appIdCaption, m_appIdLabel);
    form->addRow(m_templateLabel, m_templateBox);
    form->addRow(m_signatureLabel, m_signatureBox);
}

void SendingChoices::setAppId(const QString &appId)
{
    m_appIdLabel->setText(appId);
}

void SendingChoices::retranslate()
{
    m_appIdCaption->setText(tr("SmsSdkAppId"));
    m_templateLabel->setText(tr("Template"));
    m_signatureLabel->setText(tr("Signature"));
}

std::optional<review::TemplateRecord> SendingChoices::chosenTemplate() const
{
    if (!m_templates || m_templateBox->currentIndex() < 0)
        return std::nullopt;
    return m_templates->record(m_templateBox->currentData().toLongLong());
}

QString SendingChoices::chosenSignName() const
{
    return m_signatureBox->currentData().toString();
}

void SendingChoices::chooseTemplate(qint64 templateId)
{
    const int index = m_templateBox->findData(templateId);
    if (index >= 0)
        m_templateBox->setCurrentIndex(index);
}

void SendingChoices::chooseSignature(const QString &signName)
{
    const int index = m_signatureBox->findData(signName);
    if (index >= 0)
        m_signatureBox->setCurrentIndex(index);
}

void SendingChoices::fillTemplates()
{
    const QVariant chosen = m_templateBox->currentData();
    {
        const QSignalBlocker blocker(m_templateBox);
        m_templateBox->clear();
        if (m_templates) {
            for (const review::TemplateRecord &t : m_templates->records()) {
                m_templateBox->addItem(QStringLiteral("%1 · %2").arg(t.id()).arg(t.name()), t.id());
                if (!t.isUsable())
                    disableItem(m_templateBox, m_templateBox->count() - 1,
                                review::ReviewTexts::statusText(t.status()));
            }
        }
        reselect(m_templateBox, chosen, false);
    }
    fillSignatures();
}

void SendingChoices::fillSignatures()
{
    const QVariant chosen = m_signatureBox->currentData();
    {
        const QSignalBlocker blocker(m_signatureBox);
        m_signatureBox->clear();
        const std::optional<review::TemplateRecord> t = chosenTemplate();
        const domain::Market market = t ? t->market() : domain::Market::Domestic;
        // International messages may go without a signature.
        if (market == domain::Market::International)
            m_signatureBox->addItem(tr("None: sent as written"), QString());
        if (m_signatures) {
            for (const review::SignatureRecord &s : m_signatures->records()) {
                m_signatureBox->addItem(QStringLiteral("【%1】").arg(s.name()), s.name());
                QString why;
                if (!s.isUsable())
                    why = review::ReviewTexts::statusText(s.status());
                else if (market != domain::Market::Both && s.market() != market)
                    why = tr("for %1 messages").arg(review::ReviewTexts::marketText(s.market()));
                if (!why.isEmpty())
                    disableItem(m_signatureBox, m_signatureBox->count() - 1, why);
            }
        }
        reselect(m_signatureBox, chosen, true);
    }
    Q_EMIT changed();
}

campaign::Preflight::Options SendingChoices::preflightOptions() const
{
    campaign::Preflight::Options options;
    if (const std::optional<review::TemplateRecord> t = chosenTemplate()) {
        options.templateContent = t->content();
        options.templateMarket = t->market();
        options.templateApproved = t->isUsable();
        options.smsType = domain::smsTypeFromCode(
            t->smsType().value_or(domain::smsTypeCode(domain::SmsType::Notification)));
    }
    options.signName = chosenSignName();
    bool usable = options.signName.isEmpty();
    for (const review::SignatureRecord &s :
         m_signatures ? m_signatures->records() : QList<review::SignatureRecord>()) {
        if (s.name() == options.signName)
            usable = usable || s.isUsable();
    }
    options.signatureApproved = usable;
    return options;
}

} // namespace sms::ui
