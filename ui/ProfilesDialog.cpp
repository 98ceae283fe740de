#include "ProfilesDialog.h"

#include "AppController.h"
#include "AppIdEditor.h"
#include "ConnectionStatusBar.h"
#include "ErrorGuidanceDialog.h"
#include "MessageBar.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "Localization.h"
#include "credentials/CredentialHygiene.h"
#include "credentials/ProfileConfig.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "errors/ErrorCatalog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <type_traits>
#include <utility>

namespace sms::ui {

using credentials::CredentialHygiene;
using credentials::Profile;

namespace {
const QString defaultEndpoint = QStringLiteral("https://sms.tencentcloudapi.com");

enum class NoteType { Info, Warning, Error };

void setNote(QLabel *label, NoteType type, const QString &text)
{
    const char *background = "#e5f1fb";
    const char *border = "#3a7fc1";
    if (type == NoteType::Warning) {
        background = "#fff4ce";
        border = "#c98a00";
    } else if (type == NoteType::Error) {
        background = "#fde7e9";
        border = "#c4314b";
    }
    // Fixed tints with dark text: readable in a light and a dark palette.
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #1f1f1f; border: 1px solid "
                                        "%2; border-radius: 3px; padding: 5px 8px; }")
                             .arg(QLatin1String(background), QLatin1String(border)));
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

void clearNote(QLabel *label)
{
    label->clear();
    label->setAccessibleName(QString());
    label->hide();
}

QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QUrl parseEndpoint(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

// Why an endpoint cannot be used; empty when it can.
QString endpointProblemText(const QString &text)
{
    const QUrl url = parseEndpoint(text);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return ProfilesDialog::tr("Enter the endpoint as a web address, such as %1.")
            .arg(defaultEndpoint);
    return api::ApiClient::endpointProblem(url);
}
} // namespace

ProfilesDialog::ProfilesDialog(AppController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("ProfilesDialog"));
    buildUi();
    retranslate();
    refreshList();
    const QString active = m_controller->activeName();
    if (!active.isEmpty() && m_controller->profiles().contains(active))
        selectProfile(active);
    else if (m_list->count() > 0)
        selectProfile(m_list->item(0)->data(Qt::UserRole).toString());
    else
        startNewProfile();

    connect(&m_controller->profiles(), &credentials::ProfileStore::changed, this,
            &ProfilesDialog::refreshList);
    connect(m_controller, &AppController::activeProfileChanged, this, [this] {
        refreshList();
        updateState();
    });
}

ProfilesDialog::~ProfilesDialog() = default;

QMessageBox *ProfilesDialog::pendingQuestion() const
{
    return m_question;
}

ErrorGuidanceDialog *ProfilesDialog::guidanceDialog() const
{
    return m_guidance;
}

