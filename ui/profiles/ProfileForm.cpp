// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileForm.h"

#include "api/ApiClient.h"
#include "credentials/CredentialHygiene.h"
#include "credentials/ProfileStore.h"
#include "profiles/AppIdEditor.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "store/StoreLocation.h"
#include "store/StoreProbe.h"
#include "widgets/StatusPalette.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace sms::ui {

using credentials::CredentialHygiene;
using credentials::Profile;

namespace {
const QString defaultEndpoint = QStringLiteral("https://sms.tencentcloudapi.com");
const char noteTypeProperty[] = "smsNoteType";

template<typename T> T *named(QWidget *parent, const char *objectName)
{
    auto *widget = new T(parent);
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

QUrl parseEndpoint(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}
} // namespace

ProfileForm::ProfileForm(const credentials::ProfileStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profileForm"));
    buildUi();
    load(Profile(), true);
}

QLabel *ProfileForm::makeNote(const char *objectName)
{
    auto *label = named<QLabel>(m_scroll->widget(), objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void ProfileForm::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *fields = new QWidget(m_scroll);
    fields->setObjectName(QStringLiteral("profileFields"));
    m_scroll->setWidget(fields);
    outer->addWidget(m_scroll);

    auto *column = new QVBoxLayout(fields);
    column->setContentsMargins(0, 0, 6, 0);
    column->setSpacing(8);

    m_sandboxNote = makeNote("sandboxNote");
    column->addWidget(m_sandboxNote);

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
    // A field's label, kept by field for retranslate().
    const auto label = [this, fields](Field field) {
        auto *label = new QLabel(fields);
        m_labels[size_t(field)] = label;
        return label;
    };

    // A note under the field above it, shown when there is something to say.
    const auto addNote = [this, &addRow](const char *objectName) {
        QLabel *note = makeNote(objectName);
        addRow(nullptr, note);
        return note;
    };

    m_nameEdit = named<QLineEdit>(fields, "nameEdit");
    m_nameEdit->setMaxLength(100);
    addRow(label(Field::Name), m_nameEdit);

    m_secretIdEdit = named<QLineEdit>(fields, "secretIdEdit");
    addRow(label(Field::SecretId), m_secretIdEdit);
    m_secretIdNote = addNote("secretIdNote");

    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(6);
    m_secretKeyEdit = named<QLineEdit>(fields, "secretKeyEdit");
    m_secretKeyEdit->setEchoMode(QLineEdit::Password);
    m_showKeyButton = named<QToolButton>(fields, "showKeyButton");
    m_showKeyButton->setCheckable(true);
    m_showKeyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    keyRow->addWidget(m_secretKeyEdit, 1);
    keyRow->addWidget(m_showKeyButton);
    addRow(label(Field::SecretKey), keyRow);
    m_secretKeyNote = addNote("secretKeyNote");
    m_keysHint = named<QLabel>(fields, "keysHint");
    m_keysHint->setWordWrap(true);
    styleHint();
    addRow(nullptr, m_keysHint);

    m_appIds = new AppIdEditor(fields);
    addRow(label(Field::AppIds), m_appIds, Qt::AlignTop);
    m_appIdNote = addNote("appIdNote");

    m_regionBox = named<QComboBox>(fields, "regionBox");
    m_regionBox->setEditable(true);
    m_regionBox->setInsertPolicy(QComboBox::NoInsert);
    m_regionBox->addItems({QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing"),
                           QStringLiteral("ap-nanjing")});
    addRow(label(Field::Region), m_regionBox);

    m_endpointEdit = named<QLineEdit>(fields, "endpointEdit");
    addRow(label(Field::Endpoint), m_endpointEdit);
    m_endpointNote = addNote("endpointNote");

    m_languageBox = named<QComboBox>(fields, "languageBox");
    m_languageBox->addItem(QString(), QString());
    m_languageBox->addItem(QStringLiteral("简体中文 (zh-CN)"), QStringLiteral("zh-CN"));
    m_languageBox->addItem(QStringLiteral("English (en-US)"), QStringLiteral("en-US"));
    addRow(label(Field::Language), m_languageBox);

    m_clockLabel = new QLabel(fields);
    auto *clockRow = new QHBoxLayout;
    m_clockValue = named<QLabel>(fields, "clockValue");
    m_clockValue->setWordWrap(true);
    m_forgetClockButton = named<QPushButton>(fields, "forgetClockButton");
    m_forgetClockButton->setAutoDefault(false);
    clockRow->addWidget(m_clockValue, 1);
    clockRow->addWidget(m_forgetClockButton);
    addRow(m_clockLabel, clockRow);

    column->addLayout(form);
    buildStoreGroup(fields);
    column->addWidget(m_storeGroup);
    m_formNote = makeNote("formNote");
    column->addWidget(m_formNote);
    column->addStretch(1);

    for (size_t field = 0; field < m_labels.size(); ++field)
        m_labels[field]->setBuddy(widgetFor(Field(field)));

    connect(m_showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_secretKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_forgetClockButton, &QPushButton::clicked, this, [this] {
        m_clockOffset = 0;
        refresh();
    });
    connect(m_secretIdEdit, &QLineEdit::editingFinished, this,
            [this] { cleanKey(Field::SecretId); });
    connect(m_secretKeyEdit, &QLineEdit::editingFinished, this,
            [this] { cleanKey(Field::SecretKey); });
    connect(m_endpointEdit, &QLineEdit::editingFinished, this, &ProfileForm::checkEndpoint);
    // A note about what was cleaned goes once the text is typed again.
    for (auto [edit, note] :
         {std::pair {m_secretIdEdit, m_secretIdNote}, std::pair {m_secretKeyEdit, m_secretKeyNote},
          std::pair {m_endpointEdit, m_endpointNote}}) {
        connect(edit, &QLineEdit::textEdited, note, [note] {
            note->clear();
            note->hide();
        });
    }
    connect(m_storeUrlEdit, &QLineEdit::textChanged, this, [this] {
        // Checked as typed: the reason a URL cannot be used is shown at once.
        checkStoreUrl();
        m_storeTestNote->hide();
        refresh();
    });
    connect(m_storePasswordEdit, &QLineEdit::textChanged, this, [this] {
        m_storeTestNote->hide();
        refresh();
    });
    connect(m_storeTestButton, &QPushButton::clicked, this, &ProfileForm::testStoreConnection);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ProfileForm::refresh);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &ProfileForm::refresh);
    for (QLineEdit *edit : {m_secretIdEdit, m_secretKeyEdit, m_endpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::testInputsEdited);
    connect(m_regionBox, &QComboBox::currentTextChanged, this, &ProfileForm::testInputsEdited);
    connect(m_appIds, &AppIdEditor::changed, this, &ProfileForm::testInputsEdited);
    connect(this, &ProfileForm::testInputsEdited, this, &ProfileForm::refresh);

    // Where to come back to after a question: the field last used.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && isAncestorOf(now))
            m_lastFocus = now;
    });
}

