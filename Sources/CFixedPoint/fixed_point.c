// Exact fixed-point formatting of doubles and integers, digit for digit what glibc's printf
// writes in the "C" locale, without its multi-precision arithmetic.
//
// Exactness: a finite double is m·2^e with an integer m < 2^53. For |value| < 2^53 we have
// e ≤ 0, and value·10^p = m·10^p / 2^-e with m·10^p < 2^113 for p ≤ 18, so the quotient and
// remainder of that division are exact in unsigned 128-bit arithmetic and the remainder decides
// the rounding exactly (glibc rounds ties to even in the default rounding mode). The test suite
// compares the output with glibc's on 100,000 seeded values and the ties.
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "fixed_point.h"

static const uint64_t powers_of_ten[19] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
    1000000000000000000ULL,
};

int hcc_format_fixed(char *out, size_t size, double value, int precision) {
    if (!isfinite(value) || precision < 0 || precision > 18) return -1;
    double magnitude = fabs(value);
    if (magnitude >= 9007199254740992.0) return -1;  // 2^53

    // magnitude = m · 2^-shift exactly, m < 2^53 an integer, shift ≥ 0 (read from the bits).
    uint64_t bits;
    memcpy(&bits, &magnitude, sizeof bits);
    int biased = (int)(bits >> 52);
    uint64_t m = bits & ((1ULL << 52) - 1);
    int shift;
    if (biased == 0) {
        shift = 1074;                 // subnormal (or zero): m · 2^-1074
    } else {
        m |= 1ULL << 52;
        shift = 1075 - biased;        // ≥ 0 because magnitude < 2^53
    }

    // q = magnitude · 10^precision rounded to an integer, ties to even.
    unsigned __int128 scaled = (unsigned __int128)m * powers_of_ten[precision];  // < 2^113
    unsigned __int128 q;
    if (shift == 0) {
        q = scaled;
    } else if (shift >= 114) {
        q = 0;  // scaled < 2^113 ≤ half of 2^shift: rounds down (a tie would need scaled = 2^(shift-1))
    } else {
        q = scaled >> shift;
        unsigned __int128 remainder = scaled - (q << shift);
        unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
        if (remainder > half || (remainder == half && (q & 1))) q += 1;
    }

    char text[64];
    int length = 0;
    if (signbit(value)) text[length++] = '-';
    uint64_t integer, decimals;
    if ((q >> 64) == 0) {  // the usual case: 64-bit division
        integer = (uint64_t)q / powers_of_ten[precision];
        decimals = (uint64_t)q % powers_of_ten[precision];
    } else {
        integer = (uint64_t)(q / powers_of_ten[precision]);
        decimals = (uint64_t)(q % powers_of_ten[precision]);
    }
    char digits[24];
    int count = 0;
    do {
        digits[count++] = (char)('0' + integer % 10);
        integer /= 10;
    } while (integer > 0);
    while (count > 0) text[length++] = digits[--count];
    if (precision > 0) {
        text[length++] = '.';
        for (int i = precision - 1; i >= 0; i--) {
            text[length + i] = (char)('0' + decimals % 10);
            decimals /= 10;
        }
        length += precision;
    }

    if (size > 0) {
        size_t copied = (size_t)length < size - 1 ? (size_t)length : size - 1;
        memcpy(out, text, copied);
        out[copied] = '\0';
    }
    return length;
}

int hcc_format_integer(char *out, size_t size, long long value, int hexadecimal, int width) {
    char digits[32];
    int count = 0;
    unsigned long long magnitude = hexadecimal ? (unsigned long long)(unsigned int)value
                                               : (value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value);
    do {
        unsigned digit = (unsigned)(magnitude % (hexadecimal ? 16 : 10));
        digits[count++] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
        magnitude /= hexadecimal ? 16 : 10;
    } while (magnitude > 0);
    while (count < width && count < 30) digits[count++] = '0';
    char text[34];
    int length = 0;
    if (!hexadecimal && value < 0) text[length++] = '-';
    while (count > 0) text[length++] = digits[--count];
    if (size > 0) {
        size_t copied = (size_t)length < size - 1 ? (size_t)length : size - 1;
        memcpy(out, text, copied);
        out[copied] = '\0';
    }
    return length;
}