void ProfilesDialog::buildUi()
{
    setSizeGripEnabled(true);
    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);

    // Left: the profiles.
    auto *left = new QVBoxLayout;
    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 34);
    m_listLabel->setBuddy(m_list);
    left->addWidget(m_listLabel);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    for (QPushButton *button : {m_addButton, m_removeButton}) {
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    left->addLayout(listButtons);
    columns->addLayout(left, 0);

    // Right: the form, scrollable so it fits at 200 % scaling too.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formWidget = new QWidget(scroll);
    formWidget->setObjectName(QStringLiteral("profileForm"));
    auto *formColumn = new QVBoxLayout(formWidget);
    formColumn->setContentsMargins(0, 0, 6, 0);
    formColumn->setSpacing(8);

    m_sandboxNote = makeNote(formWidget, QStringLiteral("sandboxNote"));
    formColumn->addWidget(m_sandboxNote);

    // A grid rather than a QFormLayout: the wrapped notes under the fields
    // get exactly the height their text needs at the width they have.
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->setColumnStretch(1, 1);
    int rows = 0;
    const auto addRow = [form, &rows](QLabel *label, auto *field,
                                      Qt::Alignment labelAlignment = Qt::AlignVCenter) {
        const int row = rows++;
        if (label)
            form->addWidget(label, row, 0, Qt::AlignLeft | labelAlignment);
        if constexpr (std::is_base_of_v<QLayout, std::remove_pointer_t<decltype(field)>>)
            form->addLayout(field, row, 1);
        else
            form->addWidget(field, row, 1);
    };

    m_nameLabel = new QLabel(formWidget);
    m_nameEdit = new QLineEdit(formWidget);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(100);
    addRow(m_nameLabel, m_nameEdit);

    m_secretIdLabel = new QLabel(formWidget);
    m_secretIdEdit = new QLineEdit(formWidget);
    m_secretIdEdit->setObjectName(QStringLiteral("secretIdEdit"));
    m_secretIdEdit->setPlaceholderText(QStringLiteral("AKID\u2026"));
    addRow(m_secretIdLabel, m_secretIdEdit);
    m_secretIdNote = makeNote(formWidget, QStringLiteral("secretIdNote"));
    addRow(nullptr, m_secretIdNote);

    m_secretKeyLabel = new QLabel(formWidget);
    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(6);
    m_secretKeyEdit = new QLineEdit(formWidget);
    m_secretKeyEdit->setObjectName(QStringLiteral("secretKeyEdit"));
    m_secretKeyEdit->setEchoMode(QLineEdit::Password);
    m_showKeyButton = new QToolButton(formWidget);
    m_showKeyButton->setObjectName(QStringLiteral("showKeyButton"));
    m_showKeyButton->setCheckable(true);
    m_showKeyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    keyRow->addWidget(m_secretKeyEdit, 1);
    keyRow->addWidget(m_showKeyButton);
    addRow(m_secretKeyLabel, keyRow);
    m_secretKeyNote = makeNote(formWidget, QStringLiteral("secretKeyNote"));
    addRow(nullptr, m_secretKeyNote);
    m_keysHint = new QLabel(formWidget);
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    m_keysHint->setWordWrap(true);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    addRow(nullptr, m_keysHint);

    m_appIdsLabel = new QLabel(formWidget);
    m_appIds = new AppIdEditor(formWidget);
    addRow(m_appIdsLabel, m_appIds, Qt::AlignTop);

    m_regionLabel = new QLabel(formWidget);
    m_regionBox = new QComboBox(formWidget);
    m_regionBox->setObjectName(QStringLiteral("regionBox"));
    m_regionBox->setEditable(true);
    m_regionBox->setInsertPolicy(QComboBox::NoInsert);
    m_regionBox->addItems({QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing"),
                           QStringLiteral("ap-nanjing")});
    addRow(m_regionLabel, m_regionBox);

    m_endpointLabel = new QLabel(formWidget);
    m_endpointEdit = new QLineEdit(formWidget);
    m_endpointEdit->setObjectName(QStringLiteral("endpointEdit"));
    m_endpointEdit->setPlaceholderText(defaultEndpoint);
    addRow(m_endpointLabel, m_endpointEdit);
    m_endpointNote = makeNote(formWidget, QStringLiteral("endpointNote"));
    addRow(nullptr, m_endpointNote);

    m_languageLabel = new QLabel(formWidget);
    m_languageBox = new QComboBox(formWidget);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_languageBox->addItem(QString(), QString());
    m_languageBox->addItem(QStringLiteral("简体中文 (zh-CN)"), QStringLiteral("zh-CN"));
    m_languageBox->addItem(QStringLiteral("English (en-US)"), QStringLiteral("en-US"));
    addRow(m_languageLabel, m_languageBox);

    m_clockLabel = new QLabel(formWidget);
    auto *clockRow = new QHBoxLayout;
    m_clockValue = new QLabel(formWidget);
    m_clockValue->setObjectName(QStringLiteral("clockValue"));
    m_forgetClockButton = new QPushButton(formWidget);
    m_forgetClockButton->setObjectName(QStringLiteral("forgetClockButton"));
    m_forgetClockButton->setAutoDefault(false);
    clockRow->addWidget(m_clockValue, 1);
    clockRow->addWidget(m_forgetClockButton);
    addRow(m_clockLabel, clockRow);

    formColumn->addLayout(form);
    m_formNote = makeNote(formWidget, QStringLiteral("formNote"));
    formColumn->addWidget(m_formNote);

    m_keychainBar = new MessageBar(formWidget);
    m_keychainBar->setObjectName(QStringLiteral("keychainBar"));
    m_keychainBar->setType(MessageBar::Type::Error);
    m_sessionOnlyButton = m_keychainBar->addButton(QStringLiteral("sessionOnlyButton"));
    m_keychainHelpButton = m_keychainBar->addButton(QStringLiteral("keychainHelpButton"));
    m_keychainBar->hide();
    formColumn->addWidget(m_keychainBar);

    m_resultBar = new MessageBar(formWidget);
    m_resultBar->setObjectName(QStringLiteral("resultBar"));
    m_resultBar->hide();
    formColumn->addWidget(m_resultBar);
    formColumn->addStretch(1);

    scroll->setWidget(formWidget);
    columns->addWidget(scroll, 1);
    root->addLayout(columns, 1);

    // Progress of keychain work and tests.
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressLabel, 1);
    m_progress->hide();
    m_progressLabel->hide();
    root->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_useButton = new QPushButton(this);
    m_useButton->setObjectName(QStringLiteral("useButton"));
    m_discardButton = new QPushButton(this);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {m_testButton, m_useButton, m_discardButton, m_saveButton,
                                m_closeButton})
        button->setAutoDefault(false);
    m_saveButton->setDefault(true);
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    buttons->addWidget(m_useButton);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_saveButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_closeButton);
    root->addLayout(buttons);

    // Keyboard order follows the reading order.
    QWidget *order[] = {m_list,          m_addButton,     m_removeButton,  m_nameEdit,
                        m_secretIdEdit,  m_secretKeyEdit, m_showKeyButton, m_appIds->table(),
                        m_appIds->addButton(), m_appIds->removeButton(), m_regionBox,
                        m_endpointEdit,  m_languageBox,   m_forgetClockButton,
                        m_sessionOnlyButton, m_keychainHelpButton, m_testButton, m_useButton,
                        m_discardButton, m_saveButton,    m_closeButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Wiring.
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *previous) {
                if (m_loading || !current)
                    return;
                const QString target = current->data(Qt::UserRole).toString();
                if (!m_isNew && target == m_originalName)
                    return;
                if (!hasUnsavedChanges()) {
                    selectProfile(target);
                    return;
                }
                // Stay on the edited profile until the operator decides.
                {
                    const QSignalBlocker blocker(m_list);
                    m_list->setCurrentItem(previous);
                }
                askToLeave([this, target] { selectProfile(target); });
            });
    connect(m_addButton, &QPushButton::clicked, this,
            [this] { askToLeave([this] { startNewProfile(); }); });
    connect(m_removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelectedProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_useButton, &QPushButton::clicked, this, &ProfilesDialog::useSelectedProfile);
    connect(m_discardButton, &QPushButton::clicked, this, &ProfilesDialog::discardChanges);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &ProfilesDialog::reject);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this,
            &ProfilesDialog::useForThisSessionOnly);
    connect(m_keychainHelpButton, &QPushButton::clicked, this, [this] {
        if (m_keychainError.isError())
            showGuidance(m_keychainError);
    });
    connect(m_showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_secretKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_forgetClockButton, &QPushButton::clicked, this, [this] {
        m_clockOffset = 0;
        updateState();
    });

    connect(m_secretIdEdit, &QLineEdit::editingFinished, this, &ProfilesDialog::cleanSecretId);
    connect(m_secretKeyEdit, &QLineEdit::editingFinished, this, &ProfilesDialog::cleanSecretKey);
    connect(m_endpointEdit, &QLineEdit::editingFinished, this, &ProfilesDialog::checkEndpoint);
    // A note about what was cleaned goes once the text is typed again.
    connect(m_secretIdEdit, &QLineEdit::textEdited, this, [this] { clearNote(m_secretIdNote); });
    connect(m_secretKeyEdit, &QLineEdit::textEdited, this, [this] { clearNote(m_secretKeyNote); });
    connect(m_endpointEdit, &QLineEdit::textEdited, this, [this] { clearNote(m_endpointNote); });
    for (QLineEdit *edit : {m_nameEdit, m_secretIdEdit, m_secretKeyEdit, m_endpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::updateState);
    connect(m_regionBox, &QComboBox::currentTextChanged, this, &ProfilesDialog::updateState);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateState);
    connect(m_appIds, &AppIdEditor::changed, this, &ProfilesDialog::updateState);

    const QFontMetrics metrics = fontMetrics();
    QSize size(metrics.averageCharWidth() * 150, metrics.height() * 42);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshList();
        updateState();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslate()
{
    setWindowTitle(tr("Profiles"));
    m_listLabel->setText(tr("&Profiles:"));
    m_list->setAccessibleName(tr("Profiles"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setAccessibleName(tr("Add a profile"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected profile"));

    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("For example: Production"));
    m_secretIdLabel->setText(tr("Secret&Id:"));
    m_secretIdLabel->setBuddy(m_secretIdEdit);
    m_secretIdEdit->setAccessibleName(tr("SecretId"));
    m_secretKeyLabel->setText(tr("Secret&Key:"));
    m_secretKeyLabel->setBuddy(m_secretKeyEdit);
    m_secretKeyEdit->setAccessibleName(tr("SecretKey"));
    m_showKeyButton->setText(m_showKeyButton->isChecked() ? tr("&Hide") : tr("S&how"));
    m_showKeyButton->setAccessibleName(m_showKeyButton->isChecked() ? tr("Hide the SecretKey")
                                                                    : tr("Show the SecretKey"));
    m_showKeyButton->setToolTip(m_showKeyButton->accessibleName());
    m_keysHint->setText(tr("The SecretId and SecretKey are kept only in the system keychain, "
                           "never in a file. Create them in the cloud console under API key "
                           "management."));
    m_appIdsLabel->setText(tr("App IDs:"));
    m_regionLabel->setText(tr("Regi&on:"));
    m_regionLabel->setBuddy(m_regionBox);
    m_regionBox->setAccessibleName(tr("Region"));
    m_endpointLabel->setText(tr("&Endpoint:"));
    m_endpointLabel->setBuddy(m_endpointEdit);
    m_endpointEdit->setAccessibleName(tr("Endpoint"));
    m_endpointEdit->setToolTip(tr("The service's address. Plain http:// is accepted only for "
                                  "this computer (loopback), so keys never cross a network "
                                  "unencrypted."));
    m_languageLabel->setText(tr("Server &messages:"));
    m_languageLabel->setBuddy(m_languageBox);
    m_languageBox->setAccessibleName(tr("Language of the service's messages"));
    m_languageBox->setItemText(0, tr("Same as the interface"));
    m_clockLabel->setText(tr("Clock correction:"));
    m_forgetClockButton->setText(tr("&Forget"));
    m_forgetClockButton->setAccessibleName(tr("Forget the clock correction"));

    m_sessionOnlyButton->setText(tr("Use for This &Session Only"));
    m_keychainHelpButton->setText(tr("&What to Do\u2026"));

    m_testButton->setText(tr("&Test Connection"));
    m_testButton->setToolTip(tr("Lists signatures with the values in the form, without saving "
                                "them."));
    m_useButton->setText(tr("&Use This Profile"));
    m_discardButton->setText(tr("Discard Chan&ges"));
    m_saveButton->setText(tr("&Save"));
    m_closeButton->setText(tr("&Close"));

    m_sandboxNote->setText(tr("The built-in sandbox simulates the SMS service on this computer. "
                              "Nothing is really sent, and it needs no keys of yours."));
    setNote(m_sandboxNote, NoteType::Info, m_sandboxNote->text());
    m_sandboxNote->setVisible(m_loaded.sandbox && !m_isNew);
    if (m_loaded.sandbox && !m_isNew) {
        m_nameEdit->setText(AppController::displayName(m_loaded));
        m_secretIdEdit->setPlaceholderText(tr("Made by the sandbox"));
        m_secretKeyEdit->setPlaceholderText(tr("Made by the sandbox"));
    }
}

void ProfilesDialog::refreshList()
{
    const QString active = m_controller->activeName();
    m_loading = true;
    m_list->clear();
    QListWidgetItem *current = nullptr;
    for (const Profile &profile : m_controller->profiles().profiles()) {
        const QString shown = AppController::displayName(profile);
        auto *item = new QListWidgetItem(profile.name == active ? tr("%1 (active)").arg(shown) : shown,
                                         m_list);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == active) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (!m_isNew && profile.name == m_originalName)
            current = item;
    }
    m_list->setCurrentItem(current);
    m_loading = false;
}

void ProfilesDialog::startNewProfile()
{
    Profile blank;
    blank.appIds = {};
    m_isNew = true;
    m_originalName.clear();
    loadProfile(blank);
    m_keyState = KeyState::None;
    m_loadedCredential = {};
    m_loading = true;
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    m_loading = false;
    m_nameEdit->setFocus();
    updateState();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const auto profile = m_controller->profiles().profile(name);
    if (!profile)
        return;
    m_isNew = false;
    m_originalName = profile->name;
    loadProfile(*profile);
    refreshList();
    if (profile->sandbox) {
        m_keyState = KeyState::Loaded;
        m_loadedCredential = {};
    } else {
        readSecrets(profile->name);
    }
    updateState();
}

void ProfilesDialog::loadProfile(const Profile &profile)
{
    ++m_formGeneration;
    m_loaded = profile;
    m_clockOffset = profile.clockOffsetSeconds;
    m_loadedCredential = {};
    m_refusedProfile.clear();
    m_refusedCredential = {};
    m_keychainError = {};
    m_keychainBar->hide();
    m_resultBar->hide();
    for (QLabel *note : {m_secretIdNote, m_secretKeyNote, m_endpointNote, m_formNote})
        clearNote(note);

    const bool sandbox = profile.sandbox && !m_isNew;
    const QSignalBlocker b1(m_nameEdit), b2(m_secretIdEdit), b3(m_secretKeyEdit),
        b4(m_endpointEdit), b5(m_regionBox), b6(m_languageBox);
    m_nameEdit->setText(sandbox ? AppController::displayName(profile) : profile.name);
    m_secretIdEdit->clear();
    m_secretKeyEdit->clear();
    m_showKeyButton->setChecked(false);
    if (sandbox) {
        const QUrl endpoint = m_controller->sandboxEndpoint();
        m_endpointEdit->setText(endpoint.isEmpty() ? QString() : endpoint.toDisplayString());
        m_endpointEdit->setPlaceholderText(tr("Chosen when the sandbox starts"));
    } else {
        m_endpointEdit->setText(profile.endpoint.isEmpty() ? defaultEndpoint
                                                           : profile.endpoint.toString());
        m_endpointEdit->setPlaceholderText(defaultEndpoint);
        m_secretIdEdit->setPlaceholderText(QStringLiteral("AKID\u2026"));
        m_secretKeyEdit->setPlaceholderText(QString());
    }
    m_regionBox->setCurrentText(profile.region);
    const int language = m_languageBox->findData(profile.serverLanguage);
    m_languageBox->setCurrentIndex(language < 0 ? 0 : language);
    m_appIds->setEntries(profile.appIds);

    // The built-in profile's name and address are the sandbox's own.
    m_nameEdit->setEnabled(!sandbox);
    m_secretIdEdit->setEnabled(!sandbox);
    m_secretKeyEdit->setEnabled(!sandbox);
    m_showKeyButton->setEnabled(!sandbox);
    m_endpointEdit->setEnabled(!sandbox);
    m_regionBox->setEnabled(!sandbox);
    m_appIds->setReadOnly(sandbox);
    m_keysHint->setVisible(!sandbox);
    retranslate();
}

void ProfilesDialog::readSecrets(const QString &name)
{
    m_keyState = KeyState::Reading;
    m_secretIdEdit->setEnabled(false);
    m_secretKeyEdit->setEnabled(false);
    m_secretIdEdit->setPlaceholderText(tr("Reading from the keychain\u2026"));
    const quint64 generation = m_formGeneration;
    setBusy(true, tr("Reading the keys from the system keychain\u2026"));
    credentials::SecretJob *job = m_controller->secrets().read(name);
    connect(job, &credentials::SecretJob::finished, job, &QObject::deleteLater);
    connect(job, &credentials::SecretJob::finished, this, [this, job, generation] {
        job->deleteLater();
        setBusy(false);
        if (generation != m_formGeneration)
            return;
        m_secretIdEdit->setEnabled(true);
        m_secretKeyEdit->setEnabled(true);
        m_secretIdEdit->setPlaceholderText(QStringLiteral("AKID\u2026"));
        if (job->succeeded()) {
            m_keyState = KeyState::Loaded;
            m_loadedCredential = job->credential();
            const QSignalBlocker b1(m_secretIdEdit), b2(m_secretKeyEdit);
            m_secretIdEdit->setText(m_loadedCredential.secretId);
            m_secretKeyEdit->setText(m_loadedCredential.secretKey);
            if (job->fromSession())
                setNote(m_secretKeyNote, NoteType::Warning,
                        tr("These keys are kept in memory for this session only; save them "
                           "again once the system keychain works."));
        } else if (job->errorCode() == QLatin1String(credentials::KeychainCode::EntryNotFound)) {
            m_keyState = KeyState::Missing;
            setNote(m_secretKeyNote, NoteType::Info,
                    tr("No keys are saved for this profile yet. Enter them and save."));
        } else {
            m_keyState = KeyState::Unavailable;
            m_keychainError = job->error();
            m_keychainBar->setType(MessageBar::Type::Error);
            m_keychainBar->setText(tr("The keys cannot be read from the system keychain: %1")
                                       .arg(job->errorString()));
            m_sessionOnlyButton->hide();
            m_keychainHelpButton->show();
            m_keychainBar->show();
        }
        updateState();
    });
}

Profile ProfilesDialog::formProfile() const
{
    Profile profile = m_loaded;
    if (!(m_loaded.sandbox && !m_isNew)) {
        profile.name = m_nameEdit->text().trimmed();
        profile.endpoint = parseEndpoint(m_endpointEdit->text());
        profile.region = m_regionBox->currentText().trimmed();
        profile.appIds = m_appIds->entries();
        profile.sandbox = false;
    }
    profile.serverLanguage = m_languageBox->currentData().toString();
    profile.clockOffsetSeconds = m_clockOffset;
    return profile;
}

api::Credential ProfilesDialog::formCredential() const
{
    return {CredentialHygiene::clean(m_secretIdEdit->text()).value,
            CredentialHygiene::clean(m_secretKeyEdit->text()).value, QString()};
}

bool ProfilesDialog::hasUnsavedChanges() const
{
    if (m_isNew)
        return !m_nameEdit->text().trimmed().isEmpty() || !m_secretIdEdit->text().isEmpty()
            || !m_secretKeyEdit->text().isEmpty();
    if (formProfile() != m_loaded)
        return true;
    if (m_loaded.sandbox || m_keyState == KeyState::Reading)
        return false;
    const api::Credential credential = formCredential();
    return credential.secretId != m_loadedCredential.secretId
        || credential.secretKey != m_loadedCredential.secretKey;
}

bool ProfilesDialog::isBusy() const
{
    return m_busyJobs > 0;
}

QString ProfilesDialog::formProblem() const
{
    const bool sandbox = m_loaded.sandbox && !m_isNew;
    if (!sandbox) {
        const QString name = m_nameEdit->text().trimmed();
        if (name.isEmpty())
            return tr("Give the profile a name.");
        if (!credentials::ProfileStore::isValidName(name))
            return tr("A profile name cannot contain / or \\ or invisible characters, and has at "
                      "most 100 characters.");
        if ((m_isNew || name != m_originalName) && m_controller->profiles().contains(name))
            return tr("There is already a profile named \u201c%1\u201d.").arg(name);

        const auto id = CredentialHygiene::clean(m_secretIdEdit->text());
        const auto key = CredentialHygiene::clean(m_secretKeyEdit->text());
        if (id.hasInnerWhitespace)
            return innerWhitespaceText(false);
        if (key.hasInnerWhitespace)
            return innerWhitespaceText(true);
        const bool keysUntouched = !m_isNew && id.value.isEmpty() && key.value.isEmpty()
            && m_loadedCredential.secretId.isEmpty() && m_keyState != KeyState::Reading;
        if (!keysUntouched && (id.value.isEmpty() || key.value.isEmpty()))
            return tr("Enter both the SecretId and the SecretKey of an API key.");

        const QString endpoint = endpointProblemText(m_endpointEdit->text());
        if (!endpoint.isEmpty())
            return endpoint;
        if (m_regionBox->currentText().trimmed().isEmpty())
            return tr("Choose a region, such as ap-guangzhou.");
        const QString appIds = m_appIds->problem();
        if (!appIds.isEmpty())
            return appIds;
    }
    return QString();
}

void ProfilesDialog::updateState()
{
    const bool sandbox = m_loaded.sandbox && !m_isNew;
    const bool busy = isBusy();
    const bool dirty = hasUnsavedChanges();
    const QString problem = formProblem();

    // Said once: a problem already explained next to its field is not
    // repeated under the form.
    const QLabel *notes[] = {m_secretIdNote, m_secretKeyNote, m_endpointNote};
    const bool shownInline = !problem.isEmpty()
        && std::any_of(std::begin(notes), std::end(notes), [&](const QLabel *note) {
               return note->isVisibleTo(this) && note->text() == problem;
           });
    if (dirty && !problem.isEmpty() && !shownInline)
        setNote(m_formNote, NoteType::Warning, problem);
    else
        clearNote(m_formNote);

    m_saveButton->setEnabled(dirty && problem.isEmpty() && !busy);
    m_discardButton->setEnabled(dirty && !busy);
    m_useButton->setEnabled(!m_isNew && !dirty && !busy
                            && m_originalName != m_controller->activeName());
    m_removeButton->setEnabled(!m_isNew && !sandbox && !busy);
    m_addButton->setEnabled(!busy);
    const auto credential = formCredential();
    m_testButton->setEnabled(!busy && (sandbox || credential.isComplete()));

    m_clockLabel->setVisible(m_clockOffset != 0);
    m_clockValue->setVisible(m_clockOffset != 0);
    m_forgetClockButton->setVisible(m_clockOffset != 0);
    m_clockValue->setText(tr("%1 (signing time is corrected to match the service)")
                              .arg(ConnectionStatusBar::formatOffset(m_clockOffset)));
}

QString ProfilesDialog::innerWhitespaceText(bool secretKey)
{
    return secretKey ? tr("The SecretKey has spaces or line breaks inside it. API keys never do: "
                          "copy it again from the cloud console's API key page.")
                     : tr("The SecretId has spaces or line breaks inside it. API keys never do: "
                          "copy it again from the cloud console's API key page.");
}

void ProfilesDialog::cleanSecretId()
{
    const auto cleaned = CredentialHygiene::clean(m_secretIdEdit->text());
    if (cleaned.trimmed) {
        m_secretIdEdit->setText(cleaned.value);
        setNote(m_secretIdNote, NoteType::Info,
                tr("Removed spaces around the SecretId \u2014 a common cause of "
                   "AuthFailure.SecretIdNotFound."));
    }
    if (cleaned.hasInnerWhitespace)
        setNote(m_secretIdNote, NoteType::Warning, innerWhitespaceText(false));
    updateState();
}

void ProfilesDialog::cleanSecretKey()
{
    const auto cleaned = CredentialHygiene::clean(m_secretKeyEdit->text());
    if (cleaned.trimmed) {
        m_secretKeyEdit->setText(cleaned.value);
        setNote(m_secretKeyNote, NoteType::Info,
                tr("Removed spaces around the SecretKey \u2014 a common cause of "
                   "AuthFailure.SignatureFailure."));
    }
    if (cleaned.hasInnerWhitespace)
        setNote(m_secretKeyNote, NoteType::Warning, innerWhitespaceText(true));
    updateState();
}

void ProfilesDialog::checkEndpoint()
{
    if (m_loaded.sandbox && !m_isNew)
        return;
    const QString trimmed = m_endpointEdit->text().trimmed();
    if (trimmed != m_endpointEdit->text())
        m_endpointEdit->setText(trimmed);
    const QString problem = endpointProblemText(trimmed);
    if (problem.isEmpty())
        clearNote(m_endpointNote);
    else
        setNote(m_endpointNote, NoteType::Error, problem);
    updateState();
}

void ProfilesDialog::setBusy(bool busy, const QString &what)
{
    m_busyJobs = std::max(0, m_busyJobs + (busy ? 1 : -1));
    if (busy && !what.isEmpty())
        m_progressLabel->setText(what);
    m_progress->setVisible(m_busyJobs > 0);
    m_progressLabel->setVisible(m_busyJobs > 0);
    updateState();
}

void ProfilesDialog::showResult(int type, const QString &text)
{
    m_resultBar->setType(static_cast<MessageBar::Type>(type));
    m_resultBar->setText(text);
    m_resultBar->show();
}

void ProfilesDialog::showGuidance(const api::ApiError &error)
{
    if (m_guidance)
        m_guidance->close();
    auto *dialog = new ErrorGuidanceDialog(error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ErrorGuidanceDialog::openSettingsRequested, this, [this, dialog] {
        // The settings are this form: go to the field most likely at fault.
        dialog->close();
        raise();
        activateWindow();
        if (m_secretIdEdit->isEnabled())
            m_secretIdEdit->setFocus();
    });
    connect(dialog, &ErrorGuidanceDialog::correctClockRequested, this, [this](qint64 relative) {
        const bool active = !m_isNew && m_originalName == m_controller->activeName();
        if (active) {
            m_controller->correctClock(relative);
        } else {
            // Kept in the form: saving the profile remembers it.
            m_clockOffset += relative;
            updateState();
        }
    });
    connect(dialog, &ErrorGuidanceDialog::retryRequested, this, [this, dialog] {
        dialog->close();
        testConnection();
    });
    m_guidance = dialog;
    dialog->show();
    dialog->raise();
}

void ProfilesDialog::save()
{
    cleanSecretId();
    cleanSecretKey();
    checkEndpoint();
    const QString problem = formProblem();
    if (!problem.isEmpty()) {
        setNote(m_formNote, NoteType::Warning, problem);
        m_afterSave = nullptr;
        emit saved(false);
        return;
    }
    if (!hasUnsavedChanges()) {
        if (auto then = std::exchange(m_afterSave, nullptr))
            then();
        return;
    }

    credentials::ProfileStore &store = m_controller->profiles();
    const Profile profile = formProfile();
    const api::Credential credential = formCredential();
    const bool sandbox = profile.sandbox;
    const QString oldName = m_originalName;
    const bool renamed = !m_isNew && profile.name != oldName;
    const bool keysChanged = !sandbox
        && (credential.secretId != m_loadedCredential.secretId
            || credential.secretKey != m_loadedCredential.secretKey);

    // The session follows its profile through a rename.
    m_savingActive = !m_isNew && oldName == m_controller->activeName();
    if (renamed && !store.rename(oldName, profile.name)) {
        setNote(m_formNote, NoteType::Error,
                tr("The profile could not be renamed to \u201c%1\u201d.").arg(profile.name));
        emit saved(false);
        return;
    }
    if (!store.save(profile)) {
        setNote(m_formNote, NoteType::Error,
                tr("The settings file could not be written: %1").arg(store.settingsPath()));
        emit saved(false);
        return;
    }
    // The profile itself is stored; the form now edits the stored one.
    m_isNew = false;
    m_originalName = profile.name;
    m_loaded = profile;
    refreshList();

    if (!keysChanged || !credential.isComplete()) {
        if (renamed && !sandbox) {
            setBusy(true, tr("Moving the keys in the system keychain\u2026"));
            credentials::SecretJob *job = m_controller->secrets().rename(oldName, profile.name);
            connect(job, &credentials::SecretJob::finished, job, &QObject::deleteLater);
            connect(job, &credentials::SecretJob::finished, this, [this, job, profile] {
                job->deleteLater();
                setBusy(false);
                // A profile without keys has nothing to move.
                const bool ok = job->succeeded()
                    || job->errorCode() == QLatin1String(credentials::KeychainCode::EntryNotFound);
                finishSave(profile, ok);
            });
            return;
        }
        finishSave(profile, true);
        return;
    }

    setBusy(true, tr("Saving the keys in the system keychain\u2026"));
    credentials::SecretJob *job = m_controller->secrets().write(profile.name, credential);
    connect(job, &credentials::SecretJob::finished, job, &QObject::deleteLater);
    connect(job, &credentials::SecretJob::finished, this,
            [this, job, profile, credential, renamed, oldName] {
                job->deleteLater();
                setBusy(false);
                if (job->succeeded()) {
                    m_loadedCredential = credential;
                    m_keyState = KeyState::Loaded;
                    if (renamed) {
                        // The keys now live under the new name.
                        credentials::SecretJob *removal = m_controller->secrets().remove(oldName);
                        connect(removal, &credentials::SecretJob::finished, removal,
                                &QObject::deleteLater);
                    }
                    finishSave(profile, true);
                    return;
                }
                // No plaintext fallback: explain, and offer memory for this session.
                m_keychainError = job->error();
                m_refusedProfile = profile.name;
                m_refusedCredential = credential;
                m_keychainBar->setType(MessageBar::Type::Error);
                m_keychainBar->setText(
                    tr("The keys were not saved: %1 Nothing was written to a file. You can use "
                       "them for this session only; they are forgotten when SMS Console quits.")
                        .arg(job->errorString()));
                m_sessionOnlyButton->show();
                m_keychainHelpButton->show();
                m_keychainBar->show();
                m_resultBar->hide();
                showGuidance(m_keychainError);
                finishSave(profile, false);
            });
}

void ProfilesDialog::finishSave(const Profile &profile, bool succeeded)
{
    if (succeeded) {
        m_keychainBar->hide();
        const bool keysStored = !profile.sandbox && m_loadedCredential.isComplete();
        showResult(int(MessageBar::Type::Positive),
                   keysStored ? tr("Saved. The keys are in the system keychain.") : tr("Saved."));
    }
    // Whatever the keychain said, the stored profile changed: the session
    // picks up the new settings (and name) of its profile.
    if (m_savingActive || profile.name == m_controller->activeName())
        m_controller->activateProfile(profile.name);
    m_savingActive = false;
    updateState();
    emit saved(succeeded);
    auto then = std::exchange(m_afterSave, nullptr);
    if (succeeded && then)
        then();
}

void ProfilesDialog::useForThisSessionOnly()
{
    if (m_refusedProfile.isEmpty() || !m_refusedCredential.isComplete())
        return;
    m_controller->secrets().setSessionCredential(m_refusedProfile, m_refusedCredential);
    if (m_refusedProfile == m_originalName) {
        m_loadedCredential = m_refusedCredential;
        m_keyState = KeyState::Loaded;
    }
    m_keychainBar->hide();
    showResult(int(MessageBar::Type::Warning),
               tr("The keys are kept in memory for this session only. They are forgotten when SMS "
                  "Console quits; save them again once the system keychain works."));
    if (m_refusedProfile == m_controller->activeName())
        m_controller->reloadActiveProfile();
    m_refusedProfile.clear();
    m_refusedCredential = {};
    updateState();
}

void ProfilesDialog::useSelectedProfile()
{
    if (m_isNew || m_originalName.isEmpty())
        return;
    const QString name = m_originalName;
    askToLeave([this, name] {
        m_controller->activateProfile(name);
        const auto profile = m_controller->profiles().profile(name);
        showResult(int(MessageBar::Type::Positive),
                   tr("\u201c%1\u201d is now the active profile.")
                       .arg(profile ? AppController::displayName(*profile) : name));
        refreshList();
        updateState();
    });
}

void ProfilesDialog::removeSelectedProfile()
{
    if (m_isNew || m_loaded.sandbox || m_originalName.isEmpty())
        return;
    const QString name = m_originalName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile \u201c%1\u201d?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its keys are removed from the system keychain too. Messages "
                               "already sent are not affected."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *b) {
        if (b != remove)
            return;
        const bool wasActive = name == m_controller->activeName();
        m_controller->profiles().remove(name);
        credentials::SecretJob *job = m_controller->secrets().remove(name);
        connect(job, &credentials::SecretJob::finished, job, &QObject::deleteLater);
        setBusy(true, tr("Removing the keys from the system keychain\u2026"));
        connect(job, &credentials::SecretJob::finished, this, [this, job, name] {
            job->deleteLater();
            setBusy(false);
            if (job->succeeded())
                showResult(int(MessageBar::Type::Positive),
                           tr("The profile \u201c%1\u201d and its keys were removed.").arg(name));
            else
                showResult(int(MessageBar::Type::Warning),
                           tr("The profile \u201c%1\u201d was removed, but its keys could not be "
                              "removed from the system keychain: %2")
                               .arg(name, job->errorString()));
        });
        if (wasActive)
            m_controller->activateSandboxProfile();
        const QString next = m_controller->activeName();
        if (!next.isEmpty())
            selectProfile(next);
        else if (m_list->count() > 0)
            selectProfile(m_list->item(0)->data(Qt::UserRole).toString());
        else
            startNewProfile();
    });
    m_question = box;
    box->open();
}