QList<QWidget *> ProfileForm::focusChain() const
{
    return {m_nameEdit,          m_secretIdEdit,        m_secretKeyEdit,          m_showKeyButton,
            m_appIds->table(),   m_appIds->addButton(), m_appIds->removeButton(), m_regionBox,
            m_endpointEdit,      m_languageBox,         m_forgetClockButton,      m_storeUrlEdit,
            m_storePasswordEdit, m_storeTestButton};
}

void ProfileForm::buildStoreGroup(QWidget *parent)
{
    m_storeGroup = named<QGroupBox>(parent, "storeGroup");
    auto *grid = new QGridLayout(m_storeGroup);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    m_storeHint = named<QLabel>(m_storeGroup, "storeHint");
    m_storeHint->setWordWrap(true);
    grid->addWidget(m_storeHint, 0, 0, 1, 2);
    m_labels[size_t(Field::StoreUrl)] = new QLabel(m_storeGroup);
    m_storeUrlEdit = named<QLineEdit>(m_storeGroup, "storeUrlEdit");
    m_storeUrlEdit->setPlaceholderText(
        QStringLiteral("postgresql://operator@db.example.com/sms?sslmode=verify-full"));
    grid->addWidget(m_labels[size_t(Field::StoreUrl)], 1, 0);
    grid->addWidget(m_storeUrlEdit, 1, 1);
    m_storeUrlNote = named<QLabel>(m_storeGroup, "storeUrlNote");
    m_storeUrlNote->setTextFormat(Qt::PlainText);
    m_storeUrlNote->setWordWrap(true);
    m_storeUrlNote->hide();
    grid->addWidget(m_storeUrlNote, 2, 1);
    m_storePasswordLabel = new QLabel(m_storeGroup);
    m_storePasswordEdit = named<QLineEdit>(m_storeGroup, "storePasswordEdit");
    m_storePasswordEdit->setEchoMode(QLineEdit::Password);
    m_storePasswordLabel->setBuddy(m_storePasswordEdit);
    grid->addWidget(m_storePasswordLabel, 3, 0);
    grid->addWidget(m_storePasswordEdit, 3, 1);
    auto *testRow = new QHBoxLayout;
    m_storeTestButton = named<QPushButton>(m_storeGroup, "storeTestButton");
    m_storeTestButton->setAutoDefault(false);
    testRow->addWidget(m_storeTestButton);
    testRow->addStretch(1);
    grid->addLayout(testRow, 4, 1);
    m_storeTestNote = named<QLabel>(m_storeGroup, "storeTestNote");
    m_storeTestNote->setTextFormat(Qt::PlainText);
    m_storeTestNote->setWordWrap(true);
    m_storeTestNote->hide();
    grid->addWidget(m_storeTestNote, 5, 1);
}

void ProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        for (QLabel *note : findChildren<QLabel *>()) {
            if (note->property(noteTypeProperty).isValid())
                styleNote(note);
        }
        styleHint();
    }
    QWidget::changeEvent(event);
}

void ProfileForm::retranslate()
{
    const QString labels[]
        = {tr("&Name:"),   tr("Secret&Id:"), tr("Secret&Key:"),       tr("App IDs:"),
           tr("Regi&on:"), tr("&Endpoint:"), tr("Server &messages:"), tr("&URL:")};
    static_assert(std::size(labels) == std::tuple_size_v<decltype(m_labels)>);
    for (size_t field = 0; field < m_labels.size(); ++field)
        m_labels[field]->setText(labels[field]);
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("For example: Production"));
    m_secretIdEdit->setAccessibleName(tr("SecretId"));
    m_secretKeyEdit->setAccessibleName(tr("SecretKey"));
    m_showKeyButton->setText(m_showKeyButton->isChecked() ? tr("&Hide") : tr("S&how"));
    m_showKeyButton->setAccessibleName(m_showKeyButton->isChecked() ? tr("Hide the SecretKey")
                                                                    : tr("Show the SecretKey"));
    m_showKeyButton->setToolTip(m_showKeyButton->accessibleName());
    m_keysHint->setText(tr("The SecretId and SecretKey are kept only in the system keychain, "
                           "never in a file. Create them in the cloud console under API key "
                           "management."));
    m_regionBox->setAccessibleName(tr("Region"));
    m_endpointEdit->setAccessibleName(tr("Endpoint"));
    m_endpointEdit->setToolTip(tr("The service's address. Plain http:// is accepted only for "
                                  "this computer (loopback), so keys never cross a network "
                                  "unencrypted."));
    m_languageBox->setAccessibleName(tr("Language of the service's messages"));
    m_languageBox->setItemText(0, tr("Same as the interface"));
    m_clockLabel->setText(tr("Clock correction:"));
    m_forgetClockButton->setText(tr("&Forget"));
    m_forgetClockButton->setAccessibleName(tr("Forget the clock correction"));
    m_storeGroup->setTitle(tr("Shared store"));
    m_storeHint->setText(tr("A team shares one history, opt-out list and campaign journal in a "
                            "PostgreSQL database. Leave the URL empty to keep this profile's "
                            "history in a file on this computer."));
    m_storeUrlEdit->setAccessibleName(tr("Shared store URL"));
    m_storeUrlEdit->setToolTip(tr("postgresql://user@host:port/database, with ?sslmode=verify-full "
                                  "for a server across a network. Never a password here."));
    m_storePasswordLabel->setText(tr("Pass&word:"));
    m_storePasswordEdit->setAccessibleName(tr("Shared store password"));
    m_storePasswordEdit->setToolTip(tr("Kept in the system keychain, never in a file. Leave it "
                                       "empty to use libpq's password file (~/.pgpass)."));
    m_storeTestButton->setText(m_storeTesting ? tr("Testing\u2026") : tr("Test Co&nnection"));
    m_storeTestButton->setAccessibleName(tr("Test the connection to the shared store"));

    setNote(m_sandboxNote, NoteType::Info,
            tr("The built-in sandbox simulates the SMS service on this computer. Nothing is "
               "really sent, and it needs no keys of yours."));
    m_sandboxNote->setVisible(isSandbox());
    if (isSandbox()) {
        const QSignalBlocker blocker(m_nameEdit);
        m_nameEdit->setText(AppController::displayName(m_loaded));
        m_secretIdEdit->setPlaceholderText(tr("Made by the sandbox"));
        m_secretKeyEdit->setPlaceholderText(tr("Made by the sandbox"));
        m_endpointEdit->setPlaceholderText(tr("Chosen when the sandbox starts"));
    } else {
        m_secretIdEdit->setPlaceholderText(m_keyState == KeyState::Reading
                                               ? tr("Reading from the keychain\u2026")
                                               : QStringLiteral("AKID\u2026"));
        m_secretKeyEdit->setPlaceholderText(QString());
        m_endpointEdit->setPlaceholderText(defaultEndpoint);
    }
    updateMinimumWidth();
}

