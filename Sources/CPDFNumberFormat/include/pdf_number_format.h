#ifndef HCC_PDF_NUMBER_FORMAT_H
#define HCC_PDF_NUMBER_FORMAT_H

#include <stddef.h>
#include "fixed_point.h"

/// Calls of the C library's `__snprintf_chk` (what `snprintf` compiles to with
/// _FORTIFY_SOURCE, as in Debian's Cairo) answered by `hcc_format_fixed`, in this process.
long hcc_fixed_formats_answered(void);

#endif
