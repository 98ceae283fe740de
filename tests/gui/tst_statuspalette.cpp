// SPDX-License-Identifier: GPL-3.0-or-later
// Status colours read in light and dark palettes: text on every message
// bar and every note of the guidance dialog reaches 4.5:1 (WCAG AA), the
// dialog's quiet category text too, and in a dark palette the tints are
// dark rather than pale boxes. Measured on the rendered pixels, as a
// person sees them.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "api/ApiError.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusChipDelegate.h"
#include "widgets/StatusFrame.h"
#include "widgets/StatusPalette.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using sms::api::ApiError;
using sms::ui::ErrorGuidanceDialog;
using sms::ui::MessageBar;
using sms::ui::StatusPalette;

namespace {
struct Measured
{
    QColor background;
    QColor text;
    double ratio = 0;
};

// The light palette of the Fusion style, as most desktops start.
QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    return guitest::darkPalette(lightPalette());
}

// Text and background of an area of an image: the most frequent colour is
// the background, the pixel that differs most from it the text.
Measured measure(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    Measured result;
    result.background = QColor::fromRgb(background);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio
            = StatusPalette::contrastRatio(QColor::fromRgb(it.key()), result.background);
        if (ratio > result.ratio) {
            result.ratio = ratio;
            result.text = QColor::fromRgb(it.key());
        }
    }
    return result;
}

// The same for a label as drawn inside top.
Measured measure(QWidget *top, QLabel *label)
{
    const QImage image = top->grab().toImage();
    const qreal scale = image.devicePixelRatio();
    return measure(
        image,
        QRect(QPointF(label->mapTo(top, QPoint(0, 0))).toPoint() * scale, label->size() * scale));
}

QString describe(const Measured &m)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(m.text.name(), m.background.name())
        .arg(m.ratio, 0, 'f', 2);
}

