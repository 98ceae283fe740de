// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CheckProblem.h"

#include <QList>
#include <QSyntaxHighlighter>

class QTextDocument;

namespace sms::ui {

// Marks a template's text as the service reads it: each {n} variable on a
// tint, so the operator sees what will be replaced, and what the local checks
// object to (braces that hold no valid variable, 【】, a variable inside a web
// address, text beyond the length limit) with a wavy underline. The colours
// come from StatusPalette through the palette given, so they read in light
// and dark palettes.
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // A stretch of the content, in UTF-16 code units of the whole text.
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;

        friend bool operator==(const Range &, const Range &) = default;
    };

    explicit TemplateHighlighter(QTextDocument *document);

    // What to underline, as problemRanges() found it; highlights again.
    void setProblemRanges(const QList<Range> &ranges);
    const QList<Range> &problemRanges() const { return m_problems; }
    // Colours from this palette (the editor's), set again when it changes.
    void setPalette(const QPalette &palette);

    // Where in content the problems are that the checks reported, as far
    // as a problem has a place: invalid braces and 【】 for a format
    // problem, the web address that holds a variable, the characters past
    // the length limit. Problems without a place (a missing {n}, a missing
    // opt-out text) have none.
    static QList<Range> problemRanges(const QString &content, qint64 international,
                                      const review::CheckProblems &problems);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<Range> m_problems;
    QColor m_variableBackground;
    QColor m_variableText;
    QColor m_problemColour;
};

} // namespace sms::ui
