// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewPage.h"
#include "review/ReviewStore.h"

#include <QPointer>

class QAction;

namespace sms::session {
class Session;
}
namespace sms::review {
class SignatureStore;
class TemplateStore;
} // namespace sms::review

namespace sms::ui {

class TemplateEditor;
class TemplateModel;

// Every template of the account, domestic and international, with its
// review status at a glance and its {n} variables marked; add and modify in
// a TemplateEditor (checks while typing, the message as the phone shows
// it), delete after a confirmation that names the template. The store and
// the model are the page's own; signatures (the signatures page's store,
// optional) give the editor's preview its usable signatures.
class TemplatesPage : public ReviewPage
{
    Q_OBJECT

public:
    TemplatesPage(session::Session &session, const review::ReviewStore::Options &options,
                  const review::SignatureStore *signatures = nullptr, QWidget *parent = nullptr);
    ~TemplatesPage() override;

    review::TemplateStore &templates() const { return *m_templates; }
    TemplateModel *templateModel() const { return m_templateModel; }
    // The add or modify editor open now, if any.
    TemplateEditor *editor() const;
    // "Use in a Campaign": enabled for an approved template; asks for the
    // campaign composer with it (useInCampaignRequested()).
    QAction *useInCampaignAction() const { return m_useAction; }

    QString recordTitle(qint64 id) const override;
    GuidanceSubject subjectFor(qint64 id) const override;

Q_SIGNALS:
    void useInCampaignRequested(qint64 templateId);

protected:
    GuidanceSubject::Kind subjectKind() const override { return GuidanceSubject::Kind::Template; }
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
    TemplatesPage(review::TemplateStore *store, const review::SignatureStore *signatures,
                  QWidget *parent);
    TemplateEditor *openEditor();

    review::TemplateStore *m_templates;
    TemplateModel *m_templateModel;
    QPointer<const review::SignatureStore> m_signatures;
    QPointer<TemplateEditor> m_editor;
    QAction *m_useAction = nullptr;
};

} // namespace sms::ui
