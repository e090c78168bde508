/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void bench_report (const char *name, GArray *samples);

/* Runs @statement and adds the milliseconds it took to @samples. */
#define TIME(samples, statement)                                                                   \
  G_STMT_START                                                                                     \
  {                                                                                                \
    gint64 start_ = g_get_monotonic_time ();                                                       \
    statement;                                                                                     \
    double ms_ = (g_get_monotonic_time () - start_) / 1000.0;                                      \
    g_array_append_val (samples, ms_);                                                             \
  }                                                                                                \
  G_STMT_END

G_END_DECLS
