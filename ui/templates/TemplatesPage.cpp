// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplatesPage.h"

#include "domain/SmsLength.h"
#include "guidance/GuidanceRouter.h"
#include "review/ReviewFilterProxy.h"
#include "review/ReviewTexts.h"
#include "review/SignatureStore.h"
#include "review/TemplateChecks.h"
#include "review/TemplateStore.h"
#include "templates/TemplateContentDelegate.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateModel.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolBar>

namespace sms::ui {

namespace {
// Built before the frame, which shows their records.
review::TemplateStore *newStore(session::Session &session,
                                const review::ReviewStore::Options &options)
{
    return new review::TemplateStore(session, options, nullptr);
}
} // namespace

TemplatesPage::TemplatesPage(session::Session &session, const review::ReviewStore::Options &options,
                             const review::SignatureStore *signatures, QWidget *parent)
    : TemplatesPage(newStore(session, options), signatures, parent)
{ }

TemplatesPage::TemplatesPage(review::TemplateStore *store, const review::SignatureStore *signatures,
                             QWidget *parent)
    : ReviewPage(*store, new TemplateModel(*store, store), parent)
    , m_templates(store)
    , m_templateModel(static_cast<TemplateModel *>(model()))
    , m_signatures(signatures)
{
    m_templates->setParent(this);
    proxy()->setSearchColumns({TemplateModel::Id, TemplateModel::Name, TemplateModel::Content});
    table()->setItemDelegateForColumn(TemplateModel::Content, new TemplateContentDelegate(table()));
    // The text is what a template is, but a long one must not push the
    // other columns out of view: as wide as its text up to about 40
    // characters, after the frame sized the columns to their contents.
    connect(m_templateModel, &QAbstractItemModel::modelReset, this, [this] {
        QHeaderView *header = table()->horizontalHeader();
        const int widest = fontMetrics().averageCharWidth() * 40;
        if (header->sectionSize(TemplateModel::Content) > widest)
            header->resizeSection(TemplateModel::Content, widest);
    });
    // Opens the campaign composer with the selected template: only an
    // approved one can be sent.
    m_useAction = new QAction(this);
    m_useAction->setObjectName(QStringLiteral("useInCampaignAction"));
    m_useAction->setEnabled(false);
    toolBar()->addSeparator();
    toolBar()->addAction(m_useAction);
    setUpFrame();
    auto updateUse = [this] {
        const auto record = m_templates->record(currentId());
        m_useAction->setEnabled(record && record->isUsable());
    };
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateUse);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateUse);
    connect(m_templates, &review::ReviewStore::changed, this, updateUse);
    connect(m_useAction, &QAction::triggered, this, [this] {
        const auto record = m_templates->record(currentId());
        if (record && record->isUsable())
            Q_EMIT useInCampaignRequested(record->id());
    });
}

TemplatesPage::~TemplatesPage() = default;

TemplateEditor *TemplatesPage::editor() const
{
    return m_editor;
}

QString TemplatesPage::recordTitle(qint64 id) const
{
    if (const auto record = m_templates->record(id))
        return tr("Template %1 \u201c%2\u201d").arg(id).arg(record->name());
    return tr("Template %1").arg(id);
}

GuidanceSubject TemplatesPage::subjectFor(qint64 id) const
{
    return GuidanceSubject::templateOf(id);
}

std::optional<review::CheckProblem> TemplatesPage::modifyBlocker(qint64 id) const
{
    const auto record = m_templates->record(id);
    return record ? review::TemplateChecks::modifyBlocker(*record) : std::nullopt;
}

