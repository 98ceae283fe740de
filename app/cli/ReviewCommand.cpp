// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReviewCommand.h"

#include "OnFinished.h"
#include "cli/TerminalText.h"
#include "review/ReviewTexts.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"
#include "review/TemplateChecks.h"
#include "review/TemplateStore.h"

#include <QFile>
#include <QHash>

namespace sms::cli {

namespace {
// Larger files are not read: no application carries them.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

const QStringList kListOptions = {QStringLiteral("international"), QStringLiteral("status")};
const QStringList kSignOptions
    = {QStringLiteral("name"),          QStringLiteral("type"),    QStringLiteral("document-type"),
       QStringLiteral("proof"),         QStringLiteral("purpose"), QStringLiteral("commission"),
       QStringLiteral("international"), QStringLiteral("remark"),  QStringLiteral("qualification")};
const QStringList kTemplateOptions
    = {QStringLiteral("name"), QStringLiteral("content"), QStringLiteral("type"),
       QStringLiteral("international"), QStringLiteral("remark")};

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}
} // namespace

ReviewCommand::ReviewCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

bool ReviewCommand::isReviewCommand(const QString &word)
{
    return word == QLatin1String("sign") || word == QLatin1String("template");
}

QList<QCommandLineOption> ReviewCommand::options()
{
    return {
        {QStringLiteral("name"), tr("sign, template: the signature's text or the template's name."),
         QStringLiteral("NAME")},
        {QStringLiteral("type"),
         tr("sign: SignType (0 company, 1 app, 4 trademark, 5 institution); template: "
            "verification, notification or marketing."),
         QStringLiteral("TYPE")},
        {QStringLiteral("document-type"),
         tr("sign: DocumentType of the proof (0, 1, 2, 3, 4 or 7)."), QStringLiteral("N")},
        {QStringLiteral("proof"), tr("sign: the proof document, a JPG or PNG file."),
         QStringLiteral("FILE")},
        {QStringLiteral("purpose"), tr("sign: self (default) or others."),
         QStringLiteral("PURPOSE")},
        {QStringLiteral("commission"),
         tr("sign: the other party's authorization letter, a JPG or PNG file (with --purpose "
            "others)."),
         QStringLiteral("FILE")},
        {QStringLiteral("qualification"), tr("sign: the QualificationId (mainland China)."),
         QStringLiteral("ID")},
        {QStringLiteral("content"), tr("template: the text, variables as {1}, {2}, ..."),
         QStringLiteral("TEXT")},
        {QStringLiteral("remark"), tr("sign, template: a remark for the reviewers."),
         QStringLiteral("TEXT")},
        {QStringLiteral("international"),
         tr("sign, template: international SMS instead of mainland China.")},
        {QStringLiteral("status"), tr("list: only reviewing, approved or rejected records."),
         QStringLiteral("STATUS")},
        {QStringLiteral("id"), tr("sign, template: the SignId or TemplateId to modify or delete."),
         QStringLiteral("N")},
    };
}

QString ReviewCommand::helpText()
{
    return tr("  sign list|add|check|modify|delete      signatures (see below)\n"
              "  template list|add|check|modify|delete  templates (see below)\n\n"
              "  sign|template list [--international] [--status reviewing|approved|rejected]\n"
              "      one record a line: id, status, name (and the reviewer's reply).\n"
              "  sign add|check --name NAME --type N --document-type N --proof FILE\n"
              "      [--purpose self|others] [--commission FILE] [--international]\n"
              "      [--remark TEXT] [--qualification ID]\n"
              "  template add|check --name NAME --content TEXT\n"
              "      --type verification|notification|marketing [--international] [--remark TEXT]\n"
              "  sign|template modify --id N and the options of add\n"
              "  sign|template delete --id N\n"
              "      add, modify and check run SMS Console's checks first: each problem is\n"
              "      printed as CODE: sentence, nothing is sent, and the exit code is 3.\n"
              "      check never sends anything and exits 0 when every check passes.\n");
}

