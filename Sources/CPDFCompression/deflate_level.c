// Cairo 1.16 compresses every PDF stream with `deflateInit(stream, Z_DEFAULT_COMPRESSION)` —
// zlib level 6 — and has no setting for it. Profiling a batch (callgrind and perf, see the
// README's "Performance" section) put zlib at 15–18 % of the time to write a report, most of it
// in level 6's match search over content streams of numbers and over font subsets.
//
// This file defines `deflateInit_` (the function behind zlib's `deflateInit` macro) in the
// executable. By the ELF rules for symbol lookup the executable's definition comes first, so
// Cairo's call lands here (symbol interposition), and the stream is started with
// `deflateInit2_` exactly as zlib's own `deflateInit_` does — same window, memory level and
// strategy — but at level HCC_PDF_DEFLATE_LEVEL when the caller asked for the default level.
// A caller asking for a specific level gets that level. The output is ordinary zlib data, read
// by every PDF reader; it is about 6 % larger and several times cheaper to produce.
#include <stdatomic.h>
#include <zlib.h>
#include "pdf_compression.h"

static atomic_long streams_started;
static atomic_long streams_relevelled;

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    atomic_fetch_add_explicit(&streams_started, 1, memory_order_relaxed);
    if (level == Z_DEFAULT_COMPRESSION) {
        atomic_fetch_add_explicit(&streams_relevelled, 1, memory_order_relaxed);
        level = HCC_PDF_DEFLATE_LEVEL;
    }
    // zlib's deflateInit_ is deflateInit2_ with MAX_WBITS, DEF_MEM_LEVEL (8) and Z_DEFAULT_STRATEGY.
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}

long hcc_deflate_streams_started(void) {
    return atomic_load_explicit(&streams_started, memory_order_relaxed);
}

long hcc_deflate_streams_relevelled(void) {
    return atomic_load_explicit(&streams_relevelled, memory_order_relaxed);
}