QString TemplatesPage::detailHtml(qint64 id) const
{
    const auto record = m_templates->record(id);
    if (!record)
        return {};
    const review::TemplateRecord &r = *record;
    QString html = detailTitle(r.name());

    // The whole text, its lines kept and its variables on the same tint as
    // in the table and the editor.
    const auto tint = StatusPalette::colours(StatusPalette::Tone::Information, palette());
    const QString content = r.content();
    QString text;
    qsizetype at = 0;
    for (const auto &v : review::TemplateChecks::variables(content)) {
        text += content.mid(at, v.start - at).toHtmlEscaped();
        const QString braces = content.mid(v.start, v.length).toHtmlEscaped();
        text += v.number > 0 ? QStringLiteral("<span style=\"background:%1; color:%2\"><b>%3</b>"
                                              "</span>")
                                   .arg(tint.background.name(), tint.text.name(), braces)
                             : braces;
        at = v.start + v.length;
    }
    text += content.mid(at).toHtmlEscaped();
    html += QStringLiteral("<p style=\"white-space:pre-wrap; margin:6px 0 10px 0\">%1</p>")
                .arg(text);

    html += detailRow(tr("Status:"), ReviewTableModel::statusText(r.status(), r.statusCode()));
    if (!r.reviewReply().isEmpty())
        html += detailRow(tr("Reviewer's reply:"), r.reviewReply());
    html += detailRow(tr("ID:"), QString::number(r.id()));
    html += detailRow(tr("Type:"), review::ReviewTexts::smsTypeText(r.smsType()));
    html += detailRow(tr("Market:"), review::ReviewTexts::marketText(r.market()));
    html += detailRow(tr("Variables:"),
                      QLocale().toString(domain::SmsLength::variableCount(content)));
    if (r.submitted && !r.submitted->remark.isEmpty())
        html += detailRow(tr("Remark:"), r.submitted->remark);
    html += detailRow(tr("Created:"),
                      QLocale().toString(r.createdAt().toLocalTime(), QLocale::LongFormat));
    if (!r.submitted)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Applied for outside this console: the service does not list its "
                            "type.")
                             .toHtmlEscaped());
    return html;
}

QString TemplatesPage::rejectionCode() const
{
    // The catalog's entry for a template that did not pass review: read the
    // reply, correct, apply again.
    return QStringLiteral("FailedOperation.TemplateIncorrectOrUnapproved");
}

QList<std::pair<QString, qint64>> TemplatesPage::typeFilterItems() const
{
    QList<std::pair<QString, qint64>> items;
    // In the order the editor offers them.
    for (domain::SmsType type : {domain::SmsType::VerificationCode, domain::SmsType::Notification,
                                 domain::SmsType::Marketing})
        items.append({review::ReviewTexts::smsTypeText(domain::smsTypeCode(type)),
                      domain::smsTypeCode(type)});
    return items;
}

QString TemplatesPage::emptyText() const
{
    return tr("No templates yet. Add one: every message is sent with an approved template.");
}

void TemplatesPage::retranslatePage()
{
    searchEdit()->setPlaceholderText(tr("Search templates by ID, name or text"));
    addAction()->setToolTip(tr("Apply for a new template"));
    m_useAction->setText(tr("Use in a Campaign"));
    m_useAction->setToolTip(tr("Send the selected approved template to a list of numbers"));
}

TemplateEditor *TemplatesPage::openEditor()
{
    if (m_editor)
        m_editor->close();
    auto *editor = new TemplateEditor(*m_templates, m_signatures, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TemplateEditor::saved, this, [this](qint64 id) { selectRecord(id); });
    connect(editor, &TemplateEditor::explainRequested, this,
            [this, editor](const api::ApiError &error) {
                if (GuidanceRouter *router = guidanceRouter())
                    router->showGuidance(error, {}, subjectFor(editor->editedId().value_or(0)),
                                         editor);
            });
    m_editor = editor;
    return editor;
}

void TemplatesPage::openAddForm()
{
    openEditor()->open();
}

void TemplatesPage::openModifyForm(qint64 id)
{
    const auto record = m_templates->record(id);
    if (!record)
        return;
    TemplateEditor *editor = openEditor();
    editor->setRecord(*record);
    editor->open();
}

review::ReviewJob *TemplatesPage::removeRecord(qint64 id)
{
    return m_templates->remove(id);
}

} // namespace sms::ui
