// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures/SignaturesPage.h"

#include "review/ReviewFilterProxy.h"
#include "review/ReviewTexts.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"
#include "signatures/SignatureForm.h"
#include "signatures/SignatureModel.h"

#include <QLineEdit>
#include <QLocale>

namespace sms::ui {

namespace {
// Built before the frame, which shows their records.
review::SignatureStore *newStore(session::Session &session,
                                 const review::ReviewStore::Options &options, QObject *parent)
{
    return new review::SignatureStore(session, options, parent);
}
} // namespace

SignaturesPage::SignaturesPage(session::Session &session,
                               const review::ReviewStore::Options &options, QWidget *parent)
    : SignaturesPage(newStore(session, options, nullptr), parent)
{ }

SignaturesPage::SignaturesPage(review::SignatureStore *store, QWidget *parent)
    : ReviewPage(*store, new SignatureModel(*store, store), parent)
    , m_signatures(store)
    , m_signatureModel(static_cast<SignatureModel *>(model()))
{
    m_signatures->setParent(this);
    proxy()->setSearchColumns({SignatureModel::Name});
    setUpFrame();
}

SignaturesPage::~SignaturesPage() = default;

SignatureForm *SignaturesPage::form() const
{
    return m_form;
}

QString SignaturesPage::recordTitle(qint64 id) const
{
    if (const auto record = m_signatures->record(id))
        return tr("Signature \u3010%1\u3011").arg(record->name());
    return tr("Signature %1").arg(id);
}

GuidanceSubject SignaturesPage::subjectFor(qint64 id) const
{
    return GuidanceSubject::signature(id);
}

std::optional<review::CheckProblem> SignaturesPage::modifyBlocker(qint64 id) const
{
    const auto record = m_signatures->record(id);
    return record ? review::SignatureChecks::modifyBlocker(*record) : std::nullopt;
}

QString SignaturesPage::detailHtml(qint64 id) const
{
    const auto record = m_signatures->record(id);
    if (!record)
        return {};
    const review::SignatureRecord &r = *record;
    QString html = detailTitle(QStringLiteral("\u3010%1\u3011").arg(r.name()));
    html += detailRow(tr("Status:"), ReviewTableModel::statusText(r.status(), r.statusCode()));
    if (!r.reviewReply().isEmpty())
        html += detailRow(tr("Reviewer's reply:"), r.reviewReply());
    html += detailRow(tr("ID:"), QString::number(r.id()));
    html += detailRow(tr("Market:"), review::ReviewTexts::marketText(r.market()));
    html += detailRow(tr("Type:"), review::ReviewTexts::signTypeText(r.signType()));
    html += detailRow(tr("Proof document:"),
                      review::ReviewTexts::documentTypeText(r.documentType()));
    html += detailRow(tr("Purpose:"), review::ReviewTexts::signPurposeText(r.signPurpose()));
    if (r.listed.qualificationId)
        html += detailRow(
            tr("Qualification:"),
            r.listed.qualificationName.isEmpty()
                ? QString::number(r.listed.qualificationId)
                : tr("%1 (%2)").arg(r.listed.qualificationName).arg(r.listed.qualificationId));
    if (r.submitted && r.submitted->remark)
        html += detailRow(tr("Remark:"), *r.submitted->remark);
    html += detailRow(tr("Created:"),
                      QLocale().toString(r.createdAt().toLocalTime(), QLocale::LongFormat));
    if (!r.submitted)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Applied for outside this console: the service does not list its "
                            "type, proof document and purpose.")
                             .toHtmlEscaped());
    return html;
}

QString SignaturesPage::rejectionCode() const
{
    // The catalog's entry for a signature that did not pass review: read the
    // reply, correct, apply again.
    return QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved");
}

QList<std::pair<QString, qint64>> SignaturesPage::typeFilterItems() const
{
    QList<std::pair<QString, qint64>> items;
    // Every type either market accepts, in the order the form offers them.
    QList<qint64> codes = review::SignatureChecks::signTypes(0);
    for (qint64 code : review::SignatureChecks::signTypes(1)) {
        if (!codes.contains(code))
            codes.append(code);
    }
    for (qint64 code : codes)
        items.append({review::ReviewTexts::signTypeText(code), code});
    return items;
}

QString SignaturesPage::emptyText() const
{
    return tr("No signatures yet. Add one: every message starts with an approved signature.");
}

void SignaturesPage::retranslatePage()
{
    searchEdit()->setPlaceholderText(tr("Search signatures by name"));
    addAction()->setToolTip(tr("Apply for a new signature"));
}

SignatureForm *SignaturesPage::openForm()
{
    if (m_form)
        m_form->close();
    auto *form = new SignatureForm(*m_signatures, guidanceRouter(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &SignatureForm::submitted, this, [this](qint64 id) { selectRecord(id); });
    m_form = form;
    return form;
}

void SignaturesPage::openAddForm()
{
    openForm()->open();
}

void SignaturesPage::openModifyForm(qint64 id)
{
    const auto record = m_signatures->record(id);
    if (!record)
        return;
    SignatureForm *form = openForm();
    form->setRecord(*record);
    form->open();
}

review::ReviewJob *SignaturesPage::removeRecord(qint64 id)
{
    return m_signatures->remove(id);
}

} // namespace sms::ui
