// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures/SignatureForm.h"

#include "OnFinished.h"
#include "errors/ErrorCatalog.h"
#include "guidance/GuidanceRouter.h"
#include "review/ReviewJob.h"
#include "review/ReviewTexts.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sms::ui {

namespace {
const QString kSignName = QStringLiteral("SignName");
const QString kInternational = QStringLiteral("International");
const QString kSignType = QStringLiteral("SignType");
const QString kDocumentType = QStringLiteral("DocumentType");
const QString kSignPurpose = QStringLiteral("SignPurpose");
const QString kQualificationId = QStringLiteral("QualificationId");
const QString kProofImage = QStringLiteral("ProofImage");
const QString kCommissionImage = QStringLiteral("CommissionImage");
const QString kRemark = QStringLiteral("Remark");
// Problems about the request as a whole, or about a field without an input.
const QString kOther;

void selectData(QComboBox *combo, qint64 code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

SignatureForm::SignatureForm(review::SignatureStore &store, GuidanceRouter *router, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_router(router)
{
    setObjectName(QStringLiteral("SignatureForm"));
    buildUi();
    retranslate();
    refresh();
}

SignatureForm::~SignatureForm() = default;

void SignatureForm::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("formMessageBar"));
    m_messageBar->setType(MessageBar::Type::Error);
    m_messageBar->hide();
    QPushButton *explain = m_messageBar->addButton(QStringLiteral("explainButton"));
    connect(explain, &QPushButton::clicked, this, [this] {
        if (m_router && m_error.isError())
            m_router->showGuidance(m_error, {}, {}, this);
    });
    layout->addWidget(m_messageBar);

    auto *columns = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(form, 3);
    auto *images = new QVBoxLayout;
    columns->addSpacing(12);
    columns->addLayout(images, 2);
    layout->addLayout(columns, 1);

    const QColor problemColour = StatusPalette::readableOn(
        StatusPalette::colours(StatusPalette::Tone::Error, palette()).border,
        palette().color(QPalette::Window));
    const auto problemLabel = [this, problemColour](const QString &field) {
        auto *label = new QLabel(this);
        label->setObjectName(
            QStringLiteral("problems%1").arg(field.isEmpty() ? QStringLiteral("Other") : field));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, problemColour);
        label->setPalette(p);
        label->hide();
        m_problemLabels.insert(field, label);
        return label;
    };
    // A field with its problems under it.
    const auto addRow = [&](const QString &field, QWidget *input) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(input);
        v->addWidget(problemLabel(field));
        auto *label = new QLabel(this);
        label->setBuddy(input);
        m_fieldLabels.insert(field, label);
        form->addRow(label, box);
    };

    // An input of the given kind, named for tests, in its row.
    const auto input = [&]<typename Input>(Input *widget, const char *name, const QString &field) {
        widget->setObjectName(QLatin1String(name));
        addRow(field, widget);
        return widget;
    };
    m_name = input(new QLineEdit(this), "nameEdit", kSignName);
    m_market = input(new QComboBox(this), "marketCombo", kInternational);
    m_type = input(new QComboBox(this), "typeCombo", kSignType);
    m_document = input(new QComboBox(this), "documentCombo", kDocumentType);
    m_purpose = input(new QComboBox(this), "purposeCombo", kSignPurpose);
    m_qualification = input(new QLineEdit(this), "qualificationEdit", kQualificationId);
    m_qualification->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), this));
    m_qualificationLabel = m_fieldLabels.value(kQualificationId);
    m_remark = input(new QLineEdit(this), "remarkEdit", kRemark);
    form->addRow(problemLabel(kOther));

    // The images: a button, the file's name, and what it shows.
    const auto imageBox = [&](const QString &field, QPushButton *&button, QLabel *&file,
                              QLabel *&preview, QLabel *&title) {
        title = new QLabel(this);
        title->setObjectName(field + QStringLiteral("Title"));
        images->addWidget(title);
        auto *row = new QHBoxLayout;
        button = new QPushButton(this);
        button->setObjectName(field + QStringLiteral("Button"));
        file = new QLabel(this);
        file->setTextFormat(Qt::PlainText);
        row->addWidget(button);
        row->addWidget(file, 1);
        images->addLayout(row);
        preview = new QLabel(this);
        preview->setObjectName(field + QStringLiteral("Preview"));
        preview->setAlignment(Qt::AlignCenter);
        preview->setFrameShape(QFrame::StyledPanel);
        const int em = fontMetrics().height();
        preview->setMinimumSize(em * 12, em * 8);
        preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        images->addWidget(preview, 1);
        images->addWidget(problemLabel(field));
    };
    QLabel *proofTitle = nullptr;
    imageBox(kProofImage, m_proofButton, m_proofFile, m_proofPreview, proofTitle);
    m_fieldLabels.insert(kProofImage, proofTitle);
    images->addSpacing(8);
    imageBox(kCommissionImage, m_commissionButton, m_commissionFile, m_commissionPreview,
             m_commissionLabel);
    m_fieldLabels.insert(kCommissionImage, m_commissionLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignatureForm::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textEdited, this, [this] { touch(kSignName); });
    connect(m_name, &QLineEdit::textChanged, this, &SignatureForm::refresh);
    connect(m_qualification, &QLineEdit::textEdited, this, [this] { touch(kQualificationId); });
    connect(m_qualification, &QLineEdit::textChanged, this, &SignatureForm::refresh);
    connect(m_remark, &QLineEdit::textChanged, this, &SignatureForm::refresh);
    connect(m_market, &QComboBox::currentIndexChanged, this, [this] {
        fillTypes();
        touch(kInternational);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillDocuments();
        touch(kSignType);
    });
    connect(m_document, &QComboBox::currentIndexChanged, this, [this] { touch(kDocumentType); });
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        // The letter belongs to "for another party" only: its images are
        // checked again when the purpose changes.
        showImageProblems();
        touch(kSignPurpose);
    });
    connect(m_proofButton, &QPushButton::clicked, this, [this] { chooseImage(false); });
    connect(m_commissionButton, &QPushButton::clicked, this, [this] { chooseImage(true); });
    // The store's records are what the name is checked against.
    connect(&m_store, &review::ReviewStore::changed, this, &SignatureForm::refresh);
}

void SignatureForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignatureForm::retranslate()
{
    setWindowTitle(m_modifiedId ? tr("Modify Signature") : tr("Add Signature"));
    m_intro->setText(
        m_modifiedId
            ? tr("Change what the reviewer asked for and submit the signature for review again. "
                 "Choose the images again: they are not kept after a submission.")
            : tr("The signature is the name in 【】 at the start of every message. It is "
                 "reviewed by the service, usually within a few hours on working days."));
    m_fieldLabels.value(kSignName)->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("2 to 12 Chinese characters, letters or digits"));
    m_fieldLabels.value(kInternational)->setText(tr("&Market:"));
    m_fieldLabels.value(kSignType)->setText(tr("&Type:"));
    m_fieldLabels.value(kDocumentType)->setText(tr("&Proof document:"));
    m_fieldLabels.value(kSignPurpose)->setText(tr("P&urpose:"));
    m_qualificationLabel->setText(tr("&Qualification ID:"));
    m_qualification->setPlaceholderText(tr("The approved company documents it is applied under"));
    m_fieldLabels.value(kRemark)->setText(tr("&Remark:"));
    m_remark->setPlaceholderText(tr("Optional: anything that helps the reviewer"));
    m_fieldLabels.value(kProofImage)->setText(tr("Proof image"));
    m_fieldLabels.value(kCommissionImage)->setText(tr("Authorization letter"));
    m_proofButton->setText(tr("C&hoose Proof\u2026"));
    m_commissionButton->setText(tr("Choose &Letter\u2026"));
    m_messageBar->buttons().at(0)->setText(tr("&Explain\u2026"));
    m_submit->setText(tr("&Submit for Review"));

    const QSignalBlocker marketBlocker(m_market);
    const qint64 market = m_market->currentIndex() >= 0 ? m_market->currentData().toLongLong() : 0;
    m_market->clear();
    for (qint64 code : {0, 1})
        m_market->addItem(review::ReviewTexts::marketText(domain::marketFromCode(code)), code);
    selectData(m_market, market);
    const QSignalBlocker purposeBlocker(m_purpose);
    const qint64 purpose
        = m_purpose->currentIndex() >= 0 ? m_purpose->currentData().toLongLong() : 0;
    m_purpose->clear();
    for (qint64 code : {0, 1})
        m_purpose->addItem(review::ReviewTexts::signPurposeText(code), code);
    selectData(m_purpose, purpose);
    fillTypes();
    if (m_proof.base64.isEmpty())
        m_proofPreview->setText(tr("No image chosen"));
    if (m_commission.base64.isEmpty())
        m_commissionPreview->setText(tr("No image chosen"));
    refresh();
}

