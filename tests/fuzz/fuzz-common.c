/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "fuzz-common.h"

/* What every target shares: GLib set up so that ASan sees every allocation and any warning or
 * critical is a crash, as G_DEBUG=fatal-criticals makes it in the test suite. */
int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  /* GLib 2.74 still caches small blocks in its slice allocator, which would hide their
   * overruns and leaks from ASan. */
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* The input as a C string, as the parsers get text from a command line or an entry: a NUL byte
 * ends it there, as it would in the product. */
char *
fuzz_text (const uint8_t *data, size_t size)
{
  return g_strndup ((const char *) data, size);
}
