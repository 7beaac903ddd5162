#ifndef HCC_PDF_COMPRESSION_H
#define HCC_PDF_COMPRESSION_H

/// The zlib level used for streams whose writer asked for zlib's default level (Cairo's PDF
/// content streams and embedded font subsets). 1 is zlib's fastest level.
#define HCC_PDF_DEFLATE_LEVEL 1

/// How many deflate streams were started through the replacement `deflateInit_` in this
/// process, and how many of them asked for the default level. A test asserts both grow when a
/// PDF is written, which proves the replacement is the one Cairo calls.
long hcc_deflate_streams_started(void);
long hcc_deflate_streams_relevelled(void);

#endif