QSize ProfileForm::sizeHint() const
{
    // The whole form without scrolling, with room for the notes that come
    // and go as the operator types, and fields wide enough for an endpoint
    // or a note in a line or two. The dialog bounds this by the screen.
    const QFontMetrics metrics = fontMetrics();
    const QSize fields = m_scroll->widget()->sizeHint();
    const int width = std::max(fields.width(), metrics.horizontalAdvance(QLatin1Char('x')) * 90);
    return {width + m_scroll->verticalScrollBar()->sizeHint().width(),
            fields.height() + metrics.lineSpacing() * 8};
}

void ProfileForm::updateMinimumWidth()
{
    // The fields never scroll sideways: the form is as wide as its widest
    // row needs, in either language.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width());
}

void ProfileForm::load(const Profile &profile, bool isNew, const QUrl &sandboxEndpoint)
{
    m_loaded = profile;
    m_isNew = isNew;
    m_sandboxEndpoint = sandboxEndpoint;
    m_clockOffset = profile.clockOffsetSeconds;
    m_loadedCredential = {};
    m_keyState = isSandbox() ? KeyState::Loaded : KeyState::None;
    m_pendingFocus.reset();
    for (QLabel *note : {m_secretIdNote, m_secretKeyNote, m_appIdNote, m_endpointNote, m_formNote,
                         m_storeUrlNote, m_storeTestNote})
        note->hide();
    m_loadedStorePassword.clear();
    ++m_storeTest; // a test of the profile before is not this one's
    m_storeTesting = false;

    {
        const QSignalBlocker b1(m_nameEdit), b2(m_secretIdEdit), b3(m_secretKeyEdit),
            b4(m_endpointEdit), b5(m_regionBox), b6(m_languageBox), b7(m_appIds);
        m_nameEdit->setText(profile.name);
        m_secretIdEdit->clear();
        m_secretKeyEdit->clear();
        m_showKeyButton->setChecked(false);
        if (isSandbox())
            m_endpointEdit->setText(sandboxEndpoint.isEmpty() ? QString()
                                                              : sandboxEndpoint.toDisplayString());
        else
            m_endpointEdit->setText(profile.endpoint.isEmpty() ? defaultEndpoint
                                                               : profile.endpoint.toString());
        m_regionBox->setCurrentText(profile.region);
        const int language = m_languageBox->findData(profile.serverLanguage);
        m_languageBox->setCurrentIndex(language < 0 ? 0 : language);
        m_appIds->setEntries(profile.appIds);
        const QSignalBlocker b8(m_storeUrlEdit), b9(m_storePasswordEdit);
        m_storeUrlEdit->setText(profile.storeUrl);
        m_storePasswordEdit->clear();
    }
    checkStoreUrl();
    // The built-in profile's name, keys and address are the sandbox's own.
    m_keysHint->setVisible(!isSandbox());
    setFieldsEnabled();
    retranslate();
    refresh();
}