ApiError clockError()
{
    ApiError error = ApiError::service(QStringLiteral("AuthFailure.SignatureExpire"),
                                       QStringLiteral("Signature expired."));
    error.setRequestId(QStringLiteral("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    error.setClockOffsetSeconds(432);
    return error;
}

ApiError outcomeUnknown()
{
    ApiError error(ApiError::Kind::Timeout, QString::fromLatin1(sms::api::ClientCode::Timeout),
                   QStringLiteral("No complete answer within 15 seconds."));
    error.setAction(QStringLiteral("SendSms"));
    error.setOutcomeUnknown(true);
    return error;
}
} // namespace

class tst_StatusPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() { QApplication::setPalette(lightPalette()); }

    void contrastFormula()
    {
        QCOMPARE(StatusPalette::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusPalette::contrastRatio(Qt::white, Qt::white), 1.0);
        // Order does not matter; the WCAG example of #777 on white is 4.48.
        QCOMPARE(qRound(StatusPalette::contrastRatio(Qt::white, QColor(0x77, 0x77, 0x77)) * 100),
                 448);
        const QColor fixed = StatusPalette::readableOn(QColor(0x77, 0x77, 0x77), Qt::white);
        QVERIFY(StatusPalette::contrastRatio(fixed, Qt::white) >= 4.5);
        QVERIFY(StatusPalette::contrastRatio(fixed, Qt::white) < 5.5); // as little as needed
    }

    void paletteColours_data() { palettes(); }
    void paletteColours()
    {
        QFETCH(QPalette, palette);
        for (auto tone : {StatusPalette::Tone::Information, StatusPalette::Tone::Positive,
                          StatusPalette::Tone::Warning, StatusPalette::Tone::Error}) {
            const auto colours = StatusPalette::colours(tone, palette);
            QVERIFY(StatusPalette::contrastRatio(colours.text, colours.background) >= 4.5);
            // A tint of the window, not a box of another brightness.
            QVERIFY(
                StatusPalette::contrastRatio(colours.background, palette.color(QPalette::Window))
                < 2.0);
        }
        QVERIFY(StatusPalette::contrastRatio(StatusPalette::secondaryText(palette),
                                             palette.color(QPalette::Window))
                >= 4.5);
    }

    void messageBarText_data() { palettes(); }
    void messageBarText()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QApplication::setPalette(palette);
        QWidget window;
        window.resize(700, 80);
        auto *bar = new MessageBar(&window);
        bar->setGeometry(10, 10, 680, 60);
        bar->setText(QStringLiteral("You are working in the sandbox \u2014 nothing is really sent. "
                                    "这里的签名、模板和短信都在本机模拟。"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = guitest::child<QLabel>(bar, "messageText");
        for (auto type : {MessageBar::Type::Information, MessageBar::Type::Positive,
                          MessageBar::Type::Warning, MessageBar::Type::Error}) {
            bar->setType(type);
            const Measured m = measure(&window, label);
            QVERIFY2(m.ratio >= 4.5, qPrintable(describe(m)));
            // In a dark palette the bar is dark too; no pale box.
            const double windowLuminance
                = StatusPalette::relativeLuminance(palette.color(QPalette::Window));
            const double barLuminance = StatusPalette::relativeLuminance(m.background);
            if (dark)
                QVERIFY2(barLuminance < 0.1, qPrintable(describe(m)));
            QVERIFY2(StatusPalette::contrastRatio(m.background, palette.color(QPalette::Window))
                         < 2.0,
                     qPrintable(describe(m)
                                + QStringLiteral(" window luminance %1").arg(windowLuminance)));
        }
    }

    void guidanceDialogText_data() { palettes(); }
    void guidanceDialogText()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QApplication::setPalette(palette);
        {
            ErrorGuidanceDialog dialog(clockError());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (const char *name : {"categoryLabel", "titleLabel", "codeLabel", "clockLabel",
                                     "meaningLabel", "step1"}) {
                const Measured m = measure(&dialog, guitest::child<QLabel>(&dialog, name));
                QVERIFY2(m.ratio >= 4.5,
                         qPrintable(QLatin1String(name) + QLatin1Char(' ') + describe(m)));
            }
            const Measured clock = measure(&dialog, guitest::child<QLabel>(&dialog, "clockLabel"));
            if (dark)
                QVERIFY2(StatusPalette::relativeLuminance(clock.background) < 0.1,
                         qPrintable(describe(clock)));
        }
        {
            ErrorGuidanceDialog dialog(outcomeUnknown());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const Measured m = measure(&dialog, guitest::child<QLabel>(&dialog, "outcomeLabel"));
            QVERIFY2(m.ratio >= 4.5, qPrintable(describe(m)));
            if (dark)
                QVERIFY2(StatusPalette::relativeLuminance(m.background) < 0.1,
                         qPrintable(describe(m)));
        }
    }

    void followsAPaletteChange()
    {
        QApplication::setPalette(lightPalette());
        QWidget window;
        auto *bar = new MessageBar(&window);
        bar->setText(QStringLiteral("text"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor light = bar->colours().background;
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QTRY_VERIFY(bar->colours().background != light);
        QVERIFY(StatusPalette::relativeLuminance(bar->colours().background) < 0.1);
    }

    // A status chip in a table: the tone's tint behind the text, the text
    // readable on it, and a cell without a tone painted as any other.
    void statusChipInATable_data() { palettes(); }
    void statusChipInATable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), QStringLiteral("Rejected"));
        model.setData(model.index(0, 0), int(StatusPalette::Tone::Error),
                      sms::ui::StatusChipDelegate::ToneRole);
        model.setData(model.index(1, 0), QStringLiteral("Plain"));
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new sms::ui::StatusChipDelegate(&view));
        view.resize(320, 160);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resizeColumnsToContents();
        view.resizeRowsToContents();
        const QImage image = view.viewport()->grab().toImage();

        const QColor tint = StatusPalette::colours(StatusPalette::Tone::Error, palette).background;
        const QRect cell = view.visualRect(model.index(0, 0));
        const QRect chip = sms::ui::StatusChipDelegate::chipRect(
            cell, view.fontMetrics().horizontalAdvance(QStringLiteral("Rejected")),
            view.fontMetrics());
        QVERIFY(cell.width() >= chip.width());
        // Inside the chip, left of the text: the tint.
        QCOMPARE(image.pixelColor(chip.left() + 3, chip.center().y()).rgb(), tint.rgb());
        // The plain cell has no tint anywhere.
        const QRect plain = view.visualRect(model.index(1, 0));
        for (int x = plain.left(); x < plain.right(); ++x)
            QVERIFY(image.pixelColor(x, plain.center().y()).rgb() != tint.rgb());
        const Measured measured = measure(image, chip.adjusted(2, 2, -2, -2));
        QCOMPARE(measured.background.rgb(), tint.rgb());
        QVERIFY2(measured.ratio >= StatusPalette::minimumTextContrast,
                 qPrintable(describe(measured)));
    }

private:
    static void palettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << lightPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }
};

QTEST_MAIN(tst_StatusPalette)
#include "tst_statuspalette.moc"