void SignatureForm::fillTypes()
{
    const qint64 international = m_market->currentData().toLongLong();
    const QVariant previous = m_type->currentData();
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        for (qint64 code : review::SignatureChecks::signTypes(international))
            m_type->addItem(review::ReviewTexts::signTypeText(code), code);
        if (previous.isValid())
            selectData(m_type, previous.toLongLong());
    }
    fillDocuments();
}

void SignatureForm::fillDocuments()
{
    const qint64 international = m_market->currentData().toLongLong();
    const QVariant previous = m_document->currentData();
    {
        const QSignalBlocker blocker(m_document);
        m_document->clear();
        for (qint64 code : review::SignatureChecks::documentTypes(
                 m_type->currentData().toLongLong(), international))
            m_document->addItem(review::ReviewTexts::documentTypeText(code), code);
        if (previous.isValid())
            selectData(m_document, previous.toLongLong());
    }
    refresh();
}

void SignatureForm::setRecord(const review::SignatureRecord &record)
{
    m_existing = record;
    m_modifiedId = record.id();
    m_name->setText(record.name());
    selectData(m_market, record.listed.international);
    // The market of a signature cannot change.
    m_market->setEnabled(false);
    if (record.submitted) {
        selectData(m_type, record.submitted->signType);
        selectData(m_document, record.submitted->documentType);
        selectData(m_purpose, record.submitted->signPurpose);
        m_remark->setText(record.submitted->remark.value_or(QString()));
    }
    if (record.listed.qualificationId)
        m_qualification->setText(QString::number(record.listed.qualificationId));
    m_touched.clear();
    retranslate();
}

domain::SignApplication SignatureForm::application() const
{
    domain::SignApplication a;
    a.signName = m_name->text();
    a.international = m_market->currentData().toLongLong();
    a.signType = m_type->currentData().toLongLong();
    a.documentType = m_document->currentData().toLongLong();
    a.signPurpose = m_purpose->currentData().toLongLong();
    a.proofImage = m_proof.base64;
    if (a.signPurpose == 1 && !m_commission.base64.isEmpty())
        a.commissionImage = m_commission.base64;
    if (!m_remark->text().trimmed().isEmpty())
        a.remark = m_remark->text().trimmed();
    if (a.international == 0 && !m_qualification->text().isEmpty())
        a.qualificationId = m_qualification->text().toLongLong();
    return a;
}

review::CheckProblems SignatureForm::problems() const
{
    const domain::SignApplication a = application();
    review::CheckProblems found = review::SignatureChecks::checkFields(a);
    found += review::SignatureChecks::checkAgainst(a, m_store.records(),
                                                   m_existing ? &*m_existing : nullptr);
    for (const review::CheckProblem &problem : m_imageProblems) {
        // The letter's decoding matters only while it is sent.
        if (problem.field != kCommissionImage || a.commissionImage)
            found.append(problem);
    }
    return found;
}

bool SignatureForm::canSubmit() const
{
    return !m_busy && problems().isEmpty();
}

