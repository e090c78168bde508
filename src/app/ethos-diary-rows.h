/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ethos-entry.h"

G_BEGIN_DECLS

/* Whether the row at @position shows its month's heading above it. */
typedef gboolean (*EthosDiaryRowsHeadingFunc) (guint position, gpointer data);

/* What the row of @entry shows under its day (Pango markup), or NULL for nothing. */
typedef const char *(*EthosDiaryRowsSnippetFunc) (EthosEntry *entry, gpointer data);

GtkListItemFactory *ethos_diary_rows_factory_new (EthosDiaryRowsHeadingFunc heading,
                                                  EthosDiaryRowsSnippetFunc snippet,
                                                  gpointer                  data);
EthosEntry         *ethos_diary_rows_get_entry (GtkWidget *row);

G_END_DECLS
