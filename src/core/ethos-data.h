/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  ethos_data_init (void);
char *ethos_data_get_string (GKeyFile   *file,
                             const char *group,
                             const char *key,
                             const char *context);

G_END_DECLS
