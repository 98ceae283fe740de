// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI tests share: a private place for settings, sandbox state and
// keychain entries per test, a session with its main window on it, a
// translator that makes "another language" visible without depending on the
// catalogue's progress, a dark palette as desktop themes set one, and small
// helpers to find and press things.

#include "shell/AppController.h"
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>
#include <QWidget>

#include <functional>

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

// A session on a fresh Environment and its main window, shown. By default
// no connection check runs at activation; adjust changes the options first.
class Shell
{
public:
    using Adjust = std::function<void(sms::ui::AppOptions &)>;

    explicit Shell(const Adjust &adjust = {})
        : controller(optionsFor(env, adjust))
        , window((controller.start(), &controller))
    {
        window.show();
    }

    Environment env;
    sms::ui::AppController controller;
    sms::ui::MainWindow window;

private:
    static sms::ui::AppOptions optionsFor(const Environment &env, const Adjust &adjust)
    {
        sms::ui::AppOptions options = env.options();
        options.checkOnActivate = false;
        if (adjust)
            adjust(options);
        return options;
    }
};

// Mnemonic letters that stand twice among these texts, as "X: a, b".
inline QStringList mnemonicClashes(const QStringList &texts)
{
    QHash<QChar, QStringList> byKey;
    for (const QString &text : texts) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            byKey[QChar(mnemonic[0].key()).toUpper()].append(text);
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(
                QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return clashes;
}

// A dark palette as desktop themes set one: the main roles, and no
// placeholder colour of its own, so it keeps the light palette's
// half-transparent black.
inline QPalette darkPalette(QPalette p = QPalette())
{
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace guitest
