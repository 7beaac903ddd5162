import CLittleCMS

/// The ICC profile of the PDF/A output intent: sRGB IEC 61966-2.1 as Little CMS builds it.
///
/// The pages paint in DeviceRGB and DeviceGray; PDF/A-2 (ISO 19005-2, 6.2.4.3) accepts device
/// colour only with an output intent whose destination profile says what the device values mean.
/// Little CMS (`cmsCreate_sRGBProfile`) writes the standard's primaries, white point and tone
/// curve as a version 4 display-class ("mntr") RGB profile, which 6.2.3 allows, in well under a
/// kilobyte; nothing is bundled. Little CMS stamps a profile with the time it was made; this one
/// carries a fixed date (1999-01-01, the year of IEC 61966-2-1) instead, so reports stay
/// byte-identical from run to run. Built once per process.
enum OutputIntentProfile {
    /// The output condition identifier written beside the profile (the ICC registry's name).
    static let identifier = "sRGB IEC61966-2.1"

    /// The profile's bytes, `nil` only if Little CMS could not build or serialise it (out of memory).
    static let sRGB: [UInt8]? = {
        guard let made = cmsCreate_sRGBProfile() else { return nil }
        defer { cmsCloseProfile(made) }
        guard var bytes = serialised(made), bytes.count >= 128 else { return nil }
        // The header's creation date (bytes 24–35: year, month, day, hour, minute, second, each
        // big-endian 16 bits); read back, so the profile ID below covers the fixed date.
        let date: [UInt16] = [1999, 1, 1, 0, 0, 0]
        for (index, value) in date.enumerated() {
            bytes[24 + 2 * index] = UInt8(value >> 8)
            bytes[25 + 2 * index] = UInt8(value & 0xFF)
        }
        guard let profile = bytes.withUnsafeBytes({ cmsOpenProfileFromMem($0.baseAddress, cmsUInt32Number($0.count)) }) else { return nil }
        defer { cmsCloseProfile(profile) }
        // The profile ID (an MD5 of the profile) lets readers cache it; Little CMS leaves it zero.
        guard cmsMD5computeID(profile) != 0 else { return nil }
        return serialised(profile)
    }()

    /// `profile` as ICC bytes, `nil` if Little CMS cannot write it.
    private static func serialised(_ profile: cmsHPROFILE) -> [UInt8]? {
        var length: cmsUInt32Number = 0
        guard cmsSaveProfileToMem(profile, nil, &length) != 0, length > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(length))
        guard bytes.withUnsafeMutableBytes({ cmsSaveProfileToMem(profile, $0.baseAddress, &length) }) != 0 else { return nil }
        return Array(bytes.prefix(Int(length)))
    }
}
