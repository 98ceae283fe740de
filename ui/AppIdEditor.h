#pragma once

#include "credentials/Profile.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace sms::ui {

// The SmsSdkAppIds of a profile, each with the operator's own label, in a
// small two-column table with buttons to add and remove rows. The first row
// is the profile's default application.
class AppIdEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AppIdEditor(QWidget *parent = nullptr);

    void setEntries(const QList<credentials::AppIdEntry> &entries);
    // Trimmed; rows with neither an id nor a label are left out.
    QList<credentials::AppIdEntry> entries() const;
    // Why the table cannot be saved (an id that is not all digits, a label
    // without an id, an id twice); empty when it can.
    QString problem() const;
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

private:
    void retranslate();
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    bool m_readOnly = false;
};

} // namespace sms::ui