void ProfileForm::markSaved(const Profile &profile)
{
    m_isNew = false;
    m_loaded = profile;
    refresh();
}

void ProfileForm::setFieldsEnabled()
{
    const bool editable = !isSandbox();
    const bool keys = editable && m_keyState != KeyState::Reading;
    m_nameEdit->setEnabled(editable);
    m_secretIdEdit->setEnabled(keys);
    m_secretKeyEdit->setEnabled(keys);
    m_showKeyButton->setEnabled(editable);
    m_endpointEdit->setEnabled(editable);
    m_regionBox->setEnabled(editable);
    m_appIds->setReadOnly(!editable);
    // The sandbox keeps its history in its own file.
    m_storeGroup->setVisible(editable);
}

void ProfileForm::setKeysReading()
{
    m_keyState = KeyState::Reading;
    setFieldsEnabled();
    retranslate();
    refresh();
}

void ProfileForm::setKeys(const api::Credential &credential, bool sessionOnly)
{
    if (sessionOnly)
        setNote(m_secretKeyNote, NoteType::Warning,
                tr("These keys are kept in memory for this session only; save them again once "
                   "the system keychain works."));
    keysArrived(KeyState::Loaded, credential);
}

void ProfileForm::setKeysMissing()
{
    setNote(m_secretKeyNote, NoteType::Info,
            tr("No keys are saved for this profile yet. Enter them and save."));
    keysArrived(KeyState::Missing, {});
}

void ProfileForm::setKeysUnreadable()
{
    keysArrived(KeyState::Unavailable, {});
}

void ProfileForm::keysArrived(KeyState state, const api::Credential &credential)
{
    m_keyState = state;
    m_loadedCredential = credential;
    {
        const QSignalBlocker b1(m_secretIdEdit), b2(m_secretKeyEdit);
        m_secretIdEdit->setText(credential.secretId);
        m_secretKeyEdit->setText(credential.secretKey);
    }
    setFieldsEnabled();
    retranslate();
    refresh();
    if (const auto pending = std::exchange(m_pendingFocus, std::nullopt))
        focusField(*pending);
}

void ProfileForm::setStoredKeys(const api::Credential &credential)
{
    m_loadedCredential = credential;
    m_keyState = KeyState::Loaded;
    refresh();
}

QString ProfileForm::title() const
{
    const QString typed = m_nameEdit->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    return m_isNew ? tr("New profile") : AppController::displayName(m_loaded);
}

Profile ProfileForm::formProfile() const
{
    Profile profile = m_loaded;
    if (!isSandbox()) {
        profile.name = m_nameEdit->text().trimmed();
        profile.endpoint = parseEndpoint(m_endpointEdit->text());
        profile.region = m_regionBox->currentText().trimmed();
        profile.appIds = m_appIds->entries();
        profile.sandbox = false;
    }
    profile.serverLanguage = m_languageBox->currentData().toString();
    profile.clockOffsetSeconds = m_clockOffset;
    if (!isSandbox())
        profile.storeUrl = m_storeUrlEdit->text().trimmed();
    return profile;
}

api::Credential ProfileForm::formCredential() const
{
    return {CredentialHygiene::clean(m_secretIdEdit->text()).value,
            CredentialHygiene::clean(m_secretKeyEdit->text()).value, QString()};
}

