// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewPage.h"
#include "review/ReviewStore.h"

#include <QPointer>

namespace sms::session {
class Session;
}
namespace sms::review {
class SignatureStore;
}

namespace sms::ui {

class SignatureForm;
class SignatureModel;

// Every signature of the account, domestic and international, with its
// review status at a glance; add and modify in a SignatureForm, delete after
// a confirmation that names the signature. The store and the model are the
// page's own.
class SignaturesPage : public ReviewPage
{
    Q_OBJECT

public:
    SignaturesPage(session::Session &session, const review::ReviewStore::Options &options,
                   QWidget *parent = nullptr);
    ~SignaturesPage() override;

    review::SignatureStore &signatures() const { return *m_signatures; }
    SignatureModel *signatureModel() const { return m_signatureModel; }
    // The add or modify form open now, if any.
    SignatureForm *form() const;

    QString recordTitle(qint64 id) const override;
    GuidanceSubject subjectFor(qint64 id) const override;

protected:
    GuidanceSubject::Kind subjectKind() const override { return GuidanceSubject::Kind::Signature; }
    std::optional<review::CheckProblem> modifyBlocker(qint64 id) const override;
    QString detailHtml(qint64 id) const override;
    QString rejectionCode() const override;
    QList<std::pair<QString, qint64>> typeFilterItems() const override;
    QString emptyText() const override;
    void retranslatePage() override;
    void openAddForm() override;
    void openModifyForm(qint64 id) override;
    review::ReviewJob *removeRecord(qint64 id) override;

private:
    SignaturesPage(review::SignatureStore *store, QWidget *parent);
    SignatureForm *openForm();

    review::SignatureStore *m_signatures;
    SignatureModel *m_signatureModel;
    QPointer<SignatureForm> m_form;
};

} // namespace sms::ui
