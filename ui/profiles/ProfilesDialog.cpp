// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfilesDialog.h"

#include "OnFinished.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "errors/ErrorCatalog.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "guidance/GuidanceRouter.h"
#include "session/ConnectionTester.h"
#include "shell/AppController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sms::ui {

using credentials::Profile;

ProfilesDialog::ProfilesDialog(AppController *controller, QWidget *parent, GuidanceRouter *router)
    : QDialog(parent)
    , m_controller(controller)
    , m_router(router)
    , m_tester(new session::ConnectionTester(this))
{
    if (!m_router) {
        m_router = new GuidanceRouter(controller, this);
        // On its own, the dialog is where "Open Profiles" leads.
        connect(m_router, &GuidanceRouter::openProfiles, this,
                [this](const api::ApiError &cause) { focusField(fieldFor(cause)); });
    }
    setObjectName(QStringLiteral("ProfilesDialog"));
    buildUi();
    retranslate();
    selectDefault();
    fitToScreen();

    connect(&m_controller->profiles(), &credentials::ProfileStore::changed, this,
            &ProfilesDialog::refreshList);
    connect(m_controller, &AppController::activeProfileChanged, this, [this] {
        refreshList();
        updateState();
    });
    connect(m_tester, &session::ConnectionTester::finished, this, &ProfilesDialog::onTested);
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
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
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

    // Right: the form, and under it what became of a save or a test, always
    // in view however far the form is scrolled.
    auto *right = new QVBoxLayout;
    m_form = new ProfileForm(m_controller->profiles(), this);
    right->addWidget(m_form, 1);
    m_keychainBar = new MessageBar(this);
    m_keychainBar->setObjectName(QStringLiteral("keychainBar"));
    m_keychainBar->setType(MessageBar::Type::Error);
    m_sessionOnlyButton = m_keychainBar->addButton(QStringLiteral("sessionOnlyButton"));
    m_keychainHelpButton = m_keychainBar->addButton(QStringLiteral("keychainHelpButton"));
    m_keychainBar->hide();
    right->addWidget(m_keychainBar);
    m_resultBar = new MessageBar(this);
    m_resultBar->setObjectName(QStringLiteral("resultBar"));
    m_resultBar->hide();
    right->addWidget(m_resultBar);
    columns->addLayout(right, 1);
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
    for (QPushButton *button :
         {m_testButton, m_useButton, m_discardButton, m_saveButton, m_closeButton})
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
    QList<QWidget *> order {m_list, m_addButton, m_removeButton};
    order += m_form->focusChain();
    order += {m_sessionOnlyButton, m_keychainHelpButton, m_testButton, m_useButton,
              m_discardButton,     m_saveButton,         m_closeButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfilesDialog::onListChanged);
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
    connect(m_form, &ProfileForm::edited, this, &ProfilesDialog::updateState);
    connect(m_form, &ProfileForm::testInputsEdited, this, [this] {
        // A result about other values would mislead.
        m_tester->cancel();
        if (m_resultIsTest)
            m_resultBar->hide();
    });
}

void ProfilesDialog::fitToScreen()
{
    // What the content asks for, but never larger than the screen's free
    // area, nor than the window the dialog belongs to.
    QSize size = sizeHint();
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    if (parentWidget() && parentWidget()->window()->isVisible())
        size = size.boundedTo(parentWidget()->window()->size());
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
    m_sessionOnlyButton->setText(tr("Use for This &Session Only"));
    m_keychainHelpButton->setText(tr("&What to Do\u2026"));
    m_testButton->setText(tr("&Test Connection"));
    m_testButton->setToolTip(tr("Lists signatures with the values in the form, without saving "
                                "them."));
    m_useButton->setText(tr("&Use This Profile"));
    m_discardButton->setText(tr("Discard Chan&ges"));
    m_saveButton->setText(tr("&Save"));
    m_closeButton->setText(tr("&Close"));
}

