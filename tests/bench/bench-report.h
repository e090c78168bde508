/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void bench_report (const char *name, GArray *samples);

G_END_DECLS
