#ifndef HCC_FIXED_POINT_H
#define HCC_FIXED_POINT_H

#include <stddef.h>

/// Writes `value` as C's "%.<precision>f" would in the "C" locale — correctly rounded from the
/// exact binary value, ties to even, a sign for negative values including -0 — into `out`
/// (NUL-terminated, truncated to `size` like snprintf). Returns the length of the full text, or
/// -1 when it declines (non-finite value, |value| ≥ 2^53, precision outside 0...18): the caller
/// then uses the C library.
int hcc_format_fixed(char *out, size_t size, double value, int precision);

/// Writes `value` as "%d" (`hexadecimal` 0) or, for the low 32 bits of `value`, as "%0*x" with
/// `width` (0...30) would, into `out` (NUL-terminated, truncated like snprintf). Returns the
/// length of the full text.
int hcc_format_integer(char *out, size_t size, long long value, int hexadecimal, int width);

#endif