void ProfilesDialog::refreshList()
{
    const QString active = m_controller->activeName();
    m_loading = true;
    m_list->clear();
    QListWidgetItem *current = nullptr;
    for (const Profile &profile : m_controller->profiles().profiles()) {
        const QString shown = AppController::displayName(profile);
        auto *item = new QListWidgetItem(
            profile.name == active ? tr("%1 (active)").arg(shown) : shown, m_list);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == active) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (!m_form->isNew() && profile.name == m_form->originalName())
            current = item;
    }
    if (m_form->isNew()) {
        // The profile being created, under the name typed so far.
        current = new QListWidgetItem(m_form->title(), m_list);
        current->setData(Qt::UserRole, QString());
        QFont font = current->font();
        font.setItalic(true);
        current->setFont(font);
    }
    m_list->setCurrentItem(current);
    m_loading = false;
}

QListWidgetItem *ProfilesDialog::newProfileItem() const
{
    QListWidgetItem *last = m_list->count() > 0 ? m_list->item(m_list->count() - 1) : nullptr;
    return m_form->isNew() && last && last->data(Qt::UserRole).toString().isEmpty() ? last
                                                                                    : nullptr;
}

void ProfilesDialog::onListChanged(QListWidgetItem *current)
{
    if (m_loading || !current)
        return;
    const QString target = current->data(Qt::UserRole).toString();
    // The row of the profile in the form (a new one's has no name yet).
    if (target == m_form->originalName())
        return;
    if (!hasUnsavedChanges()) {
        selectProfile(target);
        return;
    }
    // Stay on the edited profile until the operator decides.
    {
        const QSignalBlocker blocker(m_list);
        refreshList();
    }
    askToLeave([this, target] { selectProfile(target); });
}

void ProfilesDialog::startNewProfile()
{
    ++m_formGeneration;
    m_tester->cancel();
    m_keychainBar->hide();
    m_resultBar->hide();
    m_form->load(Profile(), true);
    refreshList();
    m_form->focusField(Field::Name);
    updateState();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const auto profile = m_controller->profiles().profile(name);
    if (!profile)
        return;
    ++m_formGeneration;
    m_tester->cancel();
    m_refusedProfile.clear();
    m_refusedCredential = {};
    m_keychainError = {};
    m_keychainBar->hide();
    m_resultBar->hide();
    m_form->load(*profile, false, m_controller->sandboxEndpoint());
    refreshList();
    if (!profile->sandbox)
        readKeys(profile->name);
    if (!profile->sandbox && !profile->storeUrl.isEmpty())
        readStorePassword(profile->name);
    updateState();
}

void ProfilesDialog::readStorePassword(const QString &name)
{
    const quint64 generation = m_formGeneration;
    onFinished(
        m_controller->secrets().readStorePassword(name), this, [this, generation](auto *job) {
            if (generation != m_formGeneration)
                return;
            // None saved: libpq's password file is used; that is no problem.
            if (job->succeeded())
                m_form->setStorePassword(job->storePassword());
            else if (job->errorCode() != QLatin1String(credentials::KeychainCode::EntryNotFound))
                showKeychainProblem(tr("The shared store's password cannot be read from the system "
                                       "keychain: %1")
                                        .arg(job->errorString()),
                                    false);
            updateState();
        });
}

void ProfilesDialog::writeStorePassword(const Profile &profile, const QString &password,
                                        const std::function<void()> &next)
{
    setBusy(true, tr("Saving the shared store's password in the system keychain\u2026"));
    const quint64 generation = m_formGeneration;
    onFinished(m_controller->secrets().writeStorePassword(profile.name, password), this,
               [this, password, next, generation](auto *job) {
                   setBusy(false);
                   if (job->succeeded()) {
                       if (generation == m_formGeneration)
                           m_form->setStorePassword(password);
                   } else {
                       // No plaintext fallback: libpq's password file remains.
                       m_keychainError = job->error();
                       showKeychainProblem(
                           tr("The shared store's password was not saved: %1 Nothing was "
                              "written to a file; libpq's password file (~/.pgpass) can hold it.")
                               .arg(job->errorString()),
                           false);
                   }
                   next();
               });
}