void ProfilesDialog::discardChanges()
{
    if (m_isNew || m_originalName.isEmpty()) {
        const QString active = m_controller->activeName();
        if (!active.isEmpty()) {
            selectProfile(active);
            return;
        }
        startNewProfile();
        return;
    }
    selectProfile(m_originalName);
}

void ProfilesDialog::askToLeave(std::function<void()> then)
{
    if (!hasUnsavedChanges()) {
        then();
        return;
    }
    const QString name = m_isNew ? tr("New profile") : AppController::displayName(m_loaded);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("The profile \u201c%1\u201d has unsaved changes.").arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("unsavedQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Save them before going on?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, then](QAbstractButton *button) {
        switch (box->standardButton(button)) {
        case QMessageBox::Save:
            m_afterSave = then;
            save();
            break;
        case QMessageBox::Discard:
            discardChanges();
            then();
            break;
        default:
            break;
        }
    });
    m_question = box;
    box->open();
}

void ProfilesDialog::reject()
{
    if (hasUnsavedChanges()) {
        askToLeave([this] { QDialog::reject(); });
        return;
    }
    if (m_guidance)
        m_guidance->close();
    QDialog::reject();
}

void ProfilesDialog::testConnection()
{
    if (isBusy())
        return;
    m_resultBar->hide();
    const bool sandbox = m_loaded.sandbox && !m_isNew;
    const Profile profile = formProfile();
    if (sandbox) {
        if (!m_controller->isSandboxRunning()) {
            setBusy(true, tr("Starting the sandbox\u2026"));
            auto *once = new QObject(this);
            connect(m_controller, &AppController::sandboxStarted, once, [this, once, profile] {
                once->deleteLater();
                setBusy(false);
                runTest(profile, m_controller->sandboxCredential(), m_controller->sandboxEndpoint());
            });
            connect(m_controller, &AppController::sandboxFailed, once,
                    [this, once](const QString &problem) {
                        once->deleteLater();
                        setBusy(false);
                        showResult(int(MessageBar::Type::Error),
                                   tr("The sandbox could not start: %1").arg(problem));
                    });
            m_controller->ensureSandbox();
            return;
        }
        runTest(profile, m_controller->sandboxCredential(), m_controller->sandboxEndpoint());
        return;
    }

    cleanSecretId();
    cleanSecretKey();
    checkEndpoint();
    const QString endpointProblem = endpointProblemText(m_endpointEdit->text());
    if (!endpointProblem.isEmpty()) {
        showResult(int(MessageBar::Type::Error), endpointProblem);
        emit connectionTested(false);
        return;
    }
    const api::Credential credential = formCredential();
    if (!credential.isComplete()) {
        showResult(int(MessageBar::Type::Warning),
                   tr("Enter the SecretId and SecretKey to test them."));
        emit connectionTested(false);
        return;
    }
    runTest(profile, credential, profile.endpoint);
}