bool ProfileForm::hasUnsavedChanges() const
{
    if (formProfile() != m_loaded || storePasswordChanged())
        return true;
    if (isSandbox() || m_keyState == KeyState::Reading)
        return false;
    const api::Credential credential = formCredential();
    return credential.secretId != m_loadedCredential.secretId
        || credential.secretKey != m_loadedCredential.secretKey;
}

QString ProfileForm::endpointProblem() const
{
    const QString text = m_endpointEdit->text();
    const QUrl url = parseEndpoint(text);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("Enter the endpoint as a web address, such as %1.").arg(defaultEndpoint);
    return api::ApiClient::endpointProblem(url);
}

std::optional<ProfileForm::Problem> ProfileForm::problem() const
{
    if (isSandbox())
        return std::nullopt;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty())
        return Problem {Field::Name, tr("Give the profile a name.")};
    if (!credentials::ProfileStore::isValidName(name))
        return Problem {Field::Name,
                        tr("A profile name cannot contain / or \\ or invisible characters, and "
                           "has at most 100 characters.")};
    if ((m_isNew || name != m_loaded.name) && m_store.contains(name))
        return Problem {Field::Name,
                        tr("There is already a profile named \u201c%1\u201d.").arg(name)};

    const auto id = CredentialHygiene::clean(m_secretIdEdit->text());
    const auto key = CredentialHygiene::clean(m_secretKeyEdit->text());
    if (id.hasInnerWhitespace)
        return Problem {Field::SecretId, innerWhitespaceText(false)};
    if (key.hasInnerWhitespace)
        return Problem {Field::SecretKey, innerWhitespaceText(true)};
    // A stored profile without keys may be saved without them.
    const bool keysUntouched = !m_isNew && id.value.isEmpty() && key.value.isEmpty()
        && m_loadedCredential.secretId.isEmpty() && m_keyState != KeyState::Reading;
    if (!keysUntouched && (id.value.isEmpty() || key.value.isEmpty()))
        return Problem {id.value.isEmpty() ? Field::SecretId : Field::SecretKey,
                        tr("Enter both the SecretId and the SecretKey of an API key.")};

    if (const QString endpoint = endpointProblem(); !endpoint.isEmpty())
        return Problem {Field::Endpoint, endpoint};
    if (m_regionBox->currentText().trimmed().isEmpty())
        return Problem {Field::Region, tr("Choose a region, such as ap-guangzhou.")};
    if (const QString appIds = m_appIds->problem(); !appIds.isEmpty())
        return Problem {Field::AppIds, appIds};
    if (const QString store = storeUrlProblem(); !store.isEmpty())
        return Problem {Field::StoreUrl, store};
    return std::nullopt;
}

QString ProfileForm::formProblem() const
{
    const auto found = problem();
    return found ? found->text : QString();
}

bool ProfileForm::showProblem()
{
    const auto found = problem();
    if (!found)
        return false;
    setNote(m_formNote, NoteType::Warning, found->text);
    focusField(found->field);
    return true;
}

void ProfileForm::showNote(NoteType type, const QString &text)
{
    setNote(m_formNote, type, text);
}

void ProfileForm::refresh()
{
    const QString appIdProblem = m_appIds->problem();
    if (appIdProblem.isEmpty())
        m_appIdNote->hide();
    else
        setNote(m_appIdNote, NoteType::Warning, appIdProblem);

    // Said once: a problem already explained next to its field is not
    // repeated under the form.
    const QString problem = formProblem();
    const QLabel *notes[]
        = {m_secretIdNote, m_secretKeyNote, m_appIdNote, m_endpointNote, m_storeUrlNote};
    const bool shownInline = !problem.isEmpty()
        && std::any_of(std::begin(notes), std::end(notes), [&](const QLabel *note) {
               return !note->isHidden() && note->text() == problem;
           });
    if (hasUnsavedChanges() && !problem.isEmpty() && !shownInline)
        setNote(m_formNote, NoteType::Warning, problem);
    else
        m_formNote->hide();

    m_clockLabel->setVisible(m_clockOffset != 0);
    m_clockValue->setVisible(m_clockOffset != 0);
    m_forgetClockButton->setVisible(m_clockOffset != 0);
    m_clockValue->setText(tr("%1 (signing time is corrected to match the service)")
                              .arg(ConnectionStatusBar::formatOffset(m_clockOffset)));
    emit edited();
}

