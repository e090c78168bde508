/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* libFuzzer's entry points: each target defines LLVMFuzzerTestOneInput; fuzz-common.c defines
 * LLVMFuzzerInitialize for all of them. */
int   LLVMFuzzerInitialize   (int *argc, char ***argv);
int   LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

char *fuzz_text              (const uint8_t *data, size_t size);

G_END_DECLS