void ProfilesDialog::focusField(Field field)
{
    show();
    raise();
    activateWindow();
    m_form->focusField(field);
}

ProfilesDialog::Field ProfilesDialog::fieldFor(const api::ApiError &error)
{
    // Whatever kept the request from arriving (a name that does not resolve,
    // a refused or reset connection, TLS) is about where it was sent.
    if (error.kind() == api::ApiError::Kind::Network || error.kind() == api::ApiError::Kind::Tls)
        return Field::Endpoint;
    // Only the service's region: UnsupportedOperation.UnsupportedRegion is
    // about a phone number's country.
    if (error.code() == QLatin1String("UnsupportedRegion"))
        return Field::Region;
    // By the last part of the code, the service's (AuthFailure.SignatureFailure)
    // and the client's (ClientError.InvalidEndpoint) alike.
    static const QHash<QString, Field> byName = {
        {QStringLiteral("InvalidEndpoint"), Field::Endpoint},
        {QStringLiteral("InsecureEndpoint"), Field::Endpoint},
        // Answers from something that is not the SMS API.
        {QStringLiteral("InvalidAction"), Field::Endpoint},
        {QStringLiteral("NoSuchProduct"), Field::Endpoint},
        {QStringLiteral("NoSuchVersion"), Field::Endpoint},
        {QStringLiteral("UnsupportedProtocol"), Field::Endpoint},
        {QStringLiteral("RestApiInterfaceNotExist"), Field::Endpoint},
        {QStringLiteral("InvalidAuthorization"), Field::Endpoint},
        {QStringLiteral("MalformedResponse"), Field::Endpoint},
        {QStringLiteral("ResponseTooLarge"), Field::Endpoint},
        {QStringLiteral("SecretIdNotFound"), Field::SecretId},
        {QStringLiteral("InvalidSecretId"), Field::SecretId},
        {QStringLiteral("SignatureFailure"), Field::SecretKey},
        {QStringLiteral("SmsSdkAppIdVerifyFail"), Field::AppIds},
        {QStringLiteral("SdkAppIdNotExist"), Field::AppIds},
        {QStringLiteral("SdkAppIdIsDisabled"), Field::AppIds},
        {QStringLiteral("AppidAndBizId"), Field::AppIds},
    };
    return byName.value(error.code().section(QLatin1Char('.'), -1), Field::SecretId);
}

void ProfilesDialog::readKeys(const QString &name)
{
    const quint64 generation = m_formGeneration;
    m_form->setKeysReading();
    setBusy(true, tr("Reading the keys from the system keychain\u2026"));
    onFinished(m_controller->secrets().read(name), this, [this, generation](auto *job) {
        setBusy(false);
        if (generation != m_formGeneration)
            return;
        if (job->succeeded()) {
            m_form->setKeys(job->credential(), job->fromSession());
        } else if (job->errorCode() == QLatin1String(credentials::KeychainCode::EntryNotFound)) {
            m_form->setKeysMissing();
        } else {
            m_form->setKeysUnreadable();
            m_keychainError = job->error();
            showKeychainProblem(
                tr("The keys cannot be read from the system keychain: %1").arg(job->errorString()),
                false);
        }
        updateState();
    });
}