void ProfileForm::correctClock(qint64 relativeSeconds)
{
    m_clockOffset += relativeSeconds;
    refresh();
}

QString ProfileForm::innerWhitespaceText(bool secretKey)
{
    return secretKey ? tr("The SecretKey has spaces or line breaks inside it. API keys never do: "
                          "copy it again from the cloud console's API key page.")
                     : tr("The SecretId has spaces or line breaks inside it. API keys never do: "
                          "copy it again from the cloud console's API key page.");
}

void ProfileForm::cleanInputs()
{
    cleanKey(Field::SecretId);
    cleanKey(Field::SecretKey);
    checkEndpoint();
}

void ProfileForm::cleanKey(Field field)
{
    const bool secretKey = field == Field::SecretKey;
    QLineEdit *edit = secretKey ? m_secretKeyEdit : m_secretIdEdit;
    QLabel *note = secretKey ? m_secretKeyNote : m_secretIdNote;
    const auto cleaned = CredentialHygiene::clean(edit->text());
    if (cleaned.trimmed) {
        edit->setText(cleaned.value);
        setNote(note, NoteType::Info,
                secretKey ? tr("Removed spaces around the SecretKey \u2014 a common cause of "
                               "AuthFailure.SignatureFailure.")
                          : tr("Removed spaces around the SecretId \u2014 a common cause of "
                               "AuthFailure.SecretIdNotFound."));
    }
    if (cleaned.hasInnerWhitespace)
        setNote(note, NoteType::Warning, innerWhitespaceText(secretKey));
    refresh();
}

void ProfileForm::checkEndpoint()
{
    if (isSandbox())
        return;
    const QString trimmed = m_endpointEdit->text().trimmed();
    if (trimmed != m_endpointEdit->text())
        m_endpointEdit->setText(trimmed);
    const QString problem = endpointProblem();
    if (problem.isEmpty())
        m_endpointNote->hide();
    else
        setNote(m_endpointNote, NoteType::Error, problem);
    refresh();
}

QString ProfileForm::storeUrlProblem() const
{
    const QString url = m_storeUrlEdit->text().trimmed();
    if (url.isEmpty())
        return {};
    QString why;
    if (store::StoreLocation::fromUrl(url, &why))
        return {};
    return tr("This shared store URL cannot be used: %1.").arg(why);
}

void ProfileForm::checkStoreUrl()
{
    const QString problem = storeUrlProblem();
    if (problem.isEmpty())
        m_storeUrlNote->hide();
    else
        setNote(m_storeUrlNote, NoteType::Error, problem);
    m_storeTestButton->setEnabled(!m_storeTesting && problem.isEmpty()
                                  && !m_storeUrlEdit->text().trimmed().isEmpty());
}

void ProfileForm::setStorePassword(const QString &password)
{
    m_loadedStorePassword = password;
    const QSignalBlocker blocker(m_storePasswordEdit);
    m_storePasswordEdit->setText(password);
    refresh();
}

QString ProfileForm::formStorePassword() const
{
    return m_storePasswordEdit->text();
}

bool ProfileForm::storePasswordChanged() const
{
    return !isSandbox() && formStorePassword() != m_loadedStorePassword;
}

