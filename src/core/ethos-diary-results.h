/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The order of the Diary's search results: the newest entry first (by its date), or the entry
 * where the words found weigh most first. */
typedef enum
{
  ETHOS_DIARY_ORDER_NEWEST, /*< nick=newest >*/
  ETHOS_DIARY_ORDER_BEST,   /*< nick=best >*/
} EthosDiaryOrder;

char     *ethos_diary_results_describe (const char      *query,
                                        guint            total,
                                        guint            shown,
                                        EthosDiaryOrder  order);
gboolean  ethos_diary_results_starts_month (const char *date, const char *previous_date);

G_END_DECLS
