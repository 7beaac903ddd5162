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
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
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

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...) {
    if (maxlen > slen) __chk_fail();  // glibc's check: the buffer is smaller than claimed
    va_list arguments;
    va_start(arguments, format);
    int precision = -1;
    if (format[0] == '%' && format[1] == 'd' && format[2] == '\0') {
        int length = hcc_format_integer(s, maxlen, va_arg(arguments, int), 0, 0);
        va_end(arguments);
        atomic_fetch_add_explicit(&answered, 1, memory_order_relaxed);
        return length;
    }
    if (strcmp(format, "%0*x") == 0) {
        va_list copy;
        va_copy(copy, arguments);
        int width = va_arg(copy, int);
        unsigned int value = va_arg(copy, unsigned int);
        va_end(copy);
        if (width >= 0 && width <= 30) {  // a negative width pads with spaces on the right: glibc's job
            int length = hcc_format_integer(s, maxlen, value, 1, width);
            va_end(arguments);
            atomic_fetch_add_explicit(&answered, 1, memory_order_relaxed);
            return length;
        }
    }
    if (format[0] == '%') {
        if (strcmp(format, "%f") == 0) precision = 6;
        else if (strcmp(format, "%.18f") == 0) precision = 18;
        else if (strcmp(format, "%.*f") == 0) precision = -2;  // read from the arguments
    }
    if (precision != -1 && decimal_point_is_period()) {
        va_list copy;
        va_copy(copy, arguments);
        if (precision == -2) {
            precision = va_arg(copy, int);
            if (precision < 0) precision = 6;  // a negative precision is taken as omitted
        }
        double value = va_arg(copy, double);
        va_end(copy);
        int length = hcc_format_fixed(s, maxlen, value, precision);
        if (length >= 0) {
            va_end(arguments);
            atomic_fetch_add_explicit(&answered, 1, memory_order_relaxed);
            return length;
        }
    }
    int result = __vsnprintf_chk(s, maxlen, flag, slen, format, arguments);
    va_end(arguments);
    return result;
}