int ReviewCommand::prepare(const QCommandLineParser &parser, const QStringList &positional,
                           QString *usageProblem)
{
    m_signatures = positional.value(0) == QLatin1String("sign");
    static const QHash<QString, Verb> verbs = {{QStringLiteral("list"), Verb::List},
                                               {QStringLiteral("add"), Verb::Add},
                                               {QStringLiteral("check"), Verb::Check},
                                               {QStringLiteral("modify"), Verb::Modify},
                                               {QStringLiteral("delete"), Verb::Delete}};
    const QString verb = positional.value(1);
    if (positional.size() != 2 || !verbs.contains(verb)) {
        *usageProblem = tr("usage: smsctl %1 list|add|check|modify|delete [options]")
                            .arg(positional.value(0));
        return 2;
    }
    m_verb = verbs.value(verb);

    // Only the options of this verb.
    QStringList allowed;
    if (m_verb == Verb::List)
        allowed = kListOptions;
    else if (m_verb != Verb::Delete)
        allowed = m_signatures ? kSignOptions : kTemplateOptions;
    if (m_verb == Verb::Modify || m_verb == Verb::Delete)
        allowed.append(QStringLiteral("id"));
    for (const QCommandLineOption &option : options()) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name) && !allowed.contains(name)) {
            *usageProblem
                = tr("--%1 does not go with \"%2 %3\"").arg(name, positional.value(0), verb);
            return 2;
        }
    }

    if (allowed.contains(QStringLiteral("id"))) {
        const std::optional<qint64> id = integerOption(parser, QStringLiteral("id"));
        if (!id || *id <= 0) {
            *usageProblem = tr("--id takes the record's number");
            return 2;
        }
        m_id = *id;
    }
    m_international = parser.isSet(QStringLiteral("international"));

    if (m_verb == Verb::List) {
        if (parser.isSet(QStringLiteral("status"))) {
            using domain::ReviewStatus;
            const QString status = parser.value(QStringLiteral("status"));
            if (status == QLatin1String("reviewing"))
                m_statuses = {ReviewStatus::UnderReview};
            else if (status == QLatin1String("approved"))
                m_statuses = {ReviewStatus::Approved, ReviewStatus::ApprovedPending};
            else if (status == QLatin1String("rejected"))
                m_statuses = {ReviewStatus::Rejected};
            else {
                *usageProblem = tr("--status takes reviewing, approved or rejected");
                return 2;
            }
        }
        return -1;
    }
    if (m_verb == Verb::Delete)
        return -1;

    if (const int code = readApplication(parser, usageProblem); code >= 0)
        return code;
    // The form's own checks, before anything is asked of the service.
    const review::CheckProblems problems = m_signatures ? review::SignatureChecks::check(m_sign)
                                                        : review::TemplateChecks::check(m_template);
    if (m_verb == Verb::Check) {
        const int code = report(problems);
        if (code == 0)
            m_out << tr("All checks passed; nothing was sent.") << '\n';
        return code;
    }
    return problems.isEmpty() ? -1 : report(problems);
}