QString SignatureForm::shownProblems(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SignatureForm::touch(const QString &field)
{
    m_touched.insert(field);
    refresh();
}

void SignatureForm::refresh()
{
    if (!m_submit)
        return;
    const bool domestic = m_market->currentData().toLongLong() == 0;
    m_qualification->setVisible(domestic);
    m_qualificationLabel->setVisible(domestic);
    const bool forOthers = m_purpose->currentData().toLongLong() == 1;
    m_commissionButton->setEnabled(forOthers);
    m_commissionPreview->setEnabled(forOthers);
    m_commissionLabel->setEnabled(forOthers);
    m_commissionButton->setToolTip(
        forOthers ? QString() : tr("Only a signature for another party needs its letter."));

    const review::CheckProblems found = problems();
    QHash<QString, QStringList> byField;
    for (const review::CheckProblem &problem : found) {
        const QString field = m_problemLabels.contains(problem.field) ? problem.field : kOther;
        // A field is judged once the operator worked on it; the request as
        // a whole, and everything after a submit attempt, always.
        if (field != kOther && !m_touched.contains(field)
            && !m_touched.contains(QStringLiteral("*")))
            continue;
        byField[field].append(QStringLiteral("%1: %2").arg(problem.code, problem.message));
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList lines = byField.value(it.key());
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
    m_submit->setEnabled(!m_busy && found.isEmpty());
    m_submit->setToolTip(
        found.isEmpty() ? QString()
                        : tr("%n problem(s) to fix before submitting", nullptr, int(found.size())));
}

void SignatureForm::chooseImage(bool commission)
{
    const QString path = QFileDialog::getOpenFileName(
        this, commission ? tr("Choose the Authorization Letter") : tr("Choose the Proof Image"),
        QString(), tr("Images (*.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        (commission ? m_commissionPreview : m_proofPreview)
            ->setText(
                tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (commission)
        setCommissionImage(bytes, QFileInfo(path).fileName());
    else
        setProofImage(bytes, QFileInfo(path).fileName());
}

bool SignatureForm::setProofImage(const QByteArray &file, const QString &fileName)
{
    const bool shown = setImage(m_proof, m_proofPreview, m_proofFile, file, fileName);
    touch(kProofImage);
    return shown;
}

bool SignatureForm::setCommissionImage(const QByteArray &file, const QString &fileName)
{
    const bool shown
        = setImage(m_commission, m_commissionPreview, m_commissionFile, file, fileName);
    touch(kCommissionImage);
    return shown;
}

bool SignatureForm::setImage(ImageField &image, QLabel *preview, QLabel *fileLabel,
                             const QByteArray &file, const QString &fileName)
{
    image.base64 = review::SignatureChecks::encodeImage(file);
    image.fileName = fileName;
    fileLabel->setText(tr("%1 (%2 KB)").arg(fileName).arg((file.size() + 1023) / 1024));
    const QImage decoded = QImage::fromData(file);
    if (decoded.isNull()) {
        preview->setPixmap({});
        preview->setText(tr("This file does not open as an image."));
    } else {
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(decoded.scaled(
            preview->contentsRect().size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        preview->setPixmap(pixmap);
    }
    showImageProblems();
    return !decoded.isNull();
}

void SignatureForm::showImageProblems()
{
    // Decoding is too slow for every keystroke: done when an image or the
    // purpose changes, and kept.
    domain::SignApplication a = application();
    a.commissionImage
        = m_commission.base64.isEmpty() ? std::nullopt : std::optional(m_commission.base64);
    m_imageProblems = review::SignatureChecks::checkImages(a);
    refresh();
}

void SignatureForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *input : std::initializer_list<QWidget *> {m_name, m_type, m_document, m_purpose,
                                                            m_qualification, m_remark})
        input->setEnabled(!busy);
    refresh();
}

void SignatureForm::submit()
{
    m_touched.insert(QStringLiteral("*"));
    refresh();
    if (!canSubmit())
        return;
    m_messageBar->hide();
    setBusy(true);
    const domain::SignApplication a = application();
    review::ReviewJob *job = m_modifiedId ? m_store.modify(m_modifiedId, a) : m_store.add(a);
    sms::onFinished(job, this, [this](review::ReviewJob *done) {
        setBusy(false);
        if (done->succeeded()) {
            emit submitted(done->id());
            accept();
            return;
        }
        m_error = done->error();
        const QString title = errors::ErrorCatalog::guidanceFor(m_error).title;
        m_messageBar->setText(
            done->problems().isEmpty()
                ? tr("The service did not take the application: %1.").arg(title)
                : tr("The application was not sent: %1").arg(done->problems().first().message));
        m_messageBar->buttons().at(0)->setVisible(m_router);
        m_messageBar->show();
    });
}

} // namespace sms::ui