void ProfilesDialog::runTest(const Profile &profile, const api::Credential &credential,
                             const QUrl &endpoint)
{
    m_testApi.reset();
    m_testClient = std::make_unique<api::ApiClient>();
    api::ClientConfig config
        = credentials::clientConfigFor(profile, Localization::apiLanguage(), endpoint);
    // One attempt: the operator wants the answer, not retries.
    config.maxAttempts = 1;
    m_testClient->setConfig(config);
    m_testClient->setCredential(credential);
    const bool active = !m_isNew && m_originalName == m_controller->activeName();
    m_testClient->clock().setOffsetSeconds(active ? m_controller->clockOffset() : m_clockOffset);
    m_testApi = std::make_unique<api::SmsApi>(m_testClient.get());

    domain::DescribeSmsSignListRequest request;
    request.international = 0;
    auto *reply = m_testApi->describeSmsSignList(request);
    setBusy(true, tr("Testing the connection to %1\u2026").arg(endpoint.host()));
    connect(reply, &api::ApiCall::finished, this, [this, reply, endpoint, config] {
        reply->deleteLater();
        setBusy(false);
        if (reply->succeeded()) {
            showResult(int(MessageBar::Type::Positive),
                       tr("The connection works: %1 accepted the keys (region %2).")
                           .arg(endpoint.host(), config.region));
            emit connectionTested(true);
            return;
        }
        const api::ApiError error = reply->error();
        const errors::Guidance guidance = errors::ErrorCatalog::guidanceFor(error);
        showResult(int(MessageBar::Type::Error),
                   tr("The test failed: %1 (%2).").arg(guidance.title, error.code()));
        showGuidance(error);
        emit connectionTested(false);
    });
}

} // namespace sms::ui