void ProfilesDialog::writeKeys(const Profile &profile, const api::Credential &credential,
                               const QString &oldName)
{
    const quint64 generation = m_formGeneration;
    setBusy(true, tr("Saving the keys in the system keychain\u2026"));
    onFinished(m_controller->secrets().write(profile.name, credential), this,
               [this, profile, credential, oldName, generation](auto *job) {
                setBusy(false);
                if (job->succeeded()) {
                    if (generation == m_formGeneration)
                        m_form->setStoredKeys(credential);
                    if (!oldName.isEmpty()) {
                        // The keys now live under the new name.
                        onFinished(m_controller->secrets().remove(oldName), this, [](auto *) {});
                    }
                    finishSave(profile, true);
                    return;
                }
                // No plaintext fallback: explain, and offer memory for this session.
                m_keychainError = job->error();
                m_refusedProfile = profile.name;
                m_refusedCredential = credential;
                showKeychainProblem(
                    tr("The keys were not saved: %1 Nothing was written to a file. You can use "
                       "them for this session only; they are forgotten when SMS Console quits.")
                        .arg(job->errorString()),
                    true);
                m_resultBar->hide();
                showGuidance(m_keychainError);
                finishSave(profile, false);
            });
}

void ProfilesDialog::moveKeys(const QString &oldName, const Profile &profile)
{
    setBusy(true, tr("Moving the keys in the system keychain\u2026"));
    onFinished(m_controller->secrets().rename(oldName, profile.name), this, [this, profile](auto *job) {
        setBusy(false);
        // A profile without keys has nothing to move.
        const bool moved = job->succeeded()
            || job->errorCode() == QLatin1String(credentials::KeychainCode::EntryNotFound);
        if (!moved) {
            m_keychainError = job->error();
            showKeychainProblem(tr("The keys could not be moved to the new name in the system "
                                   "keychain: %1")
                                    .arg(job->errorString()),
                                false);
        }
        finishSave(profile, moved);
    });
}

void ProfilesDialog::removeKeys(const QString &name)
{
    setBusy(true, tr("Removing the keys from the system keychain\u2026"));
    onFinished(m_controller->secrets().remove(name), this, [this, name](auto *job) {
        setBusy(false);
        if (job->succeeded())
            showResult(MessageBar::Type::Positive,
                       tr("The profile \u201c%1\u201d and its keys were removed.").arg(name));
        else
            showResult(MessageBar::Type::Warning,
                       tr("The profile \u201c%1\u201d was removed, but its keys could not be "
                          "removed from the system keychain: %2")
                           .arg(name, job->errorString()));
    });
}

void ProfilesDialog::showKeychainProblem(const QString &text, bool offerSessionOnly)
{
    m_keychainBar->setType(MessageBar::Type::Error);
    m_keychainBar->setText(text);
    m_sessionOnlyButton->setVisible(offerSessionOnly);
    m_keychainHelpButton->show();
    m_keychainBar->show();
}

void ProfilesDialog::updateState()
{
    const bool sandbox = m_form->isSandbox();
    const bool busy = isBusy();
    const bool dirty = hasUnsavedChanges();
    const bool isNew = m_form->isNew();

    m_saveButton->setEnabled(dirty && m_form->formProblem().isEmpty() && !busy);
    m_discardButton->setEnabled(dirty && !busy);
    m_useButton->setEnabled(!isNew && !dirty && !busy
                            && m_form->originalName() != m_controller->activeName());
    m_removeButton->setEnabled(!isNew && !sandbox && !busy);
    m_addButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy && (sandbox || m_form->formCredential().isComplete()));
    if (QListWidgetItem *item = newProfileItem())
        item->setText(m_form->title());
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

void ProfilesDialog::showResult(MessageBar::Type type, const QString &text, bool isTestResult)
{
    m_resultIsTest = isTestResult;
    m_resultBar->setType(type);
    m_resultBar->setText(text);
    m_resultBar->show();
}

void ProfilesDialog::showGuidance(const api::ApiError &error)
{
    // A profile that is not the active one keeps its clock correction in
    // the form (saving remembers it); the active one corrects the session.
    GuidanceRouter::ClockFix clockFix;
    if (m_form->isNew() || m_form->originalName() != m_controller->activeName())
        clockFix = [this](qint64 relative) { m_form->correctClock(relative); };
    m_guidance = m_router->showGuidance(error, [this] { testConnection(); }, {}, this, clockFix);
}

