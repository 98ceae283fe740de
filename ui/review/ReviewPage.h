// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "guidance/GuidanceSubject.h"
#include "review/CheckProblem.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolBar;

namespace sms::review {
class ReviewJob;
class ReviewStore;
} // namespace sms::review

namespace sms::ui {

class GuidanceRouter;
class MessageBar;
class ReviewFilterProxy;
class ReviewTableModel;

// The frame of the signatures and templates pages, written once: a tool bar
// (Add, Modify, Delete, Refresh, and whatever the page adds), a filter row
// (status, type, search), the table (status as a chip, sortable) beside a
// detail pane, a message bar for failures whose "Explain" opens the
// guidance, an "as of HH:MM" note while the list shows what an older load
// brought because the latest failed, a busy bar, and an empty state that
// tells "nothing yet" from "nothing matches".
//
// Modify is disabled, with the reason as its tooltip and in the detail
// pane, for a record the service would refuse to change. Delete asks first,
// naming the record. Rows whose review has just finished are marked until
// the operator selects them. showSubject() selects a record and scrolls to
// it (the main window's pageSubjectRequested()).
//
// A page derives from it, gives it the store and the model (both its
// children), and answers the pure virtual functions; it calls setUpFrame()
// at the end of its constructor.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ~ReviewPage() override;

    review::ReviewStore &store() const { return m_store; }
    ReviewTableModel *model() const { return m_model; }
    ReviewFilterProxy *proxy() const { return m_proxy; }

    // Where "Explain" and "What to Change" lead; without one those buttons
    // are hidden.
    void setGuidanceRouter(GuidanceRouter *router);
    GuidanceRouter *guidanceRouter() const;

    // The selected record's id; 0 when none.
    qint64 currentId() const;
    // Selects the record's row and scrolls to it, clearing filters that hide
    // it; false when the store does not hold it.
    bool selectRecord(qint64 id);

    // How the record is named to the operator, with its kind: "signature
    // 【Acme】", "template 123"; its id when the store does not hold it.
    virtual QString recordTitle(qint64 id) const = 0;
    virtual GuidanceSubject subjectFor(qint64 id) const = 0;

    // Opens the guidance for a rejected record: what the reviewer said and
    // what to change. Nothing for a record that is not rejected.
    void explainRejection(qint64 id);

    // Shows a failure in the page's bar; "Explain" opens the guidance with
    // retry (none when empty) and the record (0: none) as its subject.
    void showError(const api::ApiError &error, std::function<void()> retry = {},
                   qint64 subjectId = 0);

    // For tests and screenshots.
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *addAction() const { return m_addAction; }
    QAction *modifyAction() const { return m_modifyAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detailView() const { return m_detail; }
    QPushButton *explainRejectionButton() const { return m_rejectionButton; }
    MessageBar *messageBar() const { return m_messageBar; }
    QLabel *asOfNote() const { return m_asOfNote; }
    QLabel *emptyState() const { return m_emptyLabel; }
    bool isShowingEmptyState() const;
    QProgressBar *busyBar() const { return m_busyBar; }
    // The delete confirmation open now, if any.
    QMessageBox *deleteConfirmation() const { return m_confirmation; }

public Q_SLOTS:
    // Brings a signature or template (by the subject's id) into view;
    // subjects of another kind are ignored.
    void showSubject(const sms::ui::GuidanceSubject &subject);
    // Asks the store to load everything again.
    void refresh();

protected:
    // store and model are the page's; the model shows the store's records.
    ReviewPage(review::ReviewStore &store, ReviewTableModel *model, QWidget *parent = nullptr);

    // Builds what depends on the derived page (type filter, texts) and shows
    // the store's state; the end of the derived constructor.
    void setUpFrame();

    // The subject kind this page shows (Signature or Template).
    virtual GuidanceSubject::Kind subjectKind() const = 0;
    // Why the record cannot be modified; nothing when it can.
    virtual std::optional<review::CheckProblem> modifyBlocker(qint64 id) const = 0;
    // The detail pane's body (HTML; escape what comes from the service).
    virtual QString detailHtml(qint64 id) const = 0;
    // The error catalog code whose guidance tells what to do about a
    // rejection; the reviewer's reply goes with it.
    virtual QString rejectionCode() const = 0;
    // The type filter's entries after "All types": text and type code.
    virtual QList<std::pair<QString, qint64>> typeFilterItems() const = 0;
    // "No signatures yet. Add one to send with it." and the like.
    virtual QString emptyText() const = 0;
    // The page's own texts: its tool tips, its column headers' friends.
    virtual void retranslatePage() { }

    virtual void openAddForm() = 0;
    virtual void openModifyForm(qint64 id) = 0;
    virtual review::ReviewJob *removeRecord(qint64 id) = 0;

    // What a detail pane is made of: a title and label: value rows, both
    // escaped here.
    static QString detailTitle(const QString &title);
    static QString detailRow(const QString &label, const QString &value);

    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillFilters();
    void sizeColumns();
    void refreshState();
    void refreshActions();
    void refreshDetail();
    void refreshEmptyState();
    void onSelectionChanged();
    void onFailed(const api::ApiError &error);
    void confirmDelete();
    void remove(qint64 id);

    review::ReviewStore &m_store;
    ReviewTableModel *m_model;
    ReviewFilterProxy *m_proxy;
    QPointer<GuidanceRouter> m_router;

    QToolBar *m_toolBar = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_modifyAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_asOfNote = nullptr;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_explainButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyPane = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_rejectionButton = nullptr;
    QPointer<QMessageBox> m_confirmation;

    api::ApiError m_shownError;
    std::function<void()> m_shownRetry;
    qint64 m_shownSubject = 0;
    // The selection kept across a reset, and a subject asked for before the
    // store held it.
    qint64 m_keptSelection = 0;
    qint64 m_pendingSubject = 0;
    bool m_columnsSized = false;
    bool m_frameReady = false;
};

} // namespace sms::ui
