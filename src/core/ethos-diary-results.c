/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-diary-results"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-diary-results.h"

/* What the Diary's search says about its results: how many entries match, how many of them are
 * shown and in which order, and the month headings that newest-first results are grouped
 * under. */

/* The line over the results: "12 entries"; "43,694 entries, the newest 100 shown" when not all
 * are listed; "No entry matches “x”" for none. Counts are grouped as the locale writes them. */
char *
ethos_diary_results_describe (const char      *query,
                              guint            total,
                              guint            shown,
                              EthosDiaryOrder  order)
{
  g_autofree char *number = g_strdup_printf ("%'u", total);

  if (total == 0)
    return g_strdup_printf (_("No entry matches “%s”"), query != NULL ? query : "");
  if (shown >= total)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entry", "%s entries", total),
                            number);
  if (order == ETHOS_DIARY_ORDER_NEWEST)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entry, the newest %u shown",
                                         "%s entries, the newest %u shown", total),
                            number, shown);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entry, the best %u matches shown",
                                       "%s entries, the best %u matches shown", total),
                          number, shown);
}

/* Whether an entry of @date starts a month in a list where the entry before it (NULL for none)
 * is of @previous_date: it then shows the month's heading. Dates are ISO (YYYY-MM-DD). */
gboolean
ethos_diary_results_starts_month (const char *date, const char *previous_date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  return previous_date == NULL || strncmp (date, previous_date, 7) != 0;
}
