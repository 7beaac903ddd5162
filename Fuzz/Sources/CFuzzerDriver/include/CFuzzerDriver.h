#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM >= 11): parses the libFuzzer flags in argv and runs
/// `callback` on every generated input. Declared here because SwiftPM gives an executable its
/// own `main`, so libFuzzer's `main` is never linked and the driver must be called explicitly.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
