// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sms::ui {

// The SmsSdkAppIds of a profile, each with the operator's own label, in a
// small two-column table with buttons to add and remove rows. The first row
// is the profile's default application.
//
// What is being typed into a cell counts at once: entries(), problem() and
// changed() see it before the cell is left, so a wrong id is pointed out
// while it is typed and a shortcut that saves takes the text as shown.
class AppIdEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AppIdEditor(QWidget *parent = nullptr);

    void setEntries(const QList<credentials::AppIdEntry> &entries);
    // Trimmed; rows with neither an id nor a label are left out.
    QList<credentials::AppIdEntry> entries() const;
    // Why the table cannot be saved (an id that is not an SmsSdkAppId, a
    // label without an id, an id twice); empty when it can.
    QString problem() const;
    // An SmsSdkAppId has ten digits and starts with 14 (1400006666).
    static bool isValidAppId(const QString &appId);
    void setReadOnly(bool readOnly);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

    // Adds an empty row and starts editing its id.
    void addRow();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QString cellText(int row, int column) const;

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    bool m_readOnly = false;
    // The editor of the cell being edited, if any.
    QPointer<QLineEdit> m_editor;
};

} // namespace sms::ui