void ProfilesDialog::save()
{
    m_form->cleanInputs();
    if (m_form->showProblem()) {
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
    const Profile profile = m_form->formProfile();
    const api::Credential credential = m_form->formCredential();
    const api::Credential &stored = m_form->storedKeys();
    const QString oldName = m_form->originalName();
    const bool renamed = !m_form->isNew() && profile.name != oldName;
    const bool keysChanged = !profile.sandbox
        && (credential.secretId != stored.secretId || credential.secretKey != stored.secretKey);

    // The session follows its profile through a rename.
    m_savingActive = !m_form->isNew() && oldName == m_controller->activeName();
    QString failure;
    if (renamed && !store.rename(oldName, profile.name))
        failure = tr("The profile could not be renamed to \u201c%1\u201d.").arg(profile.name);
    else if (!store.save(profile))
        failure = tr("The settings file could not be written: %1").arg(store.settingsPath());
    if (!failure.isEmpty()) {
        m_form->showNote(ProfileForm::NoteType::Error, failure);
        m_afterSave = nullptr;
        emit saved(false);
        return;
    }
    // The profile itself is stored; the form now edits the stored one.
    m_form->markSaved(profile);
    refreshList();

    const auto saveKeys = [this, profile, credential, keysChanged, renamed, oldName] {
        if (keysChanged && credential.isComplete())
            writeKeys(profile, credential, renamed ? oldName : QString());
        else if (renamed && !profile.sandbox)
            moveKeys(oldName, profile);
        else
            finishSave(profile, true);
    };
    // The store's password first, under the profile's (new) name: a rename
    // with new keys removes every entry of the old name afterwards.
    const QString storePassword = m_form->formStorePassword();
    if (!profile.sandbox
        && (m_form->storePasswordChanged() || (renamed && !storePassword.isEmpty())))
        writeStorePassword(profile, profile.storeUrl.isEmpty() ? QString() : storePassword,
                           saveKeys);
    else
        saveKeys();
}

void ProfilesDialog::finishSave(const Profile &profile, bool succeeded)
{
    if (succeeded) {
        m_keychainBar->hide();
        const bool keysStored = !profile.sandbox && m_form->storedKeys().isComplete();
        showResult(MessageBar::Type::Positive,
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
    if (m_refusedProfile == m_form->originalName())
        m_form->setStoredKeys(m_refusedCredential);
    m_keychainBar->hide();
    showResult(MessageBar::Type::Warning,
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
    if (m_form->isNew())
        return;
    const QString name = m_form->originalName();
    askToLeave([this, name] {
        m_controller->activateProfile(name);
        const auto profile = m_controller->profiles().profile(name);
        showResult(MessageBar::Type::Positive,
                   tr("\u201c%1\u201d is now the active profile.")
                       .arg(profile ? AppController::displayName(*profile) : name));
        refreshList();
        updateState();
    });
}

void ProfilesDialog::removeSelectedProfile()
{
    if (m_form->isNew() || m_form->isSandbox())
        return;
    const QString name = m_form->originalName();
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
    cancel->setText(tr("&Cancel"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *b) {
        if (b != remove)
            return;
        const bool wasActive = name == m_controller->activeName();
        m_controller->profiles().remove(name);
        removeKeys(name);
        if (wasActive)
            m_controller->activateSandboxProfile();
        selectDefault();
    });
    m_question = box;
    box->open();
}

void ProfilesDialog::discardChanges()
{
    if (!m_form->isNew() && m_controller->profiles().contains(m_form->originalName()))
        selectProfile(m_form->originalName());
    else
        selectDefault();
}

void ProfilesDialog::selectDefault()
{
    const QString active = m_controller->activeName();
    if (!active.isEmpty() && m_controller->profiles().contains(active))
        selectProfile(active);
    else if (const auto stored = m_controller->profiles().profiles(); !stored.isEmpty())
        selectProfile(stored.first().name);
    else
        startNewProfile();
}

void ProfilesDialog::askToLeave(std::function<void()> then)
{
    if (!hasUnsavedChanges()) {
        then();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved Changes"),
        tr("The profile \u201c%1\u201d has unsaved changes.").arg(m_form->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Save them before going on?"));
    // The platform's own texts have no mnemonics (or none that work here).
    box->button(QMessageBox::Save)->setText(tr("&Save"));
    box->button(QMessageBox::Discard)->setText(tr("&Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Answered once the box is gone, so the focus lands where the answer
    // leads and not back where the question came from.
    connect(box, &QDialog::finished, this, [this, box, then] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            m_afterSave = then;
            save();
            break;
        case QMessageBox::Discard:
            discardChanges();
            then();
            break;
        default:
            // Stay: the form as it was, its row selected, the cursor back in it.
            refreshList();
            m_form->returnFocus();
            break;
        }
    });
    m_question = box;
    box->open();
}

void ProfilesDialog::reject()
{
    askToLeave([this] {
        if (m_guidance)
            m_guidance->close();
        QDialog::reject();
    });
}

void ProfilesDialog::testConnection()
{
    if (isBusy())
        return;
    m_resultBar->hide();
    if (m_form->isSandbox()) {
        if (m_controller->isSandboxRunning()) {
            runTest(m_controller->sandboxCredential(), m_controller->sandboxEndpoint());
            return;
        }
        setBusy(true, tr("Starting the sandbox\u2026"));
        // Whichever answer comes first ends the wait; the other connection
        // goes with the object that holds both.
        auto *waiting = new QObject(this);
        connect(m_controller, &AppController::sandboxStarted, waiting, [this, waiting] {
            waiting->deleteLater();
            setBusy(false);
            runTest(m_controller->sandboxCredential(), m_controller->sandboxEndpoint());
        });
        connect(m_controller, &AppController::sandboxFailed, waiting,
                [this, waiting](const QString &problem) {
                    waiting->deleteLater();
                    setBusy(false);
                    showResult(MessageBar::Type::Error,
                               tr("The sandbox could not start: %1").arg(problem), true);
                    emit connectionTested(false);
                });
        m_controller->ensureSandbox();
        return;
    }

    m_form->cleanInputs();
    if (const QString problem = m_form->endpointProblem(); !problem.isEmpty()) {
        showResult(MessageBar::Type::Error, problem, true);
        emit connectionTested(false);
        return;
    }
    const api::Credential credential = m_form->formCredential();
    if (!credential.isComplete()) {
        showResult(MessageBar::Type::Warning, tr("Enter the SecretId and SecretKey to test them."),
                   true);
        emit connectionTested(false);
        return;
    }
    runTest(credential, QUrl());
}

void ProfilesDialog::runTest(const api::Credential &credential, const QUrl &endpoint)
{
    // The session's clock correction for the active profile, else the form's.
    const bool active = !m_form->isNew() && m_form->originalName() == m_controller->activeName();
    m_tester->start(m_form->formProfile(), credential,
                    active ? m_controller->clockOffset() : m_form->clockOffset(), endpoint);
    setBusy(true, tr("Testing the connection to %1\u2026").arg(m_tester->config().endpoint.host()));
}

void ProfilesDialog::onTested(bool succeeded, const api::ApiError &error)
{
    setBusy(false);
    if (error.kind() == api::ApiError::Kind::Cancelled) {
        // The form changed under the test: nothing to say about old values.
        emit connectionTested(false);
        return;
    }
    const api::ClientConfig config = m_tester->config();
    if (succeeded) {
        showResult(MessageBar::Type::Positive,
                   tr("The connection works: %1 accepted the keys (region %2).")
                       .arg(config.endpoint.host(), config.region),
                   true);
        emit connectionTested(true);
        return;
    }
    const errors::Guidance guidance = errors::ErrorCatalog::guidanceFor(error);
    showResult(MessageBar::Type::Error,
               tr("The test failed: %1 (%2).").arg(guidance.title, error.code()), true);
    showGuidance(error);
    emit connectionTested(false);
}

} // namespace sms::ui