int ReviewCommand::readApplication(const QCommandLineParser &parser, QString *usageProblem)
{
    const QStringList required = m_signatures
        ? QStringList {QStringLiteral("name"), QStringLiteral("type"),
                       QStringLiteral("document-type"), QStringLiteral("proof")}
        : QStringList {QStringLiteral("name"), QStringLiteral("content"), QStringLiteral("type")};
    for (const QString &name : required) {
        if (!parser.isSet(name)) {
            *usageProblem = tr("--%1 is required").arg(name);
            return 2;
        }
    }
    const qint64 international = m_international ? 1 : 0;
    const auto readFile = [&](const QString &option, QString *base64) {
        QFile file(parser.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            *usageProblem = tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        if (file.size() > kMaxFileBytes) {
            *usageProblem = tr("%1 is too large for an image").arg(file.fileName());
            return false;
        }
        *base64 = review::SignatureChecks::encodeImage(file.readAll());
        return true;
    };

    if (!m_signatures) {
        static const QHash<QString, qint64> types
            = {{QStringLiteral("marketing"), 1},    {QStringLiteral("1"), 1},
               {QStringLiteral("notification"), 2}, {QStringLiteral("2"), 2},
               {QStringLiteral("verification"), 3}, {QStringLiteral("3"), 3}};
        const QString type = parser.value(QStringLiteral("type"));
        if (!types.contains(type)) {
            *usageProblem = tr("--type takes verification, notification or marketing");
            return 2;
        }
        m_template.templateName = parser.value(QStringLiteral("name"));
        m_template.templateContent = parser.value(QStringLiteral("content"));
        m_template.smsType = types.value(type);
        m_template.international = international;
        m_template.remark = parser.value(QStringLiteral("remark"));
        return -1;
    }

    const std::optional<qint64> type = integerOption(parser, QStringLiteral("type"));
    const std::optional<qint64> document = integerOption(parser, QStringLiteral("document-type"));
    if (!type || !document) {
        *usageProblem = tr("--type and --document-type take numbers");
        return 2;
    }
    m_sign.signName = parser.value(QStringLiteral("name"));
    m_sign.signType = *type;
    m_sign.documentType = *document;
    m_sign.international = international;
    const QString purpose = parser.value(QStringLiteral("purpose"));
    if (purpose.isEmpty() || purpose == QLatin1String("self")) {
        m_sign.signPurpose = 0;
    } else if (purpose == QLatin1String("others")) {
        m_sign.signPurpose = 1;
    } else {
        *usageProblem = tr("--purpose takes self or others");
        return 2;
    }
    if (!readFile(QStringLiteral("proof"), &m_sign.proofImage))
        return 2;
    if (parser.isSet(QStringLiteral("commission"))) {
        QString commission;
        if (!readFile(QStringLiteral("commission"), &commission))
            return 2;
        m_sign.commissionImage = commission;
    }
    if (parser.isSet(QStringLiteral("remark")))
        m_sign.remark = parser.value(QStringLiteral("remark"));
    if (parser.isSet(QStringLiteral("qualification"))) {
        const std::optional<qint64> id = integerOption(parser, QStringLiteral("qualification"));
        if (!id) {
            *usageProblem = tr("--qualification takes a number");
            return 2;
        }
        m_sign.qualificationId = *id;
    }
    return -1;
}

int ReviewCommand::report(const review::CheckProblems &problems)
{
    for (const review::CheckProblem &problem : problems)
        m_err << TerminalText::line(problem.code) << ": " << TerminalText::line(problem.message)
              << '\n';
    m_err.flush();
    return problems.isEmpty() ? 0 : 3;
}

void ReviewCommand::start(session::Session &session)
{
    const review::ReviewStore::Options options {review::ReviewStore::Loading::OnRequest, {}};
    if (m_signatures)
        run(*new review::SignatureStore(session, options, this));
    else
        run(*new review::TemplateStore(session, options, this));
}

template<typename Store> void ReviewCommand::run(Store &store)
{
    // Everything first: list shows it, and the checks of add and modify
    // compare with it (a name already under review, an approved record).
    onFinished(store.load(), this, [this, &store](review::ReviewJob *loaded) {
        if (!loaded->succeeded()) {
            emit finished(loaded->error());
            return;
        }
        switch (m_verb) {
        case Verb::List:
            for (const auto &record : store.records()) {
                // A template for both markets is listed under each.
                const bool inMarket = record.market() == domain::Market::Both
                    || (record.market() == domain::Market::International) == m_international;
                if (inMarket && (m_statuses.isEmpty() || m_statuses.contains(record.status())))
                    printRecord(record);
            }
            emit finished({});
            break;
        case Verb::Add:
        case Verb::Modify:
            if constexpr (std::is_same_v<Store, review::SignatureStore>)
                change(store, m_sign);
            else
                change(store, m_template);
            break;
        case Verb::Delete: {
            const auto record = store.record(m_id);
            onFinished(store.remove(m_id), this, [this, record](review::ReviewJob *job) {
                if (job->succeeded() && record)
                    printRecord(*record, QStringLiteral("deleted"));
                else if (job->succeeded())
                    m_out << m_id << "\tdeleted\n";
                emit finished(job->error());
            });
            break;
        }
        case Verb::Check:
            break;
        }
    });
}

template<typename Store, typename Application>
void ReviewCommand::change(Store &store, const Application &application)
{
    review::ReviewJob *job
        = m_verb == Verb::Add ? store.add(application) : store.modify(m_id, application);
    onFinished(job, this, [this, &store](review::ReviewJob *done) {
        if (done->error().kind() == api::ApiError::Kind::LocalCheck)
            report(done->problems());
        if (done->succeeded()) {
            if (const auto record = store.record(done->id()))
                printRecord(*record);
        }
        emit finished(done->error());
    });
}

template<typename Record>
void ReviewCommand::printRecord(const Record &record, const QString &status)
{
    // Tab-separated; TerminalText shows a tab inside a name as \x09, so the
    // columns stay apart.
    m_out << record.id() << '\t'
          << (status.isEmpty() ? review::ReviewTexts::statusId(record.status()) : status) << '\t'
          << TerminalText::line(record.name());
    if (!record.reviewReply().isEmpty())
        m_out << '\t' << TerminalText::line(record.reviewReply());
    m_out << '\n';
}

} // namespace sms::cli
