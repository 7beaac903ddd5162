// Cairo 1.16 writes every number of a PDF page (path coordinates, glyph positions, matrices)
// through `_cairo_dtostr`, which calls snprintf with "%f", "%.*f" or "%.18f". glibc prints
// floating-point numbers exactly with multi-precision arithmetic (__printf_fp): about 2,300
// instructions per number, 13 % of all the instructions spent rendering a batch of reports.
//
// This file defines `__snprintf_chk` — what `snprintf` compiles to under _FORTIFY_SOURCE, the
// way Debian builds Cairo — in the executable. By the ELF rules for symbol lookup the
// executable's definition comes first (symbol interposition), so Cairo's calls land here. The
// three fixed-point formats above are answered by `hcc_format_fixed`, which computes the same
// digits exactly with 128-bit integers, and Cairo's two integer formats ("%d" for object and font
// numbers, "%0*x" for glyph codes) by plain digit loops; every other format, and every value the
// fast path declines, goes to glibc's `__vsnprintf_chk` unchanged. The fast path runs only
// while the locale's decimal point is ".", as it is unless the program calls setlocale
// (hccreport does not). The formatting itself is in CFixedPoint (fixed_point.c), with its proof
// of exactness.
#include <langinfo.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "fixed_point.h"
#include "pdf_number_format.h"

extern int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);
extern void __chk_fail(void) __attribute__((noreturn));

static atomic_long answered;

long hcc_fixed_formats_answered(void) {
    return atomic_load_explicit(&answered, memory_order_relaxed);
}

static int decimal_point_is_period(void) {
    const char *point = nl_langinfo(RADIXCHAR);
    return point[0] == '.' && point[1] == '\0';
}

/// The precision of the fixed-point formats answered here, -2 for "%.*f" (precision in the
/// arguments), or -1 for any other format.
static int fixed_precision(const char *format) {
    if (strcmp(format, "%f") == 0) return 6;
    if (strcmp(format, "%.18f") == 0) return 18;
    if (strcmp(format, "%.*f") == 0) return -2;
    return -1;
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...) {
    if (maxlen > slen) __chk_fail();  // glibc's check: the buffer is smaller than claimed
    va_list arguments;
    va_start(arguments, format);
    // Arguments are read from a copy, so a declined call reaches glibc with its list intact.
    va_list copy;
    va_copy(copy, arguments);
    int length = -1;
    if (strcmp(format, "%d") == 0) {
        length = hcc_format_integer(s, maxlen, va_arg(copy, int), 0, 0);
    } else if (strcmp(format, "%0*x") == 0) {
        int width = va_arg(copy, int);
        unsigned int value = va_arg(copy, unsigned int);
        // A negative width pads with spaces on the right: glibc's job.
        if (width >= 0 && width <= 30) length = hcc_format_integer(s, maxlen, value, 1, width);
    } else {
        int precision = fixed_precision(format);
        if (precision != -1 && decimal_point_is_period()) {
            if (precision == -2) {
                precision = va_arg(copy, int);
                if (precision < 0) precision = 6;  // a negative precision is taken as omitted
            }
            length = hcc_format_fixed(s, maxlen, va_arg(copy, double), precision);
        }
    }
    va_end(copy);
    if (length >= 0) {
        atomic_fetch_add_explicit(&answered, 1, memory_order_relaxed);
    } else {
        length = __vsnprintf_chk(s, maxlen, flag, slen, format, arguments);
    }
    va_end(arguments);
    return length;
}
