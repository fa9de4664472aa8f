#pragma once

#include <QString>
#include <optional>

namespace creditcase::exchange {

// Where a record goes, which decides how much of it may be seen (DOMAIN.md §10; Guiding Opinions III(3), III(4)).
enum class Channel {
    Internal, // inside the deciding organ: everything in full
    Sharing,  // to other agencies under the catalogue item's sharing scope: personal ID numbers masked
    Public,   // public notice (双公示): natural persons' names masked, personal ID numbers not public
};

// "internal", "sharing", "public" (command line, JSON, audit payloads).
QString channelId(Channel channel);
std::optional<Channel> channelFromId(const QString& id);

// The masking profile of a channel. Pure functions over text: no rule data and no database, so every place that
// lets personal data leave the vault masks it the same way.
//
//   field                          internal   sharing                 public
//   natural person's name          张三       张三                    张*  (first character, one * per other)
//   resident ID number             full       110105***********X      not public; where a public document must
//                                             (region and check)      show one: 110105********002X
//   legal representative's ID      full       as resident ID          not public
//   USCC of an organisation        full       full                    full (public by law)
//
// Anything that does not look like a resident ID number is masked completely on a masking channel, so a
// malformed value never leaks in full.
class Masking {
public:
    explicit Masking(Channel channel)
        : m_channel(channel) {}

    Channel channel() const { return m_channel; }

    // A natural person's name (a party who is a natural person).
    QString naturalPersonName(const QString& name) const;
    // A resident ID number as this channel may show it; on the public channel in the "never in full" form.
    QString residentIdNumber(const QString& idNumber) const;
    // Whether natural persons' and legal representatives' ID numbers appear on this channel at all
    // (DOMAIN.md §10: not public).
    bool showsPersonalIdNumbers() const { return m_channel != Channel::Public; }
    // An ID number of a natural person for a field that lists it: masked per channel, empty where not public.
    QString personalIdNumberField(const QString& idNumber) const;

    // The masks themselves, for callers that need one form regardless of channel.
    static QString nameWithSurnameOnly(const QString& name);   // 张三 -> 张*, 欧阳娜娜 -> 欧***
    static QString idWithRegionAndCheck(const QString& id);    // 110105***********X
    static QString idWithRegionAndLastFour(const QString& id); // 110105********002X

private:
    Channel m_channel;
};

} // namespace creditcase::exchange
