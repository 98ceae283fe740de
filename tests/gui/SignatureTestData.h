// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the signatures tests submit: a small PNG as a scanned proof, and an
// application for a mainland signature that passes every local check.

#include "domain/SignApplication.h"
#include "review/SignatureChecks.h"

#include <QBuffer>
#include <QImage>

namespace guitest {

inline QByteArray pngFile()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// Company, business licence, own use, under the sandbox's qualification 1001.
inline sms::domain::SignApplication signApplication(const QString &name)
{
    sms::domain::SignApplication a;
    a.signName = name;
    a.proofImage = sms::review::SignatureChecks::encodeImage(pngFile());
    a.qualificationId = 1001;
    return a;
}

} // namespace guitest