void ProfileForm::testStoreConnection()
{
    std::optional<store::StoreLocation> location
        = store::StoreLocation::fromUrl(m_storeUrlEdit->text().trimmed());
    if (!location) {
        checkStoreUrl();
        return;
    }
    location->password = formStorePassword();
    const quint64 test = ++m_storeTest;
    m_storeTesting = true;
    setNote(m_storeTestNote, NoteType::Info,
            tr("Connecting to %1\u2026").arg(location->displayName()));
    retranslate();
    checkStoreUrl();
    // A connection to a server across a network can take seconds: never on
    // the window's thread. The answer is dropped when the form moved on.
    auto result = std::make_shared<store::StoreProbe::Result>();
    QThread *worker = QThread::create(
        [result, where = *location] { *result = store::StoreProbe::probe(where); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, test, result, name = location->displayName()] {
        if (test != m_storeTest)
            return;
        m_storeTesting = false;
        retranslate();
        checkStoreUrl();
        using Outcome = store::StoreProbe::Outcome;
        switch (result->outcome) {
        case Outcome::Unreachable:
            setNote(m_storeTestNote, NoteType::Error,
                    tr("Could not connect to %1: %2").arg(name, result->error.trimmed()));
            break;
        case Outcome::Empty:
            setNote(m_storeTestNote, NoteType::Info,
                    tr("Connected to %1 (PostgreSQL %2). The database is empty: SMS Console "
                       "creates its tables there when the profile is first used.")
                        .arg(name, result->serverVersion));
            break;
        case Outcome::Found:
            setNote(m_storeTestNote, NoteType::Info,
                    result->schemaVersion > 0
                        ? tr("Connected to %1 (PostgreSQL %2). It holds a shared store, schema "
                             "version %3.")
                              .arg(name, result->serverVersion)
                              .arg(result->schemaVersion)
                        : tr("Connected to %1 (PostgreSQL %2). It holds a shared store.")
                              .arg(name, result->serverVersion));
            break;
        case Outcome::Newer:
            setNote(m_storeTestNote, NoteType::Warning,
                    tr("Connected to %1, but its store was written by a newer SMS Console "
                       "(schema version %2): update this one before using it.")
                        .arg(name)
                        .arg(result->schemaVersion));
            break;
        }
        // The answer is where the operator looks: under the button.
        m_scroll->ensureWidgetVisible(m_storeTestNote);
    });
    worker->start();
}

QWidget *ProfileForm::widgetFor(Field field) const
{
    // In the order of Field.
    QWidget *const widgets[] = {m_nameEdit,  m_secretIdEdit, m_secretKeyEdit, m_appIds->table(),
                                m_regionBox, m_endpointEdit, m_languageBox,   m_storeUrlEdit};
    static_assert(std::size(widgets) == std::tuple_size_v<decltype(m_labels)>);
    return widgets[size_t(field)];
}

void ProfileForm::focusField(Field field)
{
    const bool keyField = field == Field::SecretId || field == Field::SecretKey;
    if (keyField && m_keyState == KeyState::Reading) {
        m_pendingFocus = field;
        return;
    }
    QWidget *widget = widgetFor(field);
    if (!widget->isEnabled())
        return;
    m_scroll->ensureWidgetVisible(widget);
    widget->setFocus(Qt::ShortcutFocusReason);
    // As the field's own shortcut would: a line edit's text is selected, to
    // be typed over.
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
}

void ProfileForm::returnFocus()
{
    QWidget *target = m_lastFocus && m_lastFocus->isEnabled() ? m_lastFocus.data()
                                                              : static_cast<QWidget *>(m_nameEdit);
    m_scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
}

void ProfileForm::setNote(QLabel *label, NoteType type, const QString &text)
{
    label->setProperty(noteTypeProperty, int(type));
    styleNote(label);
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

// Quieter than the fields' labels, and still readable in a dark palette
// (the placeholder colour is not).
void ProfileForm::styleHint()
{
    QPalette quiet = m_keysHint->palette();
    quiet.setColor(QPalette::WindowText, StatusPalette::secondaryText(palette()));
    m_keysHint->setPalette(quiet);
}

// Every note's colours come from the status palette, so a form's notes look
// like the window's message bars, in a light and a dark palette alike.
void ProfileForm::styleNote(QLabel *label) const
{
    static const StatusPalette::Tone tones[] = {StatusPalette::Tone::Information,
                                                StatusPalette::Tone::Warning,
                                                StatusPalette::Tone::Error};
    const StatusPalette::Colours colours
        = StatusPalette::colours(tones[label->property(noteTypeProperty).toInt()], palette());
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid "
                                        "%3; border-radius: 3px; padding: 5px 8px; }")
                             .arg(colours.background.name(), colours.text.name(),
                                  colours.border.name()));
}

} // namespace sms::ui
