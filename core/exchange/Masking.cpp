#include "Masking.h"

#include <QList>

namespace creditcase::exchange {

namespace {

bool allDigits(QStringView text) {
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

enum class IdShape { Eighteen, Fifteen, Other };

IdShape shapeOf(const QString& id) {
    if (id.size() == 18 && allDigits(QStringView(id).left(17)) &&
        (id.at(17).isDigit() || id.at(17) == QLatin1Char('X'))) {
        return IdShape::Eighteen;
    }
    if (id.size() == 15 && allDigits(id)) {
        return IdShape::Fifteen;
    }
    return IdShape::Other;
}

QString stars(qsizetype count) {
    return QString(count, QLatin1Char('*'));
}

// Keeps `head` characters at the front and `tail` at the end; everything between becomes '*'.
QString keepEnds(const QString& id, qsizetype head, qsizetype tail) {
    return id.left(head) + stars(id.size() - head - tail) + id.right(tail);
}

} // namespace

QString channelId(Channel channel) {
    switch (channel) {
    case Channel::Internal:
        return QStringLiteral("internal");
    case Channel::Sharing:
        return QStringLiteral("sharing");
    case Channel::Public:
        break;
    }
    return QStringLiteral("public");
}

std::optional<Channel> channelFromId(const QString& id) {
    for (Channel channel : {Channel::Internal, Channel::Sharing, Channel::Public}) {
        if (channelId(channel) == id) {
            return channel;
        }
    }
    return std::nullopt;
}

QString Masking::nameWithSurnameOnly(const QString& name) {
    // By code point, so a rare character outside the BMP (a surrogate pair) is neither split nor half-shown.
    const QList<uint> codePoints = name.trimmed().toUcs4();
    if (codePoints.isEmpty()) {
        return {};
    }
    if (codePoints.size() == 1) {
        return stars(1); // a one-character name would be shown in full
    }
    qsizetype hidden = 0;
    for (qsizetype i = 1; i < codePoints.size(); ++i) {
        if (!QChar::isSpace(codePoints.at(i))) {
            ++hidden;
        }
    }
    const char32_t first = codePoints.first();
    return QString::fromUcs4(&first, 1) + stars(qMax<qsizetype>(hidden, 1));
}

QString Masking::idWithRegionAndCheck(const QString& id) {
    const QString normalized = id.trimmed().toUpper();
    switch (shapeOf(normalized)) {
    case IdShape::Eighteen:
        return keepEnds(normalized, 6, 1);
    case IdShape::Fifteen:
        return keepEnds(normalized, 6, 0); // an old number has no check character
    case IdShape::Other:
        break;
    }
    return stars(normalized.size());
}

QString Masking::idWithRegionAndLastFour(const QString& id) {
    const QString normalized = id.trimmed().toUpper();
    switch (shapeOf(normalized)) {
    case IdShape::Eighteen:
        return keepEnds(normalized, 6, 4);
    case IdShape::Fifteen:
        return keepEnds(normalized, 6, 3); // the birth date (YYMMDD) hidden, as in the 18-digit form
    case IdShape::Other:
        break;
    }
    return stars(normalized.size());
}

QString Masking::naturalPersonName(const QString& name) const {
    return m_channel == Channel::Public ? nameWithSurnameOnly(name) : name;
}

QString Masking::residentIdNumber(const QString& idNumber) const {
    switch (m_channel) {
    case Channel::Internal:
        return idNumber;
    case Channel::Sharing:
        return idWithRegionAndCheck(idNumber);
    case Channel::Public:
        break;
    }
    return idWithRegionAndLastFour(idNumber);
}

QString Masking::personalIdNumberField(const QString& idNumber) const {
    return showsPersonalIdNumbers() ? residentIdNumber(idNumber) : QString();
}

} // namespace creditcase::exchange
