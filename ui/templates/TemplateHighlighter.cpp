// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplateHighlighter.h"

#include "domain/SmsLength.h"
#include "review/TemplateChecks.h"
#include "widgets/StatusPalette.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace sms::ui {

namespace {
bool hasProblem(const review::CheckProblems &problems, QLatin1String code)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [code](const review::CheckProblem &p) { return p.code == code; });
}

// The first UTF-16 index at which content is longer than the service
// takes, or -1 when it is not. Billed characters only grow with the
// prefix, so a binary search finds it.
qsizetype firstCharacterPastLimit(const QString &content, qint64 international)
{
    using domain::SmsLength;
    const auto destination = international == 1 ? SmsLength::Destination::International
                                                : SmsLength::Destination::Domestic;
    const auto tooLong = [&](qsizetype n) {
        return SmsLength::measure(content.left(n), destination).characters > SmsLength::maxLength();
    };
    if (!tooLong(content.size()))
        return -1;
    qsizetype low = 0, high = content.size(); // tooLong(high), !tooLong(low)
    while (high - low > 1) {
        const qsizetype mid = low + (high - low) / 2;
        (tooLong(mid) ? high : low) = mid;
    }
    return low;
}
} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void TemplateHighlighter::setProblemRanges(const QList<Range> &ranges)
{
    if (ranges == m_problems)
        return;
    m_problems = ranges;
    rehighlight();
}

void TemplateHighlighter::setPalette(const QPalette &palette)
{
    const auto information = StatusPalette::colours(StatusPalette::Tone::Information, palette);
    m_variableBackground = information.background;
    m_variableText = information.text;
    m_problemColour = StatusPalette::colours(StatusPalette::Tone::Error, palette).border;
    rehighlight();
}

QList<TemplateHighlighter::Range>
TemplateHighlighter::problemRanges(const QString &content, qint64 international,
                                   const review::CheckProblems &problems)
{
    QList<Range> ranges;
    if (hasProblem(problems, QLatin1String("InvalidParameterValue.InvalidTemplateFormat"))) {
        for (const auto &v : review::TemplateChecks::variables(content)) {
            if (v.number == 0)
                ranges.append({v.start, v.length});
        }
        for (qsizetype i = 0; i < content.size(); ++i) {
            if (content.at(i) == u'【' || content.at(i) == u'】')
                ranges.append({i, 1});
        }
    }
    if (hasProblem(problems,
                   QLatin1String("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter"))) {
        // The runs without spaces that hold a variable and read as an address.
        static const QRegularExpression address(QStringLiteral("[!-~]*\\{[0-9]+\\}[!-~]*"));
        static const QRegularExpression web(QStringLiteral("(://|www\\.|\\.[a-z]{2,})"),
                                            QRegularExpression::CaseInsensitiveOption);
        auto it = address.globalMatch(content);
        while (it.hasNext()) {
            const auto match = it.next();
            if (web.match(match.captured()).hasMatch())
                ranges.append({match.capturedStart(), match.capturedLength()});
        }
    }
    if (hasProblem(problems, QLatin1String("InvalidParameterValue.ContentLengthLimit"))) {
        const qsizetype past = firstCharacterPastLimit(content, international);
        if (past >= 0)
            ranges.append({past, content.size() - past});
    }
    return ranges;
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat variable;
    variable.setBackground(m_variableBackground);
    variable.setForeground(m_variableText);
    variable.setFontWeight(QFont::DemiBold);
    for (const auto &v : review::TemplateChecks::variables(text)) {
        if (v.number > 0)
            setFormat(int(v.start), int(v.length), variable);
    }

    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const Range &range : std::as_const(m_problems)) {
        const qsizetype from = std::max(range.start, blockStart);
        const qsizetype to = std::min(range.start + range.length, blockEnd);
        if (from >= to)
            continue;
        for (qsizetype i = from; i < to; ++i) {
            // Keeps a variable's tint under the underline.
            QTextCharFormat marked = format(int(i - blockStart));
            marked.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            marked.setUnderlineColor(m_problemColour);
            setFormat(int(i - blockStart), 1, marked);
        }
    }
}

} // namespace sms::ui
