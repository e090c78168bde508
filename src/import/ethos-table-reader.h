/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ethos-table.h"

G_BEGIN_DECLS

gboolean    ethos_table_file_is_readable (const char *path);
EthosTable *ethos_table_read_file (const char *path, GError **error);

G_END_DECLS
