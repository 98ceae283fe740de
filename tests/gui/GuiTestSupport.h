#pragma once

// What the GUI tests share: a private place for settings, sandbox state and
// keychain entries per test, a translator that makes "another language"
// visible without depending on the catalogue's progress, and small helpers to
// find and press things.

#include "AppOptions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>
#include <QWidget>

namespace guitest {

// A fresh settings file, data directory and keychain service name.
class Environment
{
public:
    Environment()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("data"));
        m_service = QStringLiteral("SMS Console test %1")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    QString path() const { return m_dir.path(); }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    sms::ui::AppOptions options() const
    {
        sms::ui::AppOptions options;
        options.settingsPath = settingsPath();
        options.dataDir = m_dir.filePath(QStringLiteral("data"));
        options.keychainService = m_service;
        options.language = QStringLiteral("en");
        return options;
    }

    // Every file under the directory that contains any of the needles.
    QStringList filesHolding(const QStringList &needles) const
    {
        QStringList hits;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            for (const QString &needle : needles) {
                if (!needle.isEmpty() && data.contains(needle.toUtf8()))
                    hits.append(file);
            }
        }
        return hits;
    }

private:
    QTemporaryDir m_dir;
    QString m_service;
};

// Answers for every string the real catalogue does not know yet, but only
// while the application is in Chinese: so a test can tell "retranslated"
// from "still English" whether or not the zh_CN .ts is finished.
class MarkingTranslator : public QTranslator
{
public:
    bool active = false;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!active || !sourceText || !*sourceText)
            return QString();
        return QStringLiteral("\u8bd1:") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Types into a line edit and leaves it, as a person does.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

// Pastes (one edit, like Ctrl+V) and leaves the field.
inline void pasteInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
    emit edit->editingFinished();
}

template<typename T = QWidget>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace guitest
