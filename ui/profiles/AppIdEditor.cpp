// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/AppIdEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sms::ui {

AppIdEditor::AppIdEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("AppIdEditor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table->setObjectName(QStringLiteral("appIdTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move on
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    // Room for an id like 1400000000 and the header, whatever the font.
    m_table->setColumnWidth(0,
                            fontMetrics().horizontalAdvance(QStringLiteral("14000000000000")) + 16);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + fontMetrics().height() * 4);
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + fontMetrics().height() * 7);
    layout->addWidget(m_table, 1);

    auto *buttons = new QVBoxLayout;
    m_addButton->setObjectName(QStringLiteral("addAppIdButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAppIdButton"));
    for (QPushButton *button : {m_addButton, m_removeButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &AppIdEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { emit changed(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AppIdEditor::updateButtons);
    // Cell editors are children of the viewport: their typing is followed
    // until the editor closes (committed or, with Escape, reverted).
    m_table->viewport()->installEventFilter(this);
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        m_editor = nullptr;
        emit changed();
    });

    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    retranslate();
    updateButtons();
}

void AppIdEditor::setEntries(const QList<credentials::AppIdEntry> &entries)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const auto &entry : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(entry.appId));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.label));
    }
    updateButtons();
}

bool AppIdEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::ChildPolished) {
        auto *editor = qobject_cast<QLineEdit *>(static_cast<QChildEvent *>(event)->child());
        if (editor && editor != m_editor) {
            m_editor = editor;
            connect(editor, &QLineEdit::textEdited, this, &AppIdEditor::changed);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString AppIdEditor::cellText(int row, int column) const
{
    // The editor covers its cell.
    if (m_editor
        && m_table->indexAt(m_editor->geometry().center()) == m_table->model()->index(row, column))
        return m_editor->text().trimmed();
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<credentials::AppIdEntry> AppIdEditor::entries() const
{
    QList<credentials::AppIdEntry> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        credentials::AppIdEntry entry {cellText(row, 0), cellText(row, 1)};
        if (entry.appId.isEmpty() && entry.label.isEmpty())
            continue;
        out.append(entry);
    }
    return out;
}

bool AppIdEditor::isValidAppId(const QString &appId)
{
    if (appId.size() != 10 || !appId.startsWith(QLatin1String("14")))
        return false;
    return std::all_of(appId.begin(), appId.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString AppIdEditor::problem() const
{
    QSet<QString> seen;
    for (const auto &entry : entries()) {
        if (entry.appId.isEmpty())
            return tr("The label \u201c%1\u201d has no SmsSdkAppId.").arg(entry.label);
        if (!isValidAppId(entry.appId))
            return tr("\u201c%1\u201d is not an SmsSdkAppId: those have ten digits and start "
                      "with 14, such as 1400006666.")
                .arg(entry.appId);
        if (seen.contains(entry.appId))
            return tr("The SmsSdkAppId %1 is listed twice.").arg(entry.appId);
        seen.insert(entry.appId);
    }
    return QString();
}

void AppIdEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    updateButtons();
}

void AppIdEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
    updateButtons();
}

void AppIdEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AppIdEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("SmsSdkAppId"), tr("Label")});
    m_table->setAccessibleName(tr("Application IDs"));
    m_table->setToolTip(tr("The SmsSdkAppIds of this account, with a label of your own. "
                           "The first is used by default."));
    m_addButton->setText(tr("A&dd ID"));
    m_addButton->setAccessibleName(tr("Add an application ID"));
    m_removeButton->setText(tr("Remo&ve ID"));
    m_removeButton->setAccessibleName(tr("Remove the selected application ID"));
}

void AppIdEditor::updateButtons()
{
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

} // namespace sms::ui
